import type { CellStyle, SheetIdentity, SheetModel } from '../sheet/model';
import { PALETTE } from '../sheet/palette';
import { SheetBuilder } from '../sheet/sheet-builder';
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
  hint: { italic: true, size: 9, color: PALETTE.hint },
  header: { bold: true, border: true, fill: PALETTE.headerFill, align: 'center', wrap: true },
  headerLeft: { bold: true, border: true, fill: PALETTE.headerFill, align: 'left', wrap: true },
  code: { border: true, align: 'center', numberFormat: '@' },
  text: { border: true, wrap: true, numberFormat: '@' },
  center: { border: true, align: 'center' },
  mono: { border: true, size: 8, numberFormat: '@' },
};

export class TableSheet extends SheetBuilder {
  constructor(
    readonly name: string,
    private readonly identity: SheetIdentity,
  ) {
    super(TABLE_STYLES);
  }

  /** A style for numbers of the pack's type, created on first use. */
  numberStyle(type: NumberType, decimals: number): string {
    if (type === 'text') return 'text';
    return this.style(`num-${type}-${decimals}`, () => ({ border: true, align: 'right', numberFormat: numberFormatFor(type, decimals) }));
  }

  build(opts: { columnWidths: number[]; freeze: { rows: number; cols: number }; rowHeights?: Record<number, number> }): SheetModel {
    const size = this.extent();
    return {
      name: this.name,
      role: 'table',
      cells: this.sorted(),
      styles: this.styles,
      merges: this.merges,
      columnWidths: opts.columnWidths,
      rowHeights: opts.rowHeights ?? {},
      freeze: opts.freeze,
      validations: [],
      protection: { enabled: true },
      page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      identity: this.identity,
      layout: { codeRow: -1, rowCodeCol: -1, firstDataRow: opts.freeze.rows, lastDataRow: size.rows - 1, rows: {}, cols: {}, identityCell: { row: 0, col: 0 } },
      size,
    };
  }
}
