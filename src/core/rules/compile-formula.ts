import { validationFindingMessages, targetMessages } from '../i18n/validation-messages';
import { divides, type CompareOp } from '../expr/ast';
import { functionSpec, takesRanges } from '../expr/functions';
import { cellsOf } from './bind';
import { targetTemplate, type TargetRowSpec } from './target';
import { statusWords, type AttainmentStatus } from '../i18n/status-words';
import { callMany, excelNumber, excelString, liveText } from '../expr/formula-text';
import { type BoundExpr, type CompareInstance, type CompareRule, type MissingPolicy, type PresenceInstance, type PresenceRule, type TargetRule, type Tolerance } from './types';
import { type Severity } from '../pack/types';
import { type CellKey } from '../pack/cell-key';

/**
 * The rule-to-formula compiler: the same compiled rules the evaluator runs (types.ts), written as
 * ordinary spreadsheet formulas that Excel 2010, LibreOffice and WPS Office evaluate alike — IF, AND,
 * OR, NOT, ABS, ROUND, TRUNC, MIN, MAX, SUM, ISNUMBER, ISTEXT, IFERROR; no macros, no dynamic arrays,
 * no LAMBDA, no volatile function.
 *
 * The formulas never read an input cell directly: they read its **figure** — the cell as the
 * evaluator sees it after `coerceCell` / `FigureReader` — from two cells of the check sheet's figure
 * table (figure-formula.ts): its kind K (0 blank, 1 a number, also one typed as text, 2 unreadable:
 * words, "=…" typed as text, TRUE/FALSE, an error value; 3 absent: the annex's structure was
 * changed) and its value V (the number; 0 when blank). So text typed into an input cell is never
 * evaluated as a formula, a number typed as text counts as that number, a computed cell is
 * recomputed from its inputs, and each missing-value policy is decided on the same kinds.
 *
 * Verdict codes, one per rule instance: −2 checked by the add-in only, −1 skipped (nothing to
 * compare), 0 passed, 1 an info finding, 2 a warning, 3 an error — the finding the evaluator would
 * make, or none.
 */

export const VERDICT = { addIn: -2, skipped: -1, passed: 0, info: 1, warning: 2, error: 3 } as const;
export type VerdictCode = (typeof VERDICT)[keyof typeof VERDICT];

export function severityCode(severity: Severity): VerdictCode {
  return severity === 'error' ? VERDICT.error : severity === 'warning' ? VERDICT.warning : VERDICT.info;
}

/** The cells (A1, with a sheet when needed) that hold the figure of a pack cell. */
export interface FigureRefs {
  /** K: 0 blank, 1 a number, 2 unreadable, 3 absent. */
  kind(key: CellKey): string;
  /** V: the number; 0 when K is not 1. */
  value(key: CellKey): string;
  /** 1 when the cell holds anything at all (a 0 or a word counts: presence rules), else 0. */
  filled(key: CellKey): string;
}

/** Digits a division keeps, as the evaluator's Decimal.div (DIVISION_DIGITS). */
const DIVISION_DIGITS = 12;

/**
 * Two figures are compared with a margin of a millionth of a millionth of the larger: exact decimals
 * in the evaluator, binary floating point in the spreadsheet (0.1 + 0.2 − 0.3 is 5.6E-17 there).
 */
const RELATIVE_EPSILON = '1E-12';

function epsilon(a: string, b: string): string {
  return `MAX(ABS(${a}),ABS(${b}),1)*${RELATIVE_EPSILON}`;
}

const PRECEDENCE: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** A bound expression over the figures' values: the evaluator's arithmetic, a division rounded to 12 decimals. */
export function exprFormula(e: BoundExpr, value: (key: CellKey) => string): string {
  return emit(e, value, 0);
}

function emit(e: BoundExpr, value: (key: CellKey) => string, parentPrec: number): string {
  switch (e.type) {
    case 'num':
      return excelNumber(e.value);
    case 'cell':
      return value(e.key);
    case 'range':
      // Outside sum/min/max only computed formulas meet a range: it means its sum.
      return callMany('SUM', e.keys.map(value));
    case 'neg': {
      const inner = emit(e.arg, value, 3);
      return `-${inner}`;
    }
    case 'binary': {
      if (e.op === '/') return `ROUND(${emit(e.left, value, 0)}/${emit(e.right, value, 3)},${DIVISION_DIGITS})`;
      const p = PRECEDENCE[e.op];
      const text = `${emit(e.left, value, p)}${e.op}${emit(e.right, value, e.op === '-' ? p + 1 : p)}`;
      return p < parentPrec ? `(${text})` : text;
    }
    case 'call': {
      const spec = functionSpec(e.name)!;
      return spec.excel(takesRanges(spec) ? e.args.flatMap((a) => (a.type === 'range' ? a.keys.map(value) : [emit(a, value, 0)])) : e.args.map((a) => emit(a, value, 0)));
    }
  }
}

