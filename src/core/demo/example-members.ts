import type { ReportingUnit, UnitKind } from '../pack/types';
import type { FigureMap } from '../report/model-source';
import type { SeededRandom } from './random';

/**
 * The draws behind a unit's example figures: members and grassroots unions by sector, with every
 * move the plan's PL02 asks for — admissions, transfers in and out, members taken over from a
 * dissolved CĐCS, moves between sectors on equitisation — so that the flows balance WITH transfers.
 */

export type Sector = 'state' | 'nonState';
export const SECTOR_COLUMN: Record<Sector, string> = { state: '2', nonState: '3' };

export class Figures {
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

  /** A PL02 row of one sector only (the other sector's cell is not asked): the sector and column 1. */
  oneSector(row: string, sector: Sector, value: number): void {
    this.set('PL02', row, SECTOR_COLUMN[sector], value);
    this.set('PL02', row, '1', value);
  }
}

export const round = Math.round;
export const thousand = (n: number): number => Math.round(n / 1000) * 1000;
export const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** Members at 31/12/2020 by kind of unit (a district federation, a grassroots union …). */
export const MEMBER_RANGE: Record<UnitKind, [number, number]> = {
  province: [20000, 25000],
  district: [1500, 4000],
  sector: [1000, 5000],
  grassroots: [20, 300],
};

/** What a grassroots union is, from its name: an agency (HCSN), a state enterprise or a private one. */
export type GrassrootsType = 'agency' | 'stateEnterprise' | 'privateEnterprise';

export function grassrootsType(unit: Pick<ReportingUnit, 'name'>): GrassrootsType {
  if (/Công ty TNHH MTV/i.test(unit.name)) return 'stateEnterprise';
  if (/Công ty/i.test(unit.name)) return 'privateEnterprise';
  return 'agency';
}

export interface MemberFlow {
  start: number;
  admitted: number;
  movedIn: number;
  takenOver: number;
  sectorIn: number;
  movedOut: number;
  dissolvedLoss: number;
  sectorOut: number;
  otherLoss: number;
  end: number;
}

export interface UnionFlow {
  start: number;
  founded: number;
  takenFrom: number;
  sectorIn: number;
  dissolved: number;
  merged: number;
  movedAway: number;
  sectorOut: number;
  end: number;
  /** state: [HCSN, DNNN]; non-state: [domestic, FDI]. */
  types: [number, number];
  withoutUnion: number;
  rated: number;
  ratings: [number, number, number, number];
  chairs: number;
  chairsTrained: number;
}

export interface SectorFigures {
  members: MemberFlow;
  workers: number;
  womenWorkers: number;
  womenMembers: number;
  ethnic: number;
  unions: UnionFlow;
  fullTime: number;
  introduced: number;
  partyAdmitted: number;
}

const NO_UNIONS: UnionFlow = { start: 0, founded: 0, takenFrom: 0, sectorIn: 0, dissolved: 0, merged: 0, movedAway: 0, sectorOut: 0, end: 0, types: [0, 0], withoutUnion: 0, rated: 0, ratings: [0, 0, 0, 0], chairs: 0, chairsTrained: 0 };
const NO_MEMBERS: MemberFlow = { start: 0, admitted: 0, movedIn: 0, takenOver: 0, sectorIn: 0, movedOut: 0, dissolvedLoss: 0, sectorOut: 0, otherLoss: 0, end: 0 };

/** Members moved from the state to the non-state sector on equitisation (both sides of one move). */
export interface SectorMove {
  members: number;
  unions: number;
}

function memberFlow(rng: SeededRandom, kind: UnitKind, sector: Sector, end: number, move: SectorMove): MemberFlow {
  const grassroots = kind === 'grassroots';
  const admitted = round(end * rng.real(0.06, 0.14));
  const movedIn = round(end * rng.real(0.01, 0.04));
  const movedOut = round(end * rng.real(0.01, 0.04));
  // Members of a dissolved CĐCS: some taken over by another CĐCS (3.3), the rest lost (4.2).
  const takenOver = grassroots ? (rng.next() < 0.35 ? rng.int(2, 9) : 0) : round(end * rng.real(0.005, 0.015));
  const dissolvedLoss = grassroots ? 0 : round(end * rng.real(0.005, 0.02));
  const otherLoss = round(end * rng.real(0.03, 0.07));
  const sectorIn = sector === 'nonState' ? move.members : 0;
  const sectorOut = sector === 'state' ? move.members : 0;
  const start = end - admitted - movedIn - takenOver - sectorIn + movedOut + dissolvedLoss + sectorOut + otherLoss;
  return { start, admitted, movedIn, takenOver, sectorIn, movedOut, dissolvedLoss, sectorOut, otherLoss, end };
}

