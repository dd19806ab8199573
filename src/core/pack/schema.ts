import type { Lang } from '../i18n/format';
import { packMessages } from '../i18n/pack-messages';
import { fill } from '../i18n/format';
import { ruleCheckMessages } from '../i18n/validation-messages';
import { collectRefs } from '../rules/ast';
import { compileRules } from '../rules/check-rules';
import { parseExpression } from '../rules/parser';
import { sheetNameProblem } from './sheet-name-rules';
import type {
  Aggregation,
  Annex,
  CellOverride,
  IndicatorRow,
  PackRule,
  ReportingUnit,
  TemplatePack,
  ValueColumn,
} from './types';

/**
 * Structural and semantic check of a template pack read from JSON. Every problem is reported with
 * the path of the field (annexes are named by id, rows and columns by code, so a federation's staff
 * can find them) and the reason, in Vietnamese and English. Nothing is coerced silently: a pack is
 * either valid as written or refused.
 */

export interface PackIssue {
  path: string;
  /** Pack messages, or the rule checker's (rules/check-rules.ts) for a refused rule. */
  key: keyof typeof packMessages | keyof typeof ruleCheckMessages;
  params?: Record<string, string | number>;
  /** Parameters worded per language (what a rule's parser expected), merged over `params`. */
  localParams?: { vi: Record<string, string | number>; en: Record<string, string | number> };
}

const ISSUE_MESSAGES = { ...packMessages, ...ruleCheckMessages };

export type PackLoadResult = { ok: true; pack: TemplatePack } | { ok: false; issues: PackIssue[] };

export function describeIssue(issue: PackIssue, lang: Lang): string {
  return `${issue.path}: ${fill(ISSUE_MESSAGES[issue.key][lang], { ...issue.params, ...issue.localParams?.[lang] }, lang)}`;
}

type Json = unknown;
type Obj = Record<string, Json>;

const UNIT_KINDS = ['province', 'district', 'sector', 'grassroots'] as const;
const NUMBER_TYPES = ['integer', 'money', 'decimal', 'percent', 'text'] as const;
const COLUMN_KINDS = ['input', 'computed', 'text'] as const;
const ROW_KINDS = ['header', 'input', 'computed'] as const;
const AGGREGATIONS = ['sum', 'ratio', 'min', 'max', 'text', 'none'] as const;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Checker {
  readonly issues: PackIssue[] = [];

  add(path: string, key: PackIssue['key'], params?: PackIssue['params']): void {
    this.issues.push({ path, key, params });
  }

  obj(v: Json, path: string, allowed: readonly string[]): Obj | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.add(path, 'pack.type', { expected: 'object {…}' });
      return null;
    }
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k) || FORBIDDEN_KEYS.has(k)) this.add(join(path, k), 'pack.unknownField');
    }
    return v as Obj;
  }

  str(o: Obj, key: string, path: string, opts: { optional?: boolean; pattern?: RegExp } = {}): string | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!opts.optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(p, 'pack.type', { expected: 'text (string)' });
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.add(p, 'pack.type', { expected: `text matching ${opts.pattern.source}` });
      return undefined;
    }
    return v;
  }

  num(o: Obj, key: string, path: string, opts: { optional?: boolean; integer?: boolean; min?: number } = {}): number | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!opts.optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v)) || (opts.min !== undefined && v < opts.min)) {
      const what = opts.integer ? 'an integer' : 'a number';
      this.add(p, 'pack.type', { expected: opts.min !== undefined ? `${what} ≥ ${opts.min}` : what });
      return undefined;
    }
    return v;
  }

  bool(o: Obj, key: string, path: string): boolean | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add(join(path, key), 'pack.type', { expected: 'true / false' });
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], optional = false): T | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.add(p, 'pack.enum', { allowed: allowed.join(', ') });
      return undefined;
    }
    return v as T;
  }

  arr(o: Obj, key: string, path: string, nonEmpty = true): Json[] | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      this.add(p, 'pack.missing');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(p, 'pack.type', { expected: 'a list […]' });
      return undefined;
    }
    if (nonEmpty && v.length === 0) this.add(p, 'pack.emptyList');
    return v;
  }

  date(o: Obj, key: string, path: string): string | undefined {
    const v = this.str(o, key, path);
    if (v !== undefined && !isIsoDate(v)) {
      this.add(join(path, key), 'pack.badDate');
      return undefined;
    }
    return v;
  }

  unique(items: Array<{ code: string | undefined; path: string }>): void {
    const seen = new Map<string, string>();
    for (const { code, path } of items) {
      if (code === undefined) continue;
      const first = seen.get(code);
      if (first !== undefined) this.add(path, 'pack.duplicate', { code, first });
      else seen.set(code, path);
    }
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._]*$/;
const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

