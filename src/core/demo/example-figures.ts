import type { TemplatePack, UnitKind } from '../pack/types';
import type { FigureMap } from '../report/model-source';
import { findUnit } from '../pack/find';
import { SeededRandom, seedOf } from './random';

/**
 * Example figures for one unit of the default pack ("Sơ kết giữa nhiệm kỳ 2018–2023"): realistic in
 * size for the unit's kind and CONSISTENT — every rule of the pack passes on them — so that a test can
 * break one figure and see exactly one rule fire, and the merge demo can add units up. Deterministic:
 * the same unit and seed always give the same figures.
 */

export type { FigureMap } from '../report/model-source';

/** Members at 31/12/2020 by kind of unit (a district federation, a grassroots union …). */
export const MEMBER_RANGE: Record<UnitKind, [number, number]> = {
  province: [20000, 25000],
  district: [1500, 4000],
  sector: [1000, 5000],
  grassroots: [20, 300],
};

type Sector = 'state' | 'nonState';
const SECTOR_COLUMN: Record<Sector, string> = { state: '2', nonState: '3' };

class Figures {
  readonly map: FigureMap = {};

  set(annex: string, row: string, col: string, value: number | string): void {
    ((this.map[annex] ??= {})[row] ??= {})[col] = value;
  }

  /** A PL02 row split by sector: columns 2 and 3, and their total in column 1. */
  bySector(row: string, values: Record<Sector, number>): void {
    this.set('PL02', row, SECTOR_COLUMN.state, values.state);
    this.set('PL02', row, SECTOR_COLUMN.nonState, values.nonState);
    this.set('PL02', row, '1', values.state + values.nonState);
  }
}

const round = Math.round;
const thousand = (n: number) => Math.round(n / 1000) * 1000;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

interface SectorFigures {
  members: number;
  admitted: number;
  left: number;
  workers: number;
  womenWorkers: number;
  womenMembers: number;
  ethnic: number;
  unionsStart: number;
  founded: number;
  dissolved: number;
  unions: number;
  rated: number;
  ratings: [number, number, number, number];
  introduced: number;
  partyAdmitted: number;
}

function sectorFigures(rng: SeededRandom, kind: UnitKind, sector: Sector, members: number): SectorFigures {
  if (members === 0) {
    return { members: 0, admitted: 0, left: 0, workers: 0, womenWorkers: 0, womenMembers: 0, ethnic: 0, unionsStart: 0, founded: 0, dissolved: 0, unions: 0, rated: 0, ratings: [0, 0, 0, 0], introduced: 0, partyAdmitted: 0 };
  }
  const admitted = round(members * rng.real(0.08, 0.18));
  const left = round(members * rng.real(0.04, 0.12));
  const workers = members + round(members * rng.real(0.05, 0.25));
  const womenWorkers = round(workers * rng.real(0.35, 0.6));
  const womenMembers = Math.floor((members * womenWorkers) / workers);
  const ethnic = round(members * rng.real(0.2, 0.6));
  let unions: number;
  let founded: number;
  let dissolved: number;
  if (kind === 'grassroots') {
    // A grassroots union reports itself: one union, neither founded nor dissolved in the term.
    [unions, founded, dissolved] = [1, 0, 0];
  } else {
    const perUnion = sector === 'state' ? rng.real(30, 60) : rng.real(15, 40);
    unions = Math.max(1, round(members / perUnion));
    founded = Math.min(unions, sector === 'state' ? rng.int(0, 2) : rng.int(1, 5));
    dissolved = sector === 'state' ? rng.int(0, 1) : rng.int(0, 2);
  }
  const rated = unions - (founded > 0 && unions > 3 ? rng.int(0, 1) : 0);
  let ratings: [number, number, number, number];
  if (rated <= 3) ratings = [0, rated, 0, 0];
  else {
    const excellent = Math.floor(rated * rng.real(0.2, 0.35));
    const good = Math.floor(rated * rng.real(0.45, 0.55));
    const failed = Math.min(rated - excellent - good, rng.int(0, 1));
    ratings = [excellent, good, rated - excellent - good - failed, failed];
  }
  const introduced = round(members * rng.real(0.02, 0.05));
  const partyAdmitted = round(introduced * rng.real(0.5, 0.8));
  return { members, admitted, left, workers, womenWorkers, womenMembers, ethnic, unionsStart: unions - founded + dissolved, founded, dissolved, unions, rated, ratings, introduced, partyAdmitted };
}

