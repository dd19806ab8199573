import { SENTENCE_KEYS, sentencePlaceholders, type SentenceKey } from '../i18n/sentence-messages';
import { Checker, join, type Json, type Obj } from './json-checker';
import type {
  Congress,
  IndicatorRow,
  LocalText,
  SignatureBlock,
  SignatureSpec,
  TargetDirection,
  TargetMeasure,
  TargetSpec,
  Transfer,
  TransferDirection,
  UnitKind,
  ValueColumn,
} from './types';

/**
 * The checks of the fields that pack format 2 adds (all optional, so a format-1 pack is still valid):
 * congresses, places, signature blocks, which kinds of unit fill an annex or a row, transfers inside
 * the union, target records, key indicators, yearly columns, sentence templates, report topics.
 * Like the rest of the schema, nothing is coerced silently — except a bare number as a target, which
 * format 1 wrote and which means `{ "value": n }`.
 */

export const UNIT_KINDS = ['province', 'district', 'sector', 'grassroots'] as const;
const TARGET_MEASURES: readonly TargetMeasure[] = ['termTotal', 'annual', 'rate'];
const TARGET_DIRECTIONS: readonly TargetDirection[] = ['>=', '<='];
const TRANSFER_DIRECTIONS: readonly TransferDirection[] = ['toParent', 'fromChildren', 'fromParent', 'toChildren'];
const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const CODE = /^[0-9A-Za-z][0-9A-Za-z._]*$/;

/** A non-empty list of unit kinds, each once. */
export function checkKinds(c: Checker, o: Obj, key: string, path: string): UnitKind[] | undefined {
  if (o[key] === undefined) return undefined;
  const raw = c.arr(o, key, path);
  if (!raw) return undefined;
  const kinds: UnitKind[] = [];
  raw.forEach((k, i) => {
    if (typeof k !== 'string' || !(UNIT_KINDS as readonly string[]).includes(k)) c.add(join(join(path, key), i), 'pack.enum', { allowed: UNIT_KINDS.join(', ') });
    else if (kinds.includes(k as UnitKind)) c.add(join(join(path, key), i), 'pack.duplicate', { code: k, first: join(join(path, key), kinds.indexOf(k as UnitKind)) });
    else kinds.push(k as UnitKind);
  });
  return kinds.length === raw.length ? kinds : undefined;
}

export function checkCongresses(c: Checker, campaign: Obj): Congress[] | undefined {
  if (campaign.congresses === undefined) return undefined;
  const raw = c.arr(campaign, 'congresses', 'campaign');
  if (!raw) return undefined;
  const out: Congress[] = [];
  const ids: Array<{ code: string | undefined; path: string }> = [];
  raw.forEach((v, i) => {
    const p = join('campaign.congresses', i);
    const o = c.obj(v, p, ['id', 'name', 'held', 'termEnd', 'source']);
    if (!o) return;
    const id = c.str(o, 'id', p, { pattern: ID });
    const name = c.str(o, 'name', p);
    const held = c.date(o, 'held', p);
    const termEnd = c.date(o, 'termEnd', p);
    const source = c.str(o, 'source', p, { optional: true });
    ids.push({ code: id, path: join(p, 'id') });
    if (held && termEnd && termEnd <= held) c.add(join(p, 'termEnd'), 'pack.termOrder');
    else if (id && name && held && termEnd) out.push({ id, name, held, termEnd, ...(source && { source }) });
  });
  c.unique(ids);
  return out.length === raw.length ? out : undefined;
}

export function checkSignature(c: Checker, v: Json, path: string): SignatureSpec | undefined {
  if (v === undefined) return undefined;
  const o = c.obj(v, path, ['dateLine', 'blocks']);
  if (!o) return undefined;
  const dateLine = c.bool(o, 'dateLine', path);
  if (o.dateLine === undefined) c.add(join(path, 'dateLine'), 'pack.missing');
  const raw = c.arr(o, 'blocks', path, false);
  const blocks: SignatureBlock[] = [];
  (raw ?? []).forEach((b, i) => {
    const p = join(join(path, 'blocks'), i);
    const bo = c.obj(b, p, ['title', 'subtitle', 'forKinds']);
    if (!bo) return;
    const title = c.str(bo, 'title', p);
    const subtitle = c.str(bo, 'subtitle', p, { optional: true });
    const forKinds = checkKinds(c, bo, 'forKinds', p);
    if (title) blocks.push({ title, ...(subtitle && { subtitle }), ...(forKinds && { forKinds }) });
  });
  if (dateLine === undefined || !raw || blocks.length !== raw.length) return undefined;
  return { dateLine, blocks };
}

