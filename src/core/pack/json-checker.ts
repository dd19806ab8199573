import { fill, type Lang } from '../i18n/format';
import { packMessages, packRefNames } from '../i18n/pack-messages';
import { packbookMessages } from '../i18n/packbook-messages';
import { ruleCheckMessages } from '../i18n/validation-messages';

/**
 * The pieces every check of a pack read from JSON is made of: an issue (the path of the field and
 * the reason), and a checker of JSON values that records one issue per problem and never coerces.
 */

export interface PackIssue {
  /** The field's JSON path ("annexes[PL01].rows[1.1].formula"), or for a pack workbook its sheet and cell ("Dòng!I7"). */
  path: string;
  /** Pack messages, the rule checker's (rules/check-rules.ts) for a refused rule, or the pack workbook's compiler. */
  key: keyof typeof packMessages | keyof typeof ruleCheckMessages | keyof typeof packbookMessages;
  params?: Record<string, string | number>;
  /** Parameters worded per language (what a rule's parser expected), merged over `params`. */
  localParams?: { vi: Record<string, string | number>; en: Record<string, string | number> };
  /** In a pack workbook: the cell to show (0-based); row -1 names the whole sheet. */
  at?: { sheet: string; row: number; col: number };
}

const ISSUE_MESSAGES = { ...packMessages, ...ruleCheckMessages, ...packbookMessages };

export function describeIssue(issue: PackIssue, lang: Lang): string {
  const what = issue.params?.what;
  const named = typeof what === 'string' && Object.prototype.hasOwnProperty.call(packRefNames, what) ? { what: packRefNames[what][lang] } : undefined;
  return `${issue.path}: ${fill(ISSUE_MESSAGES[issue.key][lang], { ...issue.params, ...named, ...issue.localParams?.[lang] }, lang)}`;
}

export type Json = unknown;
export type Obj = Record<string, Json>;

/** Keys that are never fields of a pack (they would reach Object.prototype). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class Checker {
  readonly issues: PackIssue[] = [];

  add(path: string, key: PackIssue['key'], params?: PackIssue['params']): void {
    this.issues.push({ path, key, params });
  }

  obj(v: Json, path: string, allowed: readonly string[]): Obj | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.add(path, 'pack.type', { expected: 'object {…}' });
      return null;
    }
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k) || FORBIDDEN_KEYS.has(k)) this.add(join(path, k), 'pack.unknownField');
    }
    return v as Obj;
  }

  str(o: Obj, key: string, path: string, opts: { optional?: boolean; pattern?: RegExp } = {}): string | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!opts.optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(p, 'pack.type', { expected: 'text (string)' });
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.add(p, 'pack.type', { expected: `text matching ${opts.pattern.source}` });
      return undefined;
    }
    return v;
  }

  num(o: Obj, key: string, path: string, opts: { optional?: boolean; integer?: boolean; min?: number } = {}): number | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!opts.optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v)) || (opts.min !== undefined && v < opts.min)) {
      const what = opts.integer ? 'an integer' : 'a number';
      this.add(p, 'pack.type', { expected: opts.min !== undefined ? `${what} ≥ ${opts.min}` : what });
      return undefined;
    }
    return v;
  }

  bool(o: Obj, key: string, path: string): boolean | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add(join(path, key), 'pack.type', { expected: 'true / false' });
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], optional = false): T | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (!optional) this.add(p, 'pack.missing');
      return undefined;
    }
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.add(p, 'pack.enum', { allowed: allowed.join(', ') });
      return undefined;
    }
    return v as T;
  }

  arr(o: Obj, key: string, path: string, nonEmpty = true): Json[] | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      this.add(p, 'pack.missing');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(p, 'pack.type', { expected: 'a list […]' });
      return undefined;
    }
    if (nonEmpty && v.length === 0) this.add(p, 'pack.emptyList');
    return v;
  }

  date(o: Obj, key: string, path: string): string | undefined {
    const v = this.str(o, key, path);
    if (v !== undefined && !isIsoDate(v)) {
      this.add(join(path, key), 'pack.badDate');
      return undefined;
    }
    return v;
  }

  unique(items: Array<{ code: string | undefined; path: string }>): void {
    const seen = new Map<string, string>();
    for (const { code, path } of items) {
      if (code === undefined) continue;
      const first = seen.get(code);
      if (first !== undefined) this.add(path, 'pack.duplicate', { code, first });
      else seen.set(code, path);
    }
  }
}

/** "a.b", "a[3]": the path of a field, for messages. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
