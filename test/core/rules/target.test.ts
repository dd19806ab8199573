import { Decimal } from '../../../src/core/numbers/decimal';
import { assessAttainment, termElapsed } from '../../../src/core/rules/target';

const d = (n: number) => Decimal.fromNumber(n);
const term = termElapsed({ termStart: 2018, termEnd: 2023, periodEnd: '2020-12-31' });

describe('target attainment', () => {
  test('three years of a five-year term have elapsed at 31/12/2020', () => {
    expect(term).toEqual({ elapsedDays: 1096, termDays: 1826 });
  });
  test.each([
    ['exceeded', 2100, 2000, null],
    ['met', 2000, 2000, null],
    ['notYet', 1250, 2000, null],
    ['notYet', 1000, 2000, 2000],
    ['atRisk', 1000, 2000, 1500],
    ['atRisk', 1000, 2000, null],
  ] as const)('%s: result %d, target %d, expected %s', (status, result, target, expected) => {
    const a = assessAttainment({ measure: 'count', target: d(target), result: d(result), expected: expected === null ? null : d(expected), ...term });
    expect(a.status).toBe(status);
  });
  test('a count: % of the target and a linear projection to the end of the term', () => {
    const a = assessAttainment({ measure: 'count', target: d(2000), result: d(1250), expected: null, ...term });
    expect(a.percent!.toString()).toBe('62.5');
    expect(a.projection!.round(0).toString()).toBe('2083');
  });
  test('a rate is compared as it is, without projection', () => {
    const a = assessAttainment({ measure: 'rate', target: d(80), result: d(79.1), expected: d(80), ...term });
    expect(a).toMatchObject({ status: 'notYet', percent: null, projection: null });
    expect(assessAttainment({ measure: 'rate', target: d(80), result: d(79.1), expected: null, ...term }).status).toBe('atRisk');
  });
  test('a zero target: any result meets it, no percentage', () => {
    const a = assessAttainment({ measure: 'count', target: d(0), result: d(0), expected: null, ...term });
    expect(a).toMatchObject({ status: 'met', percent: null });
  });
});
