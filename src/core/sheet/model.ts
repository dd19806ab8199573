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
 * What a sheet of the workbook is: an annex (the default), the check sheet "Kiểm tra", or one of a
 * summary's own tables (detail, completeness, log) — never read as an annex, never checked.
 */
export type SheetRole = 'annex' | 'checks' | 'table';

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
