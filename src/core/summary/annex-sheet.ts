import type { Lang } from '../i18n/format';
import type { Annex, TemplatePack } from '../pack/types';
import type { SummaryCell } from '../merge/aggregate';
import { mergeText } from '../merge/describe';
import type { MergeResult } from '../merge/merge';
import { transferPairs } from '../merge/transfers';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import { cellKeyId } from '../pack/cell-key';
import { a1 } from '../sheet/address';
import type { CellModel, CellRange, SheetModel } from '../sheet/model';
import { renderAnnex } from '../sheet/render';
import { SheetBuilder } from '../sheet/sheet-builder';
import { valueStyle, valueStyleKey } from '../sheet/styles';
import type { DetailSheet } from './detail-sheet';

/**
 * One summary sheet per annex: the template rendered for the merging unit (its form) — same layout,
 * same row and column codes, same identity line — so that it validates with the same rules and merges
 * again one level up like any unit's form. Then filled:
 * - input cells: a formula over the detail sheet's column (=SUM('Chi tiết PL02'!E7:E29)), a ratio over
 *   the summary's own cells, the merging unit's own target, or the units' notes (not wrapped: one row per
 *   unit is on the detail sheet); a transfer inside the union eliminated adds the detail sheet's
 *   elimination cell (consolidated figure); every formula carries its exact result as the cached value,
 *   for viewers that do not recalculate;
 * - computed cells: the template's formula, with the recomputed result cached;
 * - right of the table: on the targets annex, the sum of the units' targets; on an annex with
 *   transfers, the plain sum of the transfer rows, before elimination.
 * Everything is locked: a summary has nothing to type in.
 */
export function summaryAnnexSheet(pack: TemplatePack, annex: Annex, result: MergeResult, detail: DetailSheet, lang: Lang): SheetModel {
  const sheet = renderAnnex(pack, annex, result.mergingUnit);
  const index = packIndex(pack).annex(annex.id)!;
  const b = new SheetBuilder(sheet.styles);
  sheet.cells.forEach((c) => b.put(c));
  const { rows, cols } = sheet.layout;

  for (const rowCode of index.rowOrder) {
    for (const colCode of index.colOrder) {
      const id = cellKeyId({ annexId: annex.id, rowCode, colCode });
      const summary = result.cells.get(id);
      const at = b.get(rows[rowCode], cols[colCode]);
      if (!summary || !at) continue;
      const filled = fill(at, summary, (code) => a1(rows[code], cols[colCode]), detail.rangeOf(id), detail.eliminationOf(id));
      // The units' notes, one line each, stay whole in the cell (the next level merges them) but are
      // not wrapped: a cell of every unit's notes would make one row pages tall; "Chi tiết" has each
      // unit's note in its own row.
      if (summary.kind === 'text') filled.style = b.style(valueStyleKey('computed', 'text', 0), () => valueStyle('computed', 'text', 0));
      b.put({ ...filled, locked: true });
    }
  }

  // The summary line replaces the input hint: there is nothing to type in a summary.
  const hint = sheet.cells.find((c) => c.style === 'hint');
  if (hint) b.put({ ...hint, value: summaryLine(result, lang) });

  const beside = new Beside(b, sheet, index);
  const targetCol = result.targets.columns.get(annex.id);
  if (targetCol !== undefined) {
    beside.add(mergeText(lang, 'sheet.targetsBeside'), [{ title: null, colCode: targetCol }], (rowCode) => {
      const id = cellKeyId({ annexId: annex.id, rowCode, colCode: targetCol });
      const target = result.cells.get(id);
      const range = detail.unitsRangeOf(id);
      if (target?.kind !== 'target') return null;
      return !target.rate && target.unitsSum !== null && range ? { value: target.unitsSum.toNumber(), formula: `SUM(${range})` } : { value: null };
    });
  }
  const transferRows = new Set(transferPairs(pack, [annex.id]).flatMap((p) => [p.unitsRow, p.ownRow]));
  if (transferRows.size) {
    const valueCols = index.colOrder.filter((c) => [...transferRows].some((r) => index.role(r, c) === 'input'));
    beside.add(
      mergeText(lang, 'sheet.plainBeside'),
      valueCols.map((colCode) => ({ title: index.col(colCode)!.title, colCode })),
      (rowCode, colCode) => {
        if (!transferRows.has(rowCode)) return null;
        const id = cellKeyId({ annexId: annex.id, rowCode, colCode });
        const cell = result.cells.get(id);
        const range = detail.rangeOf(id);
        if (cell?.kind !== 'aggregate') return { value: null };
        const plain = (cell.plain ?? cell.value).toNumber();
        return range ? { value: plain, formula: `SUM(${range})` } : { value: plain };
      },
    );
  }

  return {
    ...sheet,
    cells: b.sorted(),
    styles: b.styles,
    merges: [...sheet.merges, ...beside.merges],
    columnWidths: [...sheet.columnWidths, ...beside.widths],
    validations: [],
    size: { ...sheet.size, cols: sheet.size.cols + beside.widths.length },
  };
}

