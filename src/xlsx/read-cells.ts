/** Looking cells up in a ReadSheet's sparse map (numeric keys: no string is built per cell). */
import { MAX_COLS } from './cell-ref';
import type { ReadCell, ReadSheet } from './read-types';

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function cellAt(sheet: ReadSheet, row: number, col: number): ReadCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** Cells in reading order (rows, then columns). */
export function cellsInOrder(sheet: ReadSheet): ReadCell[] {
  return [...sheet.cells.keys()].sort((a, b) => a - b).map((k) => sheet.cells.get(k)!);
}
