import { checkFormulas } from './formulas-check';
import { checkAnnexRows, checkCongresses, checkKinds, checkSentences, checkSignature, checkTarget, checkTopics, checkTransfer, UNIT_KINDS } from './schema-format2';
import { sheetNameProblem } from './sheet-name-rules';
import { Checker, FORBIDDEN_KEYS, join, type Json, type Obj, type PackIssue } from './json-checker';
import type { Aggregation, Annex, CellOverride, IndicatorRow, ReportingUnit, TemplatePack, ValueColumn } from './types';

/**
 * Structural and semantic check of a template pack read from JSON. Every problem is reported with
 * the path of the field (annexes are named by id, rows and columns by code, so a federation's staff
 * can find them) and the reason, in Vietnamese and English. Nothing is coerced silently: a pack is
 * either valid as written or refused. The rules' own language is checked above this module, by the
 * rule checker (load/load-pack.ts composes the two).
 */

const NUMBER_TYPES = ['integer', 'money', 'decimal', 'percent', 'text'] as const;
const COLUMN_KINDS = ['input', 'computed', 'text'] as const;
const ROW_KINDS = ['header', 'input', 'computed'] as const;
const AGGREGATIONS = ['sum', 'ratio', 'min', 'max', 'text', 'none'] as const;

const CODE = /^[0-9A-Za-z][0-9A-Za-z._]*$/;
const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

function checkUnits(c: Checker, raw: Json[] | undefined, issuerCode: string | undefined): ReportingUnit[] {
  const units: ReportingUnit[] = [];
  // Each kept unit's index in the file: a unit refused for another field does not shift the paths said.
  const at: number[] = [];
  // Every code given, even of a unit refused for another field: its children are not said again.
  const known = new Set<string>();
  const paths: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((u, i) => {
    const path = join('units', i);
    const o = c.obj(u, path, ['code', 'name', 'kind', 'parent', 'place']);
    if (!o) return;
    const code = c.str(o, 'code', path, { pattern: CODE });
    const name = c.str(o, 'name', path);
    const kind = c.oneOf(o, 'kind', path, UNIT_KINDS);
    const parent = c.str(o, 'parent', path, { pattern: CODE });
    const place = c.str(o, 'place', path, { optional: true });
    paths.push({ code, path: join(path, 'code') });
    if (code) known.add(code);
    if (code && name && kind && parent) {
      units.push({ code, name, kind, parent, ...(place && { place }) });
      at.push(i);
    }
  });
  c.unique(paths);
  if (issuerCode) known.add(issuerCode);
  units.forEach((u, i) => {
    if (u.parent === u.code) c.add(join(join('units', at[i]), 'parent'), 'pack.parentSelf');
    else if (!known.has(u.parent)) c.add(join(join('units', at[i]), 'parent'), 'pack.unknownRef', { what: 'unit', code: u.parent });
  });
  checkAncestors(c, units, at);
  return units;
}

