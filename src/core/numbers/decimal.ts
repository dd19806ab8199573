/**
 * Exact decimal numbers: an integer mantissa and a power-of-ten scale (value = mantissa / 10^scale).
 * Sums and differences of money are exact (0.1 + 0.2 = 0.3), so an equality rule never fails on
 * float drift; only division rounds, to a fixed number of digits, half away from zero (as Excel's
 * ROUND does).
 *
 * The mantissa is an integer of any size on the backend of ./integers: the engine's BigInt where it
 * has one, else a pure-JavaScript integer (EdgeHTML 18 and Safari 13, which host ExcelApi 1.8 but have
 * no BigInt). Both give the same results (test/rules/decimal.test.ts runs on each and compares them).
 */
import { ints as I, type Int } from './integers';

/** Digits kept after the decimal point by a division (a ratio × 100 keeps 10 significant decimals). */
export const DIVISION_DIGITS = 12;

const TEN = I.fromSafeInteger(10);
const TWO = I.fromSafeInteger(2);
const ONE = I.fromSafeInteger(1);

/** Integer division of a by b rounded half away from zero; b ≠ 0. */
function roundDiv(a: Int, b: Int): Int {
  const negative = I.isNegative(a) !== I.isNegative(b);
  const n = I.isNegative(a) ? I.neg(a) : a;
  const d = I.isNegative(b) ? I.neg(b) : b;
  let q = I.div(n, d);
  if (I.cmp(I.mul(I.rem(n, d), TWO), d) >= 0) q = I.add(q, ONE);
  return negative ? I.neg(q) : q;
}

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Decimal {
  static readonly ZERO = new Decimal(I.fromSafeInteger(0), 0);
  static readonly ONE = new Decimal(ONE, 0);
  static readonly HUNDRED = new Decimal(I.fromSafeInteger(100), 0);

  private constructor(
    /** Opaque outside this module and ./integers. */
    readonly mantissa: Int,
    readonly scale: number,
  ) {}

  /** Normalised: no trailing zeros in the mantissa, so equal values have equal fields. */
  private static make(mantissa: Int, scale: number): Decimal {
    let m = mantissa;
    let s = scale;
    while (s > 0 && I.isZero(I.rem(m, TEN))) {
      m = I.div(m, TEN);
      s--;
    }
    if (s < 0) {
      m = I.mul(m, I.pow10(-s));
      s = 0;
    }
    return new Decimal(m, s);
  }

  static fromInteger(n: number | bigint): Decimal {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
    return Decimal.make(typeof n === 'number' ? I.fromSafeInteger(n) : I.fromDigits(n.toString()), 0);
  }

  /**
   * A JS number through its shortest decimal text (what `String(n)` prints): 0.1 becomes exactly
   * 0.1, not 0.1000000000000000055…. Throws on NaN and ±Infinity, which no cell holds.
   */
  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
    // A spreadsheet number holds 15 significant digits (Excel's precision); what a double shows past
    // them is binary noise of a calculation — LibreOffice saves SUM(12.3; 45.6) as 57.900000000000006 —
    // and would read as a figure with 15 decimals. Integers are kept whole (counts past 10^15 too).
    return Decimal.parse(String(Number.isInteger(n) ? n : Number(n.toPrecision(15))))!;
  }

  /** Plain decimal text: "-12.50", "1e-7", ".5"; null for anything else (no grouping, no comma). */
  static parse(text: string): Decimal | null {
    const m = PLAIN.exec(text.trim());
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const frac = m[3] ?? '';
    const exp = m[4] ? Number(m[4]) : 0;
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
    const digits = I.fromDigits((m[2] || '0') + frac);
    const mantissa = m[1] === '-' ? I.neg(digits) : digits;
    return Decimal.make(mantissa, frac.length - exp);
  }

  private aligned(other: Decimal): [Int, Int, number] {
    const s = Math.max(this.scale, other.scale);
    const a = s === this.scale ? this.mantissa : I.mul(this.mantissa, I.pow10(s - this.scale));
    const b = s === other.scale ? other.mantissa : I.mul(other.mantissa, I.pow10(s - other.scale));
    return [a, b, s];
  }

  add(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.make(I.add(a, b), s);
  }

  sub(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.make(I.sub(a, b), s);
  }

  mul(other: Decimal): Decimal {
    return Decimal.make(I.mul(this.mantissa, other.mantissa), this.scale + other.scale);
  }

  /** this ÷ other rounded to `digits` decimals; null when dividing by zero (the caller decides what that means). */
  div(other: Decimal, digits = DIVISION_DIGITS): Decimal | null {
    if (other.isZero()) return null;
    const num = I.mul(this.mantissa, I.pow10(other.scale + digits));
    const den = I.mul(other.mantissa, I.pow10(this.scale));
    return Decimal.make(roundDiv(num, den), digits);
  }

  /** Rounded to `digits` decimals, half away from zero; digits may be negative (round(1250, -2) = 1300). */
  round(digits: number): Decimal {
    if (this.scale <= digits) return this;
    return Decimal.make(roundDiv(this.mantissa, I.pow10(this.scale - digits)), digits);
  }

  neg(): Decimal {
    return Decimal.make(I.neg(this.mantissa), this.scale);
  }

  abs(): Decimal {
    return I.isNegative(this.mantissa) ? this.neg() : this;
  }

  cmp(other: Decimal): -1 | 0 | 1 {
    const [a, b] = this.aligned(other);
    return I.cmp(a, b);
  }

  eq(other: Decimal): boolean {
    return this.cmp(other) === 0;
  }

  lt(other: Decimal): boolean {
    return this.cmp(other) < 0;
  }

  lte(other: Decimal): boolean {
    return this.cmp(other) <= 0;
  }

  gt(other: Decimal): boolean {
    return this.cmp(other) > 0;
  }

  gte(other: Decimal): boolean {
    return this.cmp(other) >= 0;
  }

  static max(a: Decimal, b: Decimal): Decimal {
    return a.gte(b) ? a : b;
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.lte(b) ? a : b;
  }

  isZero(): boolean {
    return I.isZero(this.mantissa);
  }

  isNegative(): boolean {
    return I.isNegative(this.mantissa);
  }

  isInteger(): boolean {
    return this.scale === 0;
  }

  /** Number of digits after the decimal point (0 for integers); trailing zeros never count. */
  decimalPlaces(): number {
    return this.scale;
  }

  /** Plain text without exponent: "-1250.5". */
  toString(): string {
    const negative = I.isNegative(this.mantissa);
    const digits = I.toString(negative ? I.neg(this.mantissa) : this.mantissa).padStart(this.scale + 1, '0');
    const int = digits.slice(0, digits.length - this.scale);
    const frac = digits.slice(digits.length - this.scale);
    return (negative ? '-' : '') + int + (frac ? `.${frac}` : '');
  }

  /** The nearest JS number (for JSON output and charts; never for arithmetic). */
  toNumber(): number {
    return Number(this.toString());
  }
}
