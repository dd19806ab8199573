/**
 * The running account of one file (src/xlsx/guards/read-guard.ts) at its exact bounds, on a clock the
 * test moves: the cell limit counts every stored cell (an ODF repeat counts n), the time limit is
 * looked at once every 2048 ticks and on demand, the sheet limit refuses one sheet over. Written for
 * the mutants of read-guard.ts that the file-level guard tests let survive (README "Mutation testing").
 */
import { ReadGuard } from '../../src/xlsx/guards/read-guard';
import { DEFAULT_READ_LIMITS, readLimits } from '../../src/xlsx/guards/limits';
import { XlsxReadError } from '../../src/xlsx/read-errors';

function refusal(f: () => void): string {
  try {
    f();
  } catch (e) {
    return e instanceof XlsxReadError ? `${e.code}: ${e.detail}` : `not a refusal: ${String(e)}`;
  }
  return 'none';
}

describe('ReadGuard', () => {
  test('the cell limit: up to maxCells stored, one more refused; a repeat counts as many cells', () => {
    const guard = new ReadGuard(readLimits({ maxCells: 3 }));
    guard.addCells();
    guard.addCells(2);
    expect(guard.cells).toBe(3);
    expect(refusal(() => guard.addCells())).toBe('tooManyCells: more than 3 non-empty cells');
    const repeated = new ReadGuard(readLimits({ maxCells: 10 }));
    expect(refusal(() => repeated.addCells(11))).toBe('tooManyCells: more than 10 non-empty cells');
  });

  test('the time limit: at the deadline still reading, one millisecond after refused, in seconds rounded', () => {
    let now = 1_000;
    const guard = new ReadGuard(readLimits({ maxMillis: 1_500 }), () => now);
    now = 2_500;
    expect(refusal(() => guard.checkTime())).toBe('none');
    now = 2_501;
    expect(refusal(() => guard.checkTime())).toBe('tooSlow: reading took longer than 2 s');
  });

  test('ticks look at the clock once every 2048: the 2048th tick past the deadline refuses, not before', () => {
    let now = 0;
    const guard = new ReadGuard(readLimits({ maxMillis: 10 }), () => now);
    now = 11;
    for (let i = 1; i < 2048; i++) guard.tick();
    expect(refusal(() => guard.tick())).toBe('tooSlow: reading took longer than 0 s');
    // Within the time, ticks never refuse.
    const calm = new ReadGuard(readLimits({ maxMillis: 10 }), () => 0);
    expect(refusal(() => {
      for (let i = 0; i < 5000; i++) calm.tick();
    })).toBe('none');
  });

  test('the sheet limit: maxSheets sheets read, one more refused', () => {
    const guard = new ReadGuard(readLimits({ maxSheets: 2 }));
    expect(refusal(() => guard.checkSheets(2))).toBe('none');
    expect(refusal(() => guard.checkSheets(3))).toBe('tooManyCells: 3 sheets, limit 2');
  });

  test('by default: the default limits and the wall clock', () => {
    const guard = new ReadGuard();
    expect(guard.limits).toBe(DEFAULT_READ_LIMITS);
    expect(guard.cells).toBe(0);
    expect(refusal(() => guard.checkTime())).toBe('none');
    const late = new ReadGuard(readLimits({ maxMillis: -1 }));
    expect(refusal(() => late.checkTime())).toBe('tooSlow: reading took longer than 0 s');
  });
});
