import { Decimal } from '../numbers/decimal';
import type { TemplatePack } from '../pack/types';
import { packRules } from '../rules/check-rules';
import { cellKeyId } from '../pack/cell-key';

/**
 * The targets annex: cells of a target rule's target column (the congress targets, "chỉ tiêu NQ").
 * Targets are not added up like results. A summary's target is the merging unit's OWN: the issuer's
 * from the pack (`row.target.value`; where the pack leaves it null, the one its own report gives);
 * any other unit's from its own report, entered in its target column. Never the sum of its units'
 * targets — that sum stays beside, for comparison. No own target: the cell stays empty, "Chưa có
 * chỉ tiêu", never 0 %.
 */
export interface TargetCell {
  /** The pack's target for the merging unit (the issuer only); null when the pack gives none. */
  pack: Decimal | null;
  /** A percentage: its units' targets are not summed beside it. */
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
      const packTarget = isIssuer && row.target?.value != null ? Decimal.fromNumber(row.target.value) : null;
      cells.set(cellKeyId({ annexId: annex.id, rowCode, colCode: rule.targetCol }), { pack: packTarget, rate });
    }
  }
  return { cells, columns };
}
