import type { CellLiteral, CellModel, CellRange, CellStyle, SheetIdentity, SheetModel } from '../sheet/model';
import { numberFormatFor } from '../sheet/styles';
import type { NumberType } from '../pack/types';

/**
 * A plain table sheet (detail, log, completeness): cells, a few styles, frozen headers, protected so
 * that a summary is not edited by accident. It is a SheetModel so that both writers take it as they
 * take an annex; it has no annex layout, so its `layout` is empty and its identity's annexId names
 * its role ("_detail", "_log" …), never an annex of the pack.
 */

export const TABLE_STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 13 },
  hint: { italic: true, size: 9, color: '595959' },
  header: { bold: true, border: true, fill: 'DDEBF7', align: 'center', wrap: true },
  headerLeft: { bold: true, border: true, fill: 'DDEBF7', align: 'left', wrap: true },
  code: { border: true, align: 'center', numberFormat: '@' },
  text: { border: true, wrap: true, numberFormat: '@' },
  center: { border: true, align: 'center' },
  mono: { border: true, size: 8, numberFormat: '@' },
};

export class TableSheet {
  /** In the order set; sorted once at the end only if a cell came out of reading order. */
  private readonly cells: CellModel[] = [];
  private inOrder = true;
  private lastKey = -1;
  private readonly styles: Record<string, CellStyle> = { ...TABLE_STYLES };
  private readonly merges: CellRange[] = [];
  private maxRow = 0;
  private maxCol = 0;

  constructor(
    readonly name: string,
    private readonly identity: SheetIdentity,
  ) {}

  /** Sets a cell; each cell is set once (the detail sheet has hundreds of thousands: no map, no copies). */
  set(row: number, col: number, value: CellLiteral, style: string, formula?: string): void {
    const key = row * 16384 + col;
    if (key <= this.lastKey) this.inOrder = false;
    this.lastKey = key;
    this.cells.push(formula === undefined ? { row, col, value, style, locked: true } : { row, col, value, style, locked: true, formula });
    this.maxRow = Math.max(this.maxRow, row + 1);
    this.maxCol = Math.max(this.maxCol, col + 1);
  }

  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows * cols > 1) this.merges.push({ row, col, rows, cols });
  }

  /** A style for numbers of the pack's type, created on first use. */
  numberStyle(type: NumberType, decimals: number): string {
    if (type === 'text') return 'text';
    const key = `num-${type}-${decimals}`;
    this.styles[key] ??= { border: true, align: 'right', numberFormat: numberFormatFor(type, decimals) };
    return key;
  }

  build(opts: { columnWidths: number[]; freeze: { rows: number; cols: number }; rowHeights?: Record<number, number> }): SheetModel {
    return {
      name: this.name,
      role: 'table',
      cells: this.inOrder ? this.cells : [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col),
      styles: this.styles,
      merges: this.merges,
      columnWidths: opts.columnWidths,
      rowHeights: opts.rowHeights ?? {},
      freeze: opts.freeze,
      validations: [],
      protection: { enabled: true },
      page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      identity: this.identity,
      layout: { codeRow: -1, rowCodeCol: -1, firstDataRow: opts.freeze.rows, lastDataRow: this.maxRow - 1, rows: {}, cols: {}, identityCell: { row: 0, col: 0 } },
      size: { rows: this.maxRow, cols: this.maxCol },
    };
  }
}
