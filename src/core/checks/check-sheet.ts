import { checksMessages, type ChecksMessageKey } from '../i18n/checks-messages';
import { fill } from '../i18n/format';
import { sheetMessages } from '../i18n/sheet-messages';
import type { TemplatePack } from '../pack/types';
import { packRules } from '../rules/check-rules';
import {
  compareFormulas,
  compareMessageFormula,
  instanceKeys,
  presenceVerdict,
  severityCode,
  targetFormulas,
  VERDICT,
  type FigureRefs,
  type VerdictCode,
} from '../rules/compile-formula';
import {
  ADD_IN_BUILTINS,
  applicableBuiltins,
  BUILTIN_SEVERITY,
  builtinFlagFormulas,
  computedFigureFormulas,
  FORMULA_BUILTINS,
  inputFigureFormulas,
  PARSE_STEPS,
  type FigureColumn,
  type FormulaBuiltin,
} from '../rules/figure-formula';
import { callMany, excelString, fitsLimits, FORMULA_LIMITS, formulaLength, formulaNesting, liveText, type FormulaLimits } from '../expr/formula-text';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import { cellsOf } from '../rules/bind';
import { computedFormula } from '../rules/figures';
import { type CompareInstance, type CompareRule, type PresenceInstance, type PresenceRule, type Rule, type RuleScope, type TargetRule } from '../rules/types';
import { type Severity } from '../pack/types';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { a1, columnLetters, quoteSheet } from '../sheet/address';
import { identityText } from '../sheet/identity';
import type { CellLiteral, CellModel, CellRange, CellStyle, ConditionalFormatModel, DefinedNameModel, MetaSheetModel, SheetModel } from '../sheet/model';
import { CheckCache } from './check-cache';
import { CHECK_IDENTITY_ID, CHECK_NAMES, COUNT_COL, FIG, figureColumn, figureKey, flagColumn, LAST_COL, LINE, ROW } from './layout';
import { CHECK_SHEET_NAME } from '../sheet/sheet-names';

/**
 * The check sheet "Kiểm tra": the pack's rules and built-in checks as formulas (compile-formula.ts,
 * figure-formula.ts) over the annexes of one workbook, with the values they have for the workbook
 * as written (check-cache.ts). Honest coverage: a rule that needs the add-in — a check no formula
 * of Excel 2010 can express, or a formula past Excel's limits — keeps its line, marked
 * "kiểm tra bằng add-in", and is never dropped.
 */

const T = (key: ChecksMessageKey, params?: Record<string, string | number>) => fill(checksMessages[key].vi, params, 'vi');

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

export interface CheckSheetInput {
  pack: TemplatePack;
  /** The annex sheets, in tab order. */
  sheets: readonly SheetModel[];
  metaSheet: MetaSheetModel;
  names: readonly DefinedNameModel[];
  unit: { code: string; name: string };
  limits?: FormulaLimits;
}

export interface CheckSheetBuild {
  sheet: SheetModel;
  names: DefinedNameModel[];
  lines: CheckLine[];
  /** cellKeyId → sheet row of the cell in the figure table. */
  figureRows: Map<string, number>;
  /** Cached counts, in all and per annex (the annex lines' hint). */
  counts: { errors: number; warnings: number; byAnnex: Map<string, { errors: number; warnings: number }> };
}

const STATUS_TEXTS = [
  T('checks.status.addIn'),
  T('checks.status.skipped'),
  T('checks.status.passed'),
  T('checks.status.info'),
  T('checks.status.warning'),
  T('checks.status.error'),
];

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 14 },
  unitLine: { bold: true },
  identity: { italic: true, size: 8, color: '808080' },
  countLabel: { bold: true, size: 12, align: 'right' },
  count: { bold: true, size: 14, border: true, align: 'center', numberFormat: '0' },
  countNote: { italic: true, size: 9, color: '595959' },
  note: { italic: true, size: 9, wrap: true },
  section: { bold: true, size: 11 },
  header: { bold: true, border: true, fill: 'DDEBF7', align: 'center', wrap: true },
  text: { border: true, wrap: true },
  center: { border: true, align: 'center' },
  number: { border: true, align: 'right' },
  status: { bold: true, border: true, align: 'center' },
  small: { border: true, size: 8, color: '808080' },
  smallHeader: { bold: true, border: true, fill: 'EDEDED', align: 'center', wrap: true, size: 8 },
};

const RED = { fill: 'FFC7CE', color: '9C0006' };
const YELLOW = { fill: 'FFEB9C', color: '9C5700' };
const GREEN = { fill: 'C6EFCE', color: '006100' };

interface Figure {
  key: CellKey;
  row: number;
  sheet: SheetModel;
  address: string;
  computed: boolean;
  builtins: FormulaBuiltin[];
  /** Rows of the lines whose failure marks this cell. */
  markedBy: number[];
}

type LineDraft = Omit<CheckLine, 'row' | 'cached'> & {
  compare?: { rule: CompareRule; inst: CompareInstance };
  presence?: { rule: PresenceRule; inst: PresenceInstance };
  target?: { rule: TargetRule; measure: 'count' | 'rate' };
  builtin?: FormulaBuiltin | (typeof ADD_IN_BUILTINS)[number];
  missingAnnexes?: string[];
};

