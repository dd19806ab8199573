import type { CellStyle, DataValidationModel, SheetModel } from '../sheet/model';
import { PALETTE } from '../sheet/palette';
import type { SheetBuilder } from '../sheet/sheet-builder';

/** A sheet of a pack workbook: a plain table, headers frozen, not protected (the officer edits it). */

export const BOOK_STYLES: Record<string, CellStyle> = {
  header: { bold: true, border: true, fill: PALETTE.headerFill, wrap: true },
  key: { bold: true, border: true },
  text: { border: true, wrap: true, numberFormat: '@' },
  number: { border: true },
  date: { border: true, numberFormat: 'dd/mm/yyyy' },
  hint: { italic: true, color: PALETTE.hint, wrap: true },
};

export function bookSheet(name: string, b: SheetBuilder, widths: number[], validations: DataValidationModel[] = []): SheetModel {
  const size = b.extent();
  return {
    name,
    role: 'table',
    cells: b.sorted(),
    styles: b.styles,
    merges: [],
    columnWidths: widths,
    rowHeights: {},
    freeze: { rows: 1, cols: 0 },
    validations,
    protection: { enabled: false },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: '', packVersion: '', annexId: `_book_${name}`, unitCode: '' },
    layout: { codeRow: -1, rowCodeCol: -1, firstDataRow: 1, lastDataRow: size.rows - 1, rows: {}, cols: {}, identityCell: { row: 0, col: 0 } },
    size,
  };
}

