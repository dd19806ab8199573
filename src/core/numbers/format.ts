import type { Lang } from '../i18n/format';
import { Decimal } from './decimal';

/**
 * Writes an exact decimal the way the reader expects: "1.250.000,5" in Vietnamese, "1,250,000.5"
 * in English. Long fractions (a ratio) are cut to `maxDecimals`, rounding half away from zero.
 */
export function formatDecimal(d: Decimal, lang: Lang, maxDecimals = 6): string {
  const text = d.round(maxDecimals).toString();
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/** With exactly `digits` decimals, zeros kept: 147 → "147,0" (vi), the way a percentage is written in a report. */
export function formatFixed(d: Decimal, lang: Lang, digits: number): string {
  const text = formatDecimal(d, lang, digits);
  if (digits <= 0) return text;
  const decimal = lang === 'vi' ? ',' : '.';
  const at = text.indexOf(decimal);
  const have = at < 0 ? 0 : text.length - at - 1;
  return (at < 0 ? text + decimal : text) + '0'.repeat(digits - have);
}
