import type { Lang } from '../i18n/format';
import { Decimal } from './decimal';

/**
 * Writes an exact decimal the way the reader expects: "1.250.000,5" in Vietnamese, "1,250,000.5"
 * in English. Long fractions (a ratio) are cut to `maxDecimals`, rounding half away from zero.
 */
export function formatDecimal(d: Decimal, lang: Lang, maxDecimals = 6): string {
  const [int, frac] = d.round(maxDecimals).toString().split('.');
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  // A leading '-' is no word character, so no separator goes between it and the first digit.
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return grouped + (frac ? decimal + frac : '');
}

/** With exactly `digits` decimals, zeros kept: 147 → "147,0" (vi), the way a percentage is written in a report. */
export function formatFixed(d: Decimal, lang: Lang, digits: number): string {
  const text = formatDecimal(d, lang, digits);
  if (digits <= 0) return text;
  const decimal = lang === 'vi' ? ',' : '.';
  const [whole, frac = ''] = text.split(decimal);
  return `${whole}${decimal}${frac.padEnd(digits, '0')}`;
}