function checkUnits(c: Checker, raw: Json[] | undefined, issuerCode: string | undefined): ReportingUnit[] {
  const units: ReportingUnit[] = [];
  const paths: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((u, i) => {
    const path = join('units', i);
    const o = c.obj(u, path, ['code', 'name', 'kind', 'parent']);
    if (!o) return;
    const code = c.str(o, 'code', path, { pattern: CODE });
    const name = c.str(o, 'name', path);
    const kind = c.oneOf(o, 'kind', path, UNIT_KINDS);
    const parent = c.str(o, 'parent', path, { pattern: CODE });
    paths.push({ code, path: join(path, 'code') });
    if (code && name && kind && parent) units.push({ code, name, kind, parent });
  });
  c.unique(paths);
  const known = new Set(units.map((u) => u.code));
  if (issuerCode) known.add(issuerCode);
  units.forEach((u, i) => {
    if (u.parent === u.code) c.add(join(join('units', i), 'parent'), 'pack.parentSelf');
    else if (!known.has(u.parent)) c.add(join(join('units', i), 'parent'), 'pack.unknownRef', { what: 'unit', code: u.parent });
  });
  return units;
}

function checkAggregation(c: Checker, v: Json, path: string): Aggregation | undefined {
  const o = c.obj(v, path, ['type', 'numerator', 'denominator', 'scale']);
  if (!o) return undefined;
  const type = c.oneOf(o, 'type', path, AGGREGATIONS);
  if (type === 'ratio') {
    const numerator = c.str(o, 'numerator', path, { pattern: CODE });
    const denominator = c.str(o, 'denominator', path, { pattern: CODE });
    const scale = o.scale === undefined ? 100 : c.num(o, 'scale', path, { min: 0 });
    if (numerator && denominator && scale !== undefined) return { type, numerator, denominator, scale };
    return undefined;
  }
  for (const k of ['numerator', 'denominator', 'scale']) if (o[k] !== undefined) c.add(join(path, k), 'pack.unknownField');
  return type ? { type } : undefined;
}

function checkColumns(c: Checker, raw: Json[] | undefined, path: string): ValueColumn[] {
  const cols: ValueColumn[] = [];
  const codes: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((v, i) => {
    const p0 = join(join(path, 'columns'), i);
    const o = c.obj(v, p0, ['code', 'title', 'group', 'kind', 'type', 'formula', 'codeLabel', 'width', 'decimals']);
    if (!o) return;
    const code = c.str(o, 'code', p0, { pattern: CODE });
    const p = code ? `${path}.columns[${code}]` : p0;
    codes.push({ code, path: join(p0, 'code') });
    const title = c.str(o, 'title', p);
    const group = c.str(o, 'group', p, { optional: true });
    const kind = c.oneOf(o, 'kind', p, COLUMN_KINDS);
    const type = c.oneOf(o, 'type', p, NUMBER_TYPES);
    const formula = c.str(o, 'formula', p, { optional: true });
    const codeLabel = c.str(o, 'codeLabel', p, { optional: true });
    const width = c.num(o, 'width', p, { optional: true, min: 1 });
    const decimals = c.num(o, 'decimals', p, { optional: true, integer: true, min: 0 });
    if (kind === 'computed' && formula === undefined && o.formula === undefined) c.add(join(p, 'formula'), 'pack.formulaMissing');
    if (kind !== 'computed' && formula !== undefined) c.add(join(p, 'formula'), 'pack.formulaNotAllowed');
    if (kind === 'text' && type !== undefined && type !== 'text') c.add(join(p, 'type'), 'pack.enum', { allowed: 'text' });
    if (code && title && kind && type) {
      cols.push({ code, title, kind, type, ...(group && { group }), ...(formula && { formula }), ...(codeLabel && { codeLabel }), ...(width && { width }), ...(decimals !== undefined && { decimals }) });
    }
  });
  c.unique(codes);
  return cols;
}

