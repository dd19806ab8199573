/**
 * The order of an insertion, worked out before anything is written. Pure, no Office.js.
 *
 * Excel binds a formula to a sheet when the formula is written: a reference to a sheet that does not
 * exist yet becomes #REF! (or a link to another file), and a reference to a sheet deleted afterwards
 * becomes #REF! — for good, even if a sheet of that name appears later. A summary's annex sheets hold
 * `=SUM('Chi tiết PL02'!E7:E22)`, a template's annexes name the check sheet's ranges, so:
 * 1. every sheet being replaced is first renamed away (`~bản cũ 1` …): formulas that pointed at it
 *    follow it, and its name is free;
 * 2. every new sheet is added, empty, under its final name, before any content is written: whatever
 *    order the contents are then written in, each formula finds the sheet it names;
 * 3. the contents are written, sheet by sheet;
 * 4. the identity sheet and the defined names are written, each new sheet is moved to the place of
 *    the one it replaces, and only then are the old sheets hidden and kept (a replacement the user
 *    consented to: backups.ts) or deleted (the identity sheet alone) — last, so that a failure before
 *    that point can still be undone (insert-rollback.ts).
 */

export interface ExistingSheet {
  /** Excel's id of the sheet: it survives renaming, so a rollback tells an old sheet from a new one. */
  id: string;
  name: string;
  position: number;
  visibility: string;
}

export interface Replacement {
  /** The sheet's name, before and after. */
  name: string;
  /** Where the old sheet went while the new one is written. */
  temporary: string;
  old: ExistingSheet;
}

export interface InsertPlan {
  /** Sheets to add, in this order (the model's sheets, then the identity sheet). */
  added: string[];
  /** Sheets replaced (the model's that exist, with consent, and an existing identity sheet), by old position. */
  replaced: Replacement[];
  /**
   * Moves done before the old sheets are deleted, in this order: each new sheet goes right before
   * the sheet it replaces, so that once the old ones are deleted it has the old one's place.
   */
  moves: Array<{ name: string; position: number }>;
}

const key = (name: string) => name.toLowerCase();

/**
 * `~bản cũ N`, unique in the workbook and among the names being written: where a replaced sheet waits
 * while the new one is written, and the name it keeps if it is kept (hidden) afterwards.
 */
export function temporaryNames(count: number, taken: Iterable<string>): string[] {
  const used = new Set([...taken].map(key));
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `~bản cũ ${i}`;
    if (used.has(key(name))) continue;
    used.add(key(name));
    out.push(name);
  }
  return out;
}

/**
 * @param sheetNames the model's sheets, in order; @param metaName the identity sheet;
 * @param existing the workbook's sheets (survey), by lower-case name.
 */
export function planInsertion(sheetNames: readonly string[], metaName: string, existing: ReadonlyMap<string, ExistingSheet>): InsertPlan {
  const added = [...sheetNames, metaName];
  const olds = added.map((name) => ({ name, old: existing.get(key(name)) })).filter((x): x is { name: string; old: ExistingSheet } => x.old !== undefined);
  olds.sort((a, b) => a.old.position - b.old.position);
  const temporary = temporaryNames(olds.length, [...[...existing.values()].map((s) => s.name), ...added]);
  const replaced = olds.map((x, i) => ({ name: x.name, temporary: temporary[i], old: x.old }));
  // The old sheets keep their positions until deleted (renaming and appending move nothing); each
  // move before them shifts them one place to the right.
  const moves = replaced.map((r, i) => ({ name: r.name, position: r.old.position + i }));
  return { added, replaced, moves };
}
