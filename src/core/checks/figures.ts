import { cellKeyId, type CellKey } from '../pack/cell-key';
import type { PackIndex } from '../pack/pack-index';
import { applicableBuiltins, type BuiltinCellSpec, type FormulaBuiltin } from '../rules/figure-formula';
import { a1 } from '../sheet/address';
import type { SheetModel } from '../sheet/model';
import { annexCellAddress } from './sheet-refs';

/** The value cells the check sheet reads (its figure table, part II): which, where, and which built-in checks apply. */

export interface FigureDraft {
  key: CellKey;
  /** cellKeyId(key). */
  id: string;
  sheet: SheetModel;
  /** Where the cell is in its annex sheet. */
  address: string;
  computed: boolean;
  spec: BuiltinCellSpec;
  builtins: FormulaBuiltin[];
}

export interface SheetFigure extends FigureDraft {
  row: number;
  /** Rows of the lines whose failure marks this cell. */
  markedBy: number[];
}

/** Every value cell of every annex, in pack order — and the notes cells a presence rule reads (`alsoText`, cell ids). */
export function collectFigures(index: PackIndex, sheets: readonly SheetModel[], alsoText: ReadonlySet<string> = new Set()): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (const sheet of sheets) {
    const annex = index.annex(sheet.identity.annexId);
    if (!annex) continue;
    for (const rowCode of annex.rowOrder) {
      const row = annex.row(rowCode);
      for (const colCode of annex.colOrder) {
        const role = annex.role(rowCode, colCode);
        const type = annex.type(rowCode, colCode);
        const key = { annexId: annex.annex.id, rowCode, colCode };
        if (!row || !role || role === 'none' || !type) continue;
        if (!annex.isValueCell(rowCode, colCode) && !(role === 'input' && alsoText.has(cellKeyId(key)))) continue;
        const at = annexCellAddress(sheet, key);
        if (!at) continue;
        const spec: BuiltinCellSpec = { role, type, decimals: annex.decimals(rowCode, colCode), required: row.required === true, allowNegative: row.allowNegative === true };
        out.push({ key, id: cellKeyId(key), sheet, address: a1(at.row, at.col), computed: role !== 'input', spec, builtins: applicableBuiltins(spec) });
      }
    }
  }
  return out;
}
