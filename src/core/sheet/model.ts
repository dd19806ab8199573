/**
 * SheetModel: what to write, independent of the writer. Both writers (the .xlsx file writer and the
 * Office.js adapter) consume exactly this, so an annex inserted in Excel and one written as a file have
 * the same cells. Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 */

export type HorizontalAlign = 'left' | 'center' | 'right';

/** A cell style, kept small so that every writer can express it. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default 11). */
  size?: number;
  /** Font colour, "RRGGBB". */
  color?: string;
  /** Fill colour, "RRGGBB". */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  align?: HorizontalAlign;
  wrap?: boolean;
  /** Indentation level of the text (labels of "of which" rows). */
  indent?: number;
  /** Excel number format code, e.g. "#,##0". */
  numberFormat?: string;
}

/** A literal cell value. Formulas are separate (see CellModel.formula). */
export type CellLiteral = string | number | null;

export interface CellModel {
  row: number;
  col: number;
  /** Literal value; for formula cells, the value a viewer shows before recalculation (may be null). */
  value: CellLiteral;
  /** Excel formula in A1 notation, without the leading "=". */
  formula?: string;
  /** Key into SheetModel.styles. */
  style: string;
  /** Locked under sheet protection; only input cells are unlocked. */
  locked: boolean;
}

export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ValidationRule =
  | { kind: 'wholeNumber'; min: number | null; max: number | null }
  | { kind: 'decimal'; min: number | null; max: number | null }
  /** A closed choice: the cell offers these words in a drop-down and refuses others (a pack workbook's kinds, types …). */
  | { kind: 'list'; values: string[] };

export interface DataValidationModel {
  range: CellRange;
  rule: ValidationRule;
  /** Message shown when a value is refused. */
  errorTitle: string;
  errorMessage: string;
}

/** Identity of an annex sheet: which pack, which annex, which unit. */
export interface SheetIdentity {
  packId: string;
  packVersion: string;
  annexId: string;
  unitCode: string;
}

/**
 * Where the layout contract lies in the sheet: validation and merge find cells through the code row
 * and the "Mã số" column, never by fixed position.
 */
export interface SheetLayout {
  /** Row holding the column codes (A, B, C, D, 1, 2 …). */
  codeRow: number;
  /** Column holding the row codes ("Mã số"). */
  rowCodeCol: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Row code → sheet row. */
  rows: Record<string, number>;
  /** Value-column code → sheet column. */
  cols: Record<string, number>;
  /** Cell holding the identity text of the sheet. */
  identityCell: { row: number; col: number };
}

export interface PageSetupModel {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: true;
}

/**
 * A formula-based conditional format: the style applies to the cells where the formula is TRUE.
 * Relative references in the formula are relative to the top-left cell of the first range, as in
 * Excel's "Use a formula to determine which cells to format".
 */
export interface ConditionalFormatModel {
  ranges: CellRange[];
  /** Formula in A1 notation, without the leading "=". */
  formula: string;
  style: { fill?: string; color?: string; bold?: boolean };
  /** Formats later in the list are not applied where this one holds. */
  stopIfTrue?: boolean;
}

/**
 * What a sheet of the workbook is: an annex (the default), the check sheet "Kiểm tra", one of a
 * summary's own tables (detail, completeness, log), or the overview "Tổng quan" (a summary's first
 * sheet, a unit's glance) — only annexes are read as annexes and checked.
 */
export type SheetRole = 'annex' | 'checks' | 'table' | 'overview';

/**
 * A native chart over cells of its own sheet (both writers: DrawingML parts in the .xlsx file,
 * `worksheet.charts` through Office.js), so that it follows the figures when someone corrects a cell.
 * Series are ranges of one column each; the writers take the values a viewer shows before
 * recalculation from the sheet's cells (cached values), so viewers that do not recalculate show them.
 */
export type ChartKind = 'column' | 'bar' | 'line' | 'pie';

export interface ChartSeriesModel {
  /** The cell holding the series' name (a text cell of the same sheet). */
  name: { row: number; col: number };
  /** One column of values, the same length as the categories. */
  values: CellRange;
  /** Drawn as a line over the chart's bars (the 100 % line of a target chart). */
  asLine?: boolean;
  /** "RRGGBB"; the writer's palette when absent. */
  color?: string;
  /** One colour per point (a pie's slices), "RRGGBB". */
  pointColors?: string[];
}

export interface ChartModel {
  kind: ChartKind;
  title: string;
  /** The cells the chart covers on the sheet: top-left cell and size in cells. */
  anchor: CellRange;
  /** One column of category labels (texts or numbers), the same length as every series. */
  categories: CellRange;
  series: ChartSeriesModel[];
  axisTitles?: { category?: string; value?: string };
  /** Number format of the value axis and data labels, e.g. "0.0" or "#,##0". */
  numberFormat?: string;
  /** Value shown on each bar or slice. */
  dataLabels?: boolean;
}

export interface SheetModel {
  name: string;
  /** Absent on annex sheets; 'checks' on the check sheet, which validation and merge never read. */
  role?: SheetRole;
  cells: CellModel[];
  styles: Record<string, CellStyle>;
  merges: CellRange[];
  /** Column widths in characters (Excel's width unit), index = column. */
  columnWidths: number[];
  /** Explicit row heights in points, by row index. */
  rowHeights: Record<number, number>;
  /** Rows and columns above/left of this cell stay visible. */
  freeze: { rows: number; cols: number };
  validations: DataValidationModel[];
  /** Protection on, without a password; locked cells cannot be edited. */
  protection: { enabled: boolean };
  /** In priority order: the first wins where several apply. */
  conditionalFormats?: ConditionalFormatModel[];
  /** Native charts over the sheet's own cells. */
  charts?: ChartModel[];
  page: PageSetupModel;
  identity: SheetIdentity;
  layout: SheetLayout;
  /** Number of rows and columns used. */
  size: { rows: number; cols: number };
}

/** A workbook-scoped defined name: name → constant text or an A1 reference ("'_annex'!$B$2"). */
export interface DefinedNameModel {
  name: string;
  formula: string;
  hidden?: boolean;
  comment?: string;
}

/**
 * Everything a writer puts into a workbook for one unit: the annex sheets, the hidden identity
 * sheet and the defined names that point at it.
 */
export interface WorkbookModel {
  sheets: SheetModel[];
  /** Hidden sheet that carries the identity (pack, version, unit, annex → sheet). */
  metaSheet: MetaSheetModel;
  names: DefinedNameModel[];
}

export interface MetaSheetModel {
  name: string;
  /** Key/value rows written to columns A and B. */
  rows: Array<[string, string]>;
}

/** An annex of the pack (not the check sheet, a summary's table or an overview). */
export function isAnnexSheet(sheet: Pick<SheetModel, 'role'>): boolean {
  return sheet.role === undefined || sheet.role === 'annex';
}
