/**
 * What a protected sheet refuses, as Excel does: values in locked cells; formats unless the
 * protection allows formatting cells, columns or rows; structure (merges, validation, locked flags).
 */
import { type Rect } from './address';
import { protectedSheet } from './errors';
import type { SimSheet } from './workbook-state';

export type EditKind = 'format' | 'columnWidth' | 'rowHeight' | 'structure';

export function assertEditable(sheet: SimSheet, kind: EditKind, location: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowed =
    (kind === 'format' && p.options.allowFormatCells === true) ||
    (kind === 'columnWidth' && p.options.allowFormatColumns === true) ||
    (kind === 'rowHeight' && p.options.allowFormatRows === true);
  if (!allowed) throw protectedSheet(location);
}

/** Writing contents: every targeted cell (where `touches` says a value is written) must be unlocked. */
export function assertCellsWritable(sheet: SimSheet, rect: Rect, touches: (i: number, j: number) => boolean, location: string): void {
  if (!sheet.protection.protected) return;
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      if (touches(i, j) && sheet.peek(rect.row + i, rect.col + j).locked) throw protectedSheet(location);
    }
  }
}
