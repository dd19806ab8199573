import { sha256Hex } from '../text/sha256';
import type { TemplatePack } from './types';

/**
 * A pack's layout: what decides where a unit's figures sit and what they are — the annexes, their
 * column codes and kinds, their row codes and kinds, the cells a row makes typed-in or empty and the
 * kinds of unit asked for them. Titles, labels, rules and messages are not part of it: a pack
 * re-issued with the same layout reads every workbook of its earlier versions.
 */
export function packLayout(pack: Pick<TemplatePack, 'annexes'>): unknown {
  return pack.annexes.map((a) => ({
    id: a.id,
    forKinds: a.forKinds ?? null,
    columns: a.columns.map((c) => [c.code, c.kind]),
    rows: a.rows.map((r) => [r.code, r.kind, r.cells ? Object.entries(r.cells).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)) : null, r.forKinds ?? null]),
  }));
}

const fingerprints = new WeakMap<object, string>();

/** The layout's fingerprint: the first 16 hex digits of the SHA-256 of its JSON (cached per pack). */
export function layoutFingerprint(pack: Pick<TemplatePack, 'annexes'>): string {
  let f = fingerprints.get(pack);
  if (f === undefined) {
    f = sha256Hex(JSON.stringify(packLayout(pack))).slice(0, 16);
    fingerprints.set(pack, f);
  }
  return f;
}
