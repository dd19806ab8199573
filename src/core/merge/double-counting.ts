import type { ExaminedForm } from './examine';
import type { UnitTree } from './unit-tree';

/**
 * Which sources would count a unit twice. A source covers the units whose own figures are in it: a
 * form covers its unit (and, implicitly, everything below it: a district's form reports the whole
 * district); a summary covers the units listed inside it. Two sources overlap when a unit of one is
 * the same as, above or below a unit of the other.
 *
 * Sources are taken greedily in a fixed priority — nearest the merging unit first, then the one
 * covering more units, then unit code and file name — so the result does not depend on input order.
 */

export interface Conflict {
  /** The source already taken that this one overlaps. */
  with: ExaminedForm;
  /** This source's units that are already counted. */
  units: string[];
}

export function coverage(form: ExaminedForm): readonly string[] {
  return form.summary && form.summary.units.length ? form.summary.units : [form.unit.code];
}

export function findDoubleCounting(tree: UnitTree, mergingCode: string, forms: readonly ExaminedForm[]): Map<ExaminedForm, Conflict> {
  const ordered = [...forms].sort(
    (a, b) =>
      tree.depthBelow(a.unit.code, mergingCode) - tree.depthBelow(b.unit.code, mergingCode) ||
      coverage(b).length - coverage(a).length ||
      (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0) ||
      (a.file.fileName < b.file.fileName ? -1 : a.file.fileName > b.file.fileName ? 1 : 0),
  );
  /** Unit covered → the source taken that covers it. */
  const covered = new Map<string, ExaminedForm>();
  /** Unit above something covered → a source covering a unit below it. */
  const coveredBelow = new Map<string, ExaminedForm>();
  const conflicts = new Map<ExaminedForm, Conflict>();

  for (const form of ordered) {
    let other: ExaminedForm | undefined;
    const units: string[] = [];
    for (const code of coverage(form)) {
      const hit = covered.get(code) ?? coveredBelow.get(code) ?? tree.ancestors(code).map((a) => covered.get(a)).find((s) => s !== undefined);
      if (hit && (!other || hit === other)) {
        other = hit;
        units.push(code);
      }
    }
    if (other) {
      conflicts.set(form, { with: other, units });
      continue;
    }
    for (const code of coverage(form)) {
      covered.set(code, form);
      for (const a of tree.ancestors(code)) if (!coveredBelow.has(a)) coveredBelow.set(a, form);
    }
  }
  return conflicts;
}
