import type { CellMap, CellRef } from './cell-map';
import type { BookProblems, BookRecord } from './read-sheet';

/**
 * Records of a sheet → JSON records, each field's cell kept in the CellMap under the path the JSON
 * checks use: the index form ("annexes[PL01].rows[3]") and, for records named by a code, the code form
 * ("annexes[PL01].rows[1.1]") that the checks use once the code is valid.
 */

export type JsonObj = Record<string, unknown>;

/** Sets a dotted path of an object, making the objects on the way. */
export function setPath(o: JsonObj, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = o;
  for (const k of keys.slice(0, -1)) {
    if (typeof at[k] !== 'object' || at[k] === null) at[k] = {};
    at = at[k] as JsonObj;
  }
  at[keys[keys.length - 1]] = value;
}

/** The plain fields of a record (not the "#…" ones the caller puts together). */
export function recordObject(r: BookRecord): JsonObj {
  const o: JsonObj = {};
  for (const [field, v] of r.values) if (!field.startsWith('#')) setPath(o, field, v.value);
  return o;
}

/** Every field's cell under `paths` (the record's JSON paths); the record itself at its first cell. */
export function mapRecord(map: CellMap, r: BookRecord, paths: readonly string[], sheet: string, special: Record<string, string[]> = {}): void {
  const first: CellRef = { sheet, row: r.row, col: [...r.values.values()][0]?.ref.col ?? 0 };
  for (const path of paths) {
    map.set(path, first);
    for (const [field, v] of r.values) {
      const targets = field.startsWith('#') ? (special[field] ?? []) : [field];
      for (const t of targets) {
        map.set(`${path}.${t}`, v.ref);
        // "target.value" also answers for "target", "aggregation.type" for "aggregation".
        const parts = t.split('.');
        for (let i = parts.length - 1; i > 0; i--) map.setIfAbsent(`${path}.${parts.slice(0, i).join('.')}`, v.ref);
      }
    }
  }
}

/** The index form again for ".code"/".id" (duplicates and bad codes are said there) over any code form. */
export function mapCodeCell(map: CellMap, r: BookRecord, indexPath: string, field: string): void {
  const v = r.values.get(field);
  if (v) map.set(`${indexPath}.${field}`, v.ref);
}

export function text(r: BookRecord, field: string): string | undefined {
  const v = r.values.get(field)?.value;
  return typeof v === 'string' ? v : undefined;
}

/** Records grouped by their annex column ("#annex"), an unknown annex said at its cell. */
export function byAnnex(records: readonly BookRecord[], annexIds: ReadonlySet<string>, problems: BookProblems): Map<string, BookRecord[]> {
  const out = new Map<string, BookRecord[]>();
  for (const r of records) {
    const v = r.values.get('#annex');
    const id = v && typeof v.value === 'string' ? v.value : undefined;
    if (id === undefined) {
      problems.add({ sheet: [...r.values.values()][0].ref.sheet, row: r.row, col: 0 }, 'pack.missing');
      continue;
    }
    if (!annexIds.has(id)) {
      problems.add(v!.ref, 'book.unknownAnnex', { code: id });
      continue;
    }
    const list = out.get(id) ?? [];
    list.push(r);
    out.set(id, list);
  }
  return out;
}
