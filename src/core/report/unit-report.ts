import type { UnitKind } from '../pack/types';
import type { SheetIdentity } from '../sheet/model';
import type { CellValue } from './cell-source';
import type { FormulaTrouble } from './formula-values';
import type { StructureIssue } from './structure';

/**
 * UnitReport: one unit's figures as read from its workbook, by annex, row code and column code —
 * whatever reader produced the CellSource and wherever the unit moved its rows. Validation and merge
 * read only this.
 */

export interface ReportCell {
  value: CellValue;
  /** The cell holds a formula (its text may be unknown, e.g. a follower of a shared formula). */
  hasFormula: boolean;
  /** 0-based position in the sheet, and the A1 address the user sees. */
  row: number;
  col: number;
  address: string;
  /** Set when the value is not simply the one the file saved (see FormulaNote). */
  formulaNote?: FormulaNote;
}

/**
 * What became of a formula cell's value (report/formula-values.ts computes them):
 * - `computed`: the file saved the formula without its result (openpyxl, xlsx-populate …); the value
 *   is the formula computed from the workbook;
 * - `uncomputable`: no result saved, and it cannot be computed (a cycle, a function the project never
 *   writes, a limit); the value is blank and the finding names the cell;
 * - `disagrees`: the saved result differs from the formula recomputed from the cells it names on
 *   another sheet (a summary's detail edited by hand); the value is the RECOMPUTATION, the saved
 *   result is kept here for the finding;
 * - `brokenRef`: the formula lost its references (#REF!, e.g. a summary saved as .xls, which keeps
 *   256 columns); the value is the saved result, which can no longer be checked (#REF! without one).
 */
export type FormulaNote =
  | { kind: 'computed' }
  | { kind: 'uncomputable'; formula: string; trouble: FormulaTrouble }
  | { kind: 'disagrees'; formula: string; cached: CellValue }
  | { kind: 'brokenRef'; formula: string };

/** How the annex's sheet was recognised: the identity cell, the defined name ANNEX_SHEET_<id>, or its name. */
export type FoundBy = 'identity' | 'definedName' | 'sheetName';

/** Where the layout contract was found in the unit's sheet. */
export interface FoundLayout {
  /** Row of the column codes (A, B, C, D, 1, 2 …), 0-based. */
  codeRow: number;
  /** Column of the row codes ("Mã số"), 0-based. */
  rowCodeCol: number;
  /** Column of the indicator labels (code "B"), when found. */
  labelCol: number | null;
  /** Row code → sheet row, for the rows read (unambiguous codes only). */
  rows: ReadonlyMap<string, number>;
  /** Column code → sheet column. */
  cols: ReadonlyMap<string, number>;
}

export interface AnnexReport {
  annexId: string;
  sheetName: string;
  foundBy: FoundBy;
  /** Identity read from the sheet's identity cell, if it was there. */
  identity: SheetIdentity | null;
  /** Null when the column-code row was not found: nothing could be read. */
  layout: FoundLayout | null;
  /** Row code → column code → cell; only value cells of the pack (inputs, computed, notes). */
  cells: ReadonlyMap<string, ReadonlyMap<string, ReportCell>>;
  /** What is wrong with the sheet's shape; empty when it is as the pack made it. */
  issues: StructureIssue[];
}

export type WorkbookIssue =
  | { kind: 'notPackWorkbook' }
  | { kind: 'otherPack'; found: string }
  /** Every annex of the workbook is of another version of the pack: said once, not per annex. */
  | { kind: 'otherVersion'; found: string }
  /** Every annex is of another version of the pack with the same layout: read with this one, said as a note. */
  | { kind: 'earlierVersion'; found: string }
  | { kind: 'unitUnknown'; code: string }
  | { kind: 'unitMissing' }
  | { kind: 'annexMissing'; annexId: string }
  /** The workbook has an annex the unit's kind does not fill: it is not read, its figures are not merged. */
  | { kind: 'annexNotForKind'; annexId: string; unitKind: UnitKind };

export interface UnitReport {
  /** Name the user knows the workbook by (file name). */
  source: string;
  /** The pack the figures were read against. */
  packId: string;
  packVersion: string;
  /** The unit's code from the identity cells (or the hidden meta sheet); null when lost. */
  unitCode: string | null;
  /** The unit's name from the pack; null for an unknown unit. */
  unitName: string | null;
  /** Annexes found, in pack order. */
  annexes: ReadonlyMap<string, AnnexReport>;
  /** Problems of the workbook as a whole (another pack, unknown unit, a missing annex). */
  issues: WorkbookIssue[];
  /**
   * Input and notes cells whose formula was saved without its result and whose value was therefore
   * computed (FormulaNote `computed`): said once per file. Computed cells of the pack are not
   * counted: their figures are always recomputed from the inputs anyway.
   */
  recalculated: number;
}

export function reportCell(report: UnitReport, annexId: string, rowCode: string, colCode: string): ReportCell | undefined {
  return report.annexes.get(annexId)?.cells.get(rowCode)?.get(colCode);
}
