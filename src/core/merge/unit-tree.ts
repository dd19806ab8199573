import type { ReportingUnit, TemplatePack } from '../pack/types';
import { findUnit } from '../pack/find';

/**
 * The pack's units as a tree (each unit names its parent; the issuer is the root). A merge takes the
 * units strictly below the merging unit; the direct children are the units it expects to report.
 */
export class UnitTree {
  private readonly byCode = new Map<string, ReportingUnit>();

  constructor(readonly pack: TemplatePack) {
    for (const u of pack.units) this.byCode.set(u.code, u);
  }

  unit(code: string): ReportingUnit | undefined {
    return this.byCode.get(code) ?? findUnit(this.pack, code);
  }

  /** Codes from the unit's parent up to the root, nearest first (a cycle in a bad pack stops the walk). */
  ancestors(code: string): string[] {
    const out: string[] = [];
    const seen = new Set([code]);
    let parent = this.byCode.get(code)?.parent;
    while (parent !== undefined && !seen.has(parent)) {
      out.push(parent);
      seen.add(parent);
      parent = this.byCode.get(parent)?.parent;
    }
    return out;
  }

  /** True when `code` lies strictly below `ancestor`. */
  isBelow(code: string, ancestor: string): boolean {
    return this.ancestors(code).includes(ancestor);
  }

  /** Steps from `ancestor` down to `code` (1 for a direct child); Infinity when not below it. */
  depthBelow(code: string, ancestor: string): number {
    const i = this.ancestors(code).indexOf(ancestor);
    return i < 0 ? Infinity : i + 1;
  }

  /** The units that report directly to `code`, in pack order. */
  children(code: string): ReportingUnit[] {
    return this.pack.units.filter((u) => u.parent === code && u.code !== code);
  }

  /** Same unit, or one inside the other: their figures would overlap. */
  related(a: string, b: string): boolean {
    return a === b || this.isBelow(a, b) || this.isBelow(b, a);
  }
}

const trees = new WeakMap<TemplatePack, UnitTree>();

export function unitTree(pack: TemplatePack): UnitTree {
  let tree = trees.get(pack);
  if (!tree) trees.set(pack, (tree = new UnitTree(pack)));
  return tree;
}

/**
 * The units that can merge, as a picker offers them: the issuer, then every unit that has units
 * below it (a district merging its grassroots unions first), in pack order.
 */
export function mergingUnits(pack: TemplatePack): ReportingUnit[] {
  const parents = new Set(pack.units.map((u) => u.parent));
  const issuer = findUnit(pack, pack.issuer.code);
  return [...(issuer ? [issuer] : []), ...pack.units.filter((u) => u.code !== pack.issuer.code && parents.has(u.code))];
}
