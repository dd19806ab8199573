import { Decimal } from '../numbers/decimal';
import type { Node } from './ast';
import { dims, elementAt, gridOf, isArrayLike, isMulti, lift, scalarOf, type Calc, type RefValue, type Value } from './calc';
import { countIfCriterion, wildcardRegex } from './criteria';
import { bool, BLANK, compareValues, err, isError, MAX_TEXT, num, parseNumberText, text, toBool, toNumber, toText, type ErrorValue, type Scalar } from './values';

/**
 * The worksheet functions the evaluator knows: every function the project writes into a workbook
 * (src/core/sheet, rules, checks, summary) and the usual aggregates. Each follows Excel's rules for
 * its arguments (see the notes on each); a function that is not here evaluates to #NAME?.
 *
 * Argument conventions, as Excel's:
 * - SUM, MIN, MAX: numbers in references and arrays count, texts, booleans and empty cells there are
 *   ignored; an argument typed directly is converted (TRUE → 1, "5" → 5, "x" → #VALUE!);
 * - AND, OR: booleans and numbers in references and arrays count, texts and empty cells are ignored;
 *   none at all → #VALUE!;
 * - SUMPRODUCT: arrays of one size (else #VALUE!), anything but a number counts as 0, an error wins;
 * - the others take single values and work cell by cell over a block (dynamic arrays).
 * The first error met among the arguments (left to right) is the result, except for the IS…
 * functions and IFERROR, whose point is to look at errors.
 */

export interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  call(calc: Calc, args: readonly Node[]): Value;
}

const MANY = 255;

/** Evaluates every argument and lifts the single-value ones over blocks. */
function scalarFunction(min: number, max: number, fn: (xs: Scalar[], calc: Calc) => Scalar, lifted: readonly boolean[] | 'all' = 'all'): FunctionSpec {
  return {
    min,
    max,
    call: (calc, args) => lift(calc, args.map((a) => calc.evaluate(a)), lifted, (xs) => fn(xs as Scalar[], calc)),
  };
}

function rawFunction(min: number, max: number, fn: (calc: Calc, values: Value[]) => Value): FunctionSpec {
  return { min, max, call: (calc, args) => fn(calc, args.map((a) => calc.evaluate(a))) };
}

function firstError(...xs: Array<Scalar | Decimal | string | number | boolean | ErrorValue>): ErrorValue | null {
  for (const x of xs) if (isError(x)) return x;
  return null;
}

/** An integer argument (truncated toward zero, as Excel does); errors stay errors. */
function integerOf(x: Scalar): number | ErrorValue {
  const n = toNumber(x);
  if (isError(n)) return n;
  const v = Math.trunc(n.toNumber());
  return Number.isFinite(v) ? v : err('#NUM!');
}

/** Every value an aggregate sees: from references and arrays only the kinds `keep` accepts; typed arguments converted. */
function collect(calc: Calc, values: readonly Value[], fromCells: (s: Scalar) => Scalar | null, typed: (s: Scalar) => Scalar | null): Scalar[] | ErrorValue {
  const out: Scalar[] = [];
  for (const v of values) {
    if (isArrayLike(v)) {
      for (const row of gridOf(calc, v)) {
        for (const s of row) {
          if (s.kind === 'error') return s;
          const kept = fromCells(s);
          if (kept) out.push(kept);
        }
      }
    } else {
      if (v.kind === 'error') return v;
      const kept = typed(v);
      if (kept?.kind === 'error') return kept;
      if (kept) out.push(kept);
    }
  }
  return out;
}

function numbersOf(calc: Calc, values: readonly Value[]): Decimal[] | ErrorValue {
  const all = collect(
    calc,
    values,
    (s) => (s.kind === 'number' ? s : null),
    (s) => {
      if (s.kind === 'blank') return null;
      const n = toNumber(s);
      return isError(n) ? n : num(n);
    },
  );
  if (isError(all)) return all;
  return all.map((s) => (s as { value: Decimal }).value);
}