function checkCellOverrides(c: Checker, v: Json, path: string): Record<string, CellOverride> | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.add(path, 'pack.type', { expected: 'object {"<column code>": "input" | "none"}' });
    return undefined;
  }
  const out: Record<string, CellOverride> = {};
  for (const [k, val] of Object.entries(v as Obj)) {
    if (FORBIDDEN_KEYS.has(k)) c.add(join(path, k), 'pack.unknownField');
    else if (val !== 'input' && val !== 'none') c.add(join(path, k), 'pack.enum', { allowed: 'input, none' });
    else out[k] = val;
  }
  return out;
}

function checkRows(c: Checker, raw: Json[] | undefined, path: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const codes: Array<{ code: string | undefined; path: string }> = [];
  let prevLevel = 0;
  (raw ?? []).forEach((v, i) => {
    const p0 = join(join(path, 'rows'), i);
    const o = c.obj(v, p0, ['code', 'stt', 'label', 'level', 'unit', 'kind', 'type', 'formula', 'aggregation', 'required', 'target', 'allowNegative', 'decimals', 'cells']);
    if (!o) return;
    const code = c.str(o, 'code', p0, { pattern: CODE });
    const p = code ? `${path}.rows[${code}]` : p0;
    codes.push({ code, path: join(p0, 'code') });
    const stt = c.str(o, 'stt', p, { optional: true });
    const label = c.str(o, 'label', p);
    const level = o.level === undefined ? 0 : c.num(o, 'level', p, { integer: true, min: 0 });
    const unit = c.str(o, 'unit', p, { optional: true });
    const kind = c.oneOf(o, 'kind', p, ROW_KINDS);
    const type = c.oneOf(o, 'type', p, NUMBER_TYPES, true);
    const formula = c.str(o, 'formula', p, { optional: true });
    const required = c.bool(o, 'required', p);
    const allowNegative = c.bool(o, 'allowNegative', p);
    const target = c.num(o, 'target', p, { optional: true, min: 0 });
    const decimals = c.num(o, 'decimals', p, { optional: true, integer: true, min: 0 });
    const cells = checkCellOverrides(c, o.cells, join(p, 'cells'));
    let aggregation: Aggregation | undefined;
    if (o.aggregation === undefined) aggregation = kind === 'header' ? { type: 'none' } : { type: 'sum' };
    else aggregation = checkAggregation(c, o.aggregation, join(p, 'aggregation'));
    if (kind === 'computed' && o.formula === undefined) c.add(join(p, 'formula'), 'pack.formulaMissing');
    if (kind !== 'computed' && o.formula !== undefined) c.add(join(p, 'formula'), 'pack.formulaNotAllowed');
    if (level !== undefined && level > prevLevel + 1) c.add(join(p, 'level'), 'pack.levelJump');
    if (level !== undefined) prevLevel = level;
    if (code && label && kind && level !== undefined && aggregation) {
      rows.push({
        code, label, level, kind, aggregation,
        ...(stt && { stt }), ...(unit && { unit }), ...(type && { type }), ...(formula && { formula }),
        ...(required !== undefined && { required }), ...(allowNegative !== undefined && { allowNegative }),
        ...(target !== undefined && { target }), ...(decimals !== undefined && { decimals }), ...(cells && { cells }),
      });
    }
  });
  c.unique(codes);
  return rows;
}

