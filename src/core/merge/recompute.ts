import { Decimal } from '../numbers/decimal';
import type { CellKey } from '../pack/cell-key';
import type { TemplatePack } from '../pack/types';
import { BLANK, Recomputation } from '../rules/figures';

/**
 * Computed cells of the summary — totals, "3 = 2/1" rates, "% of target" — recomputed from the
 * summary's own inputs with the pack's formulas, never added up from the units: the one
 * recomputation of validation (rules/figures.ts), over the summed inputs. Empty when all its inputs
 * are empty, empty on a division by zero.
 */
export type Value = Decimal | null;

/** The value of any cell of the summary, given the value of its input cells (null: empty, or not merged). */
export function summaryRecomputation(pack: TemplatePack, input: (key: CellKey) => Value): (key: CellKey) => Value {
  const recomputation = new Recomputation(pack, (key) => {
    const v = input(key);
    return v === null ? BLANK : { kind: 'number', value: v };
  });
  return (key) => {
    const f = recomputation.figure(key);
    return f.kind === 'number' ? f.value : null;
  };
}

/** num / den × scale, empty when both are empty or the denominator is zero (a ratio of sums). */
export function ratioOf(num: Value, den: Value, scale: number): Value {
  if (num === null && den === null) return null;
  const q = (num ?? Decimal.ZERO).div(den ?? Decimal.ZERO);
  return q ? q.mul(Decimal.fromNumber(scale)) : null;
}