/** A unit that is its own ancestor (A under B under A) is said once per cycle, at its first unit. */
function checkAncestors(c: Checker, units: readonly ReportingUnit[], at: readonly number[]): void {
  const parent = new Map(units.map((u) => [u.code, u.parent]));
  const index = new Map(units.map((u, i) => [u.code, at[i]]));
  const reported = new Set<string>();
  for (const u of units) {
    const chain = [u.code];
    let at = parent.get(u.code);
    while (at !== undefined && at !== u.code && !chain.includes(at) && chain.length <= units.length) {
      chain.push(at);
      at = parent.get(at);
    }
    if (at !== u.code || chain.length < 2 || chain.some((code) => reported.has(code))) continue;
    chain.forEach((code) => reported.add(code));
    c.add(join(join('units', index.get(u.code)!), 'parent'), 'pack.parentCycle', { cycle: [...chain, u.code].join(' → ') });
  }
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
    const o = c.obj(v, p0, ['code', 'title', 'group', 'kind', 'type', 'formula', 'codeLabel', 'width', 'decimals', 'year', 'period']);
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
    const year = c.num(o, 'year', p, { optional: true, integer: true, min: 1900 });
    const period = c.oneOf(o, 'period', p, ['toPeriodEnd'] as const, true);
    if (year !== undefined && period !== undefined) c.add(join(p, 'period'), 'pack.unknownField');
    if (kind === 'computed' && formula === undefined && o.formula === undefined) c.add(join(p, 'formula'), 'pack.formulaMissing');
    if (kind !== 'computed' && formula !== undefined) c.add(join(p, 'formula'), 'pack.formulaNotAllowed');
    if (kind === 'text' && type !== undefined && type !== 'text') c.add(join(p, 'type'), 'pack.enum', { allowed: 'text' });
    if (code && title && kind && type) {
      cols.push({
        code, title, kind, type,
        ...(group && { group }), ...(formula && { formula }), ...(codeLabel && { codeLabel }), ...(width && { width }),
        ...(decimals !== undefined && { decimals }), ...(year !== undefined && { year }), ...(period && { period }),
      });
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

function checkRows(c: Checker, raw: Json[] | undefined, path: string, congresses: ReadonlySet<string> | null): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const codes: Array<{ code: string | undefined; path: string }> = [];
  let prevLevel = 0;
  (raw ?? []).forEach((v, i) => {
    const p0 = join(join(path, 'rows'), i);
    const o = c.obj(v, p0, ['code', 'stt', 'label', 'level', 'unit', 'kind', 'type', 'formula', 'aggregation', 'required', 'target', 'allowNegative', 'decimals', 'cells', 'forKinds', 'transfer', 'key']);
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
    const target = checkTarget(c, o, p, congresses);
    const forKinds = checkKinds(c, o, 'forKinds', p);
    const transfer = checkTransfer(c, o, p);
    const key = c.bool(o, 'key', p);
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
        ...(forKinds && { forKinds }), ...(transfer && { transfer }), ...(key !== undefined && { key }),
      });
    }
  });
  c.unique(codes);
  return rows;
}

function checkAnnexes(c: Checker, raw: Json[] | undefined, departments: Set<string>, congresses: ReadonlySet<string> | null): Annex[] {
  const annexes: Annex[] = [];
  const ids: Array<{ code: string | undefined; path: string }> = [];
  const sheets: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((v, i) => {
    const p0 = join('annexes', i);
    const o = c.obj(v, p0, ['id', 'label', 'title', 'sheetName', 'department', 'labelTitle', 'columns', 'rows', 'note', 'forKinds', 'signature']);
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
    const forKinds = checkKinds(c, o, 'forKinds', p);
    const signature = checkSignature(c, o.signature, join(p, 'signature'));
    const columns = checkColumns(c, c.arr(o, 'columns', p), p);
    const rows = checkRows(c, c.arr(o, 'rows', p), p, congresses);
    checkAnnexRows(c, p, forKinds, rows, columns);
    if (id && label && title && sheetName && department) {
      const annex: Annex = {
        id, label, title, sheetName, department, columns, rows,
        ...(labelTitle && { labelTitle }), ...(note && { note }), ...(forKinds && { forKinds }), ...(signature && { signature }),
      };
      checkFormulas(c, annex, p);
      annexes.push(annex);
    }
  });
  c.unique(ids);
  c.unique(sheets);
  return annexes;
}

/** Each rule record is an object with an id (unique); what it says is the rule checker's business. */
function checkRuleIds(c: Checker, raw: Json[] | undefined): void {
  const ids: Array<{ code: string | undefined; path: string }> = [];
  (raw ?? []).forEach((v, i) => {
    const p = join('rules', i);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      c.add(p, 'pack.type', { expected: 'object {…}' });
      return;
    }
    const id = c.str(v as Obj, 'id', p, { pattern: ID });
    ids.push({ code: id, path: join(p, 'id') });
  });
  c.unique(ids);
}

/**
 * What the check of a pack's JSON found: the issues, the annexes that checked (the rules are checked
 * against them even when something else is wrong, so that every problem is said at once), the rule
 * records as written, and the pack when every required field is there.
 */
export interface PackCheck {
  issues: PackIssue[];
  annexes: Annex[];
  rawRules: readonly unknown[];
  /** Null when a required field is missing or the JSON is not an object; the rules are still raw. */
  pack: Omit<TemplatePack, 'rules'> | null;
}

