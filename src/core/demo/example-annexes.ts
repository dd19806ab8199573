import type { UnitKind } from '../pack/types';
import { Figures, oneDecimal, round, thousand, type GrassrootsType } from './example-members';
import type { SeededRandom } from './random';

/**
 * PL03–PL07 of a unit's example figures. Money is in the unit each annex states: triệu đồng with one
 * decimal in PL03 and PL04, đồng in PL06 and PL07. The finance lines are the unit's OWN budget (each
 * level records its own revenue and spending; what moves between levels is in the transfer rows).
 */

export interface Scope {
  rng: SeededRandom;
  f: Figures;
  kind: UnitKind;
  grassroots: boolean;
  /** The grassroots union's type (grassroots units only). */
  type?: GrassrootsType;
  /** True for the education sector union: its initiatives are "sáng kiến kinh nghiệm", without money value. */
  education: boolean;
  members: number;
  workers: number;
  womenWorkers: number;
  womenMembers: number;
  /** Grassroots unions in scope at 31/12/2020 (summarising units). */
  unions: number;
  /** Agencies (HCSN) and enterprises with a union. */
  agencies: number;
  enterprises: number;
}

export interface Representation {
  enterprises: number;
  agencies: number;
  cba: number;
  conferences: number;
  cscvc: number;
  homes: number;
}

/** PL03 — agreements, conferences, disputes, safety, welfare. */
export function representationAnnex({ rng, f, grassroots, members, agencies, enterprises }: Scope): Representation {
  const cba = round(enterprises * rng.real(0.75, 0.95));
  const conferences = round(enterprises * rng.real(0.8, 0.95));
  const accidents = grassroots ? (enterprises > 0 ? rng.int(0, 1) : 0) : rng.int(0, 4);
  const victims = accidents > 0 ? accidents + rng.int(0, 2) : 0;
  const stoppages = enterprises > 0 && !grassroots ? rng.int(0, 2) : 0;
  const homes = grassroots ? rng.int(0, 1) : rng.int(3, 12);
  const tet = round(members * rng.real(0.1, 0.25));
  const hardship = round(members * rng.real(0.02, 0.06));
  const covid = round(members * rng.real(0.05, 0.2));
  const set = (row: string, v: number) => f.set('PL03', row, '1', v);
  set('1', enterprises);
  set('1.1', cba);
  set('1.2', conferences);
  set('2', cba + rng.int(0, Math.max(1, round(cba * 0.3))));
  set('4', agencies);
  set('4.1', agencies);
  set('5', enterprises * rng.int(1, 4) + agencies);
  set('6', stoppages);
  set('6.1', stoppages);
  set('7', grassroots ? 0 : rng.int(0, 5));
  set('8', grassroots ? 0 : rng.int(0, 2));
  set('9', accidents);
  set('9.1', victims);
  set('9.2', victims > 0 && rng.next() < 0.3 ? 1 : 0);
  if (!grassroots) {
    const arrears = rng.int(0, 5);
    set('10', arrears);
    set('10.1', oneDecimal(arrears * rng.real(20, 200)));
  }
  set('11', round(members * rng.real(0.1, 0.3)));
  set('12', homes);
  f.set('PL03', '12.1', '1', oneDecimal(homes * rng.real(40, 60)));
  set('13', tet);
  f.set('PL03', '13.1', '1', oneDecimal(tet * rng.real(0.3, 0.5)));
  set('14', hardship);
  f.set('PL03', '14.1', '1', oneDecimal(hardship * rng.real(0.5, 2)));
  set('15', covid);
  f.set('PL03', '15.1', '1', oneDecimal(covid * rng.real(0.3, 1)));
  return { enterprises, agencies, cba, conferences, cscvc: agencies, homes };
}

