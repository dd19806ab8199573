import { findUnit } from '../pack/find';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import type { FigureMap } from '../report/model-source';
import { MEMBER_RANGE } from './example-figures';
import { SeededRandom, seedOf } from './random';

/**
 * Example figures for one unit of ANY pack, for demos and tests of packs other than the default one:
 * every cell the unit types a number into gets one, sized by the unit's kind, with the shape most
 * annex tables have — an "of which" row (deeper level) is a part of the row above it, a column after
 * the first is smaller than the first (a flow beside its stock, a half-year beside its plan). A pack's
 * rules that ask only that much pass on them. Deterministic for a unit and seed.
 */
export function genericFigures(pack: TemplatePack, unitCode: string, seed = 1): FigureMap {
  const unit = findUnit(pack, unitCode);
  if (!unit) throw new Error(`unknown unit ${unitCode}`);
  const random = new SeededRandom(seedOf(unitCode, seed));
  const [lo, hi] = MEMBER_RANGE[unit.kind];
  const index = packIndex(pack);
  const out: FigureMap = {};
  for (const annex of pack.annexes) {
    if (annex.forKinds && !annex.forKinds.includes(unit.kind)) continue;
    const a = index.annex(annex.id)!;
    /** Value of the nearest shallower row, per level: the "of which" rows are parts of it. */
    const parents: number[] = [];
    // One factor per column for the whole annex, so that a part stays below its whole in every column.
    const factors = annex.columns.map((_, i) => (i === 0 ? 1 : random.real(0.05, 0.45)));
    for (const row of annex.rows) {
      if (row.kind === 'header') continue;
      const parent = row.level > 0 ? parents[row.level - 1] : undefined;
      const base = parent !== undefined ? parent * random.real(0.2, 0.6) : random.int(lo, hi);
      parents[row.level] = base;
      parents.length = row.level + 1;
      annex.columns.forEach((col, i) => {
        if (a.role(row.code, col.code) !== 'input') return;
        const type = a.type(row.code, col.code);
        if (type === 'text') return;
        const value = base * factors[i];
        const figure = type === 'money' ? Math.round(value * 100) * 10000 : type === 'percent' ? Math.round(random.real(50, 100) * 10) / 10 : Math.round(value);
        ((out[annex.id] ??= {})[row.code] ??= {})[col.code] = figure;
      });
    }
  }
  return out;
}
