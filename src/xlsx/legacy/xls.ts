/**
 * Legacy Excel files (.xls: BIFF8 from Excel 97–2003, WPS and LibreOffice; BIFF5 from Excel 95; bare
 * BIFF2–4 streams) through SheetJS Community Edition 0.20.3 (npm "@e965/xlsx", a republish of the
 * SheetJS CDN build; not the registry's "xlsx" 0.18.5, which has CVE-2023-30533 and CVE-2024-22363).
 *
 * SheetJS runs only after our own guards: the caller has checked the size and the container
 * (sniffContainer); here the OLE directory is read first to name encrypted packages and non-Excel
 * Office files, FILEPASS (an encrypted .xls) is looked for before parsing, and what SheetJS returns
 * is copied into our own ReadWorkbook (Maps, no objects keyed by file text), counting cells against
 * the limits. Any exception it throws becomes a refusal.
 */
import * as XLSX from '@e965/xlsx';
import type { ReadGuard } from '../guards/read-guard';
import { findFilePass } from '../crypto/xls';
import { containsUtf16 } from '../guards/sniff';
import { cellKey } from '../read-cells';
import { otherFormat, XlsxReadError } from '../read-errors';
import type { ReadCell, ReadDefinedName, ReadSheet, ReadWorkbook, SheetState } from '../read-types';

/** BIFF error codes (MS-XLS 2.5.97.2 BErr). */
const BIFF_ERRORS = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);


interface SheetJsCell {
  t?: string;
  v?: unknown;
  f?: unknown;
}

export function readXls(bytes: Uint8Array, container: 'ole' | 'biff', guard: ReadGuard): ReadWorkbook {
  const stream = container === 'ole' ? workbookStream(openOle(bytes)) : bytes;
  if (findFilePass(stream)) throw new XlsxReadError('encrypted', 'a legacy .xls workbook encrypted with an open password (FILEPASS)');
  return parseWithSheetJs(bytes, guard);
}

/**
 * A workbook stream decrypted in memory (crypto/xls.ts): every byte in place, FILEPASS turned into a
 * record SheetJS skips. SheetJS reads a bare BIFF stream as it reads one from an OLE file.
 */
export function readDecryptedXlsStream(stream: Uint8Array, guard: ReadGuard): ReadWorkbook {
  if (findFilePass(stream)) throw new XlsxReadError('corrupt', 'the decrypted .xls stream still has a FILEPASS record');
  return parseWithSheetJs(stream, guard);
}