/** The missing-value policy over the kinds of every cell read: TRUE when the rule is skipped. */
export function skipCondition(kinds: readonly string[], policy: MissingPolicy): string {
  if (kinds.length === 0) return 'FALSE';
  const max = callMany('MAX', kinds);
  // A cell unreadable (2) or absent (3) skips the rule whatever the policy: the built-in checks or
  // the structure line report it.
  if (policy === 'zero') return `${max}>=2`;
  if (policy === 'skipIfAll') return `${max}<>1`;
  return `OR(${max}<>1,${callMany('MIN', kinds)}<>1)`;
}

/** The evaluator's comparisonHolds (evaluate.ts) over two cells holding numbers. */
export function holdsFormula(left: string, op: CompareOp, right: string, tolerance: Tolerance): string {
  const eps = epsilon(left, right);
  const t =
    tolerance.kind === 'exact' || tolerance.value.isZero()
      ? null
      : tolerance.kind === 'abs'
        ? excelNumber(tolerance.value)
        : `MAX(ABS(${left}),ABS(${right}))*${excelNumber(tolerance.value)}`;
  const minusT = t === null ? '' : `-${t}`;
  const diff = `${left}-${right}`;
  const back = `${right}-${left}`;
  switch (op) {
    case '=':
      return `ABS(${diff})${minusT}<=${eps}`;
    case '!=':
      return `ABS(${diff})${minusT}>${eps}`;
    case '<=':
      return `${diff}${minusT}<=${eps}`;
    case '>=':
      return `${back}${minusT}<=${eps}`;
    case '<':
    case '>': {
      const d = op === '<' ? diff : back;
      const strict = `${d}<-${eps}`;
      if (t === null) return strict;
      const lenient = `${d}-${t}<=${eps}`;
      // A relative tolerance is zero when both sides are: strict again, as in the evaluator.
      return tolerance.kind === 'rel' ? `IF(${t}=0,${strict},${lenient})` : lenient;
    }
  }
}

/** Text shown for a side that cannot be computed (a division by zero). */
export const NOT_COMPUTED = '÷0';

export interface CompareFormulas {
  /** Every cell the instance reads, the one to select first leading (as the evaluator's finding). */
  keys: CellKey[];
  /** Value of each side, or NOT_COMPUTED on a division by zero. */
  left: string;
  right: string;
  /** Verdict code, given the cells that hold the two sides. */
  verdict: (leftCell: string, rightCell: string) => string;
}

/** Primary cell first: a lone cell on the right (the total) when the left is a sum of parts, else the first cell read. */
export function instanceKeys(inst: CompareInstance): CellKey[] {
  const all = cellsOf({ type: 'binary', op: '+', left: inst.left, right: inst.right });
  const primary = inst.right.type === 'cell' && inst.left.type !== 'cell' ? inst.right.key : all[0];
  const id = (k: CellKey) => `${k.annexId}|${k.rowCode}|${k.colCode}`;
  return primary ? [primary, ...all.filter((k) => id(k) !== id(primary))] : all;
}

export function compareFormulas(rule: CompareRule, inst: CompareInstance, refs: FigureRefs): CompareFormulas {
  const keys = instanceKeys(inst);
  const side = (e: BoundExpr) => {
    const f = exprFormula(e, (k) => refs.value(k));
    return divides(e) ? `IFERROR(${f},${excelString(NOT_COMPUTED)})` : f;
  };
  const skip = skipCondition(
    keys.map((k) => refs.kind(k)),
    rule.missing,
  );
  const sev = String(severityCode(rule.severity));
  const divCode = rule.divideByZero === 'report' ? sev : String(VERDICT.skipped);
  const anyDivision = divides(inst.left) || divides(inst.right);
  return {
    keys,
    left: side(inst.left),
    right: side(inst.right),
    verdict: (l, r) => {
      const holds = holdsFormula(l, inst.op, r, rule.tolerance);
      const compared = `IF(${holds},${VERDICT.passed},${sev})`;
      const body = anyDivision ? `IF(OR(ISTEXT(${l}),ISTEXT(${r})),${divCode},${compared})` : compared;
      return `IF(${skip},${VERDICT.skipped},${body})`;
    },
  };
}

