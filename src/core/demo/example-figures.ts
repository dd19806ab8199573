import type { TemplatePack } from '../pack/types';
import type { FigureMap } from '../report/model-source';
import { findUnit } from '../pack/find';
import { emulationAnnex, financeAnnex, inspectionAnnex, representationAnnex, womenAnnex, type Scope } from './example-annexes';
import { Figures, grassrootsType, MEMBER_RANGE, membersAnnex, round, sectorFigures, type Sector, type SectorFigures } from './example-members';
import { SeededRandom, seedOf } from './random';

/**
 * Example figures for one unit of the default pack ("Sơ kết giữa nhiệm kỳ 2018–2023"): realistic in
 * size for the unit's kind, with the moves real units report (transfers of members, a dissolved
 * CĐCS, equitisation, complaints carried over, internal money transfers), and CONSISTENT — every rule
 * of the pack passes on them — so that a test can break one figure and see exactly one rule fire,
 * and the merge demo can add units up. Deterministic: the same unit and seed give the same figures.
 * They are examples ("Số liệu ví dụ"), never official figures; the targets in column 1 too.
 */

export type { FigureMap } from '../report/model-source';
export { MEMBER_RANGE } from './example-members';

/** Splits a term total over 2018 (from the congress), 2019 and 2020. */
function byYear(rng: SeededRandom, total: number): [number, number, number] {
  const first = Math.floor(total * rng.real(0.2, 0.3));
  const second = Math.floor((total - first) * rng.real(0.45, 0.55));
  return [first, second, total - first - second];
}

/** Expected count by the end of the term (≥ the result) and a target the unit can reach. */
function countTarget(rng: SeededRandom, result: number): { target: number | null; expected: number } {
  const expected = Math.max(result, round((result / 0.6) * rng.real(0.95, 1.1)));
  if (expected === 0) return { target: null, expected };
  return { target: Math.max(1, Math.min(expected, round(expected * rng.real(0.8, 1)))), expected };
}

/** A rate target every given year reaches: the lowest year's rate, rounded down to 5 %. Null: no rate. */
function rateTarget(years: Array<[number, number]>): number | null {
  const rates = years.filter(([whole]) => whole > 0).map(([whole, part]) => (part / whole) * 100);
  if (rates.length === 0) return null;
  const low = Math.floor(Math.min(...rates) / 5) * 5;
  return low > 0 ? low : null;
}

/** A year's part of a rate close to the 2020 one (for 2018 and 2019). */
function earlier(rng: SeededRandom, whole: number, part: number): [number, number] {
  const w = Math.max(part, whole - rng.int(0, Math.min(2, whole)));
  const p = Math.min(w, Math.max(0, part - rng.int(0, 1)));
  return [w, p];
}

