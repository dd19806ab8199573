import { Decimal } from '../numbers/decimal';
import { cellKeyId } from '../pack/cell-key';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack, TransferDirection } from '../pack/types';

/**
 * Money moved inside the union (consolidation eliminations): what the units below pay up ("Nộp cấp
 * trên", `toParent`) is what the merging unit receives from them ("Thu từ cấp dưới nộp lên",
 * `fromChildren`); what they receive from above ("Kinh phí cấp trên cấp", `fromParent`) is what it
 * grants down ("Cấp cho cấp dưới", `toChildren`). When both sides are inside the merge — the units'
 * reports AND the merging unit's own report — the money would count twice: min(units' side, own
 * side) is eliminated from both rows, per column, and a difference is reported. Without the own
 * report only the units' side is inside: it is kept, and the log says why.
 */

/** A pair of rows of one annex: the units' side and the merging unit's side. */
export interface TransferPair {
  annexId: string;
  /** Row of the units below (toParent or fromParent). */
  unitsRow: string;
  /** Row of the merging unit's own report (fromChildren or toChildren). */
  ownRow: string;
  direction: Extract<TransferDirection, 'toParent' | 'fromParent'>;
}

export function transferPairs(pack: TemplatePack, annexIds: readonly string[]): TransferPair[] {
  const pairs: TransferPair[] = [];
  for (const annexId of annexIds) {
    const annex = packIndex(pack).annex(annexId);
    if (!annex) continue;
    for (const row of annex.annex.rows) {
      const t = row.transfer;
      if (!t || (t.direction !== 'toParent' && t.direction !== 'fromParent')) continue;
      pairs.push({ annexId, unitsRow: row.code, ownRow: t.counterpart, direction: t.direction });
    }
  }
  return pairs;
}

export type TransferState =
  /** Both sides inside: min(units, own) eliminated; `difference` ≠ 0 when they do not match. */
  | 'eliminated'
  /** The merging unit's own report is not in the merge: the units' side is kept. */
  | 'noOwnReport'
  /** The own report is in, but one side is empty: nothing to eliminate. */
  | 'oneSideEmpty';

export interface TransferOutcome {
  pair: TransferPair;
  colCode: string;
  /** Sum of the units' side (null: none filled). */
  units: Decimal | null;
  /** The merging unit's own side (null: no own report, or left empty). */
  own: Decimal | null;
  eliminated: Decimal;
  /** units − own, when both are given and differ. */
  difference: Decimal | null;
  state: TransferState;
}

/** The amount to eliminate from the pair's two cells of one column. */
export function transferOutcome(pair: TransferPair, colCode: string, units: Decimal | null, own: Decimal | null, hasOwnReport: boolean): TransferOutcome {
  if (!hasOwnReport) return { pair, colCode, units, own: null, eliminated: Decimal.ZERO, difference: null, state: 'noOwnReport' };
  if (units === null || own === null) return { pair, colCode, units, own, eliminated: Decimal.ZERO, difference: null, state: 'oneSideEmpty' };
  const difference = units.sub(own);
  return { pair, colCode, units, own, eliminated: Decimal.min(units, own), difference: difference.isZero() ? null : difference, state: 'eliminated' };
}

/** The cells of both sides of a pair in one column. */
export function pairCells(pair: TransferPair, colCode: string): { units: string; own: string } {
  return { units: cellKeyId({ annexId: pair.annexId, rowCode: pair.unitsRow, colCode }), own: cellKeyId({ annexId: pair.annexId, rowCode: pair.ownRow, colCode }) };
}
