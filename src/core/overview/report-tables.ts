import { fill, type Lang } from '../i18n/format';
import { overviewMessages, reportMessages, type OverviewMessageKey, type ReportMessageKey } from '../i18n/overview-messages';
import { Decimal } from '../numbers/decimal';
import { formatDecimal, formatFixed } from '../numbers/format';
import type { CellKey } from '../pack/cell-key';
import { packIndex } from '../pack/pack-index';
import type { Annex } from '../pack/types';
import { rangeA1 } from '../sheet/address';
import { SUMMARY_SHEETS } from '../sheet/sheet-names';
import type { KeyView, TargetView } from './overview-data';
import { keyCellId } from './overview-data';
import { figureNumber, type DetailColumn, type SummaryView } from './read-summary';
import { statusWord } from './sentences';

/**
 * The tables of the draft reports, each followed by where its figures are in the summary ("Nguồn:
 * tong-hop.xlsx, trang "PL07", ô D9:G30"), so the reader can check every figure against the file:
 * the targets (figures, % of target, projection, status), an annex's rows as the summary holds
 * them, and the units compared on the annex's key indicators ("đối chiếu, so sánh").
 */

export interface ReportRow {
  cells: string[];
  /** A header row of the annex (I, II …), or the total: bold. */
  bold?: boolean;
}

export type ReportTable = {
  kind: 'table';
  caption: string;
  header: string[];
  rows: ReportRow[];
  numeric: boolean[];
  /** Relative widths of the columns; absent: STT, a wide label, the unit, the figures sharing the rest. */
  widths?: number[];
};

/** Where a table's figures are: a small line under it. */
export type ReportNote = { kind: 'note'; text: string };

/** Key indicators side by side in one comparison table, at most (more would not fit an A4 page). */
export const MAX_COMPARED = 3;

export class Tables {
  constructor(
    readonly view: SummaryView,
    readonly lang: Lang,
    /** The summary's file name, as the citations name it; absent: "the summary". */
    readonly file: string | undefined,
  ) {}

  t(key: ReportMessageKey, params?: Record<string, string | number>): string {
    return fill(reportMessages[key][this.lang], params, this.lang);
  }

  col(key: OverviewMessageKey): string {
    return overviewMessages[key][this.lang];
  }

  /** "Nguồn: …" for cells of one sheet; null when there is no cell to cite. */
  source(sheet: string, cells: ReadonlyArray<{ row: number; col: number }>): ReportNote | null {
    if (!cells.length) return null;
    const rows = cells.map((c) => c.row);
    const cols = cells.map((c) => c.col);
    const [r0, c0] = [Math.min(...rows), Math.min(...cols)];
    const range = rangeA1(r0, c0, Math.max(...rows) - r0 + 1, Math.max(...cols) - c0 + 1);
    const file = this.file === undefined ? this.t('report.theSummary') : this.t('report.summaryFile', { file: this.file });
    return { kind: 'note', text: this.t('report.source', { file, sheet, range }) };
  }

  /** The cells of these rows of an annex as the summary holds them (optionally only some columns). */
  private annexCells(annexId: string, rowCodes: Iterable<string>, colCodes?: ReadonlySet<string>): Array<{ row: number; col: number }> {
    const annex = this.view.report.annexes.get(annexId);
    if (!annex) return [];
    return [...rowCodes].flatMap((code) => [...(annex.cells.get(code)?.entries() ?? [])].filter(([col]) => !colCodes || colCodes.has(col)).map(([, c]) => c));
  }

  targets(targets: readonly TargetView[]): Array<ReportTable | ReportNote> {
    const lang = this.lang;
    const n = (t: TargetView, d: Decimal | null) => (d === null ? '—' : formatDecimal(d, lang, t.decimals));
    const labels = (['col.stt', 'col.target', 'col.unit', 'col.targetValue', 'col.result', 'col.percent', 'col.projection', 'col.status'] as const).map((k) => this.col(k));
    const table: ReportTable = {
      kind: 'table',
      caption: this.t('report.tableTargets'),
      header: labels,
      numeric: [false, false, false, true, true, true, true, false],
      widths: [1.2, 4.4, 1.6, 1.9, 1.9, 1.6, 1.9, 1.7],
      rows: targets.map((t, i) => ({
        cells: [String(i + 1), t.label, t.unit, n(t, t.target), n(t, t.result), t.percent === null ? '—' : formatFixed(t.percent, lang, 1), t.projection === null ? '—' : formatDecimal(t.projection, lang, 0), t.status ? statusWord(t.status, lang) : '—'],
      })),
    };
    const notes = [...new Set(targets.map((t) => t.annexId))].map((id) => {
      const sheet = this.view.report.annexes.get(id)?.sheetName;
      return sheet === undefined ? null : this.source(sheet, this.annexCells(id, targets.filter((t) => t.annexId === id).map((t) => t.rowCode)));
    });
    return [table, ...notes.filter((x): x is ReportNote => x !== null)];
  }