/** PL04 — per year 2018, 2019, 2020 (column 4 is computed); returns the officers trained each year. */
export function emulationAnnex({ rng, f, grassroots, education }: Scope): number[] {
  const trainedByYear: number[] = [];
  for (const col of ['1', '2', '3']) {
    const initiatives = grassroots ? rng.int(0, 3) : rng.int(5, 30);
    // Teachers' "sáng kiến kinh nghiệm" have no money value: only code 1.
    const valued = education ? 0 : round(initiatives * rng.real(0.3, 0.7));
    const works = grassroots ? rng.int(0, 2) : rng.int(5, 25);
    const individuals = grassroots ? rng.int(1, 8) : rng.int(30, 120);
    const sessions = grassroots ? rng.int(1, 6) : rng.int(10, 40);
    const trained = grassroots ? rng.int(2, 10) : rng.int(100, 400);
    trainedByYear.push(trained);
    const set = (row: string, v: number) => f.set('PL04', row, col, v);
    set('1', initiatives);
    set('1.1', valued);
    set('1.2', oneDecimal(valued * rng.real(5, 50)));
    set('2', works);
    set('2.1', oneDecimal(works * rng.real(50, 500)));
    set('3', grassroots ? rng.int(0, 2) : rng.int(5, 20));
    set('4', individuals);
    set('4.1', round(individuals * rng.real(0.3, 0.6)));
    set('5', sessions);
    set('5.1', sessions * rng.int(20, 80));
    set('6', trained);
    set('6.1', round(trained * rng.real(0.6, 0.9)));
    set('6.2', round(trained * rng.real(0.3, 0.55)));
  }
  return trainedByYear;
}

/** PL05 — women; returns the committee members, and the women among them. */
export function womenAnnex({ rng, f, grassroots, members, workers, womenWorkers, womenMembers, unions }: Scope): { committee: number; womenCommittee: number } {
  const committee = Math.min(members, grassroots ? rng.int(3, 9) : unions * rng.int(3, 7) + 15);
  const womenCommittee = Math.min(womenMembers, round(committee * rng.real(0.3, 0.45)));
  const chairs = grassroots ? 1 : unions + 1;
  const viceChairs = Math.min(committee - chairs, grassroots ? 1 : round(chairs * rng.real(0.5, 1)));
  const womenChairs = Math.min(womenCommittee, Math.floor(chairs * rng.real(0.2, 0.4)));
  const womenVice = Math.max(0, Math.min(Math.floor(viceChairs * rng.real(0.3, 0.5)), womenCommittee - womenChairs));
  const set = (row: string, col: string, v: number) => f.set('PL05', row, col, v);
  set('1', '1', workers);
  set('1', '2', womenWorkers);
  set('2', '1', members);
  set('2', '2', womenMembers);
  set('3', '1', committee);
  set('3', '2', womenCommittee);
  set('3.1', '1', chairs);
  set('3.1', '2', womenChairs);
  set('3.2', '1', viceChairs);
  set('3.2', '2', womenVice);
  set('4', '1', grassroots ? 1 : round(unions * rng.real(0.5, 0.9)));
  set('5', '1', round(womenWorkers * rng.real(0.2, 0.5)));
  set('6', '1', round(members * rng.real(0.1, 0.4)));
  return { committee, womenCommittee };
}

/**
 * PL06 — inspection committees, inspections, complaints (some carried over from before the term),
 * violations; `inspected` is the CĐCS inspected since 2018 (PL01 code 12.2).
 */
export function inspectionAnnex({ rng, f, unions }: Scope, inspected: number): void {
  const inspections = rng.int(5, 20);
  const carried = rng.int(1, 2);
  const received = rng.int(0, 6);
  const violations = rng.int(0, 4);
  const recommended = violations > 0 ? thousand(rng.real(5, 50) * 1e6) : 0;
  const committees = round(unions * rng.real(0.3, 0.6)) + 1;
  const inspectors = committees * 3;
  const set = (row: string, v: number) => f.set('PL06', row, '1', v);
  set('1', committees);
  set('1.1', inspectors);
  set('1.2', round(inspectors * rng.real(0.3, 0.5)));
  set('2', inspections);
  set('2.1', inspections - rng.int(0, 3));
  set('2.2', round(inspections * rng.real(0.4, 0.8)));
  set('3', inspected + rng.int(1, 4));
  set('3.1', inspected + rng.int(0, 1));
  set('4', rng.int(2, 10));
  set('5.1', carried);
  set('5.2', received);
  set('5.3', carried + received - rng.int(0, 1));
  set('5.4', carried + received - rng.int(0, 1));
  set('6', violations);
  set('7', recommended);
  set('7.1', thousand(recommended * rng.real(0.5, 1)));
  set('8', rng.int(0, 1));
}

