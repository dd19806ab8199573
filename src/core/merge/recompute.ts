import { Decimal } from '../numbers/decimal';
import type { TemplatePack } from '../pack/types';
import { bindExpr, cellsOf } from '../rules/bind';
import { evaluate } from '../rules/evaluate';
import { packIndex } from '../pack/pack-index';
import { parseExpression } from '../expr/parser';
import { type BoundExpr } from '../rules/types';
import { cellKeyId, type CellKey } from '../pack/cell-key';

/**
 * Computed cells of the summary — totals, "3 = 2/1" rates, "% of target" — recomputed from the
 * summary's own inputs with the pack's formulas, never added up from the units. The same semantics as
 * validation's recomputation: empty when all its inputs are empty, empty on a division by zero.
 */
export type Value = Decimal | null;

export class Recomputer {
  private readonly memo = new Map<string, Value>();
  private readonly index;

  constructor(
    private readonly pack: TemplatePack,
    /** Value of an input cell of the summary (null: empty, or not merged). */
    private readonly input: (key: CellKey) => Value,
  ) {
    this.index = packIndex(pack);
  }

  value(key: CellKey): Value {
    const id = cellKeyId(key);
    if (this.memo.has(id)) return this.memo.get(id)!;
    // Guards a cycle that the pack loader refuses anyway.
    this.memo.set(id, null);
    const v = this.compute(key);
    this.memo.set(id, v);
    return v;
  }

  private compute(key: CellKey): Value {
    const annex = this.index.annex(key.annexId);
    const role = annex?.role(key.rowCode, key.colCode);
    if (!annex || role === undefined || role === 'none') return null;
    if (role === 'input') return this.input(key);
    const formula = role === 'computed-row' ? annex.row(key.rowCode)?.formula : annex.col(key.colCode)?.formula;
    const expr = formula ? bound(this.pack, key, role, formula) : null;
    if (!expr) return null;
    const inputs = cellsOf(expr).map((k) => this.value(k));
    if (inputs.length > 0 && inputs.every((v) => v === null)) return null;
    const result = evaluate(expr, (k) => this.value(k) ?? Decimal.ZERO);
    return result.ok ? result.value : null;
  }
}

/** num / den × scale, empty when both are empty or the denominator is zero (a ratio of sums). */
export function ratioOf(num: Value, den: Value, scale: number): Value {
  if (num === null && den === null) return null;
  const q = (num ?? Decimal.ZERO).div(den ?? Decimal.ZERO);
  return q ? q.mul(Decimal.fromNumber(scale)) : null;
}

const boundCache = new WeakMap<TemplatePack, Map<string, BoundExpr | null>>();

function bound(pack: TemplatePack, key: CellKey, role: 'computed-row' | 'computed-col', formula: string): BoundExpr | null {
  let cache = boundCache.get(pack);
  if (!cache) boundCache.set(pack, (cache = new Map()));
  const id = `${role}|${cellKeyId(key)}`;
  if (cache.has(id)) return cache.get(id)!;
  const parsed = parseExpression(formula);
  const scope = role === 'computed-row' ? { col: key.colCode } : { row: key.rowCode };
  const result = parsed.ok ? bindExpr(parsed.expr, { index: packIndex(pack), annexId: key.annexId, scope, allowBareRange: true }) : null;
  const expr = result && result.ok ? result.expr : null;
  cache.set(id, expr);
  return expr;
}
