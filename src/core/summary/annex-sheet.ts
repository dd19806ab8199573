import type { Lang } from '../i18n/format';
import type { Annex, TemplatePack } from '../pack/types';
import type { SummaryCell } from '../merge/aggregate';
import { mergeText } from '../merge/describe';
import type { MergeResult } from '../merge/merge';
import { packIndex } from '../pack/pack-index';
import { cellKeyId } from '../pack/cell-key';
import { a1 } from '../sheet/address';
import type { CellModel, SheetModel } from '../sheet/model';
import { renderAnnex } from '../sheet/render';
import { SheetBuilder } from '../sheet/sheet-builder';
import { valueStyle, valueStyleKey } from '../sheet/styles';
import type { DetailSheet } from './detail-sheet';

/**
 * One summary sheet per annex: the template rendered for the merging unit — same layout, same row
 * and column codes, same identity line — so that it validates with the same rules and merges again
 * one level up like any unit's form. Then filled:
 * - input cells: a formula over the detail sheet's column (=SUM('Chi tiết PL02'!E7:E29)), a ratio over the
 *   summary's own cells, a target, or the units' notes (not wrapped: one row per unit is on the detail
 *   sheet); every formula carries its exact result as the cached value, for viewers that do not recalculate;
 * - computed cells: the template's formula, with the recomputed result cached;
 * - on the targets annex, one more column right of the table: the sum of the units' targets.
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
      const filled = fill(at, summary, (code) => a1(rows[code], cols[colCode]), detail.rangeOf(id));
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

  let size = sheet.size;
  let columnWidths = sheet.columnWidths;
  let merges = sheet.merges;
  const targetCol = result.targets.columns.get(annex.id);
  if (targetCol !== undefined) {
    const col = size.cols;
    const headerRow = Math.min(...sheet.cells.filter((c) => c.style === 'header').map((c) => c.row), sheet.layout.codeRow - 1);
    const headerRows = sheet.layout.codeRow - headerRow;
    b.set(headerRow, col, mergeText(lang, 'sheet.targetsBeside'), 'header');
    for (let r = headerRow + 1; r < sheet.layout.codeRow; r++) b.set(r, col, null, 'header');
    b.set(sheet.layout.codeRow, col, null, 'codeRow');
    for (const rowCode of index.rowOrder) {
      const id = cellKeyId({ annexId: annex.id, rowCode, colCode: targetCol });
      const target = result.cells.get(id);
      const type = index.type(rowCode, targetCol) ?? 'integer';
      const decimals = index.decimals(rowCode, targetCol);
      const key = b.style(valueStyleKey('computed', type, decimals), () => valueStyle('computed', type, decimals));
      const range = detail.rangeOf(id);
      const beside = target?.kind === 'target' && !target.rate && target.unitsSum !== null && range ? { value: target.unitsSum.toNumber(), formula: `SUM(${range})` } : { value: null };
      b.put({ row: rows[rowCode], col, style: target?.kind === 'target' ? key : 'blank', locked: true, ...beside });
    }
    if (headerRows > 1) merges = [...merges, { row: headerRow, col, rows: headerRows, cols: 1 }];
    size = { ...size, cols: size.cols + 1 };
    columnWidths = [...columnWidths, 16];
  }

  return {
    ...sheet,
    cells: b.sorted(),
    styles: b.styles,
    merges,
    columnWidths,
    validations: [],
    size,
  };
}

function fill(at: CellModel, cell: SummaryCell, addressOf: (rowCode: string) => string, range: string | undefined): CellModel {
  const plain: CellModel = { ...at };
  delete plain.formula;
  switch (cell.kind) {
    case 'blank':
      return { ...plain, value: null };
    case 'aggregate':
      return range ? { ...plain, value: cell.value.toNumber(), formula: `${cell.fn.toUpperCase()}(${range})` } : { ...plain, value: cell.value.toNumber() };
    case 'ratio':
      return { ...plain, value: cell.value?.toNumber() ?? null, formula: `IFERROR(${addressOf(cell.numerator)}/${addressOf(cell.denominator)}*${cell.scale},"")` };
    case 'target':
      if (cell.value === null) return { ...plain, value: null };
      return cell.from === 'units' && range ? { ...plain, value: cell.value.toNumber(), formula: `SUM(${range})` } : { ...plain, value: cell.value.toNumber() };
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
