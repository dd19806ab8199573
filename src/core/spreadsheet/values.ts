import { Decimal } from '../numbers/decimal';

/**
 * The values a spreadsheet formula works on, and Excel's conversions between them. Numbers are exact
 * decimals (so 0.1 + 0.2 is 0.3, as Excel shows it); everything else follows Excel's rules:
 * - a number from text: en-US typing ("1,250" is 1250, "1.5" is 1.5, "50%" is 0.5, "1E3" is 1000,
 *   spaces around are ignored); anything else (or "") is #VALUE!; dates and times typed as text are
 *   not recognised (#VALUE!);
 * - TRUE is 1 and FALSE 0 in arithmetic; an empty cell is 0 in arithmetic, "" in text, FALSE as a
 *   condition;
 * - text as a condition: "TRUE" / "FALSE" (any case), anything else #VALUE!;
 * - a number as text: Excel's General form, at most 15 significant digits ("0.3", "1250", "1E+21").
 */

export type ErrorCode = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A';

export const ERROR_CODES: readonly ErrorCode[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

export type Scalar =
  | { readonly kind: 'number'; readonly value: Decimal }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: ErrorCode }
  /** An empty cell (never the result of a formula: a formula that reads one gives 0). */
  | { readonly kind: 'blank' };

export type ErrorValue = Extract<Scalar, { kind: 'error' }>;

export const BLANK: Scalar = { kind: 'blank' };
export const TRUE: Scalar = { kind: 'bool', value: true };
export const FALSE: Scalar = { kind: 'bool', value: false };
export const EMPTY_TEXT: Scalar = { kind: 'text', value: '' };

export function num(value: Decimal | number): Scalar {
  return { kind: 'number', value: typeof value === 'number' ? Decimal.fromNumber(value) : value };
}

export function text(value: string): Scalar {
  return { kind: 'text', value };
}

export function bool(value: boolean): Scalar {
  return value ? TRUE : FALSE;
}

const ERRORS = new Map<ErrorCode, ErrorValue>(ERROR_CODES.map((code) => [code, { kind: 'error', code }]));

export function err(code: ErrorCode): ErrorValue {
  return ERRORS.get(code)!;
}

export function isErrorCode(text: string): text is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(text);
}

/** Excel's longest text in a cell; longer results of text functions are #VALUE!. */
export const MAX_TEXT = 32767;

const NUMBER_TEXT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?(%)?$/;

/** A number typed as text, as Excel reads it in en-US; null when it is not one. */
export function parseNumberText(raw: string): Decimal | null {
  const t = raw.trim();
  const m = NUMBER_TEXT.exec(t);
  if (!m) return null;
  const intPart = (m[2] ?? '').replace(/,/g, '');
  const frac = m[3] ?? '';
  if (intPart === '' && frac.length <= 1) return null;
  const parsed = Decimal.parse(`${m[1] ?? ''}${intPart || '0'}${frac === '.' ? '' : frac}${m[4] !== undefined ? `e${m[4]}` : ''}`);
  if (!parsed) return null;
  return m[5] ? parsed.div(Decimal.HUNDRED, Math.max(parsed.decimalPlaces() + 2, 0))! : parsed;
}

/** A value as a number: an error stays an error. */
export function toNumber(v: Scalar): Decimal | ErrorValue {
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'blank':
      return Decimal.ZERO;
    case 'bool':
      return v.value ? Decimal.ONE : Decimal.ZERO;
    case 'text':
      return parseNumberText(v.value) ?? err('#VALUE!');
    case 'error':
      return v;
  }
}

/** A value as text: an error stays an error. */
export function toText(v: Scalar): string | ErrorValue {
  switch (v.kind) {
    case 'text':
      return v.value;
    case 'blank':
      return '';
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'number':
      return formatGeneral(v.value);
    case 'error':
      return v;
  }
}

/** A value as a condition: an error stays an error; text other than TRUE/FALSE is #VALUE!. */
export function toBool(v: Scalar): boolean | ErrorValue {
  switch (v.kind) {
    case 'bool':
      return v.value;
    case 'number':
      return !v.value.isZero();
    case 'blank':
      return false;
    case 'text': {
      const t = v.value.trim().toUpperCase();
      if (t === 'TRUE') return true;
      if (t === 'FALSE') return false;
      return err('#VALUE!');
    }
    case 'error':
      return v;
  }
}

export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'error';
}

const SIGNIFICANT = 15;

/**
 * A number in Excel's General form, as `&` and the text functions see it: rounded to 15 significant
 * digits, plain between 1E-9 and 1E+15 (exclusive), otherwise scientific ("1.23456789012346E+17").
 */
export function formatGeneral(d: Decimal): string {
  if (d.isZero()) return '0';
  const sign = d.isNegative() ? '-' : '';
  const magnitude = d.abs();
  const rounded = magnitude.round(SIGNIFICANT - 1 - leadingExponent(magnitude));
  // Rounding may carry into a new leading digit (9.999…95 → 10), so the exponent is taken again.
  const exp = leadingExponent(rounded);
  if (exp >= -9 && exp < SIGNIFICANT) return sign + rounded.toString();
  // Not zero, so some digit is not 0.
  const digits = rounded.toString().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  // Here exp < -9 or exp >= 15: the exponent has two digits or more, as Excel writes it.
  return `${sign}${mantissa}E${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/** Power of ten of the leading significant digit of a positive number: 1234.5 → 3, 0.00123 → -3. */
function leadingExponent(d: Decimal): number {
  const [intDigits, fracDigits = ''] = d.toString().split('.');
  if (intDigits !== '0') return intDigits.length - 1;
  return -(fracDigits.length - fracDigits.replace(/^0+/, '').length) - 1;
}

/**
 * Excel's comparison of two values (for =, <>, <, >, <=, >=): numbers below texts below booleans;
 * texts without regard to case; an empty cell is 0 against a number, "" against a text and FALSE
 * against a boolean. Errors are the caller's.
 */
export function compareValues(a: Exclude<Scalar, ErrorValue>, b: Exclude<Scalar, ErrorValue>): -1 | 0 | 1 {
  const left = a.kind === 'blank' ? blankLike(b) : a;
  const right = b.kind === 'blank' ? blankLike(a) : b;
  const rank = (v: Scalar) => (v.kind === 'number' ? 0 : v.kind === 'text' ? 1 : 2);
  if (rank(left) !== rank(right)) return rank(left) < rank(right) ? -1 : 1;
  if (left.kind === 'number' && right.kind === 'number') return left.value.cmp(right.value);
  if (left.kind === 'text' && right.kind === 'text') {
    const x = left.value.toUpperCase();
    const y = right.value.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (left.kind === 'bool' && right.kind === 'bool') return left.value === right.value ? 0 : left.value ? 1 : -1;
  return 0;
}

function blankLike(other: Scalar): Scalar {
  if (other.kind === 'text') return EMPTY_TEXT;
  if (other.kind === 'bool') return FALSE;
  return num(Decimal.ZERO);
}
