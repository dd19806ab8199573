/**
 * Every bound the reader puts on a file from outside, in one place. A file that crosses one is
 * refused with its own code (see read-errors.ts), never read halfway.
 */

export interface ReadLimits {
  /** Size of one file as received. An annex workbook is 25–200 kB; with logos and extra sheets a few MB. */
  maxFileBytes: number;
  /** Sum of the parts actually inflated from one zip (counted while inflating, not from the directory). */
  maxUncompressedBytes: number;
  /** Inflated/compressed ratio of one part above which it is a bomb (checked while inflating). */
  maxRatio: number;
  /** Parts smaller than this are not ratio-checked: small repetitive XML compresses extremely well and is harmless. */
  ratioFloorBytes: number;
  /** Entries in the zip's central directory. */
  maxZipEntries: number;
  /** Nesting of XML elements (OOXML and ODF nest about ten deep). */
  maxXmlDepth: number;
  /** Non-empty cells in the whole workbook, repeated ODF cells counted one by one. */
  maxCells: number;
  /** Sheets in the workbook. */
  maxSheets: number;
  /** Wall-clock time for one file, checked as parts and cells are read. */
  maxMillis: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxZipEntries: 10_000,
  maxXmlDepth: 256,
  maxCells: 500_000,
  maxSheets: 500,
  maxMillis: 15_000,
};

/** Bytes of all the files of one merge or validation run together. */
export const DEFAULT_MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export function readLimits(partial?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...partial };
}

/**
 * What the caller of a run of files has spent so far: one budget per merge (or validation) run,
 * passed to every openWorkbookFile call of that run. A file that would take the run past its total
 * is refused by itself; the files before it stay read.
 */
export class ReadBudget {
  private used = 0;
  private filesSeen = 0;

  constructor(readonly maxTotalBytes: number = DEFAULT_MAX_TOTAL_BYTES) {}

  get usedBytes(): number {
    return this.used;
  }

  get files(): number {
    return this.filesSeen;
  }

  /** Charges a file (or, with file false, more bytes of one: what it decrypts to); false (and nothing charged) when it would go over the total. */
  tryCharge(bytes: number, file = true): boolean {
    if (this.used + bytes > this.maxTotalBytes) return false;
    this.used += bytes;
    if (file) this.filesSeen++;
    return true;
  }

  /**
   * Gives back what a file was charged when it was not read after all (it needs a password): asking
   * for the password and reading it again must not count it twice.
   */
  release(bytes: number, file = true): void {
    this.used = Math.max(0, this.used - bytes);
    if (file) this.filesSeen = Math.max(0, this.filesSeen - 1);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}
