/**
 * The in-memory workbook behind the simulated Excel API: plain data that tests can inspect after the
 * code under test has run (cells with value, formula, formats, locked flag and validation; sheet-level
 * merges, widths, freeze panes, protection, page layout; workbook names).
 */
import type { Formula } from '../../src/core/spreadsheet';
import { MAX_COLS, overlaps, type Rect } from './address';

export type CellScalar = string | number | boolean;

export type EdgeName = 'top' | 'bottom' | 'left' | 'right';

export interface SimFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** "#RRGGBB", as Excel reports it. */
  color: string;
}

export interface SimErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

/** One data validation; cells covered by it share the same object. */
export interface SimValidation {
  rect: Rect;
  /** The rule as set (e.g. { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }). */
  rule: Record<string, unknown> | null;
  errorAlert: SimErrorAlert;
  ignoreBlanks: boolean;
}

/**
 * A formula as Excel keeps it: parsed, with each sheet it names bound to that sheet when it was
 * written (by identity, not by name): `sheets[k]` is the sheet of `parsed.sheets[k]`, null when no
 * sheet had that name then (the reference is #REF! for good, even if such a sheet appears later).
 */
export interface BoundFormula {
  parsed: Formula;
  sheets: Array<SimSheet | null>;
}

export interface SimCell {
  /** Literal value; null when empty or when the cell holds a formula (its value is computed: WorkbookSimulator.value). */
  value: CellScalar | null;
  /** Formula with its leading "=", or null; rewritten when a sheet it names is renamed or deleted. */
  formula: string | null;
  /** The formula parsed and bound, when there is one. */
  bound?: BoundFormula | null;
  /** Typed with a leading apostrophe: the text is kept as text. */
  quotePrefix: boolean;
  /** The value is an error constant ("#REF!", "#N/A"…): `value` holds its text. */
  isError: boolean;
  numberFormat: string;
  font: SimFont;
  /** "#RRGGBB" or null for no fill. */
  fill: string | null;
  horizontalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: Partial<Record<EdgeName, string>>;
  locked: boolean;
  validation: SimValidation | null;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Cells of a sheet a chart reads (a series' values or categories); follows the sheet when renamed. */
export interface SimCellRef {
  sheet: SimSheet;
  rect: Rect;
}

export interface SimChartSeries {
  name: string;
  values: SimCellRef | null;
  /** Categories; null: 1, 2, 3 … */
  xValues: SimCellRef | null;
  /** Its own type in a combination chart (ExcelApi 1.7), else null (the chart's). */
  chartType: string | null;
  fill: string | null;
  lineColor: string | null;
  /** Fill per point index ("#RRGGBB"). */
  pointFills: Record<number, string>;
}

export interface SimChartAxisState {
  title: string | null;
  numberFormat: string | null;
}

/** A chart on a sheet (ExcelApi 1.1 and the members above it the simulator knows). */
export interface SimChart {
  id: string;
  name: string;
  type: string;
  title: string | null;
  /** Top-left and bottom-right cells it covers, after setPosition; null: where Excel put it. */
  position: { from: Rect; to: Rect } | null;
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean; numberFormat: string | null };
  axes: { category: SimChartAxisState; value: SimChartAxisState };
  series: SimChartSeries[];
}

export interface SimProtection {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

export interface SimPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

/** Excel's defaults for a new sheet (Calibri 11, 8.43-character columns = 48 pt, 15 pt rows). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function blankCell(): SimCell {
  return {
    value: null,
    formula: null,
    quotePrefix: false,
    isError: false,
    numberFormat: 'General',
    font: { name: 'Calibri', size: 11, bold: false, italic: false, color: '#000000' },
    fill: null,
    horizontalAlignment: 'General',
    wrapText: false,
    indentLevel: 0,
    borders: {},
    locked: true,
    validation: null,
  };
}

/**
 * A conditional format of a sheet. It never changes the cells' own formats: Excel draws it over them
 * while its rule holds, and deleting it leaves the cells as they were.
 */
export interface SimFormatRule {
  readonly id: string;
  /** "Custom", "DataBar", "CellValue"…; only Custom rules keep a formula and a format here. */
  readonly type: string;
  /** The cells it applies to: one or more areas of its sheet. */
  areas: Rect[];
  /** The custom rule's formula with its "=", null until set. */
  formula: string | null;
  /** "#RRGGBB" or null when the format leaves it alone. */
  fill: string | null;
  font: { color: string | null; bold: boolean | null; italic: boolean | null };
  stopIfTrue: boolean;
}

let nextSheetId = 1;

export class SimSheet {
  readonly id = `{SIM-${nextSheetId++}}`;
  visibility: Visibility = 'Visible';
  /** Set when deleted, so that proxies still holding it fail instead of writing into nothing. */
  deleted = false;
  readonly cells = new Map<number, SimCell>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  protection: SimProtection = { protected: false, options: {} };
  pageLayout: SimPageLayout = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } };
  /** In priority order: index 0 is the top priority (Excel adds new ones there). */
  readonly conditionalFormats: SimFormatRule[] = [];
  /** Charts on the sheet, in the order added. */
  readonly charts: SimChart[] = [];

  constructor(public name: string) {}

  /** The cell, created blank on first write. */
  cell(row: number, col: number): SimCell {
    const key = row * MAX_COLS + col;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = blankCell()));
    return c;
  }

  /** The cell if it was ever written, else a blank one that is not stored. */
  peek(row: number, col: number): SimCell {
    return this.cells.get(row * MAX_COLS + col) ?? blankCell();
  }

  /** Every stored cell with its coordinates, in row-major order. */
  entries(): Array<{ row: number; col: number; cell: SimCell }> {
    return [...this.cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([key, cell]) => ({ row: Math.floor(key / MAX_COLS), col: key % MAX_COLS, cell }));
  }

  /** Smallest rectangle holding every stored cell (valuesOnly: only cells with a value or formula). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const { row, col, cell } of this.entries()) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => overlaps(m, { row, col, rows: 1, cols: 1 }));
  }
}

export interface SimName {
  name: string;
  /** Always with its leading "=". */
  formula: string;
  visible: boolean;
  comment: string;
}

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly names: SimName[] = [];
  activeSheet: SimSheet | null = null;
  selection: { sheet: SimSheet; rect: Rect } | null = null;
  /** Bumped by every change, so that computed values are recomputed after it. */
  generation = 0;

  touch(): void {
    this.generation++;
  }

  findSheet(name: string): SimSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  findName(name: string): SimName | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }

  visibleSheets(): SimSheet[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }
}
