import type { CellLiteral } from '../sheet/model';
import type { CellValue } from '../report/cell-source';
import { CHOICES, choiceValue, choiceWord, choiceWords } from './choices';
import type { ColumnSpec, Codec } from './spec';

/**
 * One cell of a pack workbook ↔ one value of the pack's JSON, by the column's codec. Reading never
 * guesses: a cell that is not what its column holds is a problem naming what was expected.
 */

export type Decoded = { ok: true; value: unknown } | { ok: false; key: BookProblemKey; params?: Record<string, string | number> };

export type BookProblemKey =
  | 'book.notInteger'
  | 'book.notNumber'
  | 'book.notDate'
  | 'book.notChoice'
  | 'book.listNumber'
  | 'book.errorValue';

type Field = Pick<ColumnSpec, 'codec' | 'choices' | 'listChoices'>;

const YES_NO = 'có, không';
const NOT_YET = 'chưa có';

/** Excel's day 0 of the 1900 system, as JavaScript counts (1899-12-30). */
const EPOCH_DAYS = 25569;

export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 + EPOCH_DAYS;
}

export function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return null;
  return new Date((serial - EPOCH_DAYS) * 86400000).toISOString().slice(0, 10);
}

/** "0.001" moved two places: "0.1"; exact on the decimal digits, never through a multiplication. */
export function shiftDecimal(text: string, places: number): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return text;
  let digits = (m[2] || '0') + (m[3] ?? '');
  let point = (m[2] || '0').length + places;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return m[1] + int + (frac ? `.${frac}` : '');
}

const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

function numberOf(v: CellValue): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'text' && NUMBER_TEXT.test(v.text.trim())) return Number(v.text.trim().replace(',', '.'));
  return undefined;
}

function textOf(v: CellValue): string {
  if (v.kind === 'text') return v.text;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'bool') return v.value ? 'TRUE' : 'FALSE';
  return '';
}

function decodeList(v: CellValue, field: Field): Decoded {
  if (v.kind === 'number' && !Number.isInteger(v.value)) return { ok: false, key: 'book.listNumber' };
  const parts = textOf(v).split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
  if (!field.listChoices) return { ok: true, value: parts };
  const set = CHOICES[field.listChoices];
  const values: string[] = [];
  for (const p of parts) {
    const value = choiceValue(set, p);
    if (value === undefined) return { ok: false, key: 'book.notChoice', params: { found: p, allowed: choiceWords(set) } };
    values.push(value);
  }
  return { ok: true, value: values };
}

function decodeDate(v: CellValue): Decoded {
  if (v.kind === 'number') {
    const iso = serialToIso(v.value);
    return iso ? { ok: true, value: iso } : { ok: false, key: 'book.notDate' };
  }
  const t = textOf(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { ok: true, value: t };
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return { ok: true, value: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` };
  return { ok: false, key: 'book.notDate' };
}

function decodeByCodec(v: CellValue, field: Field): Decoded {
  const codec: Codec = field.codec;
  switch (codec) {
    case 'text':
      return { ok: true, value: textOf(v) };
    case 'code':
      return { ok: true, value: textOf(v).normalize('NFC').trim() };
    case 'int': {
      const n = numberOf(v);
      return n !== undefined && Number.isInteger(n) ? { ok: true, value: n } : { ok: false, key: 'book.notInteger' };
    }
    case 'number': {
      const n = numberOf(v);
      return n !== undefined ? { ok: true, value: n } : { ok: false, key: 'book.notNumber' };
    }
    case 'date':
      return decodeDate(v);
    case 'bool': {
      if (v.kind === 'bool') return { ok: true, value: v.value };
      const value = choiceValue(CHOICES.yesNo, textOf(v));
      return value === undefined ? { ok: false, key: 'book.notChoice', params: { found: textOf(v), allowed: YES_NO } } : { ok: true, value: value === 'true' };
    }
    case 'choice': {
      const set = CHOICES[field.choices!];
      const value = choiceValue(set, textOf(v));
      return value === undefined ? { ok: false, key: 'book.notChoice', params: { found: textOf(v), allowed: choiceWords(set) } } : { ok: true, value };
    }
    case 'list':
      return decodeList(v, field);
    case 'lines':
      return { ok: true, value: textOf(v).split(/\r?\n/) };
    case 'target': {
      if (v.kind === 'text' && v.text.normalize('NFC').trim().toLocaleLowerCase('vi') === NOT_YET) return { ok: true, value: null };
      const n = numberOf(v);
      return n !== undefined ? { ok: true, value: n } : { ok: false, key: 'book.notNumber' };
    }
    case 'tolerance': {
      const t = textOf(v).trim();
      const rel = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(t);
      if (rel) return { ok: true, value: { rel: Number(shiftDecimal(rel[1].replace(',', '.'), -2)) } };
      const n = numberOf(v);
      return n !== undefined ? { ok: true, value: { abs: n } } : { ok: false, key: 'book.notNumber' };
    }
  }
}

/** A cell's value for its column; `undefined` value: the cell is empty (the field is absent). */
export function decodeCell(v: CellValue, field: Field): Decoded {
  if (v.kind === 'blank') return { ok: true, value: undefined };
  if (v.kind === 'error') return { ok: false, key: 'book.errorValue', params: { code: v.code } };
  return decodeByCodec(v, field);
}

/** What the exporter writes for a value of the pack. */
export function encodeValue(value: unknown, field: Field): CellLiteral {
  if (value === undefined) return null;
  switch (field.codec) {
    case 'date':
      return isoToSerial(String(value)) ?? String(value);
    case 'bool':
      return value ? 'có' : 'không';
    case 'choice':
      return choiceWord(CHOICES[field.choices!], String(value));
    case 'list': {
      const list = value as string[];
      return list.map((x) => (field.listChoices ? choiceWord(CHOICES[field.listChoices], x) : x)).join(', ');
    }
    case 'lines':
      return (value as string[]).join('\n');
    case 'target':
      return value === null ? NOT_YET : (value as number);
    case 'tolerance': {
      const t = value as { abs?: number; rel?: number };
      if (t.rel !== undefined) {
        const text = String(t.rel);
        return `${/e/i.test(text) ? String(t.rel * 100) : shiftDecimal(text, 2)}%`;
      }
      return t.abs ?? null;
    }
    case 'int':
    case 'number':
      return value as number;
    default:
      return String(value);
  }
}
