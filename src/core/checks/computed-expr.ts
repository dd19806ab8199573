import { bindExpr } from '../rules/bind';
import type { PackIndex } from '../pack/pack-index';
import { parseExpression } from '../expr/parser';
import { type BoundExpr } from '../rules/types';
import { type CellKey } from '../pack/cell-key';

/** The pack's formula of a computed cell, bound to concrete cells — as FigureReader recomputes it. */
export function computedExpr(index: PackIndex, key: CellKey): BoundExpr | null {
  const annex = index.annex(key.annexId);
  const role = annex?.role(key.rowCode, key.colCode);
  if (!annex || (role !== 'computed-row' && role !== 'computed-col')) return null;
  const formula = role === 'computed-row' ? annex.row(key.rowCode)?.formula : annex.col(key.colCode)?.formula;
  if (!formula) return null;
  const parsed = parseExpression(formula);
  if (!parsed.ok) return null;
  const scope = role === 'computed-row' ? { col: key.colCode } : { row: key.rowCode };
  const bound = bindExpr(parsed.expr, { index, annexId: key.annexId, scope, allowBareRange: true });
  return bound.ok ? bound.expr : null;
}
