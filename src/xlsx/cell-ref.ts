/** A1 addresses ⇄ 0-based coordinates, shared by the writer and the reader. */
import type { CellRange } from '../core/sheet/model';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export { columnLetters } from '../core/sheet/address';
import { columnLetters } from '../core/sheet/address';

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** "A1:C3", or "A1" for a single cell. */
export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.row, range.col);
  if (range.rows <= 1 && range.cols <= 1) return first;
  return first + ':' + cellAddress(range.row + range.rows - 1, range.col + range.cols - 1);
}

/** "B3" or "$B$3" → {row: 2, col: 1}; null when it is not a cell address inside the sheet limits. */
export function parseCellAddress(ref: string): { row: number; col: number } | null {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36 /* $ */) i++;
  let col = 0;
  let letters = 0;
  while (i < n) {
    const c = ref.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    letters++;
    i++;
    if (letters > 3) return null;
  }
  if (letters === 0) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
    digits++;
    i++;
    if (digits > 7) return null;
  }
  if (digits === 0 || row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" or "B2" → CellRange (corners in any order); null when malformed. */
export function parseRangeAddress(ref: string): CellRange | null {
  const colon = ref.indexOf(':');
  const a = parseCellAddress(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellAddress(ref.slice(colon + 1));
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
