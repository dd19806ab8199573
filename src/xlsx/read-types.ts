/** What the reader returns: a faithful, typed view of the parts of a workbook our layout contract uses. */
import type { CellRange } from '../core/sheet/model';
import type { ReadError } from './read-errors';

export type ReadResult = { ok: true; workbook: ReadWorkbook } | { ok: false; error: ReadError };

export interface ReadWorkbook {
  /** In workbook order (the order of the tabs). */
  sheets: ReadSheet[];
  names: ReadDefinedName[];
}

export interface ReadDefinedName {
  name: string;
  /** Formula text without "=", e.g. "'_annex'!$B$2" or "\"PL01\"". */
  formula: string;
  /** Set for a sheet-scoped name: the name of its sheet. */
  localSheet?: string;
  hidden: boolean;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface ReadSheet {
  name: string;
  state: SheetState;
  /** Sparse: key = row * MAX_COLS + col (see cellKey); use cellAt() to look a cell up. */
  cells: Map<number, ReadCell>;
  merges: CellRange[];
  validations: ReadValidation[];
  /** Attributes of <sheetProtection>, or null when the element is absent. */
  protection: ReadProtection | null;
  /** Frozen rows/columns from the first sheet view's pane; null when nothing is frozen. */
  freeze: { rows: number; cols: number } | null;
  page: ReadPageSetup;
  /** Cells whose reference lies outside A1:XFD1048576 ("A0", "XFE1"): skipped, as Excel drops them, and counted here. */
  outOfGrid?: number;
}

export type ReadCellType = 'number' | 'text' | 'bool' | 'error' | 'blank';

export interface ReadCell {
  row: number;
  col: number;
  type: ReadCellType;
  /** number for 'number', string for 'text' and 'error', boolean for 'bool', null for 'blank'. */
  value: number | string | boolean | null;
  /** The formula text without "="; a follower of a shared formula has hasFormula but no text. */
  formula?: string;
  hasFormula: boolean;
  /** From the cell format's protection; Excel's default is locked. */
  locked: boolean;
  /** Number format code, absent for General. */
  numFmt?: string;
}

export interface ReadValidation {
  /** As written, e.g. "C5:F20 H5:H20". */
  sqref: string;
  ranges: CellRange[];
  type?: string;
  operator?: string;
  formula1?: string;
  formula2?: string;
  allowBlank: boolean;
  showErrorMessage: boolean;
  errorTitle?: string;
  error?: string;
}

export interface ReadProtection {
  /** True when the sheet is protected (sheet="1"). */
  sheet: boolean;
  attributes: Record<string, string>;
}

export interface ReadPageSetup {
  orientation?: string;
  paperSize?: number;
  fitToWidth?: number;
  fitToHeight?: number;
  fitToPage: boolean;
}
