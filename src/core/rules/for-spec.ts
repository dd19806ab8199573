import type { AnnexIndex } from '../pack/pack-index';

/**
 * `for`: the rows or columns one rule is applied to — "c1-3", "r1-5", or a list "r1-11, 13-14",
 * "c2, 4" (the letter may be repeated: "r1-11, r13-14"). Codes are expanded in pack order.
 */
export interface ForSpec {
  axis: 'row' | 'col';
  codes: string[];
}

export type ForResult =
  | { ok: true; spec: ForSpec }
  | { ok: false; problem: 'syntax' }
  | { ok: false; problem: 'unknown'; code: string }
  | { ok: false; problem: 'backward'; from: string; to: string };

const ITEM = /^([0-9A-Za-z][0-9A-Za-z._]*)(?:\s*-\s*([0-9A-Za-z][0-9A-Za-z._]*))?$/;

export function parseFor(text: string, annex: AnnexIndex): ForResult {
  const m = /^\s*([rc])\s*(.+)$/i.exec(text);
  if (!m) return { ok: false, problem: 'syntax' };
  const axis = m[1].toLowerCase() === 'r' ? 'row' : 'col';
  const letter = m[1].toLowerCase();
  const codes: string[] = [];
  for (const rawItem of m[2].split(',')) {
    let item = rawItem.trim();
    if (item.toLowerCase().startsWith(letter) && /^[rc]\d/i.test(item)) item = item.slice(1);
    const im = ITEM.exec(item);
    if (!im) return { ok: false, problem: 'syntax' };
    const from = im[1];
    const to = im[2] ?? im[1];
    for (const code of [from, to]) {
      if ((axis === 'row' ? annex.row(code) : annex.col(code)) === undefined) return { ok: false, problem: 'unknown', code };
    }
    const span = annex.span(axis, from, to);
    if (!span) return { ok: false, problem: 'backward', from, to };
    for (const code of span) if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, spec: { axis, codes } };
}
