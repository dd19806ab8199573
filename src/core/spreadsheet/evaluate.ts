import { Decimal, DIVISION_DIGITS } from '../numbers/decimal';
import type { Area, BinaryOp, Formula, Node, SheetMention } from './ast';
import { lift, scalarOf, type Calc, type RefValue, type Value } from './calc';
import { FUNCTIONS } from './functions';
import { BLANK, bool, compareValues, err, isError, MAX_TEXT, num, text, toNumber, toText, type ErrorValue, type Scalar } from './values';

/**
 * Evaluates a parsed formula over a workbook the caller describes (EvalContext): cells are looked up
 * by sheet and position, sheets by the name the formula gives them, defined names by name. The
 * caller decides what a sheet is (a name, an object, an id), so the same evaluator serves a
 * simulated Excel that binds references to sheets when a formula is written, a file reader, or a
 * test. Pure: no I/O, no global state.
 *
 * Semantics (Excel's, with exact decimals):
 * - arithmetic on exact decimals; a division keeps `divisionDigits` decimals (12 by default, as the
 *   project's rules and merge do; Excel's binary floating point differs from it beyond ~15 digits);
 *   x/0 → #DIV/0!; 0^0 and a fractional power of a negative number → #NUM!;
 * - an empty cell is 0 in arithmetic and "" in text; a formula that gives an empty cell gives 0;
 * - comparisons: numbers < texts < booleans, texts without regard to case (see compareValues);
 * - errors propagate: the first error met (left operand first, then arguments left to right);
 * - dynamic arrays: an operator or single-value function given a block works cell by cell; a formula
 *   whose result is a block gives its top-left value (the spill into neighbouring cells is the
 *   caller's business);
 * - a reference to a sheet the context does not know, or to a deleted one (#REF!A1) → #REF!;
 *   an unknown defined name or function → #NAME?.
 */

export interface EvalContext<S> {
  /** The sheet a reference names (null: the formula's own sheet); null when there is none. */
  sheet(mention: SheetMention | null): S | null;
  /** A cell's value: its constant, or the computed value of its formula; empty → BLANK. */
  cell(sheet: S, row: number, col: number): Scalar;
  /** A defined name: the cells it refers to, or a constant; null when no such name exists. */
  name(name: string): { sheet: S; area: Area } | Scalar | null;
}

export interface EvalOptions {
  /** Decimal places kept by a division (default 12, DIVISION_DIGITS). */
  divisionDigits?: number;
}

class Evaluator<S> implements Calc {
  readonly divisionDigits: number;

  constructor(
    private readonly ctx: EvalContext<S>,
    options: EvalOptions,
  ) {
    this.divisionDigits = options.divisionDigits ?? DIVISION_DIGITS;
  }

  cellIn(ref: RefValue, i: number, j: number): Scalar {
    return this.ctx.cell(ref.sheet as S, ref.area.row + i, ref.area.col + j);
  }

  evaluate(node: Node): Value {
    switch (node.type) {
      case 'number':
        return num(node.value);
      case 'text':
        return text(node.value);
      case 'bool':
        return bool(node.value);
      case 'error':
        return err(node.code);
      case 'missing':
        return BLANK;
      case 'array':
        return { kind: 'array', rows: node.rows };
      case 'ref': {
        const sheet = node.deleted ? null : this.ctx.sheet(node.sheet);
        if (sheet === null) return err('#REF!');
        return { kind: 'ref', sheet, area: node.area };
      }
      case 'name': {
        const target = this.ctx.name(node.name);
        if (target === null) return err('#NAME?');
        if ('kind' in target) return target;
        return { kind: 'ref', sheet: target.sheet, area: target.area };
      }
      case 'call': {
        const spec = FUNCTIONS.get(node.name);
        if (!spec) return err('#NAME?');
        if (node.args.length < spec.min || node.args.length > spec.max) return err('#VALUE!');
        return spec.call(this, node.args);
      }
      case 'unary':
        return this.unary(node.op, this.evaluate(node.arg));
      case 'binary':
        return this.binary(node.op, this.evaluate(node.left), this.evaluate(node.right));
    }
  }

  private unary(op: '+' | '-' | '%', v: Value): Value {
    return lift(this, [v], 'all', ([x]) => {
      const s = x as Scalar;
      if (op === '+') return s;
      const n = toNumber(s);
      if (isError(n)) return n;
      return num(op === '-' ? n.neg() : n.div(Decimal.HUNDRED, n.decimalPlaces() + 2)!);
    });
  }

  private binary(op: BinaryOp, left: Value, right: Value): Value {
    return lift(this, [left, right], 'all', ([l, r]) => this.scalarBinary(op, l as Scalar, r as Scalar));
  }

  private scalarBinary(op: BinaryOp, l: Scalar, r: Scalar): Scalar {
    if (l.kind === 'error') return l;
    if (r.kind === 'error') return r;
    switch (op) {
      case '&': {
        const a = toText(l) as string;
        const b = toText(r) as string;
        return a.length + b.length > MAX_TEXT ? err('#VALUE!') : text(a + b);
      }
      case '=':
      case '<>':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const c = compareValues(l, r);
        return bool(op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
      }
    }
    const a = toNumber(l);
    if (isError(a)) return a;
    const b = toNumber(r);
    if (isError(b)) return b;
    switch (op) {
      case '+':
        return num(a.add(b));
      case '-':
        return num(a.sub(b));
      case '*':
        return num(a.mul(b));
      case '/': {
        const q = a.div(b, this.divisionDigits);
        return q === null ? err('#DIV/0!') : num(q);
      }
      case '^':
        return power(a, b, this.divisionDigits);
    }
  }
}

/** Exact for whole exponents up to 1024; otherwise through binary floating point, as Excel computes it. */
function power(a: Decimal, b: Decimal, digits: number): Scalar | ErrorValue {
  if (a.isZero() && b.isZero()) return err('#NUM!');
  if (a.isZero() && b.isNegative()) return err('#DIV/0!');
  if (b.isInteger() && b.abs().lte(Decimal.fromInteger(1024))) {
    let e = Number(b.abs().toString());
    let base = a;
    let result = Decimal.ONE;
    while (e > 0) {
      if (e & 1) result = result.mul(base);
      base = base.mul(base);
      e >>= 1;
    }
    return b.isNegative() ? num(Decimal.ONE.div(result, digits)!) : num(result);
  }
  const r = Math.pow(a.toNumber(), b.toNumber());
  return Number.isFinite(r) ? num(r) : err('#NUM!');
}

/** The value of a formula: a single value (a block's top-left one), never blank (an empty cell read gives 0). */
export function evaluateFormula<S>(formula: Formula, ctx: EvalContext<S>, options: EvalOptions = {}): Scalar {
  const evaluator = new Evaluator(ctx, options);
  const result = scalarOf(evaluator, evaluator.evaluate(formula.ast));
  return result.kind === 'blank' ? num(Decimal.ZERO) : result;
}
