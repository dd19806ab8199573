import { Decimal } from '../../../src/core/numbers/decimal';
import { assessAttainment, termElapsed, termSpan, type AttainmentInput } from '../../../src/core/rules/target';
import { columnEstimated } from '../../../src/core/pack/estimates';

const d = (n: number) => Decimal.fromNumber(n);
const span = termElapsed({ termStart: 2018, termEnd: 2023, periodEnd: '2020-12-31' });
const base = { direction: '>=' as const, expected: null, span };
const count = (target: number | null, result: number | null, expected: number | null = null, extra: Partial<AttainmentInput> = {}) =>
  assessAttainment({ ...base, measure: 'termTotal', target: target === null ? null : d(target), result: result === null ? null : d(result), expected: expected === null ? null : d(expected), ...extra });

describe('the term of a target', () => {
  test('without congresses: three years of a five-year term have elapsed at 31/12/2020', () => {
    expect(span).toEqual({ elapsedDays: 1096, termDays: 1826 });
  });
  test('with a congress: from the day it opened to the end of its term', () => {
    const campaign = { termStart: 2018, termEnd: 2023, periodEnd: '2020-12-31', congresses: [{ id: 'XII', name: 'Đại hội XII', held: '2018-09-24', termEnd: '2023-12-01' }] };
    // 24/9/2018 → 1/1/2021 is 830 days; 24/9/2018 → 1/12/2023 is 1894 days.
    expect(termSpan(campaign, 'XII')).toEqual({ elapsedDays: 830, termDays: 1894 });
    expect(termSpan(campaign)).toEqual(span);
  });
});

describe('a total over the term (≥)', () => {
  test.each([
    ['exceeded', 2100, null],
    ['met', 2000, null],
    ['onTrack', 1250, null], // projected 2 083
    ['atRisk', 1000, null], // projected 1 666
    ['onTrack', 1000, 2000], // the unit's expectation decides where it is given
    ['atRisk', 1250, 1900], // … even against a projection that would reach the target
  ] as const)('%s: result %d, expected %s (target 2 000)', (status, result, expected) => {
    expect(count(2000, result, expected)!.status).toBe(status);
  });
  test('% of the target and a linear projection to the end of the term', () => {
    const a = count(2000, 1250)!;
    expect(a.percent!.toString()).toBe('62.5');
    expect(a.projection!.round(0).toString()).toBe('2083');
  });
  test('a zero target: any result meets it, no percentage', () => {
    expect(count(0, 0)).toMatchObject({ status: 'met', percent: null });
  });
  test('no target is "noTarget", never 0 %; no result is nothing to judge', () => {
    expect(count(null, 1250)).toEqual({ status: 'noTarget', percent: null, projection: null });
    expect(count(null, null)!.status).toBe('noTarget');
    expect(count(2000, null)).toBeNull();
  });
});

describe('a ceiling over the term (≤)', () => {
  const max = (target: number, result: number, expected: number | null = null, s = span) =>
    count(target, result, expected, { direction: '<=', span: s })!.status;
  test('beyond the ceiling is at risk at once; under it, the projection or the expectation decides', () => {
    expect(max(10, 11)).toBe('atRisk');
    expect(max(10, 5)).toBe('onTrack'); // projected 8.3
    expect(max(10, 7)).toBe('atRisk'); // projected 11.7
    expect(max(10, 7, 10)).toBe('onTrack');
  });
  test('at the end of the term under the ceiling is exceeded, at it met', () => {
    const over = { elapsedDays: 1900, termDays: 1826 };
    expect(max(10, 7, null, over)).toBe('exceeded');
    expect(max(10, 10, null, over)).toBe('met');
  });
});

describe('a rate', () => {
  const rate = (target: number, result: number, expected: number | null, direction: '>=' | '<=' = '>=') =>
    assessAttainment({ ...base, direction, measure: 'rate', target: d(target), result: d(result), expected: expected === null ? null : d(expected) })!;
  test('compared as it is, without projection; the expectation decides when short', () => {
    expect(rate(80, 79.1, 80)).toMatchObject({ status: 'onTrack', percent: null, projection: null });
    expect(rate(80, 79.1, null).status).toBe('atRisk');
    expect(rate(80, 80, null).status).toBe('met');
    expect(rate(80, 92, null).status).toBe('exceeded');
  });
  test('a rate to stay under', () => {
    expect(rate(5, 3, null, '<=').status).toBe('exceeded');
    expect(rate(5, 6, 4, '<=').status).toBe('onTrack');
    expect(rate(5, 6, null, '<=').status).toBe('atRisk');
  });
});

describe('an annual target, judged every year', () => {
  const annual = (target: number, years: Array<[number | null, boolean]>) =>
    assessAttainment({ ...base, measure: 'annual', target: d(target), result: null, years: years.map(([v, estimated]) => ({ value: v === null ? null : d(v), estimated })) });
  test('every year met, beyond, one missed', () => {
    expect(annual(80, [[80, false], [85, false], [90, false]])!.status).toBe('met');
    expect(annual(80, [[81, false], [85, false], [90, false]])!.status).toBe('exceeded');
    // 2020 alone at 90 % no longer hides a year below the target.
    expect(annual(80, [[75, false], [85, false], [90, false]])!.status).toBe('atRisk');
  });
  test('the last year estimated: on track when its estimate meets the target', () => {
    expect(annual(80, [[82, false], [85, false], [90, true]])!.status).toBe('onTrack');
    expect(annual(80, [[82, false], [85, false], [79, true]])!.status).toBe('atRisk');
  });
  test('years not given are left out; none given is nothing to judge', () => {
    expect(annual(80, [[null, false], [85, false], [90, false]])!.status).toBe('exceeded');
    expect(annual(80, [[null, false], [null, false], [null, true]])).toBeNull();
  });
});

describe('estimated figures', () => {
  const campaign = { periodEnd: '2020-12-31', deadline: '2020-12-25' };
  test('a year or a cumulative column that ends after the deadline is an estimate', () => {
    expect(columnEstimated({ year: 2020 }, campaign)).toBe(true);
    expect(columnEstimated({ year: 2019 }, campaign)).toBe(false);
    expect(columnEstimated({ period: 'toPeriodEnd' }, campaign)).toBe(true);
    expect(columnEstimated({}, campaign)).toBe(false);
    expect(columnEstimated({ year: 2020 }, { periodEnd: '2020-12-31', deadline: '2021-01-15' })).toBe(false);
  });
});
