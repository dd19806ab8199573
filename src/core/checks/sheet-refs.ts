import { checksMessages, type ChecksMessageKey } from '../i18n/checks-messages';
import { fill } from '../i18n/format';
import type { CellKey } from '../pack/cell-key';
import { a1 } from '../sheet/address';
import type { CellModel, SheetModel } from '../sheet/model';

/** Small helpers of every part of the check sheet: its texts, addresses, and reading the annex sheets. */

/** A check-sheet text, in Vietnamese (the workbook's texts are Vietnamese, as its sheet names). */
export const T = (key: ChecksMessageKey, params?: Record<string, string | number>): string => fill(checksMessages[key].vi, params, 'vi');

/** An absolute A1 address ($E$12). */
export const abs = (row: number, col: number): string => a1(row, col, true);

/** The status words of the verdicts −2 … 3, in that order (CHOOSE(verdict + 3, …)). */
export const STATUS_TEXTS = ['addIn', 'skipped', 'passed', 'info', 'warning', 'error'].map((k) => T(`checks.status.${k}` as ChecksMessageKey));

/** Where a pack cell is in its annex sheet, from the annex's layout. */
export function annexCellAddress(sheet: SheetModel, key: CellKey): { row: number; col: number } | null {
  const row = sheet.layout.rows[key.rowCode];
  const col = sheet.layout.cols[key.colCode];
  return row === undefined || col === undefined ? null : { row, col };
}

const cellMaps = new WeakMap<SheetModel, Map<string, CellModel>>();

/** The text of a cell of a sheet ('' when empty). */
export function cellText(sheet: SheetModel, row: number, col: number): string {
  let map = cellMaps.get(sheet);
  if (!map) {
    map = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
    cellMaps.set(sheet, map);
  }
  const c = map.get(`${row},${col}`);
  return c && c.value !== null ? String(c.value) : '';
}