function parseWithSheetJs(bytes: Uint8Array, guard: ReadGuard): ReadWorkbook {
  guard.checkTime();
  let wb: XLSX.WorkBook;
  const restore = silenceConsole();
  try {
    wb = XLSX.read(sheetJsInput(bytes), {
      type: typeof Buffer !== 'undefined' ? 'buffer' : 'array',
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      cellNF: false,
      cellStyles: false,
      sheetStubs: false,
      bookVBA: false,
      bookFiles: false,
      WTF: false,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(message)) throw new XlsxReadError('encrypted', `a legacy .xls workbook encrypted with an open password (${message})`);
    throw new XlsxReadError('corrupt', `.xls: ${message.slice(0, 200)}`);
  } finally {
    restore();
  }
  guard.checkTime();
  return fromSheetJs(wb, guard);
}

/** The streams of an OLE compound file (SheetJS's CFB reader), by name; null when absent. */
export interface OleFile {
  stream(path: string): Uint8Array | null;
}

export function openOle(bytes: Uint8Array): OleFile {
  let cfb: unknown;
  try {
    cfb = XLSX.CFB.read(sheetJsInput(bytes), { type: typeof Buffer !== 'undefined' ? 'buffer' : 'array' });
  } catch (e) {
    if (containsUtf16(bytes, 'EncryptedPackage')) throw new XlsxReadError('encrypted', 'an Excel workbook encrypted with an open password, in a damaged OLE container');
    throw new XlsxReadError('corrupt', `the OLE container is damaged (${e instanceof Error ? e.message.slice(0, 120) : String(e)})`);
  }
  return {
    stream(path) {
      let entry: { content?: ArrayLike<number> } | null;
      try {
        entry = (XLSX.CFB.find(cfb, path) as { content?: ArrayLike<number> } | null) ?? null;
      } catch {
        return null;
      }
      const content = entry?.content;
      if (!content) return null;
      // A plain Uint8Array (SheetJS gives Node Buffers, whose slice() is a view, not a copy).
      return content instanceof Uint8Array ? new Uint8Array(content.buffer, content.byteOffset, content.length) : Uint8Array.from(content);
    },
  };
}

/** True when the OLE file is an encrypted .xlsx/.xlsm (MS-OFFCRYPTO: EncryptionInfo + EncryptedPackage). */
export function encryptedPackageOf(ole: OleFile): { info: Uint8Array; pkg: Uint8Array } | null {
  const info = ole.stream('EncryptionInfo');
  const pkg = ole.stream('EncryptedPackage');
  if (!info && !pkg) return null;
  if (!info || !pkg) throw new XlsxReadError('corrupt', 'an encrypted Excel package with EncryptionInfo or EncryptedPackage missing');
  return { info, pkg };
}

/** The Workbook (BIFF8) or Book (BIFF5) stream; other Office files are refused by name. */
export function workbookStream(ole: OleFile): Uint8Array {
  const stream = ole.stream('/Workbook') ?? ole.stream('/Book');
  if (stream && stream.length > 0) return stream;
  if (ole.stream('WordDocument')) throw otherFormat('word', 'Word 97–2003 document (.doc)');
  if (ole.stream('PowerPoint Document')) throw otherFormat('powerpoint', 'PowerPoint 97–2003 presentation (.ppt)');
  throw otherFormat('ole', 'OLE compound file without a Workbook stream');
}

/** BIFF8 (Excel 97 and later) when the first BOF says version 0x0600; BIFF5 and older otherwise. */
export function isBiff8(stream: Uint8Array): boolean {
  return stream.length >= 6 && (stream[0] | (stream[1] << 8)) === 0x0809 && (stream[4] | (stream[5] << 8)) === 0x0600;
}

/** SheetJS reports odd records on the console ("Missing Info for XLS Record …"): not for the user's terminal. */
function silenceConsole(): () => void {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const quiet = () => undefined;
  console.error = console.warn = console.log = quiet;
  return () => Object.assign(console, saved);
}

function sheetJsInput(bytes: Uint8Array): Uint8Array {
  return typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

/** SheetJS's objects → our ReadWorkbook. Sheets are looked up by own property only (a sheet may be named "__proto__"). */
function fromSheetJs(wb: XLSX.WorkBook, guard: ReadGuard): ReadWorkbook {
  const names = Array.isArray(wb.SheetNames) ? wb.SheetNames.map(String) : [];
  guard.checkSheets(names.length);
  const meta = wb.Workbook?.Sheets ?? [];
  const sheets: ReadSheet[] = names.map((name, i) => {
    const sheet: ReadSheet = { name, state: stateOf(meta[i]?.Hidden), cells: new Map(), merges: [], validations: [], protection: null, freeze: null, page: { fitToPage: false } };
    const ws = ownSheet(wb, name);
    const rows = ws?.['!data'];
    if (!Array.isArray(rows)) return sheet;
    rows.forEach((row: unknown, r: number) => {
      if (!Array.isArray(row)) return;
      row.forEach((raw: unknown, c: number) => {
        const cell = toCell(raw as SheetJsCell, r, c);
        if (!cell) return;
        guard.addCells();
        guard.tick();
        sheet.cells.set(cellKey(r, c), cell);
      });
    });
    return sheet;
  });
  if (!sheets.length) throw new XlsxReadError('notWorkbook', 'the .xls file has no sheets');
  const definedNames: ReadDefinedName[] = (wb.Workbook?.Names ?? []).flatMap((n) => {
    if (typeof n?.Name !== 'string' || typeof n.Ref !== 'string') return [];
    const name: ReadDefinedName = { name: n.Name, formula: n.Ref, hidden: (n as { Hidden?: unknown }).Hidden === true };
    if (typeof n.Sheet === 'number' && sheets[n.Sheet]) name.localSheet = sheets[n.Sheet].name;
    return [name];
  });
  return { sheets, names: definedNames };
}

function ownSheet(wb: XLSX.WorkBook, name: string): { '!data'?: unknown } | undefined {
  const sheets = wb.Sheets as unknown as Record<string, unknown>;
  let ws: unknown;
  if (Object.prototype.hasOwnProperty.call(sheets, name)) ws = sheets[name];
  else if (name === '__proto__') ws = Object.getPrototypeOf(sheets);
  return ws && typeof ws === 'object' && ws !== Object.prototype ? (ws as { '!data'?: unknown }) : undefined;
}

function stateOf(hidden: unknown): SheetState {
  return hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible';
}

function toCell(raw: SheetJsCell | undefined, row: number, col: number): ReadCell | null {
  if (!raw || typeof raw !== 'object') return null;
  const formula = typeof raw.f === 'string' && raw.f !== '' ? raw.f.replace(/^=/, '') : undefined;
  const cell: ReadCell = { row, col, type: 'blank', value: null, hasFormula: formula !== undefined, locked: true };
  if (formula !== undefined) cell.formula = formula;
  switch (raw.t) {
    case 'n':
      if (typeof raw.v === 'number' && Number.isFinite(raw.v)) [cell.type, cell.value] = ['number', raw.v];
      break;
    case 's':
      if (typeof raw.v === 'string') [cell.type, cell.value] = ['text', raw.v];
      break;
    case 'b':
      [cell.type, cell.value] = ['bool', raw.v === true];
      break;
    case 'e':
      [cell.type, cell.value] = ['error', typeof raw.v === 'number' ? (BIFF_ERRORS.get(raw.v) ?? '#N/A') : '#N/A'];
      break;
    default:
      if (formula === undefined) return null;
  }
  return cell;
}