function logicalsOf(calc: Calc, values: readonly Value[]): boolean[] | ErrorValue {
  const all = collect(
    calc,
    values,
    (s) => (s.kind === 'bool' || s.kind === 'number' ? s : null),
    (s) => {
      if (s.kind === 'blank') return bool(false);
      const b = toBool(s);
      return isError(b) ? b : bool(b);
    },
  );
  if (isError(all)) return all;
  const bools = all.map((s) => toBool(s) as boolean);
  return bools.length ? bools : err('#VALUE!');
}

function truncate(d: Decimal, digits: number): Decimal {
  const [intPart, frac = ''] = d.abs().toString().split('.');
  const sign = d.isNegative() ? '-' : '';
  if (digits >= 0) return Decimal.parse(`${sign}${intPart}.${frac.slice(0, digits)}0`)!;
  const keep = intPart.length + digits;
  if (keep <= 0) return Decimal.ZERO;
  return Decimal.parse(`${sign}${intPart.slice(0, keep)}${'0'.repeat(-digits)}`)!;
}

function textResult(s: string): Scalar {
  return s.length > MAX_TEXT ? err('#VALUE!') : text(s);
}

/** MATCH's lookup array must be one row or one column. */
function vectorOf(calc: Calc, v: Value): Scalar[] | null {
  const d = dims(v);
  if (d.rows !== 1 && d.cols !== 1) return null;
  const out: Scalar[] = [];
  for (let k = 0; k < Math.max(d.rows, d.cols); k++) out.push(d.rows === 1 ? elementAt(calc, v, 0, k) : elementAt(calc, v, k, 0));
  return out;
}

function sameKind(a: Scalar, b: Scalar): boolean {
  const kind = (s: Scalar) => (s.kind === 'blank' ? 'blank' : s.kind);
  return kind(a) === kind(b);
}

function match(calc: Calc, lookup: Scalar, array: Value, typeArg: Scalar): Scalar {
  if (lookup.kind === 'error') return lookup;
  const type = typeArg.kind === 'blank' ? 1 : integerOf(typeArg);
  if (isError(type)) return type;
  const vector = vectorOf(calc, array);
  if (!vector) return err('#N/A');
  const wanted = lookup.kind === 'blank' ? num(0) : lookup;
  if (type === 0) {
    const index = vector.findIndex((s) => {
      if (s.kind === 'error' || !sameKind(s, wanted)) return false;
      if (wanted.kind === 'text' && s.kind === 'text') return wildcardRegex(wanted.value).test(s.value);
      return compareValues(s as Exclude<Scalar, ErrorValue>, wanted as Exclude<Scalar, ErrorValue>) === 0;
    });
    return index < 0 ? err('#N/A') : num(index + 1);
  }
  // Approximate: the last position, in a sorted run, not past the lookup value (ascending for 1, descending for -1).
  let found = -1;
  for (let k = 0; k < vector.length; k++) {
    const s = vector[k];
    if (s.kind === 'error' || s.kind === 'blank' || !sameKind(s, wanted)) continue;
    const c = compareValues(s as Exclude<Scalar, ErrorValue>, wanted as Exclude<Scalar, ErrorValue>);
    if (type > 0 ? c <= 0 : c >= 0) found = k;
    else break;
  }
  return found < 0 ? err('#N/A') : num(found + 1);
}

