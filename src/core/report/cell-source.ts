/**
 * CellSource: what was read from a workbook, whoever read it (the .xlsx reader, the Office.js
 * adapter, a test). Validation and merge see only this. Coordinates are 0-based.
 */

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  /** An error value such as "#REF!", "#DIV/0!". */
  | { kind: 'error'; code: string };

export interface SourceCell {
  value: CellValue;
  /**
   * Formula text without the leading "=", when the cell holds one. May be "" when only the presence
   * of a formula is known (a follower of a shared formula in a file): test `formula !== undefined`.
   */
  formula?: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SourceSheet {
  name: string;
  visibility: SheetVisibility;
  /** Number of rows and columns that may hold data (cells beyond are blank). */
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): SourceCell;
  /** Merged ranges, when the reader knows them (the .xlsx reader does); a pack workbook refuses them. */
  merges?: ReadonlyArray<{ row: number; col: number; rows: number; cols: number }>;
}

export interface SourceName {
  name: string;
  /** Reference or constant, e.g. "'PL01'!$A$6"; without a leading "=". */
  formula: string;
}

export interface CellSource {
  /** Name the user knows the workbook by (file name, or "Sổ làm việc đang mở"). */
  label: string;
  sheets: SourceSheet[];
  names: SourceName[];
  /** The sheet the user had open when the workbook was read (Excel only; a file has none). */
  activeSheet?: string;
}

export const BLANK: SourceCell = { value: { kind: 'blank' } };
