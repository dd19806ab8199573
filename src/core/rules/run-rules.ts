import type { Lang } from '../i18n/format';
import { formatDecimal } from '../numbers/format';
import { reportCell } from '../report/unit-report';
import { cellsOf } from './bind';
import { coerceCell, isFilled } from './coerce';
import { comparisonHolds, evaluate } from './evaluate';
import { makeFinding, type Finding } from './finding';
import { fillBoth, findingCells } from './finding-cells';
import { figureValue } from './figures';
import { packIndex } from '../pack/pack-index';
import type { RuleContext } from './rule-context';
import { evaluateTarget } from './target';
import { type CompareInstance, type CompareRule, type PresenceInstance, type PresenceRule, type Rule } from './types';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { validationFindingMessages } from '../i18n/validation-messages';

/**
 * Runs compiled rules on a unit's figures. A rule is skipped — silently, because another finding
 * already says why — when a cell it reads is absent (tampered structure) or unreadable (words, error
 * values); otherwise its missing-value policy decides.
 */
export function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  switch (rule.kind) {
    case 'compare':
      return rule.instances.flatMap((inst) => runCompare(rule, inst, ctx));
    case 'compulsoryPair':
    case 'exclusivePair':
      return rule.instances.flatMap((inst) => runPresence(rule, inst, ctx));
    case 'target':
      return evaluateTarget(rule, ctx);
  }
}

/**
 * Every cell the comparison reads, the one to select first leading: a lone cell on the right (the
 * total) when the left is a sum of parts, else the first cell of the left side.
 */
function primaryFirst(inst: CompareInstance): CellKey[] {
  const all = cellsOf({ type: 'binary', op: '+', left: inst.left, right: inst.right });
  const primary = inst.right.type === 'cell' && inst.left.type !== 'cell' ? inst.right.key : all[0];
  return primary ? [primary, ...all.filter((k) => cellKeyId(k) !== cellKeyId(primary))] : all;
}

function runCompare(rule: CompareRule, inst: CompareInstance, ctx: RuleContext): Finding[] {
  const keys = primaryFirst(inst);
  const figures = keys.map((k) => ctx.figures.figure(k));
  if (figures.some((f) => f.kind === 'absent' || f.kind === 'unreadable')) return [];
  const blanks = figures.filter((f) => f.kind === 'blank').length;
  if (rule.missing === 'skipIfAny' && blanks > 0) return [];
  if (rule.missing === 'skipIfAll' && blanks === figures.length) return [];
  const valueOf = (k: CellKey) => figureValue(ctx.figures.figure(k));
  const left = evaluate(inst.left, valueOf);
  const right = evaluate(inst.right, valueOf);
  const cells = findingCells(ctx.report, keys);
  const primary = cells[0];
  const label = keys[0] ? (packIndex(ctx.pack).label(keys[0]) ?? null) : null;
  const base = { kind: 'rule' as const, ruleId: rule.id, severity: rule.severity, annexId: rule.annexId, sheetName: primary?.sheetName ?? ctx.report.annexes.get(rule.annexId)?.sheetName ?? null, cells, label };
  if (!left.ok || !right.ok) {
    if (rule.divideByZero === 'skip') return [];
    return [makeFinding({ ...base, message: fillBoth(validationFindingMessages['evaluate.divideByZero'], () => ({ check: rule.check, id: rule.id })) })];
  }
  if (comparisonHolds(left.value, inst.op, right.value, rule.tolerance)) return [];
  const diff = left.value.sub(right.value);
  const params = (lang: Lang) => ({
    left: formatDecimal(left.value, lang),
    right: formatDecimal(right.value, lang),
    diff: formatDecimal(diff, lang),
    row: inst.scope.row ?? primary?.rowCode ?? '',
    col: inst.scope.col ?? primary?.colCode ?? '',
    cell: primary?.address ?? '',
    label: label ?? '',
  });
  return [
    makeFinding({
      ...base,
      message: fillBoth(rule.message, params),
      values: { left: left.value.toNumber(), right: right.value.toNumber(), diff: diff.toNumber() },
    }),
  ];
}

function runPresence(rule: PresenceRule, inst: PresenceInstance, ctx: RuleContext): Finding[] {
  const cells = inst.cells.map((k) => reportCell(ctx.report, k.annexId, k.rowCode, k.colCode));
  if (cells.some((c) => c === undefined)) return [];
  const filled = cells.map((c) => isFilled(coerceCell(c!.value)));
  let order: CellKey[];
  if (rule.when === 'nonZero') {
    // One way: a number other than 0 in the first cell needs the second (an adjustment, its reason).
    const first = ctx.figures.figure(inst.cells[0]);
    if (first.kind !== 'number' || first.value.isZero() || filled[1]) return [];
    order = [inst.cells[1], inst.cells[0]];
  } else if (rule.kind === 'compulsoryPair') {
    if (filled[0] === filled[1]) return [];
    order = filled[0] ? [inst.cells[1], inst.cells[0]] : [inst.cells[0], inst.cells[1]];
  } else {
    if (!(filled[0] && filled[1])) return [];
    order = [inst.cells[1], inst.cells[0]];
  }
  const found = findingCells(ctx.report, order);
  const label = packIndex(ctx.pack).label(order[0]) ?? null;
  const params = () => ({
    row: order[0].rowCode,
    col: order[0].colCode,
    cell: found[0]?.address ?? '',
    label: label ?? '',
    empty: found[0]?.address ?? '',
    filled: found[1]?.address ?? '',
  });
  return [
    makeFinding({
      kind: 'rule',
      ruleId: rule.id,
      severity: rule.severity,
      annexId: rule.annexId,
      sheetName: found[0]?.sheetName ?? null,
      cells: found,
      label,
      message: fillBoth(rule.message, params),
    }),
  ];
}