class Cells {
  readonly map = new Map<string, CellModel>();
  readonly merges: CellRange[] = [];
  set(row: number, col: number, value: CellLiteral, style: string, formula?: string): void {
    this.map.set(`${row},${col}`, { row, col, value, style, locked: true, ...(formula !== undefined && { formula }) });
  }
  merge(row: number, col: number, rows: number, cols: number): void {
    this.merges.push({ row, col, rows, cols });
  }
  sorted(): CellModel[] {
    return [...this.map.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}

const abs = (row: number, col: number) => a1(row, col, true);

/** The sheet row of each row code and the sheet column of each column code, from the annex's layout. */
function annexCellAddress(sheet: SheetModel, key: CellKey): { row: number; col: number } | null {
  const row = sheet.layout.rows[key.rowCode];
  const col = sheet.layout.cols[key.colCode];
  return row === undefined || col === undefined ? null : { row, col };
}

const cellMaps = new WeakMap<SheetModel, Map<string, CellModel>>();

function cellText(sheet: SheetModel, row: number, col: number): string {
  let map = cellMaps.get(sheet);
  if (!map) {
    map = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
    cellMaps.set(sheet, map);
  }
  const c = map.get(`${row},${col}`);
  return c && c.value !== null ? String(c.value) : '';
}

export function buildCheckSheet(input: CheckSheetInput): CheckSheetBuild {
  const { pack, sheets } = input;
  const limits = input.limits ?? FORMULA_LIMITS;
  const index = packIndex(pack);
  const byAnnex = new Map(sheets.map((s) => [s.identity.annexId, s]));
  const present = (annexId: string) => byAnnex.has(annexId);

  // Structure of each annex as written: its codes where the layout says (a tampered model caches LỖI).
  const structure = new Map(sheets.map((s) => [s.identity.annexId, structureArrays(s)]));
  const broken = new Set([...structure].filter(([, s]) => !s.intact).map(([id]) => id));
  const cache = new CheckCache(pack, sheets, input.metaSheet, [...input.names], broken);

  // 1. Figures: every value cell of every annex, in pack order.
  const figureList: Array<Omit<Figure, 'row'>> = [];
  for (const sheet of sheets) {
    const annex = index.annex(sheet.identity.annexId);
    if (!annex) continue;
    for (const rowCode of annex.rowOrder) {
      for (const colCode of annex.colOrder) {
        if (!annex.isValueCell(rowCode, colCode)) continue;
        const key = { annexId: annex.annex.id, rowCode, colCode };
        const at = annexCellAddress(sheet, key);
        if (!at) continue;
        const role = annex.role(rowCode, colCode)!;
        if (role === 'none') continue;
        const row = annex.row(rowCode)!;
        const builtins = applicableBuiltins({
          role,
          type: annex.type(rowCode, colCode)!,
          decimals: annex.decimals(rowCode, colCode),
          required: row.required === true,
          allowNegative: row.allowNegative === true,
        });
        figureList.push({ key, sheet, address: a1(at.row, at.col), computed: role !== 'input', builtins, markedBy: [] });
      }
    }
  }
  const figureIds = new Set(figureList.map((f) => cellKeyId(f.key)));
  const known = (k: CellKey) => figureIds.has(cellKeyId(k));

  // 2. Lines, annex by annex.
  const rules = packRules(pack);
  const drafts: LineDraft[] = [];
  const notApplicable: LineDraft[] = [];
  for (const sheet of sheets) {
    const annexId = sheet.identity.annexId;
    const annex = index.annex(annexId);
    if (!annex) continue;
    drafts.push({ kind: 'structure', annexId, ruleId: 'structure', severity: 'error', keys: [] });
    for (const rule of rules.filter((r) => r.annexId === annexId)) {
      const lines = ruleLines(rule, annex, known);
      if (lines.missing.length) notApplicable.push({ kind: 'notApplicable', annexId, ruleId: rule.id, severity: rule.severity, keys: [], missingAnnexes: lines.missing });
      drafts.push(...lines.drafts);
    }
    for (const id of FORMULA_BUILTINS) {
      if (figureList.some((f) => f.key.annexId === annexId && f.builtins.includes(id))) {
        drafts.push({ kind: 'builtin', annexId, ruleId: id, severity: BUILTIN_SEVERITY[id], keys: [], builtin: id });
      }
    }
    if (figureList.some((f) => f.key.annexId === annexId && f.computed)) {
      for (const id of ADD_IN_BUILTINS) drafts.push({ kind: 'addIn', annexId, ruleId: id, severity: 'warning', keys: [], builtin: id, addInReason: 'noFormula' });
    }
  }
  // Rules filed under an annex the workbook does not have: listed, never dropped.
  for (const rule of rules) {
    if (!present(rule.annexId)) notApplicable.push({ kind: 'notApplicable', annexId: rule.annexId, ruleId: rule.id, severity: rule.severity, keys: [], missingAnnexes: [rule.annexId] });
  }
  drafts.push(...notApplicable);

  const firstLine = ROW.firstLine;
  const lastLine = firstLine + Math.max(drafts.length, 1) - 1;
  const sectionFigures = lastLine + 2;
  const headerFigures = sectionFigures + 1;
  const firstFigure = headerFigures + 1;
  const figures: Figure[] = figureList.map((f, i) => ({ ...f, row: firstFigure + i }));
  const lastFigure = firstFigure + Math.max(figures.length, 1) - 1;
  const figureRows = new Map(figures.map((f) => [cellKeyId(f.key), f.row]));
  const figureOf = new Map(figures.map((f) => [cellKeyId(f.key), f]));

  const refs: FigureRefs = {
    kind: (k) => abs(rowOf(k), FIG.kind),
    value: (k) => abs(rowOf(k), FIG.value),
    filled: (k) => abs(rowOf(k), FIG.filled),
  };
  function rowOf(k: CellKey): number {
    const r = figureRows.get(cellKeyId(k));
    if (r === undefined) throw new Error(`check sheet: no figure for ${cellKeyId(k)}`);
    return r;
  }

  const cells = new Cells();
  const structureRow = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.kind === 'structure') structureRow.set(d.annexId, firstLine + i);
  });
  const absentCondition = (annexId: string) => `${abs(structureRow.get(annexId)!, LINE.verdict)}=${VERDICT.error}`;

  // 3. Part I: the lines.
  const lines: CheckLine[] = [];
  drafts.forEach((d, i) => {
    const row = firstLine + i;
    const line = writeLine(d, row);
    lines.push(line);
    // Every line a cell takes part in can mark it, whatever its verdict now: the marks are live.
    if (line.kind !== 'addIn') for (const k of line.keys) figureOf.get(cellKeyId(k))?.markedBy.push(row);
  });

  function setLine(row: number, d: LineDraft, n: number, text: string | { formula: string; cached: string }, cellsText: string): void {
    cells.set(row, LINE.stt, n, 'center');
    cells.set(row, LINE.annex, d.annexId, 'center');
    cells.set(row, LINE.id, d.ruleId, 'text');
    if (typeof text === 'string') cells.set(row, LINE.text, text, 'text');
    else cells.set(row, LINE.text, text.cached, 'text', text.formula);
    cells.set(row, LINE.cells, cellsText, 'text');
  }

  /** Status, errors, warnings and mark of a line from its verdict cell. */
  function verdictColumns(row: number, verdict: string | null, cached: VerdictCode, errorsCount?: { formula: string; cached: number }): void {
    const L = abs(row, LINE.verdict);
    if (verdict === null) cells.set(row, LINE.verdict, cached, 'small');
    else cells.set(row, LINE.verdict, cached, 'small', verdict);
    cells.set(row, LINE.status, STATUS_TEXTS[cached + 2], 'status', `CHOOSE(${L}+3,${STATUS_TEXTS.map((s) => excelString(s)).join(',')})`);
    if (errorsCount) {
      cells.set(row, LINE.errors, cached === VERDICT.error ? errorsCount.cached : 0, 'number', `IF(${L}=${VERDICT.error},${errorsCount.formula},0)`);
      cells.set(row, LINE.warnings, cached === VERDICT.warning ? errorsCount.cached : 0, 'number', `IF(${L}=${VERDICT.warning},${errorsCount.formula},0)`);
    } else {
      cells.set(row, LINE.errors, cached === VERDICT.error ? 1 : 0, 'number', `IF(${L}=${VERDICT.error},1,0)`);
      cells.set(row, LINE.warnings, cached === VERDICT.warning ? 1 : 0, 'number', `IF(${L}=${VERDICT.warning},1,0)`);
    }
    cells.set(row, LINE.mark, cached === VERDICT.error ? 2 : cached === VERDICT.warning ? 1 : 0, 'small', `IF(${L}=${VERDICT.error},2,IF(${L}=${VERDICT.warning},1,0))`);
  }

  function staticLine(row: number, d: LineDraft, n: number, text: string, verdict: VerdictCode): CheckLine {
    setLine(row, d, n, text, d.keys.length ? cellsText(d.keys) : '');
    cells.set(row, LINE.verdict, verdict, 'small');
    cells.set(row, LINE.status, STATUS_TEXTS[verdict + 2], 'status');
    cells.set(row, LINE.errors, 0, 'number');
    cells.set(row, LINE.warnings, 0, 'number');
    cells.set(row, LINE.mark, 0, 'small');
    return { ...stripDraft(d), row, cached: verdict };
  }

  function cellsText(keys: readonly CellKey[]): string {
    const groups = new Map<string, string[]>();
    for (const k of keys) {
      const sheet = byAnnex.get(k.annexId);
      const at = sheet && annexCellAddress(sheet, k);
      if (!at) continue;
      const list = groups.get(k.annexId) ?? [];
      list.push(a1(at.row, at.col));
      groups.set(k.annexId, list);
    }
    return [...groups].map(([annex, addrs]) => `${annex}: ${addrs.join(', ')}`).join('; ');
  }

  function tooLong(d: LineDraft, row: number, n: number, formulas: readonly string[]): CheckLine | null {
    const bad = formulas.find((f) => !fitsLimits(f, limits));
    if (!bad) return null;
    const reason = T('checks.addIn.tooLong', { length: formulaLength(bad), depth: formulaNesting(bad) });
    return staticLine(row, { ...d, kind: 'addIn', addInReason: 'tooLong' }, n, `${reason} ${ruleText(d)}`, VERDICT.addIn);
  }

  function ruleText(d: LineDraft): string {
    if (d.compare) return staticCompareText(d.compare.rule, d.compare.inst);
    if (d.presence) return d.presence.rule.message.vi;
    return '';
  }

  function staticCompareText(rule: CompareRule, inst: CompareInstance): string {
    const keys = instanceKeys(inst);
    return fill(rule.message.vi, { ...staticPlaceholders(inst.scope, keys), left: T('checks.pending'), right: T('checks.pending'), diff: T('checks.pending') }, 'vi');
  }

  function staticPlaceholders(scope: RuleScope, keys: readonly CellKey[]): Record<string, string> {
    const primary = keys[0];
    const sheet = primary && byAnnex.get(primary.annexId);
    const at = sheet && primary ? annexCellAddress(sheet, primary) : null;
    return {
      row: scope.row ?? primary?.rowCode ?? '',
      col: scope.col ?? primary?.colCode ?? '',
      cell: at ? a1(at.row, at.col) : '',
      label: primary ? (index.label(primary) ?? '') : '',
    };
  }

  function writeLine(d: LineDraft, row: number): CheckLine {
    const n = row - firstLine + 1;
    const L = abs(row, LINE.verdict);
    switch (d.kind) {
      case 'structure': {
        const s = structure.get(d.annexId)!;
        const sheet = byAnnex.get(d.annexId)!;
        const q = quoteSheet(sheet.name);
        const parts = [
          s.rowCodes.length ? `SUMPRODUCT(--(${q}!${s.rowRange}<>{${s.rowCodes.map((c) => excelString(c)).join(';')}}))` : '0',
          s.colCodes.length ? `SUMPRODUCT(--(${q}!${s.colRange}<>{${s.colCodes.map((c) => excelString(c)).join(',')}}))` : '0',
        ];
        const verdict = `IFERROR(IF(${parts.join('+')}=0,${VERDICT.passed},${VERDICT.error}),${VERDICT.error})`;
        const cached = s.intact ? VERDICT.passed : VERDICT.error;
        const long = tooLong(d, row, n, [verdict]);
        if (long) return long;
        setLine(row, d, n, T('checks.structure'), `${sheet.name}`);
        verdictColumns(row, verdict, cached);
        return { ...stripDraft(d), row, cached };
      }
      case 'compare': {
        const { rule, inst } = d.compare!;
        const f = compareFormulas(rule, inst, refs);
        const E = abs(row, LINE.left);
        const F = abs(row, LINE.right);
        const G = abs(row, LINE.diff);
        const verdict = f.verdict(E, F);
        const c = cache.compare(rule, inst, f.keys);
        const staticText = staticCompareText(rule, inst);
        const template = fill(rule.message.vi, staticPlaceholders(inst.scope, f.keys), 'vi');
        const message = `IF(${L}>=${VERDICT.info},${compareMessageFormula(template, { left: E, right: F, diff: G }, rule)},${excelString(staticText)})`;
        const long = tooLong(d, row, n, [f.left, f.right, verdict, message]);
        if (long) return long;
        setLine(row, d, n, { formula: message, cached: c.message ?? staticText }, cellsText(f.keys));
        cells.set(row, LINE.left, c.left, 'number', f.left);
        cells.set(row, LINE.right, c.right, 'number', f.right);
        const diff = typeof c.left === 'number' && typeof c.right === 'number' ? c.left - c.right : '';
        cells.set(row, LINE.diff, diff, 'number', `IF(AND(ISNUMBER(${E}),ISNUMBER(${F})),${E}-${F},"")`);
        verdictColumns(row, verdict, c.verdict);
        return { ...stripDraft(d), row, cached: c.verdict };
      }
      case 'presence': {
        const { rule, inst } = d.presence!;
        const verdict = presenceVerdict(rule, inst, refs);
        const c = cache.presence(rule, inst);
        const [a, b] = inst.cells;
        const shown = (k: CellKey) => `IF(${refs.filled(k)}=1,${excelString(T('checks.presence.filled'))},${excelString(T('checks.presence.blank'))})`;
        const addr = (k: CellKey) => excelString(staticPlaceholders({}, [k]).cell);
        const ph = (k: CellKey) => staticPlaceholders(inst.scope, [k]);
        let params: Record<string, string>;
        if (rule.kind === 'compulsoryPair') {
          // The finding points at the empty one: which one depends on the figures.
          const pick = (x: string, y: string) => `IF(${refs.filled(a)}=1,${x},${y})`;
          params = {
            empty: pick(addr(b), addr(a)),
            filled: pick(addr(a), addr(b)),
            cell: pick(addr(b), addr(a)),
            row: pick(excelString(ph(b).row), excelString(ph(a).row)),
            col: pick(excelString(ph(b).col), excelString(ph(a).col)),
            label: pick(excelString(ph(b).label), excelString(ph(a).label)),
          };
        } else {
          params = { empty: addr(b), filled: addr(a), cell: addr(b), row: excelString(ph(b).row), col: excelString(ph(b).col), label: excelString(ph(b).label) };
        }
        const staticText = fill(rule.message.vi, { empty: T('checks.pending'), filled: T('checks.pending'), cell: T('checks.pending'), ...ph(a) }, 'vi');
        const message = `IF(${L}>=${VERDICT.info},${liveText(rule.message.vi, params)},${excelString(staticText)})`;
        const long = tooLong(d, row, n, [verdict, message]);
        if (long) return long;
        setLine(row, d, n, { formula: message, cached: c.message ?? staticText }, cellsText(inst.cells));
        const filledText = (k: CellKey) => (cache.filled(k) ? T('checks.presence.filled') : T('checks.presence.blank'));
        cells.set(row, LINE.left, filledText(a), 'center', shown(a));
        cells.set(row, LINE.right, filledText(b), 'center', shown(b));
        verdictColumns(row, verdict, c.verdict);
        return { ...stripDraft(d), row, cached: c.verdict };
      }
      case 'target': {
        const { rule, measure } = d.target!;
        const rowCode = d.rowCode!;
        const label = index.annex(rule.annexId)!.row(rowCode)!.label;
        const f = targetFormulas(rule, rowCode, measure, label, refs, pack.campaign);
        const c = cache.target(rule, rowCode);
        const message = `IF(${L}>=${VERDICT.info},${f.message},${excelString(label)})`;
        const left = `IF(${refs.kind(f.keys.result)}=1,${refs.value(f.keys.result)},"")`;
        const right = `IF(${refs.kind(f.keys.target)}=1,${refs.value(f.keys.target)},"")`;
        const statusText = `IF(${L}>=${VERDICT.info},${f.status},"")`;
        const long = tooLong(d, row, n, [f.verdict, message, statusText]);
        if (long) return long;
        setLine(row, d, n, { formula: message, cached: c.message ?? label }, cellsText(d.keys));
        cells.set(row, LINE.left, cache.kind(f.keys.result) === 1 ? cache.value(f.keys.result) : '', 'number', left);
        cells.set(row, LINE.right, cache.kind(f.keys.target) === 1 ? cache.value(f.keys.target) : '', 'number', right);
        cells.set(row, LINE.diff, c.status ?? '', 'center', statusText);
        verdictColumns(row, f.verdict, c.verdict);
        return { ...stripDraft(d), row, cached: c.verdict };
      }
      case 'builtin': {
        const id = d.builtin as FormulaBuiltin;
        const annexFigures = figures.filter((x) => x.key.annexId === d.annexId);
        const first = annexFigures[0].row;
        const last = annexFigures[annexFigures.length - 1].row;
        const col = flagColumn(id);
        const flags = `${abs(first, col)}:${abs(last, col)}`;
        const E = abs(row, LINE.left);
        const I = abs(row, LINE.cells);
        const count = `SUM(${flags})`;
        const hits = annexFigures.filter((x) => x.builtins.includes(id) && cache.builtinHit(x.key, id, x.computed));
        const sev = severityCode(BUILTIN_SEVERITY[id]);
        const cached: VerdictCode = hits.length ? sev : VERDICT.passed;
        const text = T(`checks.${id}` as ChecksMessageKey);
        const template = T('checks.builtin.count', { text });
        const firstPart = `IF(${I}="","",${liveText(checksMessages['checks.builtin.first'].vi, { cell: I })})`;
        const message = liveText(template, { count: `${E}&""`, first: firstPart });
        const cachedMessage = fill(template, { count: String(hits.length), first: hits.length ? T('checks.builtin.first', { cell: hits[0].address }) : '' }, 'vi');
        cells.set(row, LINE.stt, n, 'center');
        cells.set(row, LINE.annex, d.annexId, 'center');
        cells.set(row, LINE.id, id, 'text');
        cells.set(row, LINE.text, cachedMessage, 'text', message);
        cells.set(row, LINE.left, hits.length, 'number', count);
        cells.set(row, LINE.cells, hits.length ? hits[0].address : '', 'text', `IFERROR(INDEX(${abs(first, FIG.address)}:${abs(last, FIG.address)},MATCH(1,${flags},0)),"")`);
        verdictColumns(row, `IF(${E}>0,${sev},${VERDICT.passed})`, cached, { formula: E, cached: hits.length });
        return { ...stripDraft(d), row, cached };
      }
      case 'addIn':
        return staticLine(row, d, n, T(`checks.${d.builtin}` as ChecksMessageKey), VERDICT.addIn);
      case 'notApplicable':
        return staticLine(row, d, n, T('checks.notApplicable', { annexes: d.missingAnnexes!.join(', ') }), VERDICT.skipped);
    }
  }

  // 4. Part II: the figure table.
  cells.set(sectionFigures, 0, T('checks.sectionFigures'), 'section');
  const figHeaders: Array<[number, string, string]> = [
    [FIG.stt, T('checks.col.stt'), 'header'],
    [FIG.annex, T('checks.col.annex'), 'header'],
    [FIG.address, T('checks.fig.address'), 'header'],
    [FIG.label, T('checks.fig.label'), 'header'],
    [FIG.value, T('checks.fig.value'), 'header'],
    [FIG.reading, T('checks.fig.reading'), 'header'],
    [FIG.kind, T('checks.fig.kind'), 'smallHeader'],
    [FIG.coerced, T('checks.fig.coerced'), 'smallHeader'],
    [FIG.key, T('checks.fig.key'), 'smallHeader'],
    [FIG.errors, T('checks.col.errors'), 'smallHeader'],
    [FIG.warnings, T('checks.col.warnings'), 'smallHeader'],
    [FIG.mark, T('checks.col.mark'), 'smallHeader'],
    [FIG.filled, T('checks.fig.filled'), 'smallHeader'],
    ...PARSE_STEPS.map((s): [number, string, string] => [figureColumn(s), s, 'smallHeader']),
    ...FORMULA_BUILTINS.map((id): [number, string, string] => [flagColumn(id), id.replace('builtin.', ''), 'smallHeader']),
  ];
  for (const [col, text, style] of figHeaders) cells.set(headerFigures, col, text, style);

  const readings = ['blank', 'number', 'textNumber', 'formulaText', 'text', 'bool', 'error', 'absent'].map((k) => T(`checks.reading.${k}` as ChecksMessageKey));
  figures.forEach((fig, i) => {
    const r = fig.row;
    const at = (c: FigureColumn) => abs(r, figureColumn(c));
    const annexSheet = fig.sheet;
    const pos = annexCellAddress(annexSheet, fig.key)!;
    const X = `${quoteSheet(annexSheet.name)}!${a1(pos.row, pos.col, true)}`;
    const absent = absentCondition(fig.key.annexId);
    const annex = index.annex(fig.key.annexId)!;
    const colLabel = cellText(annexSheet, annexSheet.layout.codeRow, pos.col) || fig.key.colCode;
    cells.set(r, FIG.stt, i + 1, 'center');
    cells.set(r, FIG.annex, fig.key.annexId, 'center');
    cells.set(r, FIG.address, fig.address, 'center');
    cells.set(r, FIG.label, T('checks.fig.where', { label: annex.row(fig.key.rowCode)!.label, row: fig.key.rowCode, col: fig.key.colCode }), 'text');
    cells.set(r, FIG.key, figureKey(fig.key.annexId, cellText(annexSheet, pos.row, annexSheet.layout.rowCodeCol) || fig.key.rowCode, colLabel), 'small');
    const KC = cache.coerced(fig.key, fig.computed);
    const K = cache.kind(fig.key);
    const V = cache.value(fig.key);
    if (fig.computed) {
      const expr = computedFormula(pack, fig.key);
      const inputs = expr ? cellsOf(expr) : [];
      const f = expr ? computedFigureFormulas(expr, inputs, X, absent, refs, at) : { coerced: `IF(${absent},7,IF(ISERROR(${X}),6,0))`, kind: '2', value: '0', filled: '0' };
      cells.set(r, FIG.coerced, KC, 'small', f.coerced);
      cells.set(r, FIG.kind, K, 'small', f.kind);
      cells.set(r, FIG.value, V, 'number', f.value);
      cells.set(r, FIG.filled, cache.filled(fig.key, true), 'small', f.filled);
      const reading = K === 3 ? readings[7] : K === 2 ? T('checks.reading.computedUnreadable') : K === 0 ? T('checks.reading.computedBlank') : T('checks.reading.computed');
      cells.set(
        r,
        FIG.reading,
        reading,
        'center',
        `IF(${at('kind')}=3,${excelString(readings[7])},IF(${at('kind')}=2,${excelString(T('checks.reading.computedUnreadable'))},IF(${at('kind')}=0,${excelString(T('checks.reading.computedBlank'))},${excelString(T('checks.reading.computed'))})))`,
      );
    } else {
      const f = inputFigureFormulas(X, absent, at);
      for (const step of PARSE_STEPS) cells.set(r, figureColumn(step), null, 'small', f[step]);
      cells.set(r, FIG.coerced, KC, 'small', f.coerced);
      cells.set(r, FIG.kind, K, 'small', f.kind);
      cells.set(r, FIG.value, V, 'number', f.value);
      cells.set(r, FIG.filled, cache.filled(fig.key), 'small', f.filled);
      cells.set(r, FIG.reading, readings[KC], 'center', `CHOOSE(${at('coerced')}+1,${readings.map((x) => excelString(x)).join(',')})`);
    }
    const spec = { role: fig.computed ? ('computed-col' as const) : ('input' as const), type: annex.type(fig.key.rowCode, fig.key.colCode)!, decimals: annex.decimals(fig.key.rowCode, fig.key.colCode), required: annex.row(fig.key.rowCode)!.required === true, allowNegative: annex.row(fig.key.rowCode)!.allowNegative === true };
    const flags = builtinFlagFormulas(spec, at);
    let errors = 0;
    let warnings = 0;
    const errorCells: string[] = [];
    const warningCells: string[] = [];
    for (const id of fig.builtins) {
      const hit = cache.builtinHit(fig.key, id, fig.computed) ? 1 : 0;
      cells.set(r, flagColumn(id), hit, 'small', flags[id]);
      if (BUILTIN_SEVERITY[id] === 'error') {
        errors += hit;
        errorCells.push(abs(r, flagColumn(id)));
      } else {
        warnings += hit;
        warningCells.push(abs(r, flagColumn(id)));
      }
    }
    cells.set(r, FIG.errors, errors, 'small', errorCells.length ? callMany('SUM', errorCells) : '0');
    cells.set(r, FIG.warnings, warnings, 'small', warningCells.length ? callMany('SUM', warningCells) : '0');
    const own = `IF(${abs(r, FIG.errors)}>0,2,IF(${abs(r, FIG.warnings)}>0,1,0))`;
    const sources = [own, ...fig.markedBy.map((lr) => abs(lr, LINE.mark))];
    const ownMark = errors > 0 ? 2 : warnings > 0 ? 1 : 0;
    const lineMarks = fig.markedBy.map((lr) => {
      const line = lines.find((l) => l.row === lr)!;
      return line.cached === VERDICT.error ? 2 : line.cached === VERDICT.warning ? 1 : 0;
    });
    cells.set(r, FIG.mark, Math.max(ownMark, ...lineMarks), 'small', callMany('MAX', sources));
  });

  // 5. Top: title, identity, counts; part I header.
  const cols = LAST_COL + 1;
  cells.set(ROW.title, 0, T('checks.title'), 'title');
  cells.merge(ROW.title, 0, 1, LINE.cells + 1);
  cells.set(ROW.unit, 0, fill(sheetMessages['sheet.unitLine'].vi, { name: input.unit.name, code: input.unit.code }, 'vi'), 'unitLine');
  cells.merge(ROW.unit, 0, 1, LINE.cells + 1);
  cells.set(ROW.identity, 0, fill(sheetMessages['sheet.identity'].vi, { id: identityText({ packId: pack.id, packVersion: pack.version, annexId: CHECK_IDENTITY_ID, unitCode: input.unit.code }) }, 'vi'), 'identity');
  cells.merge(ROW.identity, 0, 1, LINE.cells + 1);
  const lineRange = (col: number) => `${abs(firstLine, col)}:${abs(lastLine, col)}`;
  const errorsTotal = lines.filter((l) => l.cached === VERDICT.error).reduce((n, l) => n + lineCount(l), 0);
  const warningsTotal = lines.filter((l) => l.cached === VERDICT.warning).reduce((n, l) => n + lineCount(l), 0);
  function lineCount(l: CheckLine): number {
    const c = cells.map.get(`${l.row},${l.cached === VERDICT.error ? LINE.errors : LINE.warnings}`);
    return typeof c?.value === 'number' ? c.value : 0;
  }
  cells.set(ROW.errors, 0, T('checks.errors'), 'countLabel');
  cells.merge(ROW.errors, 0, 1, COUNT_COL);
  cells.set(ROW.errors, COUNT_COL, errorsTotal, 'count', `SUM(${lineRange(LINE.errors)})`);
  cells.set(ROW.errors, COUNT_COL + 1, T('checks.errorsHint'), 'countNote');
  cells.merge(ROW.errors, COUNT_COL + 1, 1, LINE.cells - COUNT_COL);
  cells.set(ROW.warnings, 0, T('checks.warnings'), 'countLabel');
  cells.merge(ROW.warnings, 0, 1, COUNT_COL);
  cells.set(ROW.warnings, COUNT_COL, warningsTotal, 'count', `SUM(${lineRange(LINE.warnings)})`);
  cells.set(ROW.explain, 0, T('checks.explain'), 'note');
  cells.merge(ROW.explain, 0, 1, LINE.cells + 1);
  cells.set(ROW.section1, 0, T('checks.sectionRules'), 'section');
  const lineHeaders: Array<[number, ChecksMessageKey, string]> = [
    [LINE.stt, 'checks.col.stt', 'header'],
    [LINE.annex, 'checks.col.annex', 'header'],
    [LINE.id, 'checks.col.rule', 'header'],
    [LINE.text, 'checks.col.message', 'header'],
    [LINE.left, 'checks.col.left', 'header'],
    [LINE.right, 'checks.col.right', 'header'],
    [LINE.diff, 'checks.col.diff', 'header'],
    [LINE.status, 'checks.col.status', 'header'],
    [LINE.cells, 'checks.col.cells', 'header'],
    [LINE.errors, 'checks.col.errors', 'smallHeader'],
    [LINE.warnings, 'checks.col.warnings', 'smallHeader'],
    [LINE.verdict, 'checks.col.verdict', 'smallHeader'],
    [LINE.mark, 'checks.col.mark', 'smallHeader'],
  ];
  for (const [col, key, style] of lineHeaders) cells.set(ROW.header1, col, T(key), style);

  const byAnnexCounts = new Map<string, { errors: number; warnings: number }>();
  for (const l of lines) {
    const c = byAnnexCounts.get(l.annexId) ?? { errors: 0, warnings: 0 };
    if (l.cached === VERDICT.error) c.errors += lineCount(l);
    if (l.cached === VERDICT.warning) c.warnings += lineCount(l);
    byAnnexCounts.set(l.annexId, c);
  }

  const q = quoteSheet(CHECK_SHEET_NAME);
  const figRange = (col: number) => `${q}!${abs(firstFigure, col)}:${abs(lastFigure, col)}`;
  const names: DefinedNameModel[] = [
    { name: CHECK_NAMES.errors, formula: `${q}!${abs(ROW.errors, COUNT_COL)}` },
    { name: CHECK_NAMES.warnings, formula: `${q}!${abs(ROW.warnings, COUNT_COL)}` },
    { name: CHECK_NAMES.lineAnnex, formula: `${q}!${lineRange(LINE.annex)}` },
    { name: CHECK_NAMES.lineErrors, formula: `${q}!${lineRange(LINE.errors)}` },
    { name: CHECK_NAMES.lineWarnings, formula: `${q}!${lineRange(LINE.warnings)}` },
    { name: CHECK_NAMES.figureKey, formula: figRange(FIG.key) },
    { name: CHECK_NAMES.figureMark, formula: figRange(FIG.mark) },
  ];

  const statusRange: CellRange = { row: firstLine, col: LINE.status, rows: lastLine - firstLine + 1, cols: 1 };
  const verdictOf = `$${columnLetters(LINE.verdict)}${firstLine + 1}`;
  const countCell = { row: ROW.errors, col: COUNT_COL, rows: 1, cols: 1 };
  const conditionalFormats: ConditionalFormatModel[] = [
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.error}`, style: RED, stopIfTrue: true },
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.warning}`, style: YELLOW, stopIfTrue: true },
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.passed}`, style: GREEN, stopIfTrue: true },
    { ranges: [countCell], formula: `${abs(ROW.errors, COUNT_COL)}>0`, style: RED, stopIfTrue: true },
    { ranges: [countCell], formula: `${abs(ROW.errors, COUNT_COL)}=0`, style: GREEN },
    { ranges: [{ ...countCell, row: ROW.warnings }], formula: `${abs(ROW.warnings, COUNT_COL)}>0`, style: YELLOW, stopIfTrue: true },
    { ranges: [{ ...countCell, row: ROW.warnings }], formula: `${abs(ROW.warnings, COUNT_COL)}=0`, style: GREEN },
  ];

  const columnWidths = Array.from({ length: cols }, (_, c) => {
    const widths: Record<number, number> = { 0: 6, 1: 8, 2: 30, 3: 70, 4: 13, 5: 13, 6: 13, 7: 14, 8: 26, 9: 7, 10: 9, 11: 7, 12: 7 };
    return widths[c] ?? 9;
  });
  const rowHeights: Record<number, number> = { [ROW.title]: 22, [ROW.explain]: 48, [ROW.header1]: 30, [headerFigures]: 30 };
  for (const l of lines) {
    const text = cells.map.get(`${l.row},${LINE.text}`)?.value;
    const length = typeof text === 'string' ? text.length : 0;
    const n = Math.ceil((length * 1.1) / 70);
    if (n > 1) rowHeights[l.row] = Math.min(15 * n, 120);
  }

  const sheet: SheetModel = {
    name: CHECK_SHEET_NAME,
    role: 'checks',
    cells: cells.sorted(),
    styles: { ...STYLES },
    merges: cells.merges,
    columnWidths,
    rowHeights,
    freeze: { rows: 0, cols: 0 },
    validations: [],
    protection: { enabled: true },
    conditionalFormats,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: pack.id, packVersion: pack.version, annexId: CHECK_IDENTITY_ID, unitCode: input.unit.code },
    layout: { codeRow: ROW.header1, rowCodeCol: LINE.id, firstDataRow: firstLine, lastDataRow: lastFigure, rows: {}, cols: {}, identityCell: { row: ROW.identity, col: 0 } },
    size: { rows: lastFigure + 1, cols },
  };
  return { sheet, names, lines, figureRows, counts: { errors: errorsTotal, warnings: warningsTotal, byAnnex: byAnnexCounts } };
}

function stripDraft(d: LineDraft): Omit<CheckLine, 'row' | 'cached'> {
  return {
    kind: d.kind,
    annexId: d.annexId,
    ruleId: d.ruleId,
    severity: d.severity,
    keys: d.keys,
    ...(d.scope && { scope: d.scope }),
    ...(d.rowCode !== undefined && { rowCode: d.rowCode }),
    ...(d.addInReason && { addInReason: d.addInReason }),
  };
}

/** The lines of one rule: one per instance (per target row), or the annexes it needs that the workbook lacks. */
function ruleLines(rule: Rule, annex: AnnexIndex, known: (k: CellKey) => boolean): { drafts: LineDraft[]; missing: string[] } {
  const drafts: LineDraft[] = [];
  const missing = new Set<string>();
  const check = (keys: readonly CellKey[]) => {
    const absent = keys.filter((k) => !known(k)).map((k) => k.annexId);
    absent.forEach((a) => missing.add(a));
    return absent.length === 0;
  };
  switch (rule.kind) {
    case 'compare':
      for (const inst of rule.instances) {
        const keys = instanceKeys(inst);
        if (check(keys)) drafts.push({ kind: 'compare', annexId: rule.annexId, ruleId: rule.id, severity: rule.severity, keys, scope: inst.scope, compare: { rule, inst } });
      }
      break;
    case 'compulsoryPair':
    case 'exclusivePair':
      for (const inst of rule.instances) {
        if (check(inst.cells)) drafts.push({ kind: 'presence', annexId: rule.annexId, ruleId: rule.id, severity: rule.severity, keys: [...inst.cells], scope: inst.scope, presence: { rule, inst } });
      }
      break;
    case 'target':
      for (const rowCode of rule.rows) {
        const cols = [rule.resultCol, rule.targetCol, ...(rule.expectedCol ? [rule.expectedCol] : [])];
        const keys = cols.map((colCode) => ({ annexId: rule.annexId, rowCode, colCode }));
        if (!check(keys)) continue;
        const measure = annex.type(rowCode, rule.resultCol) === 'percent' ? 'rate' : 'count';
        drafts.push({ kind: 'target', annexId: rule.annexId, ruleId: rule.id, severity: rule.severity, keys, rowCode, target: { rule, measure } });
      }
      break;
  }
  return { drafts, missing: [...missing] };
}

interface StructureArrays {
  intact: boolean;
  rowRange: string;
  rowCodes: string[];
  colRange: string;
  colCodes: string[];
}

/** The codes the annex's row-code column and code row must hold, from its layout; and whether the model holds them. */
function structureArrays(sheet: SheetModel): StructureArrays {
  const { layout } = sheet;
  const rowEntries = Object.entries(layout.rows).sort((a, b) => a[1] - b[1]);
  const colEntries = Object.entries(layout.cols).sort((a, b) => a[1] - b[1]);
  const rowCodes: string[] = [];
  let intact = true;
  const firstRow = rowEntries.length ? rowEntries[0][1] : layout.firstDataRow;
  const lastRow = rowEntries.length ? rowEntries[rowEntries.length - 1][1] : layout.firstDataRow;
  const codeAt = new Map(rowEntries.map(([code, row]) => [row, code]));
  for (let r = firstRow; r <= lastRow; r++) {
    const expected = codeAt.get(r) ?? '';
    rowCodes.push(expected);
    if (cellText(sheet, r, layout.rowCodeCol) !== expected) intact = false;
  }
  const firstCol = colEntries.length ? colEntries[0][1] : 0;
  const lastCol = colEntries.length ? colEntries[colEntries.length - 1][1] : 0;
  const colCodes: string[] = [];
  for (let c = firstCol; c <= lastCol && colEntries.length; c++) {
    const text = cellText(sheet, layout.codeRow, c);
    colCodes.push(text);
    const code = colEntries.find(([, col]) => col === c)?.[0];
    if (code !== undefined && text === '') intact = false;
  }
  return {
    intact,
    rowRange: `${abs(firstRow, layout.rowCodeCol)}:${abs(lastRow, layout.rowCodeCol)}`,
    rowCodes,
    colRange: `${abs(layout.codeRow, firstCol)}:${abs(layout.codeRow, lastCol)}`,
    colCodes,
  };
}
