import { Decimal } from './decimal';

/**
 * A number typed as text, the way Vietnamese staff type it: "1.250" (one thousand two hundred and
 * fifty), "1.250.000", "1.250,5", and the English forms "1,250.5", "1250.5", "1250". Spaces inside
 * ("1 250") and a trailing "%" are accepted. Returns null for anything that is not clearly one number.
 *
 * One separator used once is read as a thousands separator when exactly three digits follow and
 * the part before it is 1–3 digits not starting with 0 ("1.250" → 1250, "1,250" → 1250); otherwise
 * as the decimal mark ("1,5" → 1.5, "0.250" → 0.25). The Vietnamese reading wins the ambiguous case
 * because that is how the forms are filled; the finding shows the number so the user can check it.
 */
export function parseTextNumber(raw: string): Decimal | null {
  let text = raw.normalize('NFC').trim();
  if (text.endsWith('%')) text = text.slice(0, -1).trim();
  text = text.replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
  const m = /^([+\-−]?)(\d[\d.,]*)$/.exec(text);
  if (!m) return null;
  const sign = m[1] === '-' || m[1] === '−' ? '-' : '';
  const body = m[2];
  if (/[.,]$/.test(body) || /[.,]{2}/.test(body)) return null;

  const dots = count(body, '.');
  const commas = count(body, ',');
  let plain: string | null;
  if (dots > 0 && commas > 0) {
    // Both: the one used last is the decimal mark, the other groups thousands.
    const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimalMark === '.' ? ',' : '.';
    if (count(body, decimalMark) !== 1) return null;
    const [int, frac] = body.split(decimalMark);
    plain = ungroup(int, group);
    if (plain !== null) plain = `${plain}.${frac}`;
  } else if (dots + commas === 0) {
    plain = body;
  } else {
    const sep = dots > 0 ? '.' : ',';
    const n = dots + commas;
    if (n > 1) plain = ungroup(body, sep);
    else {
      const [int, frac] = body.split(sep);
      const grouping = frac.length === 3 && int.length <= 3 && !int.startsWith('0');
      plain = grouping ? int + frac : `${int}.${frac}`;
    }
  }
  return plain === null ? null : Decimal.parse(sign + plain);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** "1.250.000" with "." → "1250000"; null when the groups are not 1–3 digits then threes. */
function ungroup(text: string, sep: string): string | null {
  const parts = text.split(sep);
  if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
  return parts.join('');
}
