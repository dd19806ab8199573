/**
 * The running account of one file being read: time spent and cells stored, against its ReadLimits.
 * Passed down to the zip, the XML tokenizer and the sheet readers; each throws an XlsxReadError as
 * soon as a bound is crossed, so a hostile file costs at most its limits.
 */
import { XlsxReadError } from '../read-errors';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';

/** Clock checks are cheap but not free: one every this many ticks (XML elements, cells). */
const TICKS_PER_CLOCK_CHECK = 2048;

export class ReadGuard {
  private readonly deadline: number;
  private cellCount = 0;
  private ticks = 0;

  constructor(
    readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.maxMillis;
  }

  get cells(): number {
    return this.cellCount;
  }

  /** Called for every XML element and cell; looks at the clock now and then. */
  tick(): void {
    if (++this.ticks % TICKS_PER_CLOCK_CHECK === 0) this.checkTime();
  }

  checkTime(): void {
    if (this.now() > this.deadline) {
      throw new XlsxReadError('tooSlow', `reading took longer than ${Math.round(this.limits.maxMillis / 1000)} s`);
    }
  }

  /** Counts stored cells (an ODF cell repeated n times counts n). */
  addCells(n = 1): void {
    this.cellCount += n;
    if (this.cellCount > this.limits.maxCells) {
      throw new XlsxReadError('tooManyCells', `more than ${this.limits.maxCells} non-empty cells`);
    }
  }

  checkSheets(count: number): void {
    if (count > this.limits.maxSheets) throw new XlsxReadError('tooManyCells', `${count} sheets, limit ${this.limits.maxSheets}`);
  }
}