/** A number in a message: rounded as the evaluator's formatDecimal (6 decimals), in the viewer's locale. */
export function shownNumber(cell: string, decimals = 6): string {
  return `IF(ISNUMBER(${cell}),ROUND(${cell},${decimals})&"",${cell}&"")`;
}

/**
 * The message of a failing compare instance with its values live; static placeholders ({row},
 * {col}, {cell}, {label}) are filled at render time by the caller.
 */
export function compareMessageFormula(template: string, cells: { left: string; right: string; diff: string }, rule: Pick<CompareRule, 'check' | 'id'>): string {
  const live = liveText(template, { left: shownNumber(cells.left), right: shownNumber(cells.right), diff: shownNumber(cells.diff) });
  const div = liveText(validationFindingMessages['evaluate.divideByZero'].vi, { check: excelString(rule.check), id: excelString(rule.id) });
  return `IF(OR(ISTEXT(${cells.left}),ISTEXT(${cells.right})),${div},${live})`;
}

export function presenceVerdict(rule: PresenceRule, inst: PresenceInstance, refs: FigureRefs): string {
  const [a, b] = inst.cells;
  const sev = severityCode(rule.severity);
  const absent = `OR(${refs.kind(a)}=3,${refs.kind(b)}=3)`;
  const fails =
    rule.when === 'nonZero'
      ? `AND(${refs.kind(a)}=1,${refs.value(a)}<>0,${refs.filled(b)}=0)`
      : rule.kind === 'compulsoryPair'
        ? `${refs.filled(a)}<>${refs.filled(b)}`
        : `AND(${refs.filled(a)}=1,${refs.filled(b)}=1)`;
  return `IF(${absent},${VERDICT.skipped},IF(${fails},${sev},${VERDICT.passed}))`;
}

export interface TargetFormulas {
  keys: { target: CellKey; results: CellKey[]; expected?: CellKey };
  verdict: string;
  /** The status word ("Đã vượt", "Đúng tiến độ" …), when the row is assessed. */
  status: string;
  /** The message with live values, as the evaluator's target findings word it. */
  message: string;
}

function ge(a: string, b: string): string {
  return `(${a})-(${b})>=-${epsilon(a, b)}`;
}

function gt(a: string, b: string): string {
  return `(${a})-(${b})>${epsilon(a, b)}`;
}

/**
 * Target attainment of one row (target.ts `assessAttainment`, as formulas): the status word, and at
 * risk → the rule's severity, no target → info, nothing to judge → skipped.
 */