function stateShare(rng: SeededRandom, kind: UnitKind): number {
  // A grassroots union is either an agency (state) or an enterprise (non-state).
  if (kind === 'grassroots') return rng.next() < 0.5 ? 1 : 0;
  return rng.real(0.55, 0.8);
}

/** Expected count by the end of the term (≥ the result) and a target the unit can reach. */
function countTarget(rng: SeededRandom, result: number): { target: number | null; expected: number } {
  const expected = Math.max(result, round((result / 0.6) * rng.real(0.95, 1.1)));
  if (expected === 0) return { target: null, expected };
  return { target: Math.max(1, Math.min(expected, round(expected * rng.real(0.8, 1)))), expected };
}

/** What every annex's figures are drawn from: the unit, its members by sector, the random source. */
interface Draw {
  rng: SeededRandom;
  f: Figures;
  kind: UnitKind;
  isGrassroots: boolean;
  members: number;
  sectors: Record<Sector, SectorFigures>;
  /** A PL02 figure of both sectors together. */
  total: (k: keyof Omit<SectorFigures, 'ratings'>) => number;
}

export function exampleFigures(pack: TemplatePack, unitCode: string, seed = 2020): FigureMap {
  const unit = findUnit(pack, unitCode);
  if (!unit) throw new Error(`unknown unit ${unitCode}`);
  const rng = new SeededRandom(seedOf(unit.code, seed));
  const [lo, hi] = MEMBER_RANGE[unit.kind];
  const members = rng.int(lo, hi);
  const stateMembers = round(members * stateShare(rng, unit.kind));
  const sectors: Record<Sector, SectorFigures> = {
    state: sectorFigures(rng, unit.kind, 'state', stateMembers),
    nonState: sectorFigures(rng, unit.kind, 'nonState', members - stateMembers),
  };
  const d: Draw = {
    rng,
    f: new Figures(),
    kind: unit.kind,
    isGrassroots: unit.kind === 'grassroots',
    members,
    sectors,
    total: (k) => sectors.state[k] + sectors.nonState[k],
  };
  // The order of the draws is the figures' identity: PL02, PL03, PL04, PL05, PL06, PL07, then PL01.
  membersAnnex(d);
  const representation = representationAnnex(d);
  const trainedTerm = emulationAnnex(d);
  const women = womenAnnex(d);
  const inspectedUnions = inspectionAnnex(d);
  financeAnnex(d);
  targetsAnnex(d, pack, {
    counts: [
      ['1', d.total('admitted')],
      ['2', d.total('founded')],
      ['3', d.total('introduced')],
      ['4', d.total('partyAdmitted')],
      ['5', representation.homes],
      ['6', trainedTerm],
    ],
    rates: [
      ['7', d.total('rated'), sectors.state.ratings[0] + sectors.state.ratings[1] + sectors.nonState.ratings[0] + sectors.nonState.ratings[1]],
      ['8', representation.enterprises, representation.cba],
      ['9', representation.agencies, representation.cscvc],
      ['10', representation.enterprises, representation.workersConf],
      ['11', women.committee, women.womenCommittee],
      ['12', d.total('unions'), inspectedUnions],
    ],
  });
  return d.f.map;
}

/** PL02 — workers, members, grassroots unions, by sector. */
function membersAnnex({ f, sectors: s }: Draw): void {
  const pick = (k: keyof Omit<SectorFigures, 'ratings'>) => ({ state: s.state[k], nonState: s.nonState[k] });
  f.bySector('1', pick('workers'));
  f.bySector('1.1', pick('womenWorkers'));
  f.bySector('2', { state: s.state.members - s.state.admitted + s.state.left, nonState: s.nonState.members - s.nonState.admitted + s.nonState.left });
  f.bySector('3', pick('admitted'));
  f.bySector('4', pick('left'));
  f.bySector('5', pick('members'));
  f.bySector('5.1', pick('womenMembers'));
  f.bySector('5.2', pick('ethnic'));
  f.bySector('6', pick('unionsStart'));
  f.bySector('7', pick('founded'));
  f.bySector('8', pick('dissolved'));
  f.bySector('9', pick('unions'));
  f.bySector('10', pick('rated'));
  ['10.1', '10.2', '10.3', '10.4'].forEach((row, i) => f.bySector(row, { state: s.state.ratings[i], nonState: s.nonState.ratings[i] }));
  f.bySector('13', pick('introduced'));
  f.bySector('14', pick('partyAdmitted'));
}

