import { cellKeyId, type CellKey } from '../pack/cell-key';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import type { Severity, TemplatePack } from '../pack/types';
import { targetRowSpec, type TargetRowSpec } from '../rules/target';
import { instanceKeys, type VerdictCode } from '../rules/compile-formula';
import { ADD_IN_BUILTINS, BUILTIN_SEVERITY, FORMULA_BUILTINS, type FormulaBuiltin } from '../rules/figure-formula';
import type { CompareInstance, CompareRule, PresenceInstance, PresenceRule, Rule, RuleScope, TargetRule } from '../rules/types';
import type { SheetModel } from '../sheet/model';
import type { FigureDraft } from './figures';

/**
 * The lines of part I of the check sheet, before they are written: per annex, its structure, one
 * line per instance of each rule (per row of a target rule), one per built-in check the annex's
 * cells have, what needs the add-in; then the rules the workbook cannot check (their annex is not in
 * it) — listed, never dropped.
 */

export type CheckLineKind = 'structure' | 'compare' | 'presence' | 'target' | 'builtin' | 'addIn' | 'notApplicable';

export interface CheckLine {
  kind: CheckLineKind;
  annexId: string;
  /** The rule's id, a built-in check's ("builtin.required"), or "structure". */
  ruleId: string;
  severity: Severity | null;
  /** Sheet row of the line (0-based). */
  row: number;
  scope?: RuleScope;
  /** Target rows: the row assessed. */
  rowCode?: string;
  /** The cells marked when the line fails (its keys), primary first. */
  keys: CellKey[];
  /** Why a line needs the add-in: a built-in check no formula expresses, or a formula past Excel's limits. */
  addInReason?: 'noFormula' | 'tooLong';
  /** Verdict of the formulas for the workbook as written (the cached value). */
  cached: VerdictCode;
}

/** What every line says of itself, before it has a row and a verdict. */
export type LineBase = Omit<CheckLine, 'row' | 'cached'>;

/** A line before it has a row, with what its writer needs. */
export type LineDraft = LineBase &
  (
    | { kind: 'structure' }
    | { kind: 'compare'; compare: { rule: CompareRule; inst: CompareInstance } }
    | { kind: 'presence'; presence: { rule: PresenceRule; inst: PresenceInstance } }
    | { kind: 'target'; rowCode: string; target: { rule: TargetRule; spec: TargetRowSpec; hasExpected: boolean } }
    | { kind: 'builtin'; builtin: FormulaBuiltin }
    | { kind: 'addIn'; builtin: (typeof ADD_IN_BUILTINS)[number] }
    | { kind: 'notApplicable'; missingAnnexes: string[] }
  );

/** The line as the build reports it: the draft's own fields, without what its writer needed. */
export function lineOf(d: LineBase, row: number, cached: VerdictCode): CheckLine {
  return {
    kind: d.kind,
    annexId: d.annexId,
    ruleId: d.ruleId,
    severity: d.severity,
    keys: d.keys,
    ...(d.scope && { scope: d.scope }),
    ...(d.rowCode !== undefined && { rowCode: d.rowCode }),
    ...(d.addInReason && { addInReason: d.addInReason }),
    row,
    cached,
  };
}

/** Every line of the sheet, annex by annex in tab order, then the rules of annexes the workbook lacks. */
export function draftLines(pack: TemplatePack, sheets: readonly SheetModel[], rules: readonly Rule[], figures: readonly FigureDraft[]): LineDraft[] {
  const index = packIndex(pack);
  const known = new Set(figures.map((f) => f.id));
  const present = new Set(sheets.map((s) => s.identity.annexId));
  const drafts: LineDraft[] = [];
  const notApplicable: LineDraft[] = [];
  for (const sheet of sheets) {
    const annexId = sheet.identity.annexId;
    const annex = index.annex(annexId);
    if (!annex) continue;
    drafts.push({ kind: 'structure', annexId, ruleId: 'structure', severity: 'error', keys: [] });
    for (const rule of rules.filter((r) => r.annexId === annexId)) {
      const lines = ruleLines(pack, rule, annex, (k) => known.has(cellKeyId(k)));
      if (lines.missing.length) notApplicable.push({ kind: 'notApplicable', annexId, ruleId: rule.id, severity: rule.severity, keys: [], missingAnnexes: lines.missing });
      drafts.push(...lines.drafts);
    }
    const own = figures.filter((f) => f.key.annexId === annexId);
    for (const id of FORMULA_BUILTINS) {
      if (own.some((f) => f.builtins.includes(id))) drafts.push({ kind: 'builtin', annexId, ruleId: id, severity: BUILTIN_SEVERITY[id], keys: [], builtin: id });
    }
    if (own.some((f) => f.computed)) {
      for (const id of ADD_IN_BUILTINS) drafts.push({ kind: 'addIn', annexId, ruleId: id, severity: 'warning', keys: [], builtin: id, addInReason: 'noFormula' });
    }
  }
  for (const rule of rules) {
    if (!present.has(rule.annexId)) notApplicable.push({ kind: 'notApplicable', annexId: rule.annexId, ruleId: rule.id, severity: rule.severity, keys: [], missingAnnexes: [rule.annexId] });
  }
  return [...drafts, ...notApplicable];
}

/** The lines of one rule: one per instance (per target row), or the annexes it needs that the workbook lacks. */
function ruleLines(pack: TemplatePack, rule: Rule, annex: AnnexIndex, known: (k: CellKey) => boolean): { drafts: LineDraft[]; missing: string[] } {
  const drafts: LineDraft[] = [];
  const missing = new Set<string>();
  const check = (keys: readonly CellKey[]) => {
    const absent = keys.filter((k) => !known(k)).map((k) => k.annexId);
    absent.forEach((a) => missing.add(a));
    return absent.length === 0;
  };
  const base = { annexId: rule.annexId, ruleId: rule.id, severity: rule.severity };
  switch (rule.kind) {
    case 'compare':
      for (const inst of rule.instances) {
        const keys = instanceKeys(inst);
        if (check(keys)) drafts.push({ ...base, kind: 'compare', keys, scope: inst.scope, compare: { rule, inst } });
      }
      break;
    case 'compulsoryPair':
    case 'exclusivePair':
      for (const inst of rule.instances) {
        if (check(inst.cells)) drafts.push({ ...base, kind: 'presence', keys: [...inst.cells], scope: inst.scope, presence: { rule, inst } });
      }
      break;
    case 'target':
      for (const rowCode of rule.rows) {
        const spec = targetRowSpec(pack, rule, rowCode);
        const hasExpected = rule.expectedCol !== undefined && spec.measure !== 'annual' && annex.isValueCell(rowCode, rule.expectedCol);
        const results = spec.measure === 'annual' ? spec.years.map((y) => y.col) : spec.resultCol ? [spec.resultCol] : [];
        const cols = [...results, rule.targetCol, ...(hasExpected ? [rule.expectedCol!] : [])];
        const keys = cols.map((colCode) => ({ annexId: rule.annexId, rowCode, colCode }));
        if (!check(keys)) continue;
        drafts.push({ ...base, kind: 'target', keys, rowCode, target: { rule, spec, hasExpected } });
      }
      break;
  }
  return { drafts, missing: [...missing] };
}
