import type { Params } from '../i18n/format';
import type { ruleCheckMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import type { Annex, TemplatePack } from '../pack/types';
import type { CompareOp, Expr } from '../expr/ast';
import { bindExpr, type BindIssue } from './bind';
import { formInstance } from './form-instance';
import { formBase } from '../pack/kind-form';
import type { CellKey } from '../pack/cell-key';
import { parseFor, type ForSpec } from './for-spec';
import { PackIndex, type AnnexIndex } from '../pack/pack-index';
import { describeParseFailure, parseExpression } from '../expr/parser';
import { DIVIDE_BY_ZERO_POLICIES, MISSING_POLICIES, RULE_KINDS, type BoundExpr, type CompareInstance, type CompareRule, type PresenceInstance, type PresenceRule, type Rule, type RuleKind, type RuleMessage, type RuleScope, type TargetRule, type Tolerance } from './types';
import { SEVERITIES } from '../pack/types';

/**
 * The rule checker: a pack's rule records (JSON) → compiled rules, or issues that name the rule's
 * id, the field, the position in the check text and what was expected. Run on pack load, so a pack
 * with a bad rule is refused before anyone fills a form.
 */

export interface RuleIssue {
  /** "rules[PL02.flow-members].check" — the rule is named by its id when it has one. */
  path: string;
  key: keyof typeof ruleCheckMessages;
  params?: Params;
  /** Parameters worded per language (what the parser expected), merged over `params`. */
  localParams?: { vi: Params; en: Params };
}

export interface CompiledRules {
  rules: Rule[];
  issues: RuleIssue[];
}

type Obj = Record<string, unknown>;

const COMMON_FIELDS = ['id', 'kind', 'annex', 'severity', 'message', 'note'];
const FIELDS: Record<RuleKind, string[]> = {
  compare: [...COMMON_FIELDS, 'for', 'check', 'missing', 'tolerance', 'divideByZero'],
  compulsoryPair: [...COMMON_FIELDS, 'for', 'cells', 'when'],
  exclusivePair: [...COMMON_FIELDS, 'for', 'cells'],
  target: [...COMMON_FIELDS, 'rows', 'target', 'result', 'expected'],
};

/** Placeholders each kind of rule may use in its message. */
export const PLACEHOLDERS: Record<RuleKind, string[]> = {
  compare: ['left', 'right', 'diff', 'row', 'col', 'cell', 'label'],
  compulsoryPair: ['row', 'col', 'cell', 'label', 'filled', 'empty'],
  exclusivePair: ['row', 'col', 'cell', 'label'],
  target: ['label', 'result', 'target', 'percent', 'projection', 'expected', 'expectedPart', 'years', 'status'],
};

const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

class RuleChecker {
  readonly issues: RuleIssue[] = [];
  constructor(readonly path: string) {}

  add(field: string | null, key: RuleIssue['key'], params?: Params, localParams?: RuleIssue['localParams']): void {
    this.issues.push({ path: field ? `${this.path}.${field}` : this.path, key, ...(params && { params }), ...(localParams && { localParams }) });
  }
}

export function compileRules(raw: readonly unknown[], annexes: readonly Annex[]): CompiledRules {
  const index = new PackIndex({ annexes: [...annexes] });
  const rules: Rule[] = [];
  const issues: RuleIssue[] = [];
  raw.forEach((record, i) => {
    const id = isObj(record) && typeof record.id === 'string' && ID.test(record.id) ? record.id : undefined;
    const c = new RuleChecker(id ? `rules[${id}]` : `rules[${i}]`);
    const rule = isObj(record) ? compileRule(c, record, id, index) : (c.add(null, 'rule.notObject'), undefined);
    issues.push(...c.issues);
    if (rule && c.issues.length === 0) rules.push(rule);
  });
  return { rules, issues };
}

const compiled = new WeakMap<object, Rule[]>();

export class RuleCompileError extends Error {}

/**
 * The compiled rules of a loaded pack (cached). A pack that bypassed loadPack may still be refused
 * here. A unit's form (pack/kind-form.ts) has its pack's rules, kept to what the form holds.
 */
export function packRules(pack: Pick<TemplatePack, 'annexes' | 'rules'>): Rule[] {
  let rules = compiled.get(pack);
  if (!rules) {
    const base = formBase(pack as TemplatePack);
    if (base) rules = formRules(packRules(base), pack.annexes);
    else {
      const result = compileRules(pack.rules, pack.annexes);
      if (result.issues.length) throw new RuleCompileError(result.issues.map((i) => `${i.path}: ${i.key}`).join('; '));
      rules = result.rules;
    }
    compiled.set(pack, rules);
  }
  return rules;
}

/**
 * The rules of a form: each application of a rule that reads only cells the form holds. A comparison
 * that reads a row the unit's kind is not asked for reads it as 0 (form-instance.ts); any other rule
 * that reads such a row, or an annex the unit does not fill, is not the unit's rule — never a false
 * error, never a line of its check sheet.
 */
function formRules(rules: readonly Rule[], annexes: readonly Annex[]): Rule[] {
  const index = new PackIndex({ annexes: [...annexes] });
  const held = (k: CellKey) => {
    const role = index.annex(k.annexId)?.role(k.rowCode, k.colCode);
    return role !== undefined && role !== 'none';
  };
  const out: Rule[] = [];
  for (const rule of rules) {
    if (!index.annex(rule.annexId)) continue;
    switch (rule.kind) {
      case 'compare': {
        // A row the unit's kind is not asked for reads 0 (form-instance.ts).
        const instances = rule.instances.map((inst) => formInstance(inst, index, held)).filter((inst): inst is CompareInstance => inst !== null);
        const same = instances.length === rule.instances.length && instances.every((inst, i) => inst === rule.instances[i]);
        if (instances.length) out.push(same ? rule : { ...rule, instances });
        break;
      }
      case 'compulsoryPair':
      case 'exclusivePair': {
        const instances = rule.instances.filter((inst) => inst.cells.every(held));
        if (instances.length) out.push(instances.length === rule.instances.length ? rule : { ...rule, instances });
        break;
      }
      case 'target': {
        const annex = index.annex(rule.annexId)!;
        const rows = rule.rows.filter((r) => annex.role(r, rule.targetCol) === 'input');
        if (rows.length) out.push(rows.length === rule.rows.length ? rule : { ...rule, rows });
        break;
      }
    }
  }
  return out;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function compileRule(c: RuleChecker, o: Obj, id: string | undefined, index: PackIndex): Rule | undefined {
  const kindRaw = o.kind ?? 'compare';
  if (typeof kindRaw !== 'string' || !(RULE_KINDS as readonly string[]).includes(kindRaw)) {
    c.add('kind', 'rule.badKind', { allowed: RULE_KINDS.join(', ') });
    return undefined;
  }
  const kind = kindRaw as RuleKind;
  for (const field of Object.keys(o)) if (!FIELDS[kind].includes(field)) c.add(field, 'rule.unknownField', { field, kind });

  const annexId = requiredString(c, o, 'annex');
  const annex = annexId !== undefined ? index.annex(annexId) : undefined;
  if (annexId !== undefined && !annex) c.add('annex', 'rule.unknownAnnex', { annex: annexId });
  const severity = oneOf(c, o, 'severity', SEVERITIES, undefined);
  const message = kind === 'target' && o.message === undefined ? undefined : checkMessage(c, o.message, kind);
  // The maintainer's remark: kept in the pack as written, never shown to the units.
  if (o.note !== undefined && typeof o.note !== 'string') c.add('note', 'rule.badNote');
  if (!id || !annex || !severity) return undefined;

  const base = { id, annexId: annex.annex.id, severity };
  switch (kind) {
    case 'compare':
      return compileCompare(c, o, base, message, annex, index);
    case 'compulsoryPair':
    case 'exclusivePair':
      return compilePresence(c, o, { ...base, kind }, message, annex, index);
    case 'target':
      return compileTarget(c, o, base, message, annex);
  }
}

function requiredString(c: RuleChecker, o: Obj, field: string): string | undefined {
  const v = o[field];
  if (typeof v === 'string' && v.trim() !== '') return v;
  c.add(field, 'rule.missing', { field });
  return undefined;
}

function oneOf<T extends string>(c: RuleChecker, o: Obj, field: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const v = o[field];
  if (v === undefined) {
    if (fallback === undefined) c.add(field, 'rule.missing', { field });
    return fallback;
  }
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  c.add(field, 'rule.badEnum', { found: String(v), allowed: allowed.join(', ') });
  return undefined;
}

function checkMessage(c: RuleChecker, v: unknown, kind: RuleKind): RuleMessage | undefined {
  if (!isObj(v) || typeof v.vi !== 'string' || typeof v.en !== 'string' || !v.vi.trim() || !v.en.trim() || Object.keys(v).some((k) => k !== 'vi' && k !== 'en')) {
    c.add('message', 'rule.badMessage');
    return undefined;
  }
  const texts: RuleMessage = { vi: v.vi, en: v.en };
  let ok = true;
  for (const lang of ['vi', 'en'] as const) {
    for (const m of texts[lang].matchAll(/\{(\w+)\}/g)) {
      if (!PLACEHOLDERS[kind].includes(m[1])) {
        c.add(`message.${lang}`, 'rule.badPlaceholder', { lang, name: m[1], allowed: PLACEHOLDERS[kind].map((p) => `{${p}}`).join(' ') });
        ok = false;
      }
    }
  }
  return ok ? texts : undefined;
}

function checkFor(c: RuleChecker, o: Obj, annex: AnnexIndex): ForSpec | null | undefined {
  if (o.for === undefined) return null;
  if (typeof o.for !== 'string') {
    c.add('for', 'rule.badFor', { found: JSON.stringify(o.for) });
    return undefined;
  }
  const parsed = parseFor(o.for, annex);
  if (parsed.ok) return parsed.spec;
  if (parsed.problem === 'syntax') c.add('for', 'rule.badFor', { found: o.for });
  else if (parsed.problem === 'unknown') {
    const axisRow = /^\s*r/i.test(o.for);
    c.add('for', axisRow ? 'rule.unknownRow' : 'rule.unknownCol', { ref: o.for, annex: annex.annex.id, code: parsed.code });
  } else c.add('for', 'rule.backwardRange', { ref: o.for, from: parsed.from, to: parsed.to });
  return undefined;
}

function scopesOf(spec: ForSpec | null): RuleScope[] {
  if (!spec) return [{}];
  return spec.codes.map((code) => (spec.axis === 'row' ? { row: code } : { col: code }));
}

/**
 * Applies `bindOne` for every scope of `for`. Applications that land on a cell the annex leaves empty
 * are dropped (a heading inside a row range); any other problem is reported once, from the first
 * scope that shows it.
 */
function instancesOf<T>(c: RuleChecker, field: string, spec: ForSpec | null, bindOne: (scope: RuleScope) => { ok: true; value: T } | { ok: false; issue: BindIssue }): T[] | undefined {
  const out: T[] = [];
  for (const scope of scopesOf(spec)) {
    const r = bindOne(scope);
    if (r.ok) out.push(r.value);
    else if (!(r.issue.emptyCell && spec)) {
      c.add(field, r.issue.key, r.issue.params);
      return undefined;
    }
  }
  if (out.length === 0) {
    c.add('for', 'rule.forEmpty');
    return undefined;
  }
  return out;
}

function parseCheck(c: RuleChecker, field: string, text: string): Expr | undefined {
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    // Each language gets its own wording of what was expected.
    c.add(field, 'rule.parse', { pos: parsed.pos + 1 }, { vi: describeParseFailure(parsed, 'vi'), en: describeParseFailure(parsed, 'en') });
    return undefined;
  }
  return parsed.expr;
}

function checkTolerance(c: RuleChecker, v: unknown): Tolerance | undefined {
  if (v === undefined) return { kind: 'exact' };
  if (isObj(v) && Object.keys(v).length === 1) {
    const [kind, n] = Object.entries(v)[0];
    if ((kind === 'abs' || kind === 'rel') && typeof n === 'number' && Number.isFinite(n) && n >= 0 && (kind === 'abs' || n <= 1)) {
      return { kind, value: Decimal.fromNumber(n) };
    }
  }
  c.add('tolerance', 'rule.badTolerance');
  return undefined;
}

function compileCompare(
  c: RuleChecker,
  o: Obj,
  base: { id: string; annexId: string; severity: CompareRule['severity'] },
  message: RuleMessage | undefined,
  annex: AnnexIndex,
  index: PackIndex,
): CompareRule | undefined {
  const spec = checkFor(c, o, annex);
  const missing = oneOf(c, o, 'missing', MISSING_POLICIES, 'skipIfAll');
  const divideByZero = oneOf(c, o, 'divideByZero', DIVIDE_BY_ZERO_POLICIES, 'skip');
  const tolerance = checkTolerance(c, o.tolerance);
  const check = requiredString(c, o, 'check');
  const expr = check !== undefined ? parseCheck(c, 'check', check) : undefined;
  if (expr && expr.type !== 'compare') c.add('check', 'rule.notComparison');
  if (!expr || expr.type !== 'compare' || spec === undefined || !missing || !divideByZero || !tolerance || !message || check === undefined) return undefined;
  const op: CompareOp = expr.op;
  const instances = instancesOf<CompareInstance>(c, 'check', spec, (scope) => {
    const ctx = { index, annexId: annex.annex.id, scope, allowBareRange: false };
    const left = bindExpr(expr.left, ctx);
    if (!left.ok) return left;
    const right = bindExpr(expr.right, ctx);
    if (!right.ok) return right;
    return { ok: true, value: { scope, left: left.expr, op, right: right.expr } };
  });
  if (!instances) return undefined;
  return { ...base, kind: 'compare', check, missing, tolerance, divideByZero, message, instances };
}

function compilePresence(
  c: RuleChecker,
  o: Obj,
  base: { id: string; annexId: string; severity: PresenceRule['severity']; kind: PresenceRule['kind'] },
  message: RuleMessage | undefined,
  annex: AnnexIndex,
  index: PackIndex,
): PresenceRule | undefined {
  const spec = checkFor(c, o, annex);
  const cells = o.cells;
  if (!Array.isArray(cells) || cells.length !== 2 || cells.some((x) => typeof x !== 'string')) {
    c.add('cells', 'rule.badCells');
    return undefined;
  }
  const exprs = (cells as string[]).map((text, i) => parseCheck(c, `cells[${i}]`, text));
  if (exprs.some((e) => e === undefined)) return undefined;
  exprs.forEach((e, i) => {
    if (e!.type !== 'ref') c.add(`cells[${i}]`, 'rule.badCells');
  });
  const when = o.when === undefined ? undefined : o.when === 'nonZero' ? ('nonZero' as const) : (c.add('when', 'rule.badWhen', { found: String(o.when) }), undefined);
  if (c.issues.length || spec === undefined || !message) return undefined;
  const instances = instancesOf<PresenceInstance>(c, 'cells', spec, (scope) => {
    // Ranges are let through binding so that the message can say "one cell, not a range".
    const ctx = { index, annexId: annex.annex.id, scope, allowBareRange: true, allowText: true };
    const bound: BoundExpr[] = [];
    for (const e of exprs) {
      const b = bindExpr(e!, ctx);
      if (!b.ok) return b;
      bound.push(b.expr);
    }
    const [a, b] = bound;
    if (a.type !== 'cell' || b.type !== 'cell') {
      const ref = exprs[a.type !== 'cell' ? 0 : 1] as Expr & { type: 'ref' };
      return { ok: false, issue: { key: 'rule.singleCell', params: { ref: ref.text, pos: ref.pos + 1 } } };
    }
    return { ok: true, value: { scope, cells: [a.key, b.key] } };
  });
  if (!instances) return undefined;
  return { ...base, ...(when && { when }), message, instances };
}

function columnField(c: RuleChecker, o: Obj, field: string, annex: AnnexIndex, optional = false): string | undefined {
  const v = o[field];
  if (v === undefined) {
    if (!optional) c.add(field, 'rule.missing', { field });
    return undefined;
  }
  // As in references: "c" then a code starting with a digit.
  const m = typeof v === 'string' ? /^\s*c(\d[0-9A-Za-z._]*)\s*$/i.exec(v) : null;
  if (!m) {
    c.add(field, 'rule.badColumn', { found: String(v) });
    return undefined;
  }
  if (!annex.col(m[1])) {
    c.add(field, 'rule.unknownCol', { ref: String(v), annex: annex.annex.id, code: m[1] });
    return undefined;
  }
  return m[1];
}

function compileTarget(
  c: RuleChecker,
  o: Obj,
  base: { id: string; annexId: string; severity: TargetRule['severity'] },
  message: RuleMessage | undefined,
  annex: AnnexIndex,
): TargetRule | undefined {
  const targetCol = columnField(c, o, 'target', annex);
  const resultCol = columnField(c, o, 'result', annex);
  const expectedCol = columnField(c, o, 'expected', annex, true);
  let rows: string[] | undefined;
  if (typeof o.rows !== 'string') c.add('rows', o.rows === undefined ? 'rule.missing' : 'rule.badRows', { field: 'rows', found: String(o.rows) });
  else {
    const parsed = parseFor(/^\s*r/i.test(o.rows) ? o.rows : `r${o.rows}`, annex);
    if (parsed.ok) rows = parsed.spec.codes;
    else if (parsed.problem === 'syntax') c.add('rows', 'rule.badRows', { found: o.rows });
    else if (parsed.problem === 'unknown') c.add('rows', 'rule.unknownRow', { ref: o.rows, annex: annex.annex.id, code: parsed.code });
    else c.add('rows', 'rule.backwardRange', { ref: o.rows, from: parsed.from, to: parsed.to });
  }
  if (!rows || !targetCol || !resultCol || (o.expected !== undefined && !expectedCol) || c.issues.length) return undefined;
  // A row has a target when its target cell is typed in (headings and the parts of a rate have none)
  // and it has a result: in the result column, or in a year column (a rate judged every year).
  const yearCols = annex.annex.columns.filter((col) => col.year !== undefined).map((col) => col.code);
  const withTarget = rows.filter((r) => annex.role(r, targetCol) === 'input' && (annex.isValueCell(r, resultCol) || yearCols.some((y) => annex.isValueCell(r, y))));
  if (withTarget.length === 0) {
    c.add('rows', 'rule.forEmpty');
    return undefined;
  }
  return { ...base, kind: 'target', rows: withTarget, targetCol, resultCol, ...(expectedCol && { expectedCol }), ...(message && { message }) };
}
