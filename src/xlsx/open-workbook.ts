/**
 * THE entry point for a workbook file from outside — the task pane and the CLI both read every
 * file through here. In order:
 *   1. the run's total (ReadBudget, passed by the caller across files) and the file's own size;
 *   2. what the bytes are (sniffContainer: zip, OLE, bare BIFF — or a named refusal: empty, CSV,
 *      HTML, PDF …), never the file name;
 *   3. an encrypted file (OLE EncryptedPackage, .xls FILEPASS, .ods manifest encryption) decrypted
 *      in memory — Excel's default password first, then the caller's — by the crypto provider the
 *      caller gives (crypto/); what it decrypts to goes on through steps 4–5 like any file;
 *   4. the zip guard (directory checks, inflating under output caps, CRC) for .xlsx/.xlsm and .ods;
 *      for .xls, the OLE directory and FILEPASS checks before SheetJS parses it;
 *   5. the format's reader under the XML guards (no DTD, depth) and the cell and time limits;
 *   6. the result as our own ReadWorkbook and a CellSource for validation and merge.
 * Never throws; a refusal carries its code, a technical detail and the message in both languages,
 * naming the file. One file's refusal never stops the caller's other files.
 */
import { makeTranslator, type Lang, type Params } from '../core/i18n/format';
import { xlsxWarnings } from '../core/i18n/xlsx-messages';
import type { CellSource } from '../core/report/cell-source';
import { formatBytes, readLimits, ReadBudget, type ReadLimits } from './guards/limits';
import { ReadGuard } from './guards/read-guard';
import { sniffContainer } from './guards/sniff';
import { decryptOds, isEncryptedOds } from './crypto/ods';
import { decryptOoxml } from './crypto/ooxml';
import { runAsync, runSync, type CryptoProvider, type Crypt, type SyncCrypto } from './crypto/ops';
import { decryptXls, findFilePass } from './crypto/xls';
import { isOdsPackage, readOdsPackage } from './legacy/ods';
import { encryptedPackageOf, isBiff8, openOle, readDecryptedXlsStream, readXls, workbookStream } from './legacy/xls';
import { readXlsxPackage } from './read';
import { readErrorMessages } from './read-error-message';
import { toReadError, XlsxReadError, type ReadError } from './read-errors';
import type { ReadWorkbook } from './read-types';
import { toCellSource } from './to-cell-source';
import { partText } from './read-package';
import { isZipSignature, openZip, type ZipParts } from './zip-guard';

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
  /**
   * Decrypts encrypted workbooks (Node's crypto in the CLI: src/cli/node-crypto.ts). Without it an
   * encrypted file is refused as needing a password. The task pane uses openWorkbookFileAsync.
   */
  crypto?: SyncCrypto;
  /**
   * Open passwords to try, in order, on an encrypted file — after Excel's default password, which is
   * always tried first. Kept in memory only: never in a message, a log or a result.
   */
  passwords?: readonly string[];
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
      /** Set when the file was encrypted: the scheme, and whether Excel's default password opened it. Never the password. */
      encryption?: { scheme: string; byDefault: boolean };
      millis: number;
    }
  | { ok: false; name: string; error: ReadError; message: Record<Lang, string>; millis: number };

/** Options of the asynchronous entry point (the task pane: Web Crypto). */
export interface OpenOptionsAsync extends Omit<OpenOptions, 'crypto'> {
  crypto: CryptoProvider;
}

/** True when the refusal is only for want of the right password: the file is not broken, ask for it. */
export function needsPassword(opened: OpenedWorkbook): boolean {
  return !opened.ok && (opened.error.code === 'passwordRequired' || opened.error.code === 'wrongPassword');
}

/**
 * Synchronous: with `crypto` (Node's, in the CLI) encrypted workbooks are decrypted in memory; without
 * it they are refused as needing a password.
 */
export function openWorkbookFile(file: WorkbookFile, opts: OpenOptions = {}): OpenedWorkbook {
  return runSync(openSteps(file, opts), opts.crypto ?? NO_CRYPTO);
}

/** The same reader with an asynchronous crypto provider (Web Crypto in the task pane). */
export function openWorkbookFileAsync(file: WorkbookFile, opts: OpenOptionsAsync): Promise<OpenedWorkbook> {
  return runAsync(openSteps(file, opts), opts.crypto);
}

/** Where no crypto provider was given: an encrypted file cannot be tried, even with the default password. */
const NO_CRYPTO: SyncCrypto = {
  sync: true,
  run() {
    throw new XlsxReadError('encrypted', 'no decryption is available to this caller');
  },
};

