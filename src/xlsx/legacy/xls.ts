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

const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const EOF_RECORD = 0x000a;

interface SheetJsCell {
  t?: string;
  v?: unknown;
  f?: unknown;
}

export function readXls(bytes: Uint8Array, container: 'ole' | 'biff', guard: ReadGuard): ReadWorkbook {
  const stream = container === 'ole' ? workbookStream(bytes) : bytes;
  if (hasFilePass(stream)) throw new XlsxReadError('encrypted', 'a legacy .xls workbook encrypted with an open password (FILEPASS)');
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

/** The Workbook (BIFF8) or Book (BIFF5) stream of an OLE file; refuses encrypted packages and other Office files by name. */
function workbookStream(bytes: Uint8Array): Uint8Array {
  let cfb: unknown;
  try {
    cfb = XLSX.CFB.read(sheetJsInput(bytes), { type: typeof Buffer !== 'undefined' ? 'buffer' : 'array' });
  } catch (e) {
    if (containsUtf16(bytes, 'EncryptedPackage')) throw encryptedOoxml();
    throw new XlsxReadError('corrupt', `the OLE container is damaged (${e instanceof Error ? e.message.slice(0, 120) : String(e)})`);
  }
  const find = (path: string): { content?: ArrayLike<number> } | null => {
    try {
      return (XLSX.CFB.find(cfb, path) as { content?: ArrayLike<number> } | null) ?? null;
    } catch {
      return null;
    }
  };
  if (find('EncryptedPackage') || find('EncryptionInfo')) throw encryptedOoxml();
  const stream = find('/Workbook') ?? find('/Book');
  const content = stream?.content;
  if (content && content.length > 0) {
    // FILEPASS sits right after the first BOF: the head of the stream is enough.
    const head = new Uint8Array(Math.min(content.length, 64 * 1024));
    for (let i = 0; i < head.length; i++) head[i] = content[i];
    return head;
  }
  if (find('WordDocument')) throw otherFormat('word', 'Word 97–2003 document (.doc)');
  if (find('PowerPoint Document')) throw otherFormat('powerpoint', 'PowerPoint 97–2003 presentation (.ppt)');
  throw otherFormat('ole', 'OLE compound file without a Workbook stream');
}

function encryptedOoxml(): XlsxReadError {
  return new XlsxReadError('encrypted', 'an Excel workbook encrypted with an open password (OLE EncryptedPackage)');
}

/** FILEPASS follows the first BOF of an encrypted workbook stream; looked for until the first sheet record. */
function hasFilePass(stream: Uint8Array): boolean {
  let p = 0;
  for (let n = 0; n < 512 && p + 4 <= stream.length; n++) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    if (type === FILEPASS) return true;
    if (type === BOUNDSHEET || (type === EOF_RECORD && n > 0)) return false;
    p += 4 + length;
  }
  return false;
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
