/**
 * THE entry point for a workbook file from outside — the task pane and the CLI both read every
 * file through here. In order:
 *   1. the run's total (ReadBudget, passed by the caller across files) and the file's own size;
 *   2. what the bytes are (sniffContainer: zip, OLE, bare BIFF — or a named refusal: empty, CSV,
 *      HTML, PDF …), never the file name;
 *   3. the zip guard (directory checks, inflating under output caps, CRC) for .xlsx/.xlsm and .ods;
 *      for .xls, the OLE directory and FILEPASS checks before SheetJS parses it;
 *   4. the format's reader under the XML guards (no DTD, depth) and the cell and time limits;
 *   5. the result as our own ReadWorkbook and a CellSource for validation and merge.
 * Never throws; a refusal carries its code, a technical detail and the message in both languages,
 * naming the file. One file's refusal never stops the caller's other files.
 */
import { makeTranslator, type Lang, type Params } from '../core/i18n/format';
import { xlsxWarnings } from '../core/i18n/xlsx-messages';
import type { CellSource } from '../core/report/cell-source';
import { formatBytes, readLimits, ReadBudget, type ReadLimits } from './guards/limits';
import { ReadGuard } from './guards/read-guard';
import { sniffContainer } from './guards/sniff';
import { isOdsPackage, readOdsPackage } from './legacy/ods';
import { readXls } from './legacy/xls';
import { readXlsxPackage } from './read';
import { readErrorMessages } from './read-error-message';
import { toReadError, XlsxReadError, type ReadError } from './read-errors';
import type { ReadWorkbook } from './read-types';
import { toCellSource } from './to-cell-source';
import { partText } from './read-package';
import { openZip, type ZipParts } from './zip-guard';

export { ReadBudget, DEFAULT_READ_LIMITS, DEFAULT_MAX_TOTAL_BYTES, type ReadLimits } from './guards/limits';

/** What the bytes turned out to be. */
export type WorkbookFormat = 'xlsx' | 'ods' | 'xls';

export interface WorkbookFile {
  /** The name the user knows the file by (shown in every message). */
  name: string;
  bytes: Uint8Array;
}

export interface OpenOptions {
  limits?: Partial<ReadLimits>;
  /** The run's running total across files; without one, only this file's limits apply. */
  budget?: ReadBudget;
  /** Test hook: the clock of the time limit. */
  now?: () => number;
  /**
   * Sheets the caller will never read (the check sheet "Kiểm tra": validation and merge recompute
   * it): listed empty, their part not even inflated. A large generated check sheet would otherwise
   * cost more than the annexes themselves.
   */
  skipSheet?: (name: string) => boolean;
}

export type OpenedWorkbook =
  | {
      ok: true;
      name: string;
      format: WorkbookFormat;
      workbook: ReadWorkbook;
      source: CellSource;
      /**
       * When the file was last saved, from its own properties (docProps/core.xml dcterms:modified for
       * .xlsx, meta.xml dc:date for .ods), read through the same guarded zip; null when absent or for .xls.
       */
      savedAt: Date | null;
      /** Read, but with something the user should know (cells outside the grid skipped), naming the file. */
      warnings: Array<Record<Lang, string>>;
      millis: number;
    }
  | { ok: false; name: string; error: ReadError; message: Record<Lang, string>; millis: number };

export function openWorkbookFile(file: WorkbookFile, opts: OpenOptions = {}): OpenedWorkbook {
  const started = Date.now();
  const limits = readLimits(opts.limits);
  try {
    const bytes = file.bytes;
    if (bytes.length > limits.maxFileBytes) {
      throw new XlsxReadError('tooLarge', `the file is ${formatBytes(bytes.length)}, limit ${formatBytes(limits.maxFileBytes)}`);
    }
    if (opts.budget && !opts.budget.tryCharge(bytes.length)) {
      const b = opts.budget;
      throw new XlsxReadError('totalTooLarge', `${formatBytes(b.usedBytes)} already read in ${b.files} files + ${formatBytes(bytes.length)}, limit ${formatBytes(b.maxTotalBytes)}`);
    }
    const guard = new ReadGuard(limits, opts.now);
    const { format, workbook, savedAt } = readAny(bytes, guard, opts.skipSheet);
    const warnings = workbook.sheets.flatMap((s) =>
      s.outOfGrid ? [bothLanguages('xlsx.warning.outOfGrid', { file: file.name, sheet: s.name, count: s.outOfGrid })] : [],
    );
    return { ok: true, name: file.name, format, workbook, source: toCellSource(workbook, file.name), savedAt, warnings, millis: Date.now() - started };
  } catch (e) {
    const error = toReadError(e);
    return { ok: false, name: file.name, error, message: readErrorMessages(file.name, error), millis: Date.now() - started };
  }
}

const warning = makeTranslator(xlsxWarnings);

function bothLanguages(key: keyof typeof xlsxWarnings, params: Params): Record<Lang, string> {
  return { vi: warning('vi', key, params), en: warning('en', key, params) };
}

function readAny(bytes: Uint8Array, guard: ReadGuard, skipSheet?: (name: string) => boolean): { format: WorkbookFormat; workbook: ReadWorkbook; savedAt: Date | null } {
  const container = sniffContainer(bytes);
  if (container !== 'zip') return { format: 'xls', workbook: readXls(bytes, container, guard), savedAt: null };
  const zip = openZip(bytes, guard);
  if (isOdsPackage(zip)) return { format: 'ods', workbook: readOdsPackage(zip, guard), savedAt: savedTime(zip, 'meta.xml', 'date') };
  return { format: 'xlsx', workbook: readXlsxPackage(zip, guard, skipSheet), savedAt: savedTime(zip, 'docProps/core.xml', 'modified') };
}

/** `<dcterms:modified …>2020-12-20T08:00:00Z</dcterms:modified>` or `<dc:date>…</dc:date>`; null when absent or odd. */
function savedTime(zip: ZipParts, part: string, element: string): Date | null {
  try {
    const xml = partText(zip, part);
    const m = xml ? new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${element}\\b[^>]*>\\s*([^<\\s]+)\\s*<`).exec(xml) : null;
    const when = m ? new Date(m[1]) : null;
    return when && !Number.isNaN(when.getTime()) ? when : null;
  } catch {
    return null;
  }
}