function unionFlow(rng: SeededRandom, sector: Sector, members: number, move: SectorMove): UnionFlow {
  const perUnion = sector === 'state' ? rng.real(30, 60) : rng.real(15, 40);
  const end = Math.max(1, round(members / perUnion));
  const takenFrom = rng.int(0, 1);
  const sectorIn0 = sector === 'nonState' ? move.unions : 0;
  const founded = Math.min(Math.max(0, end - takenFrom - sectorIn0), sector === 'state' ? rng.int(0, 2) : rng.int(1, 5));
  const dissolved = sector === 'state' ? rng.int(0, 1) : rng.int(1, 3);
  const merged = sector === 'state' ? rng.int(0, 1) : 0;
  const movedAway = rng.int(0, 1);
  const sectorIn = sector === 'nonState' ? move.unions : 0;
  const sectorOut = sector === 'state' ? move.unions : 0;
  const start = end - founded - takenFrom - sectorIn + dissolved + merged + movedAway + sectorOut;
  const second = sector === 'state' ? Math.min(end - 1, rng.int(0, 3)) : Math.min(end, rng.int(0, 1));
  const types: [number, number] = [end - second, second];
  const rated = end - (founded > 0 && end > 3 ? rng.int(0, 1) : 0);
  let ratings: [number, number, number, number];
  if (rated <= 3) ratings = [0, rated, 0, 0];
  else {
    const excellent = Math.floor(rated * rng.real(0.2, 0.3));
    const good = Math.floor(rated * rng.real(0.55, 0.62));
    const failed = Math.min(rated - excellent - good, rng.int(0, 1));
    ratings = [excellent, good, rated - excellent - good - failed, failed];
  }
  const chairs = sector === 'nonState' ? end : 0;
  return { start, founded, takenFrom, sectorIn, dissolved, merged, movedAway, sectorOut, end, types, withoutUnion: sector === 'nonState' ? rng.int(0, 6) : 0, rated, ratings, chairs, chairsTrained: round(chairs * rng.real(0.6, 1)) };
}

export function sectorFigures(rng: SeededRandom, kind: UnitKind, sector: Sector, members: number, move: SectorMove): SectorFigures {
  if (members === 0) return { members: NO_MEMBERS, workers: 0, womenWorkers: 0, womenMembers: 0, ethnic: 0, unions: NO_UNIONS, fullTime: 0, introduced: 0, partyAdmitted: 0 };
  const flow = memberFlow(rng, kind, sector, members, move);
  const workers = members + round(members * rng.real(0.05, 0.25));
  const womenWorkers = round(workers * rng.real(0.35, 0.6));
  const womenMembers = Math.floor((members * womenWorkers) / workers);
  const ethnic = round(members * rng.real(0.2, 0.6));
  const unions = kind === 'grassroots' ? NO_UNIONS : unionFlow(rng, sector, members, move);
  const fullTime = sector === 'nonState' || kind === 'grassroots' ? 0 : kind === 'province' ? rng.int(15, 25) : rng.int(3, 6);
  const introduced = round(members * rng.real(0.02, 0.05));
  const partyAdmitted = round(introduced * rng.real(0.5, 0.8));
  return { members: flow, workers, womenWorkers, womenMembers, ethnic, unions, fullTime, introduced, partyAdmitted };
}

/** PL02 — workers, members and their moves; grassroots unions (summarising units only); officers. */
export function membersAnnex(f: Figures, s: Record<Sector, SectorFigures>, grassroots: boolean): void {
  const m = (k: keyof MemberFlow) => ({ state: s.state.members[k], nonState: s.nonState.members[k] });
  const u = (k: Exclude<keyof UnionFlow, 'types' | 'ratings'>) => ({ state: s.state.unions[k], nonState: s.nonState.unions[k] });
  f.bySector('1', { state: s.state.workers, nonState: s.nonState.workers });
  f.bySector('1.1', { state: s.state.womenWorkers, nonState: s.nonState.womenWorkers });
  f.bySector('2', m('start'));
  const rows: Array<[string, keyof MemberFlow]> = [['3.1', 'admitted'], ['3.2', 'movedIn'], ['3.3', 'takenOver'], ['3.4', 'sectorIn'], ['4.1', 'movedOut'], ['4.2', 'dissolvedLoss'], ['4.3', 'sectorOut'], ['4.4', 'otherLoss'], ['5', 'end']];
  for (const [row, k] of rows) f.bySector(row, m(k));
  f.bySector('5.1', { state: s.state.womenMembers, nonState: s.nonState.womenMembers });
  f.bySector('5.2', { state: s.state.ethnic, nonState: s.nonState.ethnic });
  f.bySector('14', { state: s.state.fullTime, nonState: s.nonState.fullTime });
  f.bySector('16', { state: s.state.introduced, nonState: s.nonState.introduced });
  f.bySector('17', { state: s.state.partyAdmitted, nonState: s.nonState.partyAdmitted });
  if (grassroots) return;
  f.bySector('6', u('start'));
  const unionRows: Array<[string, Exclude<keyof UnionFlow, 'types' | 'ratings'>]> = [['7.1', 'founded'], ['7.2', 'takenFrom'], ['7.3', 'sectorIn'], ['8.1', 'dissolved'], ['8.2', 'merged'], ['8.3', 'movedAway'], ['8.4', 'sectorOut'], ['9', 'end'], ['10', 'withoutUnion'], ['11', 'rated']];
  for (const [row, k] of unionRows) f.bySector(row, u(k));
  f.oneSector('9.1', 'state', s.state.unions.types[0]);
  f.oneSector('9.2', 'state', s.state.unions.types[1]);
  f.oneSector('9.3', 'nonState', s.nonState.unions.types[0]);
  f.oneSector('9.4', 'nonState', s.nonState.unions.types[1]);
  ['11.1', '11.2', '11.3', '11.4'].forEach((row, i) => f.bySector(row, { state: s.state.unions.ratings[i], nonState: s.nonState.unions.ratings[i] }));
  f.oneSector('15', 'nonState', s.nonState.unions.chairs);
  f.oneSector('15.1', 'nonState', s.nonState.unions.chairsTrained);
}
