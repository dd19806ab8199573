import type { AttainmentStatus } from '../i18n/status-words';
import { fill, type Lang } from '../i18n/format';
import { overviewMessages, type OverviewMessageKey } from '../i18n/overview-messages';
import type { Decimal } from '../numbers/decimal';
import type { NumberType } from '../pack/types';
import { a1, quoteSheet } from './address';
import type { CellLiteral, CellStyle, ChartModel, ConditionalFormatModel, SheetIdentity, SheetModel } from './model';
import { PALETTE } from './palette';
import { SheetBuilder } from './sheet-builder';
import { numberFormatFor } from './styles';

/** A cell of another sheet, as a formula names it. */
export interface Place {
  sheet: string;
  /** A1, relative. */
  address: string;
}

/**
 * The frame every block of an overview sheet writes into: a cursor row, the columns, the styles,
 * the charts and the conditional formats collected on the way. Used by the summary's "Tổng quan"
 * and by a unit's glance.
 */

/** Columns of the tables (0-based): A … J. */
export const COL = { stt: 0, label: 1, unit: 2, d: 3, e: 4, f: 5, g: 6, h: 7, chartLabel: 8, line: 9 } as const;
export const COLUMN_WIDTHS = [5, 46, 11, 15, 15, 11, 15, 22, 22, 9];
/** Charts sit right of the tables, from column L, this many columns wide and rows tall. */
export const CHART_COL = 11;
const CHART_COLS = 9;
export const CHART_ROWS = 18;

/** Green for what is met or on its way, red for what is at risk, grey where there is no target. */
export const STATUS_LOOKS: Record<AttainmentStatus, { fill: string; color: string }> = {
  exceeded: { fill: 'C6EFCE', color: '006100' },
  met: { fill: 'C6EFCE', color: '006100' },
  onTrack: { fill: 'C6EFCE', color: '006100' },
  atRisk: { fill: 'FFC7CE', color: '9C0006' },
  noTarget: { fill: 'EDEDED', color: '404040' },
};

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  hint: { italic: true, size: 9, color: PALETTE.hint, wrap: true },
  section: { bold: true, size: 12, color: '1F3864' },
  subheading: { bold: true, italic: true },
  header: { bold: true, border: true, fill: PALETTE.headerFill, align: 'center', wrap: true },
  text: { border: true, wrap: true, numberFormat: '@' },
  center: { border: true, align: 'center', numberFormat: '@' },
  count: { border: true, align: 'right', numberFormat: '#,##0' },
  percent: { border: true, align: 'right', numberFormat: '0.0' },
  sentence: { wrap: true },
  note: { italic: true, color: PALETTE.hint },
  link: { border: true, color: '0563C1', wrap: true },
  total: { bold: true, border: true },
  small: { border: true, size: 9, color: PALETTE.grey, numberFormat: '@' },
};

export class OverviewSheet {
  readonly b = new SheetBuilder(STYLES);
  readonly charts: ChartModel[] = [];
  readonly formats: ConditionalFormatModel[] = [];
  row = 0;

  constructor(
    readonly name: string,
    readonly lang: Lang,
    private readonly identity: SheetIdentity,
  ) {}

  t(key: OverviewMessageKey, params?: Record<string, string | number>): string {
    return fill(overviewMessages[key][this.lang], params, this.lang);
  }

  set(row: number, col: number, value: CellLiteral, style: string, formula?: string): void {
    this.b.set(row, col, value, style, formula);
  }

  /** A line of text across the table's width (merged, wrapped, its height from its length). */
  wide(text: string, style: string, lastCol: number = COL.line): void {
    this.set(this.row, COL.label, text, style);
    this.b.merge(this.row, COL.label, 1, lastCol - COL.label + 1);
    const width = COLUMN_WIDTHS.slice(COL.label, lastCol + 1).reduce((s, w) => s + w, 0);
    const lines = Math.max(1, Math.ceil(text.length / (width * 1.15)));
    this.heights[this.row] = Math.min(409, 15 * lines + 3);
    this.row++;
  }

  readonly heights: Record<number, number> = {};

  header(keys: ReadonlyArray<[number, string]>): void {
    for (const [col, text] of keys) this.set(this.row, col, text, 'header');
    this.heights[this.row] = 32;
    this.row++;
  }

  /** Room for a wrapped text of `width` characters' columns in row `row`. */
  fit(row: number, text: string, width: number): void {
    const lines = Math.ceil(text.length / (width * 1.1));
    if (lines > 1) this.heights[row] = Math.max(this.heights[row] ?? 0, Math.min(409, 15 * lines + 3));
  }

