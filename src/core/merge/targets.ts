import { Decimal } from '../numbers/decimal';
import type { TemplatePack } from '../pack/types';
import { packRules } from '../rules/check-rules';
import { cellKeyId } from '../pack/cell-key';

/**
 * The targets annex: cells of a target rule's target column (the congress targets, "chỉ tiêu NQ").
 * Targets are not added up like results. The merging unit's own target is in the pack (`row.target`,
 * the congress's resolution) and goes into the summary; the sum of the units' own targets goes beside
 * it, for comparison. A unit below the issuer has no target of its own in the pack: its summary takes
 * the sum of its units' targets. A rate target ("≥ 80 %") is the same at every level: the pack's.
 */
export interface TargetCell {
  /** The merging unit's own target, or null when the pack gives none for it. */
  own: Decimal | null;
  /** A percentage: never summed. */
  rate: boolean;
}

export interface TargetPlan {
  /** Cell id (annex|row|col) → target cell. */
  cells: ReadonlyMap<string, TargetCell>;
  /** Annex id → its target column code (where the "sum of the units' targets" column goes beside). */
  columns: ReadonlyMap<string, string>;
}

export function targetPlan(pack: TemplatePack, mergingCode: string): TargetPlan {
  const cells = new Map<string, TargetCell>();
  const columns = new Map<string, string>();
  const isIssuer = mergingCode === pack.issuer.code;
  for (const rule of packRules(pack)) {
    if (rule.kind !== 'target') continue;
    const annex = pack.annexes.find((a) => a.id === rule.annexId)!;
    columns.set(annex.id, rule.targetCol);
    const col = annex.columns.find((c) => c.code === rule.targetCol)!;
    for (const rowCode of rule.rows) {
      const row = annex.rows.find((r) => r.code === rowCode)!;
      const rate = (row.type ?? col.type) === 'percent';
      const packTarget = row.target?.value != null ? Decimal.fromNumber(row.target.value) : null;
      cells.set(cellKeyId({ annexId: annex.id, rowCode, colCode: rule.targetCol }), { own: isIssuer || rate ? packTarget : null, rate });
    }
  }
  return { cells, columns };
}
