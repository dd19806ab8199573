import type { ReportingUnit, UnitKind } from '../../core/pack/types';
import { matchesQuery } from '../search';

/** The unit picker's options: units grouped by kind, in the order the federation lists them. */

export const UNIT_KIND_ORDER: readonly UnitKind[] = ['province', 'district', 'sector', 'grassroots'];

export interface UnitGroup {
  kind: UnitKind;
  units: ReportingUnit[];
}

/** What the picker shows for a unit and what the search reads: code and name. */
export function unitText(unit: ReportingUnit): string {
  return `${unit.code} · ${unit.name}`;
}

/** Units matching the query (code or name, accents optional), grouped by kind; empty groups left out. */
export function filterUnits(units: readonly ReportingUnit[], query: string): UnitGroup[] {
  const matching = units.filter((unit) => matchesQuery(unitText(unit), query));
  return UNIT_KIND_ORDER.map((kind) => ({ kind, units: matching.filter((unit) => unit.kind === kind) })).filter(
    (group) => group.units.length > 0,
  );
}