  numberStyle(type: NumberType, decimals: number): string {
    if (type === 'text') return 'text';
    return this.b.style(`num-${type}-${decimals}`, () => ({ border: true, align: 'right', numberFormat: numberFormatFor(type, decimals) }));
  }

  statusStyle(status: string | null): string {
    const look = status ? STATUS_LOOKS[status as AttainmentStatus] : undefined;
    if (!look) return 'center';
    return this.b.style(`status-${status}`, () => ({ border: true, align: 'center', bold: true, wrap: true, fill: look.fill, color: look.color }));
  }

  /** A chart right of the block that starts at `top`; the block then takes at least the chart's height. */
  chart(top: number, chart: Omit<ChartModel, 'anchor'>): void {
    this.charts.push({ ...chart, anchor: { row: top, col: CHART_COL, rows: CHART_ROWS, cols: CHART_COLS } });
    this.row = Math.max(this.row, top + CHART_ROWS + 1);
  }

  build(): SheetModel {
    const size = this.b.extent();
    return {
      name: this.name,
      role: 'overview',
      cells: this.b.sorted(),
      styles: this.b.styles,
      merges: this.b.merges,
      columnWidths: COLUMN_WIDTHS,
      rowHeights: this.heights,
      freeze: { rows: 0, cols: 0 },
      validations: [],
      protection: { enabled: true },
      conditionalFormats: this.formats,
      charts: this.charts,
      page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      identity: this.identity,
      layout: { codeRow: -1, rowCodeCol: -1, firstDataRow: 0, lastDataRow: Math.max(0, size.rows - 1), rows: {}, cols: {}, identityCell: { row: 0, col: 0 } },
      size,
    };
  }
}

/** A reference to a cell of another sheet: 'PL01 Chỉ tiêu NQ'!F9. */
export function refOf(place: Place): string {
  return `${quoteSheet(place.sheet)}!${place.address}`;
}

/** The figure of a cell elsewhere, empty when that cell is empty (a plain reference would show 0). */
export function mirror(place: Place): string {
  const r = refOf(place);
  return `IF(${r}="","",${r})`;
}

export function numberOrNull(d: Decimal | null): number | null {
  return d === null ? null : d.toNumber();
}

/** A short label for a chart's axis: "3. Giới thiệu đoàn viên ưu tú…". */
export function shortLabel(text: string, max = 30): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** Conditional colours of a % of target: reached (green) or not yet (amber). */
export function percentFormats(sheet: OverviewSheet, first: number, count: number, col: number): void {
  const range = { row: first, col, rows: count, cols: 1 };
  const cell = a1(first, col);
  sheet.formats.push({ ranges: [range], formula: `AND(ISNUMBER(${cell}),${cell}>=100)`, style: { fill: 'C6EFCE', color: '006100' }, stopIfTrue: true });
  sheet.formats.push({ ranges: [range], formula: `AND(ISNUMBER(${cell}),${cell}<100)`, style: { fill: 'FFEB9C', color: '9C5700' } });
}

/** The header of a targets table: the summary's "Tổng quan" and a unit's glance alike. */
export function targetsHeader(s: OverviewSheet): void {
  s.header([
    [COL.stt, s.t('col.stt')],
    [COL.label, s.t('col.target')],
    [COL.unit, s.t('col.unit')],
    [COL.d, s.t('col.targetValue')],
    [COL.e, s.t('col.result')],
    [COL.f, s.t('col.percent')],
    [COL.g, s.t('col.projection')],
    [COL.h, s.t('col.status')],
    [COL.chartLabel, s.t('col.chartLabel')],
    [COL.line, s.t('col.line')],
  ]);
}

/** % of target of a row of a targets table, from its target (D) and result (E) cells. */
export function percentFormula(row: number): string {
  const [D, E] = [a1(row, COL.d), a1(row, COL.e)];
  return `IF(AND(ISNUMBER(${D}),ISNUMBER(${E})),IFERROR(ROUND(${E}/${D}*100,1),""),"")`;
}

/** The % chart of a targets table whose rows start at `first`: one bar per target, the 100 % line over them. */
export function targetsChart(s: OverviewSheet, first: number, count: number): void {
  s.chart(first - 1, {
    kind: 'column',
    title: s.t('chart.targets'),
    categories: { row: first, col: COL.chartLabel, rows: count, cols: 1 },
    series: [
      { name: { row: first - 1, col: COL.f }, values: { row: first, col: COL.f, rows: count, cols: 1 }, color: '2F5597' },
      { name: { row: first - 1, col: COL.line }, values: { row: first, col: COL.line, rows: count, cols: 1 }, asLine: true, color: 'C00000' },
    ],
    axisTitles: { value: '%' },
    numberFormat: '0.0',
    dataLabels: true,
  });
}
