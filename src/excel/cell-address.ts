import { parseA1, rangeA1 } from '../core/sheet/address';
import type { CellRange } from '../core/sheet/model';

/**
 * Addresses the pane passes in ("D5", "$D$5", "d5:f7"), checked before anything is queued: an
 * address Excel refuses would fail a batch half-way — after a sheet was unprotected, for instance.
 */

/** A cell or a block of one sheet (no sheet name, no whole rows or columns); null otherwise. */
export function parseBlock(address: string): CellRange | null {
  const parts = address.split(':');
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** The canonical form Excel itself writes ("D5", "D5:F7"). */
export function blockAddress(r: CellRange): string {
  return rangeA1(r.row, r.col, r.rows, r.cols);
}