/** PL03 — enterprises are the non-state grassroots unions, agencies the state ones. */
function representationAnnex({ rng, f, members, isGrassroots, sectors }: Draw) {
  const enterprises = sectors.nonState.unions;
  const agencies = sectors.state.unions;
  const cba = round(enterprises * rng.real(0.75, 0.95));
  const workersConf = round(enterprises * rng.real(0.8, 0.95));
  const cscvc = agencies;
  const stoppages = enterprises > 0 && !isGrassroots ? rng.int(0, 2) : 0;
  const homes = isGrassroots ? rng.int(0, 1) : rng.int(3, 12);
  const tet = round(members * rng.real(0.1, 0.25));
  f.set('PL03', '1', '1', enterprises);
  f.set('PL03', '1.1', '1', cba);
  f.set('PL03', '1.2', '1', workersConf);
  f.set('PL03', '2', '1', cba + rng.int(0, Math.max(1, round(cba * 0.3))));
  f.set('PL03', '4', '1', agencies);
  f.set('PL03', '4.1', '1', cscvc);
  f.set('PL03', '5', '1', enterprises * rng.int(2, 6));
  f.set('PL03', '6', '1', stoppages);
  f.set('PL03', '6.1', '1', stoppages);
  f.set('PL03', '7', '1', round(members * rng.real(0.1, 0.3)));
  f.set('PL03', '8', '1', homes);
  f.set('PL03', '8.1', '1', oneDecimal(homes * rng.real(40, 60)));
  f.set('PL03', '9', '1', tet);
  f.set('PL03', '9.1', '1', oneDecimal(tet * rng.real(0.3, 0.5)));
  return { enterprises, agencies, cba, workersConf, cscvc, homes };
}

/** PL04 — per year 2018, 2019, 2020 (column 4 is computed); returns the people trained over the term. */
function emulationAnnex({ rng, f, isGrassroots }: Draw): number {
  let trainedTerm = 0;
  for (const col of ['1', '2', '3']) {
    const initiatives = isGrassroots ? rng.int(0, 3) : rng.int(5, 30);
    const trained = isGrassroots ? rng.int(2, 10) : rng.int(100, 400);
    const individuals = isGrassroots ? rng.int(1, 8) : rng.int(30, 120);
    const sessions = isGrassroots ? rng.int(1, 6) : rng.int(10, 40);
    trainedTerm += trained;
    f.set('PL04', '1', col, initiatives);
    f.set('PL04', '1.1', col, oneDecimal(initiatives * rng.real(5, 50)));
    f.set('PL04', '2', col, isGrassroots ? rng.int(0, 2) : rng.int(5, 25));
    f.set('PL04', '3', col, individuals);
    f.set('PL04', '3.1', col, round(individuals * rng.real(0.3, 0.6)));
    f.set('PL04', '4', col, sessions);
    f.set('PL04', '4.1', col, sessions * rng.int(20, 80));
    f.set('PL04', '5', col, trained);
    f.set('PL04', '5.1', col, round(trained * rng.real(0.6, 0.9)));
    f.set('PL04', '5.2', col, round(trained * rng.real(0.3, 0.55)));
  }
  return trainedTerm;
}

/** PL05 — women. */
function womenAnnex({ rng, f, isGrassroots, members, total }: Draw) {
  const unions = total('unions');
  const committee = isGrassroots ? rng.int(3, 9) : unions * rng.int(3, 7) + 15;
  const womenCommittee = round(committee * rng.real(0.3, 0.45));
  const chairs = isGrassroots ? 1 : unions + 1;
  const viceChairs = isGrassroots ? 1 : round(chairs * rng.real(0.5, 1));
  const womenChairs = Math.floor(chairs * rng.real(0.2, 0.4));
  const womenVice = Math.min(Math.floor(viceChairs * rng.real(0.3, 0.5)), womenCommittee - womenChairs);
  f.set('PL05', '1', '1', total('workers'));
  f.set('PL05', '1', '2', total('womenWorkers'));
  f.set('PL05', '2', '1', members);
  f.set('PL05', '2', '2', total('womenMembers'));
  f.set('PL05', '3', '1', committee);
  f.set('PL05', '3', '2', womenCommittee);
  f.set('PL05', '3.1', '1', chairs);
  f.set('PL05', '3.1', '2', womenChairs);
  f.set('PL05', '3.2', '1', viceChairs);
  f.set('PL05', '3.2', '2', Math.max(0, womenVice));
  f.set('PL05', '4', '1', round(unions * rng.real(0.5, 0.9)));
  f.set('PL05', '5', '1', round(members * rng.real(0.2, 0.5)));
  return { committee, womenCommittee };
}

