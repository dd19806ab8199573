/**
 * Integers of any size for Decimal's mantissa, on whichever backend the engine allows, chosen once at load:
 *
 * - **native**: the engine's BigInt (Node, Chromium/WebView2, Safari ≥ 14, Firefox) — the fast path;
 * - **portable**: JSBI (GoogleChromeLabs), pure JavaScript with BigInt's exact semantics, for the
 *   webviews that host ExcelApi 1.8 without BigInt: EdgeHTML 18 (Microsoft 365 before Version 2101,
 *   retail Office 2016/2019 without WebView2) and Safari 13 (older Macs and iPads).
 *
 * Outside this module an `Int` is opaque: only the operations below touch it. Nothing here may use
 * BigInt syntax (`10n`) or call BigInt at load: the module must load where BigInt does not exist.
 */
import JSBI from 'jsbi';

declare const intBrand: unique symbol;
/** An integer of the chosen backend (a bigint or a JSBI value); opaque. */
export type Int = { readonly [intBrand]: true };

export interface IntOps {
  readonly name: 'native' | 'portable';
  /** Decimal digits with an optional leading '-' (the caller has checked the text). */
  fromDigits(text: string): Int;
  /** A safe integer (the caller has checked it). */
  fromSafeInteger(n: number): Int;
  add(a: Int, b: Int): Int;
  sub(a: Int, b: Int): Int;
  mul(a: Int, b: Int): Int;
  /** Quotient truncated toward zero, as BigInt's `/`; b ≠ 0. */
  div(a: Int, b: Int): Int;
  /** Remainder with the sign of a, as BigInt's `%`; b ≠ 0. */
  rem(a: Int, b: Int): Int;
  neg(a: Int): Int;
  isZero(a: Int): boolean;
  isNegative(a: Int): boolean;
  cmp(a: Int, b: Int): -1 | 0 | 1;
  /** 10^n, n ≥ 0 (cached for small n). */
  pow10(n: number): Int;
  /** Decimal digits, '-' first when negative. */
  toString(a: Int): string;
}

/** Powers of ten up to 10^POW10_CACHED are built once and shared: scales rarely pass a few dozen. */
const POW10_CACHED = 64;

function pow10Table(one: Int, ten: Int, mul: (a: Int, b: Int) => Int): (n: number) => Int {
  const table: Int[] = [one];
  for (let i = 1; i <= POW10_CACHED; i++) table.push(mul(table[i - 1], ten));
  return (n) => {
    if (n <= POW10_CACHED) return table[n];
    let result = table[POW10_CACHED];
    let left = n - POW10_CACHED;
    while (left > 0) {
      const step = Math.min(left, POW10_CACHED);
      result = mul(result, table[step]);
      left -= step;
    }
    return result;
  };
}

/** The engine's BigInt. Only called where BigInt exists. */
export function nativeInts(): IntOps {
  const big = (a: Int) => a as unknown as bigint;
  const int = (a: bigint) => a as unknown as Int;
  const zero = BigInt(0);
  const mul = (a: Int, b: Int) => int(big(a) * big(b));
  return {
    name: 'native',
    fromDigits: (text) => int(BigInt(text)),
    fromSafeInteger: (n) => int(BigInt(n)),
    add: (a, b) => int(big(a) + big(b)),
    sub: (a, b) => int(big(a) - big(b)),
    mul,
    div: (a, b) => int(big(a) / big(b)),
    rem: (a, b) => int(big(a) % big(b)),
    neg: (a) => int(-big(a)),
    isZero: (a) => big(a) === zero,
    isNegative: (a) => big(a) < zero,
    cmp: (a, b) => (big(a) < big(b) ? -1 : big(a) > big(b) ? 1 : 0),
    pow10: pow10Table(int(BigInt(1)), int(BigInt(10)), mul),
    toString: (a) => big(a).toString(),
  };
}

/** JSBI: the same semantics as BigInt (truncating division, remainder with the dividend's sign), in plain JavaScript. */
export function portableInts(): IntOps {
  const js = (a: Int) => a as unknown as JSBI;
  const int = (a: JSBI) => a as unknown as Int;
  const zero = JSBI.BigInt(0);
  const mul = (a: Int, b: Int) => int(JSBI.multiply(js(a), js(b)));
  return {
    name: 'portable',
    fromDigits: (text) => int(JSBI.BigInt(text)),
    fromSafeInteger: (n) => int(JSBI.BigInt(n)),
    add: (a, b) => int(JSBI.add(js(a), js(b))),
    sub: (a, b) => int(JSBI.subtract(js(a), js(b))),
    mul,
    div: (a, b) => int(JSBI.divide(js(a), js(b))),
    rem: (a, b) => int(JSBI.remainder(js(a), js(b))),
    neg: (a) => int(JSBI.unaryMinus(js(a))),
    isZero: (a) => JSBI.equal(js(a), zero),
    isNegative: (a) => JSBI.lessThan(js(a), zero),
    cmp: (a, b) => (JSBI.lessThan(js(a), js(b)) ? -1 : JSBI.greaterThan(js(a), js(b)) ? 1 : 0),
    pow10: pow10Table(int(JSBI.BigInt(1)), int(JSBI.BigInt(10)), mul),
    toString: (a) => js(a).toString(),
  };
}

/** Whether this engine has a working BigInt (absent in EdgeHTML 18 and Safari 13). */
export function hasNativeBigInt(): boolean {
  return typeof BigInt === 'function' && typeof BigInt(1) === 'bigint';
}

/** The backend of this engine, chosen once. */
export const ints: IntOps = hasNativeBigInt() ? nativeInts() : portableInts();