/** Checks a parsed JSON value as a template pack. */
export function checkPack(json: Json): PackCheck {
  const c = new Checker();
  const o = c.obj(json, '(pack)', ['$schema', 'format', 'id', 'version', 'title', 'notice', 'issuer', 'campaign', 'departments', 'units', 'annexes', 'rules', 'signature', 'sentences']);
  if (!o) return { issues: [{ path: '(pack)', key: 'pack.notObject' }], annexes: [], rawRules: [], pack: null };
  if (o.format !== 1 && o.format !== 2) c.add('format', o.format === undefined ? 'pack.missing' : 'pack.enum', { allowed: '1, 2' });
  const format: TemplatePack['format'] = o.format === 1 ? 1 : 2;
  const id = c.str(o, 'id', '', { pattern: ID });
  const version = c.str(o, 'version', '');
  const title = c.str(o, 'title', '');
  const notice = c.str(o, 'notice', '');

  let issuer: TemplatePack['issuer'] | undefined;
  if (o.issuer === undefined) c.add('issuer', 'pack.missing');
  else {
    const io = c.obj(o.issuer, 'issuer', ['code', 'name', 'place']);
    const code = io ? c.str(io, 'code', 'issuer', { pattern: CODE }) : undefined;
    const name = io ? c.str(io, 'name', 'issuer') : undefined;
    const place = io ? c.str(io, 'place', 'issuer', { optional: true }) : undefined;
    if (code && name) issuer = { code, name, ...(place && { place }) };
  }

  let campaign: TemplatePack['campaign'] | undefined;
  let congresses: TemplatePack['campaign']['congresses'];
  if (o.campaign === undefined) c.add('campaign', 'pack.missing');
  else {
    const co = c.obj(o.campaign, 'campaign', ['termStart', 'termEnd', 'periodLabel', 'periodEnd', 'deadline', 'reference', 'congresses']);
    if (co) {
      const termStart = c.num(co, 'termStart', 'campaign', { integer: true, min: 1900 });
      const termEnd = c.num(co, 'termEnd', 'campaign', { integer: true, min: 1900 });
      const periodLabel = c.str(co, 'periodLabel', 'campaign');
      const periodEnd = c.date(co, 'periodEnd', 'campaign');
      const deadline = c.date(co, 'deadline', 'campaign');
      const reference = c.str(co, 'reference', 'campaign');
      congresses = checkCongresses(c, co);
      if (termStart !== undefined && termEnd !== undefined && termEnd <= termStart) c.add('campaign.termEnd', 'pack.termOrder');
      if (termStart !== undefined && termEnd !== undefined && periodLabel && periodEnd && deadline && reference) {
        campaign = { termStart, termEnd, periodLabel, periodEnd, deadline, reference, ...(congresses && { congresses }) };
      }
    }
  }

  const departments: TemplatePack['departments'] = [];
  const deptCodes: Array<{ code: string | undefined; path: string }> = [];
  (c.arr(o, 'departments', '') ?? []).forEach((d, i) => {
    const p = join('departments', i);
    const dobj = c.obj(d, p, ['id', 'name', 'topics']);
    if (!dobj) return;
    const did = c.str(dobj, 'id', p, { pattern: ID });
    const name = c.str(dobj, 'name', p);
    const topics = checkTopics(c, dobj, p);
    deptCodes.push({ code: did, path: join(p, 'id') });
    if (did && name) departments.push({ id: did, name, ...(topics && { topics }) });
  });
  c.unique(deptCodes);

  const units = checkUnits(c, c.arr(o, 'units', ''), issuer?.code);
  const congressIds = congresses ? new Set(congresses.map((k) => k.id)) : null;
  const annexes = checkAnnexes(c, c.arr(o, 'annexes', ''), new Set(departments.map((d) => d.id)), congressIds);
  const signature = checkSignature(c, o.signature, 'signature');
  const sentences = checkSentences(c, o.sentences);
  const rawRules = o.rules === undefined ? [] : c.arr(o, 'rules', '', false);
  checkRuleIds(c, rawRules);
  const pack =
    id && version && title && notice && issuer && campaign
      ? { format, id, version, title, notice, issuer, campaign, departments, units, annexes, ...(signature && { signature }), ...(sentences && { sentences }) }
      : null;
  return { issues: c.issues, annexes, rawRules: rawRules ?? [], pack };
}