function index(calc: Calc, values: Value[]): Value {
  const [array, rowArg, colArg] = values;
  if (!array || array.kind === 'error') return array ?? err('#VALUE!');
  const rowN = integerOf(scalarOf(calc, rowArg ?? BLANK));
  const colN = colArg === undefined ? null : integerOf(scalarOf(calc, colArg));
  if (isError(rowN)) return rowN;
  if (colN !== null && isError(colN)) return colN;
  const d = dims(array);
  // One row and a single index: the index runs along the row.
  let r = rowN;
  let c = colN ?? 0;
  if (colN === null && d.rows === 1 && d.cols > 1) {
    c = rowN;
    r = 1;
  } else if (colN === null) c = 1;
  if (r < 0 || c < 0 || r > d.rows || c > d.cols) return err('#REF!');
  const rowFrom = r === 0 ? 0 : r - 1;
  const rowCount = r === 0 ? d.rows : 1;
  const colFrom = c === 0 ? 0 : c - 1;
  const colCount = c === 0 ? d.cols : 1;
  if (array.kind === 'ref') {
    return { kind: 'ref', sheet: array.sheet, area: { row: array.area.row + rowFrom, col: array.area.col + colFrom, rows: rowCount, cols: colCount } } satisfies RefValue;
  }
  const grid = gridOf(calc, array);
  const rows = grid.slice(rowFrom, rowFrom + rowCount).map((row) => row.slice(colFrom, colFrom + colCount));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : { kind: 'array', rows };
}

function sumproduct(calc: Calc, values: Value[]): Value {
  for (const v of values) if (v.kind === 'error') return v;
  const grids = values.map((v) => gridOf(calc, v));
  const d = dims(values[0]);
  if (values.some((v) => dims(v).rows !== d.rows || dims(v).cols !== d.cols)) return err('#VALUE!');
  let total = Decimal.ZERO;
  for (let i = 0; i < d.rows; i++) {
    for (let j = 0; j < d.cols; j++) {
      let product = Decimal.ONE;
      for (const g of grids) {
        const s = g[i][j];
        if (s.kind === 'error') return s;
        product = s.kind === 'number' ? product.mul(s.value) : Decimal.ZERO;
      }
      total = total.add(product);
    }
  }
  return num(total);
}

function countif(calc: Calc, range: Value, criterion: Scalar): Scalar {
  if (range.kind !== 'ref' && range.kind !== 'array') return err('#VALUE!');
  const test = countIfCriterion(criterion);
  let count = 0;
  for (const row of gridOf(calc, range)) for (const s of row) if (test(s)) count++;
  return num(count);
}