/** PL06 — inspection; returns the unions inspected. */
function inspectionAnnex({ rng, f, isGrassroots, total }: Draw): number {
  const inspectedUnions = round(total('unions') * rng.real(0.6, 0.9));
  const complaints = isGrassroots ? rng.int(0, 1) : rng.int(0, 6);
  const recommended = isGrassroots || rng.next() < 0.4 ? 0 : thousand(rng.real(5, 50) * 1e6);
  f.set('PL06', '1', '1', isGrassroots ? 1 : rng.int(5, 15));
  f.set('PL06', '1.1', '1', inspectedUnions);
  f.set('PL06', '2', '1', isGrassroots ? 1 : rng.int(3, 10));
  f.set('PL06', '2.1', '1', isGrassroots ? 1 : rng.int(3, 15));
  f.set('PL06', '3', '1', isGrassroots ? rng.int(0, 2) : rng.int(2, 8));
  f.set('PL06', '4', '1', complaints);
  f.set('PL06', '4.1', '1', complaints > 0 ? complaints - rng.int(0, 1) : 0);
  f.set('PL06', '4.2', '1', complaints > 0 ? complaints - rng.int(0, 1) : 0);
  f.set('PL06', '5', '1', isGrassroots ? 0 : rng.int(0, 5));
  f.set('PL06', '6', '1', recommended);
  f.set('PL06', '6.1', '1', thousand(recommended * rng.real(0.5, 1)));
  return inspectedUnions;
}

/** PL07 — finance in đồng; each year's closing balance opens the next. */
function financeAnnex({ rng, f, kind, members }: Draw): void {
  let opening = thousand(members * rng.real(0.3, 0.8) * 1e6);
  let growth = 1;
  for (const col of ['1', '2', '3']) {
    const funds = thousand(members * rng.real(0.8, 1.5) * 1e6 * growth);
    const dues = thousand(members * rng.real(0.4, 0.7) * 1e6 * growth);
    const other = thousand(rng.real(0.01, 0.05) * funds);
    const grants = kind === 'grassroots' ? 0 : thousand(members * rng.real(0.1, 0.3) * 1e6);
    const budget = rng.next() < 0.3 ? thousand(rng.real(10, 50) * 1e6) : 0;
    const revenue = funds + dues + other + grants + budget;
    const admin = thousand(revenue * rng.real(0.1, 0.15));
    const activities = thousand(revenue * rng.real(0.25, 0.35));
    const salaries = thousand(revenue * rng.real(0.08, 0.12));
    const otherSpending = thousand(revenue * rng.real(0.02, 0.04));
    const paidUp = thousand((funds + dues) * 0.3);
    const closing = opening + revenue - admin - activities - salaries - otherSpending - paidUp;
    const values: Record<string, number> = {
      '26': opening, '22': funds, '23': dues, '24': other, '25': grants, '28': budget,
      '29': admin, '31': activities, '31.1': thousand(activities * rng.real(0.4, 0.6)), '31.2': thousand(activities * rng.real(0.2, 0.35)),
      '32': salaries, '33': otherSpending, '40': paidUp, '50': closing,
    };
    for (const [row, v] of Object.entries(values)) f.set('PL07', row, col, v);
    opening = closing;
    growth *= rng.real(1.02, 1.08);
  }
}

/** PL01 — results agree with the detail annexes; targets the unit can reach. */
function targetsAnnex({ rng, f }: Draw, pack: TemplatePack, results: { counts: Array<[string, number]>; rates: Array<[string, number, number]> }): void {
  for (const [row, result] of results.counts) {
    const { target, expected } = countTarget(rng, result);
    if (target !== null) f.set('PL01', row, '1', target);
    f.set('PL01', row, '2', result);
    f.set('PL01', row, '4', expected);
  }
  for (const [row, whole, part] of results.rates) {
    const targetRate = pack.annexes.find((a) => a.id === 'PL01')?.rows.find((r) => r.code === row)?.target?.value ?? 80;
    f.set('PL01', row, '1', targetRate);
    f.set('PL01', `${row}.1`, '2', whole);
    f.set('PL01', `${row}.2`, '2', part);
    f.set('PL01', `${row}.1`, '4', whole);
    f.set('PL01', `${row}.2`, '4', Math.min(whole, Math.max(part, Math.ceil((whole * targetRate) / 100))));
  }
  f.set('PL01', '1', '6', 'Số liệu ví dụ, không phải số liệu chính thức');
}
