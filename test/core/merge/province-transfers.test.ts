import { ownReportFigures } from '../../../src/core/demo/own-report';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import { summaryWorkbook } from '../../../src/core/summary';
import type { FigureMap } from '../../../src/core/report/model-source';
import { figuresOf, pack, submission } from './helpers';

/**
 * Issue 13's "done when": a province summary of two districts that each pass money to the province
 * counts that money once. The expected figures are plain sums of what each unit typed (number
 * arithmetic on the figure maps, not the merge's Decimal), minus the money that moved between the
 * province and its two districts.
 */

const districts = ['H01', 'H03'];
const own = ownReportFigures(pack, pack.issuer.code, districts);
const figures = new Map<string, FigureMap>([[pack.issuer.code, own], ...districts.map((d) => [d, figuresOf(d)] as [string, FigureMap])]);
const n = (unit: string, row: string, col: string) => (figures.get(unit)!.PL07[row]?.[col] as number | undefined) ?? 0;
const sumOf = (units: readonly string[], row: string, col: string) => units.reduce((a, u) => a + n(u, row, col), 0);
const all = [pack.issuer.code, ...districts];
const YEARS = ['1', '2', '3'];

const result = mergeSubmissions(pack, all.map((u) => submission(u, { figures: figures.get(u) })), { annexIds: ['PL07'] });
const value = (row: string, col: string) => {
  const cell = result.cells.get(`PL07|${row}|${col}`) as { value: { toNumber(): number } | null } | undefined;
  return cell?.value?.toNumber() ?? 0;
};

test('the province and both districts are merged, the province as its own report', () => {
  expect(result.entries.map((e) => [e.unitCode, e.decision.status]).sort()).toEqual([
    ['H01', 'ready'],
    ['H03', 'ready'],
    [pack.issuer.code, 'own'],
  ]);
});

test('the money the districts paid up to the province (7.30) and the province received (7.12) counts once', () => {
  for (const col of YEARS) {
    const paidUp = sumOf(districts, '7.30', col);
    expect(paidUp).toBeGreaterThan(0);
    expect(n(pack.issuer.code, '7.12', col)).toBe(paidUp);
    // What leaves the province (to the national federation) stays; the districts' payment to it is gone.
    expect([col, value('7.30', col)]).toEqual([col, n(pack.issuer.code, '7.30', col)]);
    expect([col, value('7.12', col)]).toEqual([col, sumOf(all, '7.12', col) - paidUp]);
  }
});

test('the fund share the province granted (7.31) and the districts received (25) counts once', () => {
  for (const col of YEARS) {
    const granted = sumOf(districts, '25', col);
    expect(granted).toBeGreaterThan(0);
    expect([col, value('25', col)]).toEqual([col, sumOf(all, '25', col) - granted]);
    expect([col, value('7.31', col)]).toEqual([col, sumOf(all, '7.31', col) - granted]);
    const outcomes = result.transfers.filter((t) => t.colCode === col);
    expect(outcomes.map((t) => [t.state, t.difference])).toEqual([
      ['eliminated', null],
      ['eliminated', null],
    ]);
  }
});

test("the summary's total revenue (7.10) is the units' revenue less the money moved inside, with the plain sum beside the transfer rows", () => {
  const sheet = summaryWorkbook(pack, result).sheets.find((s) => s.identity.annexId === 'PL07')!;
  const at = (row: string, col: number) => sheet.cells.find((c) => c.row === sheet.layout.rows[row] && c.col === col);
  const revenueRows = ['22', '23', '24', '7.11', '25', '7.12'];
  for (const col of YEARS) {
    const plainRevenue = revenueRows.reduce((a, r) => a + sumOf(all, r, col), 0);
    const internal = sumOf(districts, '7.30', col) + sumOf(districts, '25', col);
    expect([col, at('7.10', sheet.layout.cols[col])?.value]).toEqual([col, plainRevenue - internal]);
  }
  // Right of the table, one column per year: the plain sum of a transfer row, before elimination.
  const first = Math.max(...Object.values(sheet.layout.cols)) + 1;
  for (const [i, col] of YEARS.entries()) for (const row of ['7.12', '7.30', '25', '7.31']) expect([row, col, at(row, first + i)?.value]).toEqual([row, col, sumOf(all, row, col)]);
});