/** Formulas of computed rows refer to rows ({r…}) of the same column; of computed columns, to columns ({c…}) of the same row. */
function checkFormulas(c: Checker, annex: Annex, path: string): void {
  const rowCodes = new Set(annex.rows.map((r) => r.code));
  const colCodes = new Set(annex.columns.map((col) => col.code));
  const deps = new Map<string, string[]>();
  const check = (formula: string, p: string, scope: 'row' | 'column', self: string) => {
    const parsed = parseExpression(formula);
    if (!parsed.ok) {
      c.add(p, 'pack.formulaBad', { detail: `position ${parsed.pos + 1}: expected ${parsed.expected}, found ${parsed.found}` });
      return;
    }
    if (parsed.expr.type === 'compare') {
      c.add(p, 'pack.formulaBad', { detail: 'a computed cell holds a value, not a comparison' });
      return;
    }
    const targets: string[] = [];
    for (const ref of collectRefs(parsed.expr)) {
      const wrongScope = ref.annex !== undefined || (scope === 'row' ? ref.cols !== undefined || !ref.rows : ref.rows !== undefined || !ref.cols);
      if (wrongScope) {
        c.add(p, 'pack.formulaScope', { what: scope === 'row' ? 'row' : 'column', allowed: scope === 'row' ? '{r…}' : '{c…}' });
        continue;
      }
      const span = (scope === 'row' ? ref.rows : ref.cols)!;
      const known = scope === 'row' ? rowCodes : colCodes;
      for (const code of [span.from, span.to]) {
        if (!known.has(code)) c.add(p, 'pack.unknownRef', { what: scope === 'row' ? 'row' : 'column', code });
        else targets.push(code);
      }
    }
    deps.set(`${scope}:${self}`, targets.map((t) => `${scope}:${t}`));
  };
  for (const row of annex.rows) if (row.formula) check(row.formula, `${path}.rows[${row.code}].formula`, 'row', row.code);
  for (const col of annex.columns) if (col.formula) check(col.formula, `${path}.columns[${col.code}].formula`, 'column', col.code);
  const cycle = findCycle(deps);
  if (cycle) c.add(path, 'pack.formulaCycle', { cycle: cycle.join(' → ') });
  annex.rows.forEach((row) => {
    for (const code of Object.keys(row.cells ?? {})) {
      if (!colCodes.has(code)) c.add(`${path}.rows[${row.code}].cells`, 'pack.unknownRef', { what: 'column', code });
    }
    if (row.aggregation.type === 'ratio') {
      const { numerator, denominator } = row.aggregation;
      if (!rowCodes.has(numerator) || !rowCodes.has(denominator)) c.add(`${path}.rows[${row.code}].aggregation`, 'pack.ratioParts');
    }
  });
}

function findCycle(deps: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of deps.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return null;
}

function checkAnnexes(c: Checker, raw: Json[] | undefined, departments: Set<string>): Annex[] {
  const annexes: Annex[] = [];
  const ids: Array<{ code: string | undefined; path: string }> = [];
  const sheets: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((v, i) => {
    const p0 = join('annexes', i);
    const o = c.obj(v, p0, ['id', 'label', 'title', 'sheetName', 'department', 'labelTitle', 'columns', 'rows', 'note']);
    if (!o) return;
    const id = c.str(o, 'id', p0, { pattern: ID });
    const p = id ? `annexes[${id}]` : p0;
    ids.push({ code: id, path: join(p0, 'id') });
    const label = c.str(o, 'label', p);
    const title = c.str(o, 'title', p);
    const sheetName = c.str(o, 'sheetName', p);
    const nameProblem = sheetName === undefined ? null : sheetNameProblem(sheetName);
    if (nameProblem) c.issues.push({ path: join(p, 'sheetName'), ...nameProblem });
    sheets.push({ code: sheetName?.toLowerCase(), path: join(p, 'sheetName') });
    const department = c.str(o, 'department', p);
    if (department && !departments.has(department)) c.add(join(p, 'department'), 'pack.unknownRef', { what: 'department', code: department });
    const labelTitle = c.str(o, 'labelTitle', p, { optional: true });
    const note = c.str(o, 'note', p, { optional: true });
    const columns = checkColumns(c, c.arr(o, 'columns', p), p);
    const rows = checkRows(c, c.arr(o, 'rows', p), p);
    if (id && label && title && sheetName && department) {
      const annex: Annex = { id, label, title, sheetName, department, columns, rows, ...(labelTitle && { labelTitle }), ...(note && { note }) };
      checkFormulas(c, annex, p);
      annexes.push(annex);
    }
  });
  c.unique(ids);
  c.unique(sheets);
  return annexes;
}

