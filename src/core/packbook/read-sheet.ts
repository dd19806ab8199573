import { fill } from '../i18n/format';
import { packbookMessages } from '../i18n/packbook-messages';
import type { PackIssue } from '../pack/json-checker';
import type { CellValue, SourceSheet } from '../report/cell-source';
import { rangeA1 } from '../sheet/address';
import { cellLabel, type CellRef } from './cell-map';
import { decodeCell } from './codec';
import type { ColumnSpec } from './spec';

/**
 * Reading one sheet of a pack workbook: what only a workbook can get wrong (formulas, merged cells,
 * cells of spaces, renamed or reordered headers, too many rows), then its records, each cell decoded
 * by its column. Every problem names the sheet and the cell; nothing stops at the first.
 */

/** A pack has a few hundred records at most: a sheet past this is not a pack (or 1 048 576 stray rows). */
export const MAX_BOOK_ROWS = 20000;
/** Formulas listed one by one per sheet before "… and n more". */
const MAX_LISTED = 10;

/** Problems after which the workbook's records are incomplete: the pack's own checks would only repeat them. */
const STRUCTURAL = new Set<PackIssue['key']>(['book.sheetMissing', 'book.header', 'book.headerExtra', 'book.tooManyRows']);

export class BookProblems {
  readonly issues: PackIssue[] = [];
  private readonly cells = new Set<string>();
  private readonly rows = new Set<string>();
  structural = false;
  /** A cell did not read: its record lacks a field, and references to that record may fail elsewhere. */
  lossy = false;

  add(ref: CellRef, key: PackIssue['key'], params?: Record<string, string | number>, localParams?: PackIssue['localParams']): void {
    this.cells.add(cellLabel(ref));
    this.rows.add(`${ref.sheet}\u0000${ref.row}`);
    if (STRUCTURAL.has(key)) this.structural = true;
    this.issues.push({ path: cellLabel(ref), key, ...(params && { params }), ...(localParams && { localParams }), at: { sheet: ref.sheet, row: ref.row, col: ref.col } });
  }

  /** Some problem was already said on this row of this sheet. */
  hasRow(ref: CellRef): boolean {
    return this.rows.has(`${ref.sheet}\u0000${ref.row}`);
  }

  /** Some problem was already said of this cell (its checker issue would repeat it). */
  hasCell(label: string): boolean {
    return this.cells.has(label);
  }
}

function more(count: number): PackIssue['localParams'] {
  const text = (lang: 'vi' | 'en') => (count > 0 ? fill(packbookMessages['book.more'][lang], { count }, lang) : '');
  return { vi: { more: text('vi') }, en: { more: text('en') } };
}

const isSpaces = (v: CellValue) => v.kind === 'text' && v.text.trim() === '' && v.text !== '';

/** Formulas, merged cells, cells of spaces and the row limit; `cols` columns are looked at. */
export function scanSheet(sheet: SourceSheet, cols: number, problems: BookProblems): number {
  const name = sheet.name;
  for (const m of sheet.merges ?? []) problems.add({ sheet: name, row: m.row, col: m.col }, 'book.merged', { range: rangeA1(m.row, m.col, m.rows, m.cols) });
  if (sheet.rowCount > MAX_BOOK_ROWS) problems.add({ sheet: name, row: MAX_BOOK_ROWS, col: 0 }, 'book.tooManyRows', { count: sheet.rowCount, max: MAX_BOOK_ROWS });
  const rows = Math.min(sheet.rowCount, MAX_BOOK_ROWS);
  const width = Math.min(sheet.colCount, cols);
  const formulas: CellRef[] = [];
  const formulaTexts: string[] = [];
  const spaces: CellRef[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < width; col++) {
      const cell = sheet.cell(row, col);
      if (cell.formula !== undefined) {
        formulas.push({ sheet: name, row, col });
        formulaTexts.push(cell.formula);
      } else if (isSpaces(cell.value)) spaces.push({ sheet: name, row, col });
    }
  }
  formulas.slice(0, MAX_LISTED).forEach((ref, i) => {
    const last = i === MAX_LISTED - 1 ? formulas.length - MAX_LISTED : 0;
    problems.add(ref, 'book.formula', { formula: formulaTexts[i] || '…' }, more(last));
  });
  if (spaces.length) problems.add(spaces[0], 'book.blankText', undefined, more(spaces.length - 1));
  return rows;
}

const headerText = (v: CellValue) => (v.kind === 'text' ? v.text.normalize('NFC').trim().replace(/\s+/g, ' ') : v.kind === 'number' ? String(v.value) : '');

/**
 * Row 1 holds the headers in order. A missing optional column at the end is allowed (a workbook made
 * before that field existed); a renamed, moved or unknown one is a problem. Returns the columns present.
 */
export function checkHeaders(sheet: SourceSheet, headers: readonly string[], required: number, problems: BookProblems): number | null {
  let ok = true;
  let present = 0;
  const width = Math.max(sheet.colCount, headers.length);
  for (let col = 0; col < width && col < headers.length + 20; col++) {
    const found = headerText(sheet.cell(0, col).value);
    const expected = headers[col];
    if (expected === undefined) {
      if (found) {
        problems.add({ sheet: sheet.name, row: 0, col }, 'book.headerExtra', { found });
        ok = false;
      }
    } else if (found === expected.normalize('NFC')) present = col + 1;
    else if (found || col < required || sheetHasData(sheet, col)) {
      problems.add({ sheet: sheet.name, row: 0, col }, 'book.header', { expected, found });
      ok = false;
    }
  }
  return ok ? Math.max(present, required) : null;
}

function sheetHasData(sheet: SourceSheet, col: number): boolean {
  for (let row = 1; row < Math.min(sheet.rowCount, MAX_BOOK_ROWS); row++) if (sheet.cell(row, col).value.kind !== 'blank') return true;
  return false;
}

export interface BookValue {
  value: unknown;
  ref: CellRef;
}

export interface BookRecord {
  /** 0-based row of the sheet. */
  row: number;
  /** Field → its decoded value and cell; only non-empty cells. */
  values: Map<string, BookValue>;
}

/** The records below the header: one per row that has any value; cells of spaces count as empty. */
export function readRecords(sheet: SourceSheet, columns: readonly ColumnSpec[], rows: number, problems: BookProblems): BookRecord[] {
  const records: BookRecord[] = [];
  for (let row = 1; row < rows; row++) {
    const values = new Map<string, BookValue>();
    columns.forEach((c, col) => {
      const v = sheet.cell(row, col).value;
      if (isSpaces(v)) return;
      const ref = { sheet: sheet.name, row, col };
      const d = decodeCell(v, c);
      if (!d.ok) {
        problems.add(ref, d.key, d.params);
        problems.lossy = true;
      } else if (d.value !== undefined) values.set(c.field, { value: d.value, ref });
    });
    if (values.size) records.push({ row, values });
  }
  return records;
}