/**
 * Columns right of the table, each under one header (a group spanning them when several): the value
 * of each row, or nothing (a locked empty cell where the row has no such figure).
 */
class Beside {
  readonly merges: CellRange[] = [];
  readonly widths: number[] = [];
  private readonly headerRow: number;

  constructor(
    private readonly b: SheetBuilder,
    private readonly sheet: SheetModel,
    private readonly index: AnnexIndex,
  ) {
    this.headerRow = Math.min(...sheet.cells.filter((c) => c.style === 'header').map((c) => c.row), sheet.layout.codeRow - 1);
  }

  add(title: string, columns: Array<{ title: string | null; colCode: string }>, value: (rowCode: string, colCode: string) => { value: number | null; formula?: string } | null): void {
    const { b, sheet, index } = this;
    const { codeRow } = sheet.layout;
    const first = sheet.size.cols + this.widths.length;
    const headerRows = codeRow - this.headerRow;
    const grouped = columns.length > 1 || (columns[0]?.title !== null && headerRows > 1);
    b.set(this.headerRow, first, title, 'header');
    if (grouped && columns.length > 1) this.merges.push({ row: this.headerRow, col: first, rows: 1, cols: columns.length });
    columns.forEach((c, i) => {
      const col = first + i;
      if (grouped && headerRows > 1) b.set(this.headerRow + 1, col, c.title, 'header');
      else if (i > 0) b.set(this.headerRow, col, null, 'header');
      for (let r = this.headerRow + (grouped ? 2 : 1); r < codeRow; r++) b.set(r, col, null, 'header');
      if (!grouped && headerRows > 1) this.merges.push({ row: this.headerRow, col, rows: headerRows, cols: 1 });
      b.set(codeRow, col, null, 'codeRow');
      for (const rowCode of index.rowOrder) {
        const v = value(rowCode, c.colCode);
        const type = index.type(rowCode, c.colCode) ?? 'integer';
        const decimals = index.decimals(rowCode, c.colCode);
        const key = b.style(valueStyleKey('computed', type, decimals), () => valueStyle('computed', type, decimals));
        b.put({ row: sheet.layout.rows[rowCode], col, style: v ? key : 'blank', locked: true, value: v?.value ?? null, ...(v?.formula && { formula: v.formula }) });
      }
      this.widths.push(16);
    });
  }
}

function fill(at: CellModel, cell: SummaryCell, addressOf: (rowCode: string) => string, range: string | undefined, elimination: string | undefined): CellModel {
  const plain: CellModel = { ...at };
  delete plain.formula;
  switch (cell.kind) {
    case 'blank':
      return { ...plain, value: null };
    case 'aggregate': {
      if (!range) return { ...plain, value: cell.value.toNumber() };
      const formula = `${cell.fn.toUpperCase()}(${range})${elimination ? `+${elimination}` : ''}`;
      return { ...plain, value: cell.value.toNumber(), formula };
    }
    case 'ratio':
      return { ...plain, value: cell.value?.toNumber() ?? null, formula: `IFERROR(${addressOf(cell.numerator)}/${addressOf(cell.denominator)}*${cell.scale},"")` };
    case 'target':
      // The merging unit's own target, typed as a figure: never the sum of its units' (that is beside).
      return { ...plain, value: cell.value === null ? null : cell.value.toNumber() };
    case 'computed':
      return { ...at, value: cell.value?.toNumber() ?? null };
    case 'text':
      return { ...plain, value: cell.text };
  }
}

function summaryLine(result: MergeResult, lang: Lang): string {
  const MAX_LISTED = 60;
  const units = result.contains.length > MAX_LISTED ? `${result.contains.slice(0, MAX_LISTED).join(', ')}, … (+${result.contains.length - MAX_LISTED})` : result.contains.join(', ');
  return mergeText(lang, 'sheet.summaryLine', { name: result.mergingUnit.name, code: result.mergingUnit.code, count: result.contains.length, units });
}