export function targetFormulas(rule: TargetRule, spec: TargetRowSpec, label: string, refs: FigureRefs, hasExpected: boolean): TargetFormulas {
  const key = (colCode: string): CellKey => ({ annexId: rule.annexId, rowCode: spec.rowCode, colCode });
  const target = key(rule.targetCol);
  const [TK, T] = [refs.kind(target), refs.value(target)];
  const max = spec.direction === '<=';
  const beyond = (x: string) => (max ? gt(T, x) : gt(x, T));
  const reaches = (x: string) => (max ? ge(T, x) : ge(x, T));
  const expected = hasExpected && rule.expectedCol && spec.measure !== 'annual' ? key(rule.expectedCol) : undefined;
  /** The unit's expectation decides where it is given; else the fallback. */
  const onTrackBy = (fallback: string) => (expected ? `IF(${refs.kind(expected)}=1,${reaches(refs.value(expected))},${fallback})` : fallback);
  const word = (k: AttainmentStatus) => excelString(statusWords[k].vi);
  const estimate = targetMessages['target.estimate'].vi;

  let assessed: string;
  let atRisk: string;
  let status: string;
  let results: CellKey[];
  let percent = '"—"';
  let projection = '"—"';
  let years = '""';
  if (spec.measure === 'annual') {
    const ys = spec.years.map((y) => ({ ...y, K: refs.kind(key(y.col)), V: refs.value(key(y.col)) }));
    results = ys.map((y) => key(y.col));
    assessed = ys.length ? `OR(${ys.map((y) => `${y.K}=1`).join(',')})` : 'FALSE';
    atRisk = ys.length ? `OR(${ys.map((y) => `AND(${y.K}=1,NOT(${reaches(y.V)}))`).join(',')})` : 'FALSE';
    const estimated = ys.filter((y) => y.estimated);
    const anyEstimated = estimated.length ? `OR(${estimated.map((y) => `${y.K}=1`).join(',')})` : 'FALSE';
    const allBeyond = ys.length ? `AND(${ys.map((y) => `OR(${y.K}<>1,${beyond(y.V)})`).join(',')})` : 'FALSE';
    status = `IF(${atRisk},${word('atRisk')},IF(${anyEstimated},${word('onTrack')},IF(${allBeyond},${word('exceeded')},${word('met')})))`;
    const pct = spec.percent ? '&"%"' : '';
    years = ys.length ? ys.map((y) => `${excelString(`${y.year ?? y.col}${y.estimated ? ` ${estimate}` : ''}: `)}&IF(${y.K}=1,ROUND(${y.V},1)&""${pct},"—")`).join('&"; "&') : '""';
  } else {
    const result = spec.resultCol ? key(spec.resultCol) : undefined;
    results = result ? [result] : [];
    const [RK, R] = result ? [refs.kind(result), refs.value(result)] : ['0', '0'];
    assessed = result ? `${RK}=1` : 'FALSE';
    if (spec.measure === 'rate') {
      atRisk = `NOT(OR(${reaches(R)},${onTrackBy('FALSE')}))`;
      status = `IF(${beyond(R)},${word('exceeded')},IF(${reaches(R)},${word('met')},IF(${onTrackBy('FALSE')},${word('onTrack')},${word('atRisk')})))`;
    } else {
      const { elapsedDays, termDays } = spec.span;
      const over = elapsedDays >= termDays;
      let projectionReaches = 'FALSE';
      if (elapsedDays > 0) {
        projection = over ? R : `ROUND(${R}*${termDays}/${elapsedDays},${DIVISION_DIGITS})`;
        projectionReaches = over ? reaches(R) : max ? ge(`${T}*${elapsedDays}`, `${R}*${termDays}`) : ge(`${R}*${termDays}`, `${T}*${elapsedDays}`);
        projection = `ROUND(${projection},0)&""`;
      }
      percent = `IFERROR(ROUND(${R}*100/${T},1)&"","—")`;
      if (!max) {
        atRisk = `NOT(OR(${ge(R, T)},${onTrackBy(projectionReaches)}))`;
        status = `IF(${gt(R, T)},${word('exceeded')},IF(${ge(R, T)},${word('met')},IF(${onTrackBy(projectionReaches)},${word('onTrack')},${word('atRisk')})))`;
      } else if (over) {
        atRisk = gt(R, T);
        status = `IF(${gt(R, T)},${word('atRisk')},IF(${gt(T, R)},${word('exceeded')},${word('met')}))`;
      } else {
        atRisk = `OR(${gt(R, T)},NOT(${onTrackBy(projectionReaches)}))`;
        status = `IF(${atRisk},${word('atRisk')},${word('onTrack')})`;
      }
    }
  }
  const verdict = `IF(${TK}=0,${VERDICT.info},IF(OR(${TK}<>1,NOT(${assessed})),${VERDICT.skipped},IF(${atRisk},${severityCode(rule.severity)},${VERDICT.info})))`;
  const shownStatus = `IF(${TK}=0,${word('noTarget')},${status})`;
  const result = results[0];
  const resultText =
    spec.measure !== 'annual' && result
      ? `IF(${refs.kind(result)}=1,ROUND(${refs.value(result)},1)&"${spec.resultEstimated ? ` ${estimate}` : ''}","—")`
      : '"—"';
  const expectedPart = expected
    ? `IF(${refs.kind(expected)}=1,${liveText(targetMessages[spec.percent ? 'target.expectedRate' : 'target.expectedCount'].vi, { expected: `ROUND(${refs.value(expected)},1)&""` })},"")`
    : '""';
  const params = {
    label: excelString(label),
    result: resultText,
    target: `IF(${TK}=1,ROUND(${T},1)&"","—")`,
    percent,
    projection,
    expected: expected ? `IF(${refs.kind(expected)}=1,ROUND(${refs.value(expected)},1)&"","—")` : '"—"',
    expectedPart,
    years,
    status: shownStatus,
  };
  const main = liveText(targetTemplate(rule, spec, false).vi, params);
  const none = liveText(targetTemplate(rule, spec, true).vi, params);
  return { keys: { target, results, ...(expected && { expected }) }, verdict, status: shownStatus, message: `IF(${TK}=0,${none},${main})` };
}
