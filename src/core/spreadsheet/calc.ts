import type { Area, Node } from './ast';
import { err, type Scalar } from './values';

/**
 * What an operator or a function works on while a formula is evaluated: a single value, an array (an
 * array constant, or the result of an operation on a block), or a reference to cells (kept as a
 * reference until something needs its values, so that SUM can tell cells from typed arguments and
 * ISBLANK an empty cell from ""). Evaluation follows Excel's dynamic arrays: an operator or a
 * function that takes single values, given a block, works cell by cell and gives an array.
 */

export interface RefValue {
  readonly kind: 'ref';
  /** The sheet, as the caller's EvalContext knows it. */
  readonly sheet: unknown;
  readonly area: Area;
}

export interface ArrayValue {
  readonly kind: 'array';
  readonly rows: readonly (readonly Scalar[])[];
}

export type Value = Scalar | ArrayValue | RefValue;

/** What functions may ask of the evaluator. */
export interface Calc {
  /** The value of the cell at (i, j) inside a reference. */
  cellIn(ref: RefValue, i: number, j: number): Scalar;
  /** Evaluates an argument (lazy functions: IF, IFERROR, CHOOSE). An omitted argument is blank. */
  evaluate(node: Node): Value;
  /** Decimal places a division keeps. */
  readonly divisionDigits: number;
}

export function isArrayLike(v: Value): v is ArrayValue | RefValue {
  return v.kind === 'array' || v.kind === 'ref';
}

export function dims(v: Value): { rows: number; cols: number } {
  if (v.kind === 'array') return { rows: v.rows.length, cols: v.rows[0]?.length ?? 0 };
  if (v.kind === 'ref') return { rows: v.area.rows, cols: v.area.cols };
  return { rows: 1, cols: 1 };
}

/** More than one cell: such a value makes a single-value operation work cell by cell. */
export function isMulti(v: Value): boolean {
  const d = dims(v);
  return isArrayLike(v) && d.rows * d.cols !== 1;
}

/** The element at (i, j); a single row or column is repeated along the other dimension; outside → #N/A. */
export function elementAt(calc: Calc, v: Value, i: number, j: number): Scalar {
  if (!isArrayLike(v)) return v;
  const d = dims(v);
  const r = d.rows === 1 ? 0 : i;
  const c = d.cols === 1 ? 0 : j;
  if (r >= d.rows || c >= d.cols) return err('#N/A');
  return v.kind === 'array' ? v.rows[r][c] : calc.cellIn(v, r, c);
}

/** A value as rows of scalars (a single value is a 1×1 array). */
export function gridOf(calc: Calc, v: Value): Scalar[][] {
  const d = dims(v);
  const out: Scalar[][] = [];
  for (let i = 0; i < d.rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < d.cols; j++) row.push(elementAt(calc, v, i, j));
    out.push(row);
  }
  return out;
}

/** A single value: a one-cell reference or array gives its value; a larger one its top-left value. */
export function scalarOf(calc: Calc, v: Value): Scalar {
  return isArrayLike(v) ? elementAt(calc, v, 0, 0) : v;
}

/**
 * Applies a single-value operation to arguments, cell by cell when some of the lifted ones are blocks
 * (the result is then an array as large as the largest, Excel's broadcasting). `lifted[k]` false
 * passes argument k untouched (a range a function takes whole, such as MATCH's lookup array).
 */
export function lift(calc: Calc, args: readonly Value[], lifted: readonly boolean[] | 'all', fn: (xs: Value[]) => Scalar): Value {
  const isLifted = (k: number) => lifted === 'all' || lifted[k] === true;
  let rows = 1;
  let cols = 1;
  let multi = false;
  args.forEach((a, k) => {
    if (!isLifted(k) || !isMulti(a)) return;
    multi = true;
    const d = dims(a);
    rows = Math.max(rows, d.rows);
    cols = Math.max(cols, d.cols);
  });
  if (!multi) return fn(args.map((a, k) => (isLifted(k) ? scalarOf(calc, a) : a)));
  const out: Scalar[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++) row.push(fn(args.map((a, k) => (isLifted(k) ? elementAt(calc, a, i, j) : a))));
    out.push(row);
  }
  return { kind: 'array', rows: out };
}
