import { Decimal } from '../../../src/core/numbers/decimal';
import { percentOfTarget } from '../../../src/core/overview/overview-data';

/** One definition of "% of target" for the overview, the draft reports and the pane's bars. */
describe('percentOfTarget', () => {
  const d = (n: number) => Decimal.fromNumber(n);

  it("takes the target rule's own percent when it has one", () => {
    expect(percentOfTarget({ percent: 147 }, d(2000), d(2940))?.toNumber()).toBe(147);
  });

  it('else the result over the target, to one decimal (a rate has no percent of its own)', () => {
    expect(percentOfTarget({ percent: null }, d(90), d(85))?.toNumber()).toBe(94.4);
    expect(percentOfTarget(undefined, d(3), d(2))?.toNumber()).toBe(66.7);
  });

  it('null, never NaN or Infinity, with a target of 0 or a missing figure', () => {
    expect(percentOfTarget(undefined, d(0), d(5))).toBeNull();
    expect(percentOfTarget(undefined, null, d(5))).toBeNull();
    expect(percentOfTarget(undefined, d(5), null)).toBeNull();
  });
});
