import { Decimal } from '../numbers/decimal';
import { rowNotAsked } from '../pack/kind-form';
import type { PackIndex } from '../pack/pack-index';
import type { CellKey } from '../pack/cell-key';
import { cellsOf } from './bind';
import type { BoundExpr, CompareInstance } from './types';

/**
 * A compare instance as a unit's form applies it. A cell of a row the unit's kind is not asked for
 * ("—" on its form: a CĐCS has no CĐCS below it, so it grants nothing down, row 7.31) is the number
 * 0 — in the evaluator and in the check sheet's formula alike, since both run the same instance.
 * The instance is the form's when every cell it still reads is held by the form and each side that
 * read cells still reads one (a comparison of a row the unit has with nothing is not the unit's);
 * otherwise null.
 */
export function formInstance(inst: CompareInstance, index: PackIndex, held: (k: CellKey) => boolean): CompareInstance | null {
  const all = cellsOf({ type: 'binary', op: '+', left: inst.left, right: inst.right });
  if (all.every(held)) return inst;
  const notAsked = (k: CellKey) => {
    const row = index.annex(k.annexId)?.row(k.rowCode);
    return row !== undefined && !held(k) && rowNotAsked(row);
  };
  const left = zeroNotAsked(inst.left, notAsked);
  const right = zeroNotAsked(inst.right, notAsked);
  const reads = (e: BoundExpr) => cellsOf(e).length > 0;
  if (!cellsOf({ type: 'binary', op: '+', left, right }).every(held)) return null;
  if ((reads(inst.left) && !reads(left)) || (reads(inst.right) && !reads(right))) return null;
  return { ...inst, left, right };
}

const ZERO: BoundExpr = { type: 'num', value: Decimal.fromNumber(0) };

function zeroNotAsked(e: BoundExpr, notAsked: (k: CellKey) => boolean): BoundExpr {
  switch (e.type) {
    case 'num':
      return e;
    case 'cell':
      return notAsked(e.key) ? ZERO : e;
    case 'range': {
      const keys = e.keys.filter((k) => !notAsked(k));
      return keys.length === e.keys.length ? e : keys.length ? { ...e, keys } : ZERO;
    }
    case 'neg':
      return { type: 'neg', arg: zeroNotAsked(e.arg, notAsked) };
    case 'binary':
      return { type: 'binary', op: e.op, left: zeroNotAsked(e.left, notAsked), right: zeroNotAsked(e.right, notAsked) };
    case 'call':
      return { type: 'call', name: e.name, args: e.args.map((a) => zeroNotAsked(a, notAsked)) };
  }
}
