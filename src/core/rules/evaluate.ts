import { Decimal } from '../numbers/decimal';
import type { CompareOp } from '../expr/ast';
import { functionSpec, takesRanges } from '../expr/functions';
import { type BoundExpr, type Tolerance } from './types';
import { type CellKey } from '../pack/cell-key';

/**
 * Evaluates a bound expression in exact decimals, by walking the tree (no eval, no Function). A
 * division by zero is a result, not an exception: the caller decides whether it skips the rule or
 * reports it.
 */
export type EvalResult = { ok: true; value: Decimal } | { ok: false; reason: 'divideByZero' };

class DivideByZero extends Error {}

export function evaluate(e: BoundExpr, valueOf: (key: CellKey) => Decimal): EvalResult {
  try {
    return { ok: true, value: walk(e, valueOf) };
  } catch (err) {
    if (err instanceof DivideByZero) return { ok: false, reason: 'divideByZero' };
    throw err;
  }
}

function walk(e: BoundExpr, valueOf: (key: CellKey) => Decimal): Decimal {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'cell':
      return valueOf(e.key);
    case 'range':
      // Outside sum/min/max only computed formulas of the pack meet a range: it means its sum.
      return e.keys.reduce((acc, k) => acc.add(valueOf(k)), Decimal.ZERO);
    case 'neg':
      return walk(e.arg, valueOf).neg();
    case 'binary': {
      const a = walk(e.left, valueOf);
      const b = walk(e.right, valueOf);
      switch (e.op) {
        case '+':
          return a.add(b);
        case '-':
          return a.sub(b);
        case '*':
          return a.mul(b);
        case '/': {
          const q = a.div(b);
          if (!q) throw new DivideByZero();
          return q;
        }
      }
      break;
    }
    case 'call': {
      const spec = functionSpec(e.name)!;
      const args = takesRanges(spec) ? e.args.flatMap((a) => (a.type === 'range' ? a.keys.map(valueOf) : [walk(a, valueOf)])) : e.args.map((a) => walk(a, valueOf));
      return spec.evaluate(args);
    }
  }
  throw new Error('unreachable');
}

/**
 * The comparison with its tolerance. With a tolerance t (absolute, or relative to the larger side),
 * "=" holds when |left − right| ≤ t, "≠" when it is > t, and the inequalities give way by t:
 * left ≤ right holds when left ≤ right + t. The edge itself passes.
 */
export function comparisonHolds(left: Decimal, op: CompareOp, right: Decimal, tolerance: Tolerance): boolean {
  const t = toleranceFor(left, right, tolerance);
  const diff = left.sub(right);
  switch (op) {
    case '=':
      return diff.abs().lte(t);
    case '!=':
      return diff.abs().gt(t);
    case '<':
      // Strict without tolerance; with one, the tolerance band counts as "close enough".
      return t.isZero() ? diff.lt(t) : diff.lte(t);
    case '<=':
      return diff.lte(t);
    case '>':
      return t.isZero() ? diff.neg().lt(t) : diff.neg().lte(t);
    case '>=':
      return diff.neg().lte(t);
  }
}

export function toleranceFor(left: Decimal, right: Decimal, tolerance: Tolerance): Decimal {
  switch (tolerance.kind) {
    case 'exact':
      return Decimal.ZERO;
    case 'abs':
      return tolerance.value;
    case 'rel':
      return Decimal.max(left.abs(), right.abs()).mul(tolerance.value);
  }
}