function* openSteps(file: WorkbookFile, opts: Omit<OpenOptions, 'crypto'>): Crypt<OpenedWorkbook> {
  const started = Date.now();
  const limits = readLimits(opts.limits);
  const charged: number[] = [];
  try {
    const bytes = file.bytes;
    if (bytes.length > limits.maxFileBytes) {
      throw new XlsxReadError('tooLarge', `the file is ${formatBytes(bytes.length)}, limit ${formatBytes(limits.maxFileBytes)}`);
    }
    if (opts.budget && !opts.budget.tryCharge(bytes.length)) {
      const b = opts.budget;
      throw new XlsxReadError('totalTooLarge', `${formatBytes(b.usedBytes)} already read in ${b.files} files + ${formatBytes(bytes.length)}, limit ${formatBytes(b.maxTotalBytes)}`);
    }
    if (opts.budget) charged.push(bytes.length);
    const guard = new ReadGuard(limits, opts.now);
    // What a file decrypts to is held in memory as well: it counts against the run's total too.
    const chargeDecrypted = (n: number) => {
      if (!opts.budget) return;
      if (!opts.budget.tryCharge(n, false)) {
        const b = opts.budget;
        throw new XlsxReadError('totalTooLarge', `${formatBytes(b.usedBytes)} already read in ${b.files} files + ${formatBytes(n)} decrypted, limit ${formatBytes(b.maxTotalBytes)}`);
      }
      charged.push(n);
    };
    const { format, workbook, savedAt, encryption } = yield* readAny(bytes, guard, opts, chargeDecrypted);
    const warnings = workbook.sheets.flatMap((s) =>
      s.outOfGrid ? [bothLanguages('xlsx.warning.outOfGrid', { file: file.name, sheet: s.name, count: s.outOfGrid })] : [],
    );
    const opened: OpenedWorkbook = { ok: true, name: file.name, format, workbook, source: toCellSource(workbook, file.name), savedAt, warnings, millis: Date.now() - started };
    if (encryption) opened.encryption = encryption;
    return opened;
  } catch (e) {
    const error = toReadError(e);
    if (opts.budget && (error.code === 'passwordRequired' || error.code === 'wrongPassword')) {
      // Not read: asking for the password and reading it again must not count it twice.
      charged.forEach((n, i) => opts.budget!.release(n, i === 0));
    }
    return { ok: false, name: file.name, error, message: readErrorMessages(file.name, error), millis: Date.now() - started };
  }
}

const warning = makeTranslator(xlsxWarnings);

function bothLanguages(key: keyof typeof xlsxWarnings, params: Params): Record<Lang, string> {
  return { vi: warning('vi', key, params), en: warning('en', key, params) };
}

interface ReadResult {
  format: WorkbookFormat;
  workbook: ReadWorkbook;
  savedAt: Date | null;
  encryption?: { scheme: string; byDefault: boolean };
}

/**
 * The bytes → a workbook. An encrypted file is decrypted in memory (the default password first, then
 * the caller's) and what it decrypts to goes through exactly the same guarded path as a plain file:
 * the zip guard, the XML guards, the cell and time limits (the same ReadGuard: the time spent
 * deriving the key counts against the file's time limit).
 */
function* readAny(bytes: Uint8Array, guard: ReadGuard, opts: Omit<OpenOptions, 'crypto'>, chargeDecrypted: (n: number) => void): Crypt<ReadResult> {
  const passwords = opts.passwords ?? [];
  const container = sniffContainer(bytes);
  if (container === 'ole') {
    const ole = openOle(bytes);
    const encrypted = encryptedPackageOf(ole);
    if (encrypted) {
      const d = yield* decryptOoxml(encrypted.info, encrypted.pkg, passwords, guard);
      chargeDecrypted(d.zip.length);
      if (!isZipSignature(d.zip)) throw new XlsxReadError('corrupt', 'the decrypted package is not a zip (damaged file)');
      return { ...readZip(d.zip, guard, opts.skipSheet), encryption: { scheme: d.scheme, byDefault: d.byDefault } };
    }
    const stream = workbookStream(ole);
    if (findFilePass(stream)) return yield* readEncryptedXls(stream, guard, passwords, chargeDecrypted);
    return { format: 'xls', workbook: readXls(bytes, container, guard), savedAt: null };
  }
  if (container === 'biff') {
    if (findFilePass(bytes)) return yield* readEncryptedXls(bytes, guard, passwords, chargeDecrypted);
    return { format: 'xls', workbook: readXls(bytes, container, guard), savedAt: null };
  }
  const zip = openZip(bytes, guard);
  if (isOdsPackage(zip) && isEncryptedOds(zip)) {
    const d = yield* decryptOds(zip, passwords, guard);
    return { format: 'ods', workbook: readOdsPackage(d.zip, guard, true), savedAt: savedTime(d.zip, 'meta.xml', 'date'), encryption: { scheme: d.scheme, byDefault: false } };
  }
  return readOpenedZip(zip, guard, opts.skipSheet);
}

function* readEncryptedXls(stream: Uint8Array, guard: ReadGuard, passwords: readonly string[], chargeDecrypted: (n: number) => void): Crypt<ReadResult> {
  const d = yield* decryptXls(stream, passwords, guard, isBiff8(stream));
  chargeDecrypted(d.stream.length);
  return { format: 'xls', workbook: readDecryptedXlsStream(d.stream, guard), savedAt: null, encryption: { scheme: d.scheme, byDefault: d.byDefault } };
}

function readZip(bytes: Uint8Array, guard: ReadGuard, skipSheet?: (name: string) => boolean): ReadResult {
  const zip = openZip(bytes, guard);
  // An encrypted package inside an encrypted package is not a workbook anyone wrote.
  if (isOdsPackage(zip) && isEncryptedOds(zip)) throw new XlsxReadError('corrupt', 'an encrypted package inside an encrypted package');
  return readOpenedZip(zip, guard, skipSheet);
}

function readOpenedZip(zip: ZipParts, guard: ReadGuard, skipSheet?: (name: string) => boolean): ReadResult {
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