/** A target: a bare number (format 1) or a record. */
export function checkTarget(c: Checker, o: Obj, path: string, congresses: ReadonlySet<string> | null): TargetSpec | undefined {
  const v = o.target;
  const p = join(path, 'target');
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    const value = c.num(o, 'target', path, { min: 0 });
    return value === undefined ? undefined : { value };
  }
  const t = c.obj(v, p, ['value', 'congress', 'measure', 'direction', 'source', 'years']);
  if (!t) return undefined;
  let value: number | null | undefined;
  if (t.value === null) value = null;
  else value = c.num(t, 'value', p, { min: 0 });
  const congress = c.str(t, 'congress', p, { optional: true, pattern: ID });
  if (congress && congresses && !congresses.has(congress)) c.add(join(p, 'congress'), 'pack.unknownRef', { what: 'congress', code: congress });
  if (congress && !congresses) c.add(join(p, 'congress'), 'pack.unknownRef', { what: 'congress', code: congress });
  const measure = c.oneOf(t, 'measure', p, TARGET_MEASURES, true);
  const direction = c.oneOf(t, 'direction', p, TARGET_DIRECTIONS, true);
  const source = c.str(t, 'source', p, { optional: true });
  let years: string[] | undefined;
  if (t.years !== undefined) {
    const raw = c.arr(t, 'years', p);
    years = (raw ?? []).filter((y, i) => {
      const ok = typeof y === 'string' && CODE.test(y);
      if (!ok) c.add(join(join(p, 'years'), i), 'pack.type', { expected: 'a column code' });
      return ok;
    }) as string[];
    if (raw && years.length !== raw.length) years = undefined;
  }
  if (measure === 'annual' && t.years === undefined) c.add(join(p, 'years'), 'pack.missing');
  if (measure !== undefined && measure !== 'annual' && t.years !== undefined) c.add(join(p, 'years'), 'pack.unknownField');
  if (value === undefined) return undefined;
  return {
    value,
    ...(congress && { congress }),
    ...(measure && { measure }),
    ...(direction && { direction }),
    ...(source && { source }),
    ...(years && { years }),
  };
}

export function checkTransfer(c: Checker, o: Obj, path: string): Transfer | undefined {
  if (o.transfer === undefined) return undefined;
  const p = join(path, 'transfer');
  const t = c.obj(o.transfer, p, ['direction', 'counterpart']);
  if (!t) return undefined;
  const direction = c.oneOf(t, 'direction', p, TRANSFER_DIRECTIONS);
  const counterpart = c.str(t, 'counterpart', p, { pattern: CODE });
  return direction && counterpart ? { direction, counterpart } : undefined;
}

const OPPOSITE: Record<TransferDirection, TransferDirection> = {
  toParent: 'fromChildren',
  fromChildren: 'toParent',
  fromParent: 'toChildren',
  toChildren: 'fromParent',
};

/**
 * Row-level checks that need the whole annex: a transfer's counterpart is an input row of the
 * annex whose own transfer points back with the opposite direction; a row asked of kinds the annex
 * is not filled by; an annual target's year columns exist and are input columns.
 */
export function checkAnnexRows(c: Checker, annexPath: string, annexKinds: readonly UnitKind[] | undefined, rows: readonly IndicatorRow[], columns: readonly ValueColumn[]): void {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const columnCodes = new Map(columns.map((col) => [col.code, col]));
  for (const row of rows) {
    const p = `${annexPath}.rows[${row.code}]`;
    if (row.transfer) {
      const other = byCode.get(row.transfer.counterpart);
      if (!other) c.add(join(join(p, 'transfer'), 'counterpart'), 'pack.unknownRef', { what: 'row', code: row.transfer.counterpart });
      else if (other.transfer?.counterpart !== row.code || other.transfer.direction !== OPPOSITE[row.transfer.direction]) {
        c.add(join(join(p, 'transfer'), 'counterpart'), 'pack.transferPair', { code: other.code, direction: OPPOSITE[row.transfer.direction] });
      }
    }
    if (row.forKinds && annexKinds) {
      for (const k of row.forKinds) if (!annexKinds.includes(k)) c.add(join(p, 'forKinds'), 'pack.kindNotInAnnex', { kind: k });
    }
    for (const y of row.target?.years ?? []) {
      const col = columnCodes.get(y);
      if (!col) c.add(join(join(p, 'target'), 'years'), 'pack.unknownRef', { what: 'column', code: y });
    }
  }
  const years = columns.filter((col) => col.year !== undefined).map((col) => ({ code: String(col.year), path: `${annexPath}.columns[${col.code}].year` }));
  c.unique(years);
}

export function checkSentences(c: Checker, v: Json): Record<string, LocalText> | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.add('sentences', 'pack.type', { expected: 'object {"<key>": {"vi": …, "en": …}}' });
    return undefined;
  }
  const o = v as Obj;
  const out: Record<string, LocalText> = {};
  for (const [key, text] of Object.entries(o)) {
    const p = join('sentences', key);
    // Only the keys of the sentence catalogue (core/i18n/sentence-messages.ts): a misspelt key would reword nothing.
    if (!(SENTENCE_KEYS as readonly string[]).includes(key)) {
      c.add(p, 'pack.sentenceKey', { allowed: SENTENCE_KEYS.join(', ') });
      continue;
    }
    const t = c.obj(text, p, ['vi', 'en']);
    if (!t) continue;
    const vi = c.str(t, 'vi', p);
    const en = c.str(t, 'en', p);
    const allowed = sentencePlaceholders(key as SentenceKey);
    for (const [lang, s] of [['vi', vi], ['en', en]] as const) {
      const unknown = [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !allowed.includes(name));
      if (unknown.length) c.add(join(p, lang), 'pack.sentencePlaceholder', { found: unknown.map((n) => `{${n}}`).join(', '), allowed: allowed.map((n) => `{${n}}`).join(', ') || '—' });
    }
    if (vi && en) out[key] = { vi, en };
  }
  return out;
}

export function checkTopics(c: Checker, o: Obj, path: string): string[] | undefined {
  if (o.topics === undefined) return undefined;
  const raw = c.arr(o, 'topics', path);
  const topics = (raw ?? []).filter((t, i) => {
    const ok = typeof t === 'string' && t.trim() !== '';
    if (!ok) c.add(join(join(path, 'topics'), i), 'pack.type', { expected: 'text (string)' });
    return ok;
  }) as string[];
  return raw && topics.length === raw.length ? topics : undefined;
}
