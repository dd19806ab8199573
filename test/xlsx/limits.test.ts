import { DEFAULT_MAX_TOTAL_BYTES, DEFAULT_READ_LIMITS, formatBytes, ReadBudget, readLimits } from '../../src/xlsx/guards/limits';

describe('ReadBudget: one total for the files of a run', () => {
  test('a file that fits exactly is charged; one byte more is refused and charges nothing', () => {
    const budget = new ReadBudget(100);
    expect(budget.tryCharge(60)).toBe(true);
    expect(budget.tryCharge(41)).toBe(false);
    expect([budget.usedBytes, budget.files]).toEqual([60, 1]);
    expect(budget.tryCharge(40)).toBe(true);
    expect([budget.usedBytes, budget.files]).toEqual([100, 2]);
    expect(budget.tryCharge(1)).toBe(false);
    expect(budget.tryCharge(0)).toBe(true);
  });

  test('more bytes of a file (what it decrypts to) are not another file', () => {
    const budget = new ReadBudget(100);
    budget.tryCharge(10);
    expect(budget.tryCharge(30, false)).toBe(true);
    expect([budget.usedBytes, budget.files]).toEqual([40, 1]);
  });

  test('a file given back (it needs a password) is not counted twice, and nothing goes below zero', () => {
    const budget = new ReadBudget(100);
    budget.tryCharge(70);
    budget.release(70);
    expect([budget.usedBytes, budget.files]).toEqual([0, 0]);
    expect(budget.tryCharge(70)).toBe(true);
    budget.release(20, false);
    expect([budget.usedBytes, budget.files]).toEqual([50, 1]);
    budget.release(500);
    budget.release(1);
    expect([budget.usedBytes, budget.files]).toEqual([0, 0]);
  });

  test('the default total is 256 MB', () => {
    expect(DEFAULT_MAX_TOTAL_BYTES).toBe(256 * 1024 * 1024);
    expect(new ReadBudget().maxTotalBytes).toBe(DEFAULT_MAX_TOTAL_BYTES);
  });
});

describe('readLimits and formatBytes', () => {
  test('a partial set of limits keeps the defaults of the others', () => {
    expect(readLimits()).toEqual(DEFAULT_READ_LIMITS);
    expect(readLimits({ maxCells: 3 })).toEqual({ ...DEFAULT_READ_LIMITS, maxCells: 3 });
    expect(DEFAULT_READ_LIMITS.maxCells).toBe(500_000);
  });

  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 kB'],
    [1536, '1.5 kB'],
    [1024 * 1024 - 1, '1024.0 kB'],
    [1024 * 1024, '1.0 MB'],
    [20 * 1024 * 1024, '20.0 MB'],
  ])('%i bytes → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