export function exampleFigures(pack: TemplatePack, unitCode: string, seed = 2020): FigureMap {
  const unit = findUnit(pack, unitCode);
  if (!unit) throw new Error(`unknown unit ${unitCode}`);
  const rng = new SeededRandom(seedOf(unit.code, seed));
  const grassroots = unit.kind === 'grassroots';
  const type = grassroots ? grassrootsType(unit) : undefined;
  const [lo, hi] = MEMBER_RANGE[unit.kind];
  const members = rng.int(lo, hi);
  const stateShare = grassroots ? (type === 'privateEnterprise' ? 0 : 1) : rng.real(0.55, 0.8);
  const stateMembers = round(members * stateShare);
  const nonStateMembers = members - stateMembers;
  // Equitisation of a state enterprise during the term: its members and its CĐCS change sector.
  const move = !grassroots && nonStateMembers > 0 ? { members: rng.int(10, 40), unions: 1 } : { members: 0, unions: 0 };
  const s: Record<Sector, SectorFigures> = {
    state: sectorFigures(rng, unit.kind, 'state', stateMembers, move),
    nonState: sectorFigures(rng, unit.kind, 'nonState', nonStateMembers, move),
  };
  const f = new Figures();
  const total = (k: 'workers' | 'womenWorkers' | 'womenMembers') => s.state[k] + s.nonState[k];
  membersAnnex(f, s, grassroots);
  const scope: Scope = {
    rng,
    f,
    kind: unit.kind,
    grassroots,
    type,
    education: /Giáo dục/i.test(unit.name),
    members,
    workers: total('workers'),
    womenWorkers: total('womenWorkers'),
    womenMembers: total('womenMembers'),
    unions: s.state.unions.end + s.nonState.unions.end,
    agencies: grassroots ? Number(type === 'agency') : s.state.unions.types[0],
    enterprises: grassroots ? Number(type !== 'agency') : s.state.unions.types[1] + s.nonState.unions.end,
  };
  // The order of the draws is the figures' identity: PL02, PL03, PL04, PL05, PL06, PL07, then PL01.
  const rep = representationAnnex(scope);
  const trained = emulationAnnex(scope);
  const women = womenAnnex(scope);
  const unionsInScope = s.state.unions.start + s.state.unions.founded + s.state.unions.takenFrom + s.state.unions.sectorIn + s.nonState.unions.start + s.nonState.unions.founded + s.nonState.unions.takenFrom + s.nonState.unions.sectorIn;
  const inspected = round(unionsInScope * rng.real(0.6, 0.9));
  if (!grassroots) inspectionAnnex(scope, inspected);
  financeAnnex(scope);
  targetsAnnex(rng, f, {
    counts: [
      ['1', s.state.members.admitted + s.nonState.members.admitted, '13'],
      ...(grassroots ? [] : [['2', s.nonState.unions.founded, null] as [string, number, null]]),
      ['3', s.state.introduced + s.nonState.introduced, '14'],
      ['4', rep.homes, null],
    ],
    trained,
    rates: [
      ...(grassroots ? [] : [['6', s.state.unions.rated + s.nonState.unions.rated, s.state.unions.ratings[0] + s.state.unions.ratings[1] + s.nonState.unions.ratings[0] + s.nonState.unions.ratings[1], '15'] as RateRow]),
      ...(unit.kind === 'province' ? [['7', 10, 9, null] as RateRow] : []),
      ['8', rep.agencies, rep.cscvc, null],
      ['9', rep.enterprises, rep.conferences, null],
      ['10', rep.enterprises, rep.cba, '16'],
      ['11', women.committee, women.womenCommittee, '17'],
      ...(grassroots ? [] : [['12', unionsInScope, inspected, null] as RateRow]),
    ],
  });
  f.set('PL01', '1', '8', 'Số liệu ví dụ, không phải số liệu chính thức');
  return f.map;
}

/** A rate row: code, its 2020 whole and part, and the row of the national congress that repeats it. */
type RateRow = [string, number, number, string | null];

/** Rows whose column 7 (expected by the end of the term) is asked: counts, and rates 10–12. */
const EXPECTED_RATES = new Set(['10', '11', '12']);

/** PL01 — results agree with the detail annexes; targets (examples) the unit can reach. */
function targetsAnnex(rng: SeededRandom, f: Figures, results: { counts: Array<[string, number, string | null]>; trained: number[]; rates: RateRow[] }): void {
  const counts: Array<[string, number, string | null]> = [...results.counts, ['5', results.trained.reduce((a, b) => a + b, 0), null]];
  for (const [row, result, national] of counts) {
    const years = row === '5' ? (results.trained as [number, number, number]) : byYear(rng, result);
    years.forEach((v, i) => f.set('PL01', row, String(i + 2), v));
    const { target, expected } = countTarget(rng, result);
    if (target !== null) f.set('PL01', row, '1', target);
    f.set('PL01', row, '7', expected);
    if (national) {
      const nationalTarget = countTarget(rng, result).target;
      if (nationalTarget !== null) f.set('PL01', national, '1', Math.min(nationalTarget, expected));
      f.set('PL01', national, '7', expected);
    }
  }
  for (const [row, whole, part, national] of results.rates) {
    const years: Array<[number, number]> = [earlier(rng, whole, part), earlier(rng, whole, part), [whole, part]];
    years.forEach(([w, p], i) => {
      f.set('PL01', `${row}.1`, String(i + 2), w);
      f.set('PL01', `${row}.2`, String(i + 2), p);
    });
    if (EXPECTED_RATES.has(row)) {
      f.set('PL01', `${row}.1`, '7', whole);
      f.set('PL01', `${row}.2`, '7', part);
    }
    const target = rateTarget(years);
    if (target !== null) f.set('PL01', row, '1', target);
    if (national && target !== null) f.set('PL01', national, '1', target);
  }
}
