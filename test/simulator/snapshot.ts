/**
 * A simulated sheet as a list of comparable cells, for comparing what the Office.js adapter wrote
 * with what the .xlsx writer writes for the same SheetModel.
 *
 * Conventions, chosen to match the SheetModel (so both sides can be normalised the same way):
 * - row/col are 0-based;
 * - `formula` has no leading "=", null when the cell holds none;
 * - `value` is null for formula cells (the simulator does not calculate; a file may carry a cached
 *   result, which is not part of the comparison) and for empty cells;
 * - a cell is listed when it has a value or a formula, a number format other than General, or is
 *   unlocked — empty unlocked cells are the input cells, so they matter.
 */
import type { WorkbookSimulator } from './simulator';

export interface SnapshotCell {
  row: number;
  col: number;
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
}

export function snapshotSheet(sim: WorkbookSimulator, sheetName: string): SnapshotCell[] {
  const out: SnapshotCell[] = [];
  for (const { row, col, cell } of sim.sheet(sheetName).entries()) {
    const formula = cell.formula === null ? null : cell.formula.replace(/^=/, '');
    const value = formula === null ? cell.value : null;
    if (value === null && formula === null && cell.numberFormat === 'General' && cell.locked) continue;
    out.push({ row, col, value, formula, numberFormat: cell.numberFormat, locked: cell.locked });
  }
  return out;
}