/** A unit's own budget for one year, in đồng. */
export interface YearBudget {
  payroll: number;
  funds: number | null;
  dues: number;
  other: number;
  stateBudget: number;
  fromParent: number;
  fromChildren: number | null;
  toParent: number;
  toChildren: number | null;
}

/**
 * PL07 — the unit's own budget, 2018–2020; each year's closing balance opens the next. A CĐCS whose
 * union fund (KPCĐ, 2 % of the insured payroll) is collected by the upper level leaves code 22 empty
 * and receives its share back as "kinh phí cấp trên cấp" (25); it pays a share of its dues up (7.30).
 * A summarising unit collects the fund (22), receives its units' share of dues (7.12), grants their
 * share of the fund down (7.31) and pays its own share up (7.30).
 */
export function financeAnnex({ rng, f, grassroots, members, workers, kind }: Scope): YearBudget[] {
  const budgets: YearBudget[] = [];
  let opening = thousand(members * rng.real(0.2, 0.5) * 1e6 * (grassroots ? 0.3 : 0.1));
  let growth = 1;
  const salary = rng.real(60, 85) * 1e6;
  for (const col of ['1', '2', '3']) {
    const payroll = thousand(workers * salary * growth);
    const fund = thousand(0.02 * payroll * rng.real(0.96, 1.04));
    const dues = thousand(members * rng.real(450_000, 700_000) * growth);
    const b: YearBudget = grassroots
      ? { payroll, funds: null, dues, other: thousand(dues * rng.real(0, 0.1)), stateBudget: 0, fromParent: thousand(0.02 * payroll * 0.69 * rng.real(0.9, 1)), fromChildren: null, toParent: thousand(dues * 0.4), toChildren: null }
      : {
          payroll,
          funds: fund,
          dues: thousand(dues * 0.1),
          other: thousand(fund * rng.real(0, 0.02)),
          stateBudget: rng.next() < 0.3 ? thousand(rng.real(10, 50) * 1e6) : 0,
          fromParent: kind === 'province' ? 0 : thousand(fund * rng.real(0.02, 0.05)),
          fromChildren: thousand(dues * 0.9 * 0.4),
          toParent: thousand(fund * (kind === 'province' ? 0.25 : 0.1)),
          toChildren: thousand(fund * 0.6),
        };
    const revenue = (b.funds ?? 0) + b.dues + b.other + b.stateBudget + b.fromParent + (b.fromChildren ?? 0);
    const usable = revenue - b.toParent - (b.toChildren ?? 0);
    const allowances = thousand(usable * rng.real(0.15, 0.25));
    const admin = thousand(usable * rng.real(0.08, 0.1));
    const activities = thousand(usable * rng.real(0.5, 0.6));
    const otherSpending = thousand(usable * rng.real(0.01, 0.03));
    const adjustment = 0;
    const closing = opening + revenue - allowances - admin - activities - otherSpending - b.toParent - (b.toChildren ?? 0) + adjustment;
    const values: Record<string, number | null> = {
      '7.01': payroll, '7.02': members, '26': opening, '22': b.funds, '23': b.dues, '24': b.other, '7.11': b.stateBudget, '25': b.fromParent, '7.12': b.fromChildren,
      '27': allowances, '29': admin, '31': activities, '31.1': thousand(activities * rng.real(0.4, 0.6)), '31.2': thousand(activities * rng.real(0.2, 0.35)), '7.21': otherSpending,
      '7.30': b.toParent, '7.31': b.toChildren, '7.40': adjustment, '7.50': closing,
    };
    for (const [row, v] of Object.entries(values)) if (v !== null) f.set('PL07', row, col, v);
    if (!grassroots) {
      const inArrears = rng.int(0, 6);
      f.set('PL07', '7.70', col, inArrears);
      f.set('PL07', '7.71', col, thousand(inArrears * rng.real(5, 40) * 1e6));
    }
    f.set('PL07', '7.60', col, thousand(members * rng.real(0.5, 1) * 1e6));
    budgets.push(b);
    opening = closing;
    growth *= rng.real(1.02, 1.08);
  }
  return budgets;
}