const IS = (kind: Scalar['kind']) => scalarFunction(1, 1, ([x]) => bool(x.kind === kind));

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  [
    'SUM',
    rawFunction(1, MANY, (calc, vs) => {
      const ns = numbersOf(calc, vs);
      return isError(ns) ? ns : num(ns.reduce((a, b) => a.add(b), Decimal.ZERO));
    }),
  ],
  [
    'MIN',
    rawFunction(1, MANY, (calc, vs) => {
      const ns = numbersOf(calc, vs);
      return isError(ns) ? ns : num(ns.length ? ns.reduce((a, b) => Decimal.min(a, b)) : Decimal.ZERO);
    }),
  ],
  [
    'MAX',
    rawFunction(1, MANY, (calc, vs) => {
      const ns = numbersOf(calc, vs);
      return isError(ns) ? ns : num(ns.length ? ns.reduce((a, b) => Decimal.max(a, b)) : Decimal.ZERO);
    }),
  ],
  [
    'AND',
    rawFunction(1, MANY, (calc, vs) => {
      const bs = logicalsOf(calc, vs);
      return isError(bs) ? bs : bool(bs.every(Boolean));
    }),
  ],
  [
    'OR',
    rawFunction(1, MANY, (calc, vs) => {
      const bs = logicalsOf(calc, vs);
      return isError(bs) ? bs : bool(bs.some(Boolean));
    }),
  ],
  [
    'NOT',
    scalarFunction(1, 1, ([x]) => {
      const b = toBool(x);
      return isError(b) ? b : bool(!b);
    }),
  ],
  [
    'IF',
    {
      min: 2,
      max: 3,
      call: (calc, args) => {
        const condition = calc.evaluate(args[0]);
        const branch = (k: number): Value => {
          const node = args[k];
          if (node === undefined) return bool(false);
          return node.type === 'missing' ? num(0) : calc.evaluate(node);
        };
        if (isMulti(condition)) {
          const yes = branch(1);
          const no = branch(2);
          return lift(calc, [condition, yes, no], 'all', ([c, y, n]) => {
            const b = toBool(c as Scalar);
            return isError(b) ? b : ((b ? y : n) as Scalar);
          });
        }
        const b = toBool(scalarOf(calc, condition));
        if (isError(b)) return b;
        return branch(b ? 1 : 2);
      },
    },
  ],
  [
    'IFERROR',
    {
      min: 2,
      max: 2,
      call: (calc, args) => {
        const value = calc.evaluate(args[0]);
        if (isMulti(value)) {
          const alt = calc.evaluate(args[1]);
          return lift(calc, [value, alt], 'all', ([v, a]) => ((v as Scalar).kind === 'error' ? (a as Scalar) : (v as Scalar)));
        }
        const v = scalarOf(calc, value);
        if (v.kind === 'error') return args[1].type === 'missing' ? num(0) : calc.evaluate(args[1]);
        return value;
      },
    },
  ],
  [
    'CHOOSE',
    {
      min: 2,
      max: MANY,
      call: (calc, args) => {
        const at = calc.evaluate(args[0]);
        const pick = (x: Scalar): number | ErrorValue => {
          const k = integerOf(x);
          if (isError(k)) return k;
          return k < 1 || k >= args.length ? err('#VALUE!') : k;
        };
        if (isMulti(at)) {
          const options = args.slice(1).map((a) => calc.evaluate(a));
          return lift(calc, [at, ...options], 'all', ([x, ...rest]) => {
            const k = pick(x as Scalar);
            return isError(k) ? k : (rest[k - 1] as Scalar);
          });
        }
        const k = pick(scalarOf(calc, at));
        return isError(k) ? k : calc.evaluate(args[k]);
      },
    },
  ],
  ['ISNUMBER', IS('number')],
  ['ISTEXT', IS('text')],
  ['ISLOGICAL', IS('bool')],
  ['ISERROR', IS('error')],
  ['ISBLANK', IS('blank')],
  // N(x): a number as is, TRUE 1, text and blank 0 (the "—" of a row a unit is not asked), an error stays.
  ['N', scalarFunction(1, 1, ([x]) => (x.kind === 'number' || x.kind === 'error' ? x : num(x.kind === 'bool' && x.value ? 1 : 0)))],
  [
    'ABS',
    scalarFunction(1, 1, ([x]) => {
      const n = toNumber(x);
      return isError(n) ? n : num(n.abs());
    }),
  ],
  [
    'ROUND',
    scalarFunction(2, 2, ([x, d]) => {
      const n = toNumber(x);
      const digits = integerOf(d);
      return firstError(n, digits) ?? num((n as Decimal).round(digits as number));
    }),
  ],
  [
    'TRUNC',
    scalarFunction(1, 2, ([x, d]) => {
      const n = toNumber(x);
      const digits = d === undefined ? 0 : integerOf(d);
      return firstError(n, digits) ?? num(truncate(n as Decimal, digits as number));
    }),
  ],
  [
    'LEN',
    scalarFunction(1, 1, ([x]) => {
      const t = toText(x);
      return isError(t) ? t : num(t.length);
    }),
  ],
  [
    'LEFT',
    scalarFunction(1, 2, ([x, n]) => {
      const t = toText(x);
      const count = n === undefined ? 1 : integerOf(n);
      const e = firstError(t, count);
      if (e) return e;
      return (count as number) < 0 ? err('#VALUE!') : text((t as string).slice(0, count as number));
    }),
  ],
  [
    'RIGHT',
    scalarFunction(1, 2, ([x, n]) => {
      const t = toText(x);
      const count = n === undefined ? 1 : integerOf(n);
      const e = firstError(t, count);
      if (e) return e;
      if ((count as number) < 0) return err('#VALUE!');
      return text(count === 0 ? '' : (t as string).slice(-(count as number)));
    }),
  ],
  [
    'MID',
    scalarFunction(3, 3, ([x, s, n]) => {
      const t = toText(x);
      const start = integerOf(s);
      const count = integerOf(n);
      const e = firstError(t, start, count);
      if (e) return e;
      if ((start as number) < 1 || (count as number) < 0) return err('#VALUE!');
      return text((t as string).substr((start as number) - 1, count as number));
    }),
  ],
  [
    'FIND',
    scalarFunction(2, 3, ([f, w, s]) => {
      const needle = toText(f);
      const hay = toText(w);
      const start = s === undefined ? 1 : integerOf(s);
      const e = firstError(needle, hay, start);
      if (e) return e;
      const from = start as number;
      if (from < 1 || from > (hay as string).length + 1) return err('#VALUE!');
      const at = (hay as string).indexOf(needle as string, from - 1);
      return at < 0 ? err('#VALUE!') : num(at + 1);
    }),
  ],
  [
    'SUBSTITUTE',
    scalarFunction(3, 4, ([x, o, n, k]) => {
      const t = toText(x);
      const old = toText(o);
      const rep = toText(n);
      const nth = k === undefined ? null : integerOf(k);
      const e = firstError(t, old, rep, ...(nth === null ? [] : [nth]));
      if (e) return e;
      const [s, from, to] = [t as string, old as string, rep as string];
      if (from === '') return text(s);
      if (nth === null) return textResult(s.split(from).join(to));
      if ((nth as number) < 1) return err('#VALUE!');
      let at = -1;
      for (let i = 0; i < (nth as number); i++) {
        at = s.indexOf(from, at + 1);
        if (at < 0) return text(s);
      }
      return textResult(s.slice(0, at) + to + s.slice(at + from.length));
    }),
  ],
  [
    'TRIM',
    scalarFunction(1, 1, ([x]) => {
      const t = toText(x);
      return isError(t) ? t : text(t.replace(/ +/g, ' ').replace(/^ /, '').replace(/ $/, ''));
    }),
  ],
  [
    'VALUE',
    scalarFunction(1, 1, ([x]) => {
      if (x.kind === 'error' || x.kind === 'number') return x;
      if (x.kind === 'blank') return num(0);
      if (x.kind === 'bool') return err('#VALUE!');
      const n = parseNumberText(x.value);
      return n ? num(n) : err('#VALUE!');
    }),
  ],
  [
    'REPT',
    scalarFunction(2, 2, ([x, n]) => {
      const t = toText(x);
      const times = integerOf(n);
      const e = firstError(t, times);
      if (e) return e;
      if ((times as number) < 0 || (t as string).length * (times as number) > MAX_TEXT) return err('#VALUE!');
      return text((t as string).repeat(times as number));
    }),
  ],
  ['SUMPRODUCT', rawFunction(1, MANY, sumproduct)],
  [
    'COUNTIF',
    { min: 2, max: 2, call: (calc, args) => lift(calc, [calc.evaluate(args[0]), calc.evaluate(args[1])], [false, true], ([range, c]) => countif(calc, range, c as Scalar)) },
  ],
  [
    'MATCH',
    {
      min: 2,
      max: 3,
      call: (calc, args) => {
        const vs = args.map((a) => calc.evaluate(a));
        return lift(calc, [vs[0], vs[1], vs[2] ?? BLANK], [true, false, true], ([l, a, t]) => match(calc, l as Scalar, a, t as Scalar));
      },
    },
  ],
  ['INDEX', rawFunction(2, 3, index)],
  [
    // The overview links each unit to its line: the cell shows the friendly name (or the link itself).
    'HYPERLINK',
    scalarFunction(1, 2, ([link, friendly]) => {
      const shown = friendly === undefined ? link : friendly;
      return shown;
    }),
  ],
]);

export function isKnownFunction(name: string): boolean {
  return FUNCTIONS.has(name.toUpperCase());
}

/** Names of the functions the evaluator knows, sorted. */
export const FUNCTION_NAMES: readonly string[] = [...FUNCTIONS.keys()].sort();
