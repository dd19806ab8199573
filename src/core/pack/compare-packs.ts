import { layoutFingerprint } from './layout';
import type { TemplatePack } from './types';

/**
 * What differs between the pack a workbook carries (embedded by whoever made it) and the pack that
 * reads it (the province's): said by name, so that "rules loosened, a row removed" is seen — and the
 * province's pack is always the one used.
 */

export type PackDifferenceKind =
  | 'annexAdded'
  | 'annexRemoved'
  | 'rowAdded'
  | 'rowRemoved'
  | 'rowChanged'
  | 'columnAdded'
  | 'columnRemoved'
  | 'columnChanged'
  | 'ruleAdded'
  | 'ruleRemoved'
  | 'ruleChanged'
  | 'unitAdded'
  | 'unitRemoved'
  | 'unitChanged'
  | 'campaignChanged';

export interface PackDifference {
  kind: PackDifferenceKind;
  /** "PL07", "PL07 28", "PL01.new-members-vs-PL02", "H01" … */
  what: string;
}

export interface PackComparison {
  /** Both packs, "id version". */
  embedded: string;
  used: string;
  sameLayout: boolean;
  differences: PackDifference[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/** Added, removed, changed — the two lists matched by key, in the order of `theirs` then `ours`. */
function diffLists<T>(ours: readonly T[], theirs: readonly T[], key: (t: T) => string, prefix: string, kinds: [PackDifferenceKind, PackDifferenceKind, PackDifferenceKind], out: PackDifference[]): void {
  const mine = byKey(ours, key);
  const other = byKey(theirs, key);
  for (const [k, t] of other) {
    const o = mine.get(k);
    if (!o) out.push({ kind: kinds[0], what: prefix + k });
    else if (!same(o, t)) out.push({ kind: kinds[2], what: prefix + k });
  }
  for (const k of mine.keys()) if (!other.has(k)) out.push({ kind: kinds[1], what: prefix + k });
}

/** `embedded` is the workbook's pack, `used` the province's: "added" means the workbook's pack has it and the province's not. */
export function comparePacks(embedded: TemplatePack, used: TemplatePack): PackComparison {
  const differences: PackDifference[] = [];
  const annexes = byKey(embedded.annexes, (a) => a.id);
  for (const a of used.annexes) {
    const e = annexes.get(a.id);
    if (!e) {
      differences.push({ kind: 'annexRemoved', what: a.id });
      continue;
    }
    diffLists(a.columns, e.columns, (c) => c.code, `${a.id} cột `, ['columnAdded', 'columnRemoved', 'columnChanged'], differences);
    diffLists(a.rows, e.rows, (r) => r.code, `${a.id} mã `, ['rowAdded', 'rowRemoved', 'rowChanged'], differences);
  }
  const usedIds = new Set(used.annexes.map((a) => a.id));
  for (const a of embedded.annexes) if (!usedIds.has(a.id)) differences.push({ kind: 'annexAdded', what: a.id });
  diffLists(used.rules, embedded.rules, (r) => r.id, '', ['ruleAdded', 'ruleRemoved', 'ruleChanged'], differences);
  diffLists(used.units, embedded.units, (u) => u.code, '', ['unitAdded', 'unitRemoved', 'unitChanged'], differences);
  if (!same(embedded.campaign, used.campaign)) differences.push({ kind: 'campaignChanged', what: embedded.campaign.periodLabel });
  return {
    embedded: `${embedded.id} ${embedded.version}`,
    used: `${used.id} ${used.version}`,
    sameLayout: layoutFingerprint(embedded) === layoutFingerprint(used),
    differences,
  };
}

/** Why the pack a workbook carries could not be read (core/packbook/embed.ts). */
export type EmbeddedCorruption = 'encoding' | 'parts' | 'tooLarge' | 'inflate' | 'digest' | 'json' | 'invalid';

/** What validation and merge say of a workbook's own pack: unreadable, or differing from the one in use. */
export type EmbeddedNote = { kind: 'corrupt'; reason: EmbeddedCorruption } | { kind: 'differs'; comparison: PackComparison };

/** The same pack as far as a unit's figures are concerned: nothing listed differs. */
export function samePack(c: PackComparison): boolean {
  return c.differences.length === 0;
}
