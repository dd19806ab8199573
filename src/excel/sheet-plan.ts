import type { CellModel, CellRange, CellStyle, SheetModel } from '../core/sheet/model';
import { cellInput } from './cell-input';
import { rectanglesByKey, runsOf } from './rectangles';

/**
 * A SheetModel turned into the few bulk operations Office.js needs: one 2-D block of contents and
 * one of number formats for the whole used rectangle, then formats and unlocked cells as rectangles.
 * Pure: no Office.js here, so it is tested on its own.
 */
/** The style properties Office.js sets one by one (the number format goes in the 2-D block). */
export type FormatProperty = Exclude<keyof CellStyle, 'numberFormat'>;

export interface FormatArea {
  property: FormatProperty;
  value: CellStyle[FormatProperty];
  ranges: CellRange[];
}

const FORMAT_PROPERTIES: FormatProperty[] = ['bold', 'italic', 'size', 'color', 'fill', 'border', 'align', 'wrap', 'indent'];

export interface SheetPlan {
  /** The used rectangle from A1; empty sheets have rows = cols = 0. */
  rows: number;
  cols: number;
  /** "=formula", number, text (guarded), or "" — for `range.formulas`. */
  contents: Array<Array<string | number>>;
  numberFormats: string[][];
  /** Per format property and value, the rectangles of cells that have it. */
  formatAreas: FormatArea[];
  unlocked: CellRange[];
  /** Column widths in points, per run of equal columns. */
  columnWidths: Array<{ first: number; last: number; points: number }>;
  /** Row heights in points, per run of equal rows. */
  rowHeights: Array<{ first: number; last: number; points: number }>;
}

/**
 * Excel's column width unit is the width of a digit of the Normal font (7 px for Calibri/Aptos 11)
 * plus padding; Office.js wants points. The file format's conversion: pixels =
 * trunc(((256·w + trunc(128/7)) / 256) · 7), and 1 px = 0.75 pt at 96 dpi. The model's widths are
 * the file's `<col width>` (as the .xlsx writer writes them), so both paths give the same pixels:
 * Excel's default column, width 9.140625 (shown as 8.43), is 64 px = 48 pt. A workbook whose Normal
 * font is larger than 11 pt shows these columns slightly narrower than the file would.
 */
export function columnWidthPoints(chars: number): number {
  const maxDigitWidth = 7;
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / maxDigitWidth)) / 256) * maxDigitWidth);
  return pixels * 0.75;
}

export function planSheet(sheet: Pick<SheetModel, 'cells' | 'styles' | 'columnWidths' | 'rowHeights' | 'size' | 'merges'>): SheetPlan {
  const byPosition = new Map<string, CellModel>();
  let rows = Math.max(0, sheet.size.rows);
  let cols = Math.max(0, sheet.size.cols);
  for (const cell of sheet.cells) {
    byPosition.set(`${cell.row},${cell.col}`, cell);
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.row + m.rows);
    cols = Math.max(cols, m.col + m.cols);
  }
  const at = (r: number, c: number): CellModel | undefined => byPosition.get(`${r},${c}`);

  const contents: Array<Array<string | number>> = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const contentRow: Array<string | number> = [];
    const formatRow: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = at(r, c);
      contentRow.push(cellInput(cell));
      formatRow.push((cell && sheet.styles[cell.style]?.numberFormat) || 'General');
    }
    contents.push(contentRow);
    numberFormats.push(formatRow);
  }

  // Grouped per property rather than per style: styles share most properties (every table cell has a
  // border, a whole column is right-aligned), so each property needs few rectangles, and the number
  // of operations stays small even when row styles alternate.
  const formatAreas: FormatArea[] = [];
  for (const property of FORMAT_PROPERTIES) {
    const values = new Map<string, CellStyle[FormatProperty]>();
    const rects = rectanglesByKey(rows, cols, (r, c) => {
      const cell = at(r, c);
      const value = cell ? sheet.styles[cell.style]?.[property] : undefined;
      // border: false is the default and needs no operation.
      if (value === undefined || (property === 'border' && value === false)) return undefined;
      const id = JSON.stringify(value);
      values.set(id, value);
      return id;
    });
    for (const [id, ranges] of rects) formatAreas.push({ property, value: values.get(id), ranges });
  }

  const unlocked = rectanglesByKey(rows, cols, (r, c) => (at(r, c)?.locked === false ? 'unlocked' : undefined)).get('unlocked') ?? [];

  const widthEntries: Array<[number, number]> = [];
  sheet.columnWidths.forEach((w, i) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) widthEntries.push([i, columnWidthPoints(Math.min(w, 255))]);
  });
  const heightEntries: Array<[number, number]> = [];
  for (const [key, h] of Object.entries(sheet.rowHeights)) {
    const row = Number(key);
    if (Number.isInteger(row) && row >= 0 && Number.isFinite(h) && h > 0) heightEntries.push([row, Math.min(h, 409)]);
  }

  return {
    rows,
    cols,
    contents,
    numberFormats,
    formatAreas,
    unlocked,
    columnWidths: runsOf(widthEntries).map(({ first, last, value }) => ({ first, last, points: value })),
    rowHeights: runsOf(heightEntries).map(({ first, last, value }) => ({ first, last, points: value })),
  };
}
