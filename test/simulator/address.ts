/**
 * A1 addresses for the simulator, written independently of src/ so that a bug in the adapter's own
 * address code is not mirrored here. Rectangles are 0-based.
 */
import { SimOfficeError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  /** Sheet named in the address ("'Phụ lục 1'!A1"), unquoted. */
  sheet?: string;
  rect: Rect;
  /** "A:C" spans every row, "3:5" every column. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function invalid(address: string): SimOfficeError {
  return new SimOfficeError('InvalidArgument', undefined, `getRange(${JSON.stringify(address)})`);
}

/** Splits "'It''s'!A1:B2" into the sheet name and the local part. */
function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

type Part = { kind: 'cell'; row: number; col: number } | { kind: 'col'; col: number } | { kind: 'row'; row: number };

function parsePart(text: string): Part | null {
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (cell) return { kind: 'cell', col: columnNumber(cell[1]), row: Number(cell[2]) - 1 };
  const col = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (col) return { kind: 'col', col: columnNumber(col[1]) };
  const row = /^\$?(\d{1,7})$/.exec(text);
  if (row) return { kind: 'row', row: Number(row[1]) - 1 };
  return null;
}

export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const [first, second, extra] = local.split(':');
  if (extra !== undefined || !first) throw invalid(address);
  const a = parsePart(first);
  const b = second === undefined ? a : parsePart(second);
  if (!a || !b || a.kind !== b.kind) throw invalid(address);
  let rect: Rect;
  if (a.kind === 'cell' && b.kind === 'cell') {
    rect = span(a.row, b.row, a.col, b.col);
  } else if (a.kind === 'col' && b.kind === 'col') {
    if (second === undefined) throw invalid(address); // "A" alone is not an address
    rect = span(0, MAX_ROWS - 1, a.col, b.col);
  } else if (a.kind === 'row' && b.kind === 'row') {
    if (second === undefined) throw invalid(address);
    rect = span(a.row, b.row, 0, MAX_COLS - 1);
  } else throw invalid(address);
  if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) throw invalid(address);
  return { ...(sheet !== undefined && { sheet }), rect, wholeColumns: a.kind === 'col', wholeRows: a.kind === 'row' };
}

function span(r1: number, r2: number, c1: number, c2: number): Rect {
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function cellName(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnName(col)}${d}${row + 1}`;
}

export function rectAddress(rect: Rect, absolute = false): string {
  const start = cellName(rect.row, rect.col, absolute);
  return rect.rows === 1 && rect.cols === 1 ? start : `${start}:${cellName(rect.row + rect.rows - 1, rect.col + rect.cols - 1, absolute)}`;
}

/** Sheet names that need quotes in an address, as Excel writes them. */
export function qualifiedAddress(sheet: string, rect: Rect, absolute = false): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${rectAddress(rect, absolute)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function isBounded(rect: Rect): boolean {
  return rect.rows < MAX_ROWS && rect.cols < MAX_COLS;
}