  /** An annex's figures as the summary holds them: its rows, its numeric columns (notes left out). */
  annex(annex: Annex): Array<ReportTable | ReportNote> {
    const index = packIndex(this.view.pack).annex(annex.id)!;
    const columns = annex.columns.filter((c) => c.type !== 'text' && c.kind !== 'text');
    const header = [this.col('col.stt'), annex.labelTitle ?? this.col('col.target'), this.col('col.unit'), ...columns.map((c) => c.title)];
    const rows: ReportRow[] = annex.rows.map((row) => {
      if (row.kind === 'header') return { cells: [row.stt ?? '', row.label, '', ...columns.map(() => '')], bold: true };
      const values = columns.map((c) => {
        if (index.role(row.code, c.code) === 'none') return '';
        const key: CellKey = { annexId: annex.id, rowCode: row.code, colCode: c.code };
        const v = figureNumber(this.view.figures.figure(key));
        return v === null ? '' : formatDecimal(v, this.lang, index.decimals(row.code, c.code));
      });
      return { cells: [row.stt ?? '', row.label, row.unit ?? '', ...values], bold: row.level === 0 };
    });
    const table: ReportTable = { kind: 'table', caption: this.t('report.tableAnnex', { annex: annex.label, title: annex.title }), header, rows, numeric: [false, false, false, ...columns.map(() => true)] };
    const sheet = this.view.report.annexes.get(annex.id)?.sheetName;
    const note = sheet === undefined ? null : this.source(sheet, this.annexCells(annex.id, annex.rows.map((r) => r.code), new Set(columns.map((c) => c.code))));
    return note ? [table, note] : [table];
  }

  /**
   * The units compared on an annex's key indicators (the first MAX_COMPARED): each unit's figure and
   * its share of the total, highest first on the first indicator, the total last. Nothing when no
   * unit's figures are in the summary's "Chi tiết".
   */
  compare(keys: readonly KeyView[]): Array<ReportTable | ReportNote> {
    const shown = keys.slice(0, MAX_COMPARED);
    const detail = this.view.detail;
    if (!shown.length || !detail || !shown[0].units.length) return [];
    const lang = this.lang;
    const num = (k: KeyView, d: Decimal | null) => (d === null ? '—' : formatDecimal(d, lang, k.decimals));
    const pct = (d: Decimal | null) => (d === null ? '—' : formatFixed(d, lang, 1));
    const byCode = shown.map((k) => new Map(k.units.map((u) => [u.code, u])));
    const rows: ReportRow[] = shown[0].units.map((u, i) => ({
      cells: [String(i + 1), u.name, ...shown.flatMap((k, j) => [num(k, byCode[j].get(u.code)?.value ?? null), pct(byCode[j].get(u.code)?.share ?? null)])],
    }));
    rows.push({ cells: ['', this.t('report.total'), ...shown.flatMap((k) => [num(k, k.total), k.total && !k.total.isZero() ? pct(Decimal.HUNDRED) : '—'])], bold: true });
    const header = [this.col('col.stt'), this.col('col.unitName'), ...shown.flatMap((k) => [k.unit ? `${k.label} (${k.unit})` : k.label, this.col('col.share')])];
    const table: ReportTable = {
      kind: 'table',
      caption: this.t('report.tableUnits', { annex: shown[0].annexLabel, column: shown[0].colTitle }),
      header,
      rows,
      numeric: [false, false, ...shown.flatMap(() => [true, true])],
      widths: [1.2, 5, ...shown.flatMap(() => [2.4, 1.7])],
    };
    const cols = shown.map((k) => detail.columns.get(keyCellId(k))).filter((c): c is DetailColumn => c !== undefined);
    const annexSheets = [...new Set([...detail.columns].filter(([id]) => id.startsWith(`${shown[0].annexId}|`)).map(([, c]) => c.sheet))];
    return [table, this.detailSource(detail.units.map((u) => u.row), cols.length === shown.length ? cols : [], annexSheets)];
  }

  /** "Chi tiết": the units' cells of the indicators, or — where an indicator is computed from the units' inputs there — their lines. */
  private detailSource(rows: readonly number[], cols: readonly DetailColumn[], annexSheets: readonly string[]): ReportNote {
    // The indicators' cells, when they are on one detail sheet (a range names one sheet).
    const sheets = [...new Set(cols.map((c) => c.sheet))];
    const note = sheets.length === 1 ? this.source(sheets[0], rows.flatMap((row) => cols.map((c) => ({ row, col: c.col })))) : null;
    if (note) return note;
    const file = this.file === undefined ? this.t('report.theSummary') : this.t('report.summaryFile', { file: this.file });
    return { kind: 'note', text: this.t('report.sourceLines', { file, sheet: (sheets.length ? sheets : annexSheets).join('", "') || SUMMARY_SHEETS.detail, from: Math.min(...rows) + 1, to: Math.max(...rows) + 1 }) };
  }
}