function checkRules(c: Checker, raw: Json[] | undefined): PackRule[] {
  const rules: PackRule[] = [];
  const ids: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((v, i) => {
    const p = join('rules', i);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      c.add(p, 'pack.type', { expected: 'object {…}' });
      return;
    }
    const o = v as Obj;
    const id = c.str(o, 'id', p, { pattern: ID });
    ids.push({ code: id, path: join(p, 'id') });
    if (id) rules.push(o as PackRule);
  });
  c.unique(ids);
  return rules;
}

/** Checks a parsed JSON value as a template pack. */
export function checkPack(json: Json): PackLoadResult {
  const c = new Checker();
  const o = c.obj(json, '(pack)', ['$schema', 'format', 'id', 'version', 'title', 'notice', 'issuer', 'campaign', 'departments', 'units', 'annexes', 'rules']);
  if (!o) return { ok: false, issues: [{ path: '(pack)', key: 'pack.notObject' }] };
  if (o.format !== 1) c.add('format', o.format === undefined ? 'pack.missing' : 'pack.enum', { allowed: '1' });
  const id = c.str(o, 'id', '', { pattern: ID });
  const version = c.str(o, 'version', '');
  const title = c.str(o, 'title', '');
  const notice = c.str(o, 'notice', '');

  let issuer: TemplatePack['issuer'] | undefined;
  if (o.issuer === undefined) c.add('issuer', 'pack.missing');
  else {
    const io = c.obj(o.issuer, 'issuer', ['code', 'name']);
    const code = io ? c.str(io, 'code', 'issuer', { pattern: CODE }) : undefined;
    const name = io ? c.str(io, 'name', 'issuer') : undefined;
    if (code && name) issuer = { code, name };
  }

  let campaign: TemplatePack['campaign'] | undefined;
  if (o.campaign === undefined) c.add('campaign', 'pack.missing');
  else {
    const co = c.obj(o.campaign, 'campaign', ['termStart', 'termEnd', 'periodLabel', 'periodEnd', 'deadline', 'reference']);
    if (co) {
      const termStart = c.num(co, 'termStart', 'campaign', { integer: true, min: 1900 });
      const termEnd = c.num(co, 'termEnd', 'campaign', { integer: true, min: 1900 });
      const periodLabel = c.str(co, 'periodLabel', 'campaign');
      const periodEnd = c.date(co, 'periodEnd', 'campaign');
      const deadline = c.date(co, 'deadline', 'campaign');
      const reference = c.str(co, 'reference', 'campaign');
      if (termStart !== undefined && termEnd !== undefined && termEnd <= termStart) c.add('campaign.termEnd', 'pack.termOrder');
      if (termStart !== undefined && termEnd !== undefined && periodLabel && periodEnd && deadline && reference) {
        campaign = { termStart, termEnd, periodLabel, periodEnd, deadline, reference };
      }
    }
  }

  const departments: TemplatePack['departments'] = [];
  const deptCodes: Array<{ code: string | undefined; path: string }> = [];
  (c.arr(o, 'departments', '') ?? []).forEach((d, i) => {
    const p = join('departments', i);
    const dobj = c.obj(d, p, ['id', 'name']);
    if (!dobj) return;
    const did = c.str(dobj, 'id', p, { pattern: ID });
    const name = c.str(dobj, 'name', p);
    deptCodes.push({ code: did, path: join(p, 'id') });
    if (did && name) departments.push({ id: did, name });
  });
  c.unique(deptCodes);

  const units = checkUnits(c, c.arr(o, 'units', ''), issuer?.code);
  const annexes = checkAnnexes(c, c.arr(o, 'annexes', ''), new Set(departments.map((d) => d.id)));
  const rawRules = o.rules === undefined ? [] : c.arr(o, 'rules', '', false);
  const rules = checkRules(c, rawRules);
  // Rules are compiled against the annexes: an unknown row, a bad `for`, a check that does not parse
  // refuses the pack, naming the rule's id. (Non-objects were reported by checkRules above.)
  for (const issue of compileRules(rawRules ?? [], annexes).issues) if (issue.key !== 'rule.notObject') c.issues.push(issue);

  if (c.issues.length > 0 || !id || !version || !title || !notice || !issuer || !campaign) {
    return { ok: false, issues: c.issues.length ? c.issues : [{ path: '(pack)', key: 'pack.missing' }] };
  }
  return { ok: true, pack: { format: 1, id, version, title, notice, issuer, campaign, departments, units, annexes, rules } };
}
