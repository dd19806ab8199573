/**
 * Exact decimal numbers: a BigInt mantissa and a power-of-ten scale (value = mantissa / 10^scale).
 * Sums and differences of money are exact (0.1 + 0.2 = 0.3), so an equality rule never fails on
 * float drift; only division rounds, to a fixed number of digits, half away from zero (as Excel's
 * ROUND does).
 */

/** Digits kept after the decimal point by a division (a ratio × 100 keeps 10 significant decimals). */
export const DIVISION_DIGITS = 12;

const TEN = BigInt(10);
const ZERO_N = BigInt(0);
const ONE_N = BigInt(1);

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** Integer division of a by b rounded half away from zero; b ≠ 0. */
function roundDiv(a: bigint, b: bigint): bigint {
  const negative = a < ZERO_N !== b < ZERO_N;
  const n = a < ZERO_N ? -a : a;
  const d = b < ZERO_N ? -b : b;
  let q = n / d;
  if ((n % d) * BigInt(2) >= d) q += ONE_N;
  return negative ? -q : q;
}

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Decimal {
  static readonly ZERO = new Decimal(ZERO_N, 0);
  static readonly ONE = new Decimal(ONE_N, 0);
  static readonly HUNDRED = new Decimal(BigInt(100), 0);

  private constructor(
    readonly mantissa: bigint,
    readonly scale: number,
  ) {}

  /** Normalised: no trailing zeros in the mantissa, so equal values have equal fields. */
  private static make(mantissa: bigint, scale: number): Decimal {
    let m = mantissa;
    let s = scale;
    while (s > 0 && m % TEN === ZERO_N) {
      m /= TEN;
      s--;
    }
    if (s < 0) {
      m *= pow10(-s);
      s = 0;
    }
    return new Decimal(m, s);
  }

  static fromInteger(n: number | bigint): Decimal {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
    return Decimal.make(BigInt(n), 0);
  }

  /**
   * A JS number through its shortest decimal text (what `String(n)` prints): 0.1 becomes exactly
   * 0.1, not 0.1000000000000000055…. Throws on NaN and ±Infinity, which no cell holds.
   */
  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
    return Decimal.parse(String(n))!;
  }

  /** Plain decimal text: "-12.50", "1e-7", ".5"; null for anything else (no grouping, no comma). */
  static parse(text: string): Decimal | null {
    const m = PLAIN.exec(text.trim());
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const frac = m[3] ?? '';
    const exp = m[4] ? Number(m[4]) : 0;
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
    const mantissa = BigInt((m[2] || '0') + frac) * (m[1] === '-' ? -ONE_N : ONE_N);
    return Decimal.make(mantissa, frac.length - exp);
  }

  private aligned(other: Decimal): [bigint, bigint, number] {
    const s = Math.max(this.scale, other.scale);
    return [this.mantissa * pow10(s - this.scale), other.mantissa * pow10(s - other.scale), s];
  }

  add(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.make(a + b, s);
  }

  sub(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.make(a - b, s);
  }

  mul(other: Decimal): Decimal {
    return Decimal.make(this.mantissa * other.mantissa, this.scale + other.scale);
  }

  /** this ÷ other rounded to `digits` decimals; null when dividing by zero (the caller decides what that means). */
  div(other: Decimal, digits = DIVISION_DIGITS): Decimal | null {
    if (other.isZero()) return null;
    const num = this.mantissa * pow10(other.scale + digits);
    const den = other.mantissa * pow10(this.scale);
    return Decimal.make(roundDiv(num, den), digits);
  }

  /** Rounded to `digits` decimals, half away from zero; digits may be negative (round(1250, -2) = 1300). */
  round(digits: number): Decimal {
    if (this.scale <= digits) return this;
    return Decimal.make(roundDiv(this.mantissa, pow10(this.scale - digits)), digits);
  }

  neg(): Decimal {
    return Decimal.make(-this.mantissa, this.scale);
  }

  abs(): Decimal {
    return this.mantissa < ZERO_N ? this.neg() : this;
  }

  cmp(other: Decimal): -1 | 0 | 1 {
    const [a, b] = this.aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
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
    return this.mantissa === ZERO_N;
  }

  isNegative(): boolean {
    return this.mantissa < ZERO_N;
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
    const negative = this.mantissa < ZERO_N;
    const digits = (negative ? -this.mantissa : this.mantissa).toString().padStart(this.scale + 1, '0');
    const int = digits.slice(0, digits.length - this.scale);
    const frac = digits.slice(digits.length - this.scale);
    return (negative ? '-' : '') + int + (frac ? `.${frac}` : '');
  }

  /** The nearest JS number (for JSON output and charts; never for arithmetic). */
  toNumber(): number {
    return Number(this.toString());
  }
}
