import type { AnnexIndex } from '../pack/pack-index';
import { columnLetters } from '../sheet/address';
import type { SourceSheet } from './cell-source';
import { cellText, isBlank } from './cell-text';
import type { StructureIssue } from './structure';
import type { FoundLayout } from './unit-report';

/**
 * Finds the layout contract in a unit's sheet: the column-code row (A, B, C, D, then the value
 * columns' codes) and, under it, the rows by their code in the "Mã số" column (the one coded C).
 * Nothing is assumed about positions, so an inserted or moved row or column is read right — or
 * named plainly when it cannot be.
 */

const CODE_ROW_SCAN = 200;
const CODE_COL_SCAN = 100;

export interface LayoutResult {
  layout: FoundLayout | null;
  issues: StructureIssue[];
}

interface CodeRow {
  row: number;
  labelCol: number;
  rowCodeCol: number;
  /** Column → text of its code cell, for every column right of "C". */
  codes: Map<number, string>;
}

function findCodeRow(sheet: SourceSheet): CodeRow | null {
  const rows = Math.min(sheet.rowCount, CODE_ROW_SCAN);
  const cols = Math.min(sheet.colCount, CODE_COL_SCAN);
  for (let r = 0; r < rows; r++) {
    let a = -1;
    let b = -1;
    let c = -1;
    for (let col = 0; col < cols && c < 0; col++) {
      const t = cellText(sheet.cell(r, col).value);
      if (t === 'A' && a < 0) a = col;
      else if (t === 'B' && a >= 0 && b < 0) b = col;
      else if (t === 'C' && b >= 0) c = col;
    }
    if (c < 0) continue;
    const codes = new Map<number, string>();
    const colCount = sheet.colCount;
    for (let col = c + 1; col < colCount; col++) codes.set(col, cellText(sheet.cell(r, col).value));
    return { row: r, labelCol: b, rowCodeCol: c, codes };
  }
  return null;
}

/** "3 = 2/1" → "3": a code cell may carry a formula hint after the code. */
function codeOf(label: string): string {
  return label.split('=')[0].trim();
}

/** Indexes (into `seq`) of a longest increasing subsequence: the items that kept their order. */
function keptInOrder(seq: number[]): Set<number> {
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++) {
    for (let j = 0; j < i; j++) {
      if (seq[j] < seq[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let end = len.indexOf(Math.max(0, ...len));
  const kept = new Set<number>();
  while (end >= 0) {
    kept.add(end);
    end = prev[end];
  }
  return kept;
}

/** Code → position for codes seen once; duplicates, unknown codes and moves reported. */
function matchCodes(
  found: Array<{ code: string; at: number }>,
  order: readonly string[],
  onDuplicate: (code: string, ats: number[]) => void,
  onUnknown: (code: string, at: number) => void,
  onMoved: (codes: string[]) => void,
): Map<string, number> {
  const positions = new Map<string, number[]>();
  for (const { code, at } of found) {
    if (!order.includes(code)) onUnknown(code, at);
    else positions.set(code, [...(positions.get(code) ?? []), at]);
  }
  const unique = new Map<string, number>();
  for (const [code, ats] of positions) {
    if (ats.length > 1) onDuplicate(code, ats);
    else unique.set(code, ats[0]);
  }
  const inSheetOrder = [...unique.entries()].sort((x, y) => x[1] - y[1]).map(([code]) => code);
  const kept = keptInOrder(inSheetOrder.map((code) => order.indexOf(code)));
  const moved = inSheetOrder.filter((_, i) => !kept.has(i));
  if (moved.length) onMoved(moved);
  return unique;
}

export function readLayout(sheet: SourceSheet, annex: AnnexIndex): LayoutResult {
  const issues: StructureIssue[] = [];
  const codeRow = findCodeRow(sheet);
  if (!codeRow) return { layout: null, issues: [{ kind: 'noCodeRow' }] };
  const cols = readColumns(codeRow, annex, issues);
  const { rows, rowFound, rowIssues } = readRows(sheet, codeRow, annex);
  if (rowFound.length) insertedWithoutCode(sheet, codeRow, rowFound, cols, issues, rowIssues);
  issues.push(...rowIssues);
  return {
    layout: { codeRow: codeRow.row, rowCodeCol: codeRow.rowCodeCol, labelCol: codeRow.labelCol, rows, cols },
    issues,
  };
}

/** Columns: every non-blank code right of "C" except the unit-of-measure column "D". */
function readColumns(codeRow: CodeRow, annex: AnnexIndex, issues: StructureIssue[]): Map<string, number> {
  const colFound: Array<{ code: string; at: number }> = [];
  let unitColSeen = false;
  for (const [col, text] of codeRow.codes) {
    if (!text) continue;
    if (text === 'D' && !unitColSeen) {
      unitColSeen = true;
      continue;
    }
    colFound.push({ code: codeOf(text), at: col });
  }
  const cols = matchCodes(
    colFound,
    annex.colOrder,
    (code, ats) => issues.push({ kind: 'colDuplicate', code, cols: ats.map(columnLetters) }),
    (code, at) => issues.push({ kind: 'colUnknown', code, col: columnLetters(at) }),
    (codes) => issues.push({ kind: 'colMoved', codes }),
  );
  const duplicateCols = new Set(issues.flatMap((i) => (i.kind === 'colDuplicate' ? [i.code] : [])));
  for (const col of annex.annex.columns) {
    if (cols.has(col.code) || duplicateCols.has(col.code)) continue;
    const holds = col.kind === 'text' ? 'text' : annex.rowOrder.some((r) => annex.role(r, col.code) === 'input') ? 'inputs' : 'computed';
    issues.push({ kind: 'colMissing', code: col.code, title: col.title, holds });
  }
  return cols;
}

/** Rows: codes in the "Mã số" column under the code row. */
function readRows(sheet: SourceSheet, codeRow: CodeRow, annex: AnnexIndex) {
  const rowFound: Array<{ code: string; at: number }> = [];
  const rowCount = sheet.rowCount;
  for (let r = codeRow.row + 1; r < rowCount; r++) {
    const code = cellText(sheet.cell(r, codeRow.rowCodeCol).value);
    if (code) rowFound.push({ code, at: r });
  }
  const rowIssues: StructureIssue[] = [];
  const rows = matchCodes(
    rowFound,
    annex.rowOrder,
    (code, ats) => rowIssues.push({ kind: 'rowDuplicate', code, rows: ats.map((r) => r + 1) }),
    (code, at) => rowIssues.push({ kind: 'rowUnknown', code, row: at + 1 }),
    (codes) => rowIssues.push({ kind: 'rowMoved', codes }),
  );
  const duplicateRows = new Set(rowIssues.flatMap((i) => (i.kind === 'rowDuplicate' ? [i.code] : [])));
  for (const row of annex.annex.rows) {
    if (rows.has(row.code) || duplicateRows.has(row.code)) continue;
    const roles = annex.colOrder.filter((c) => annex.isValueCell(row.code, c)).map((c) => annex.role(row.code, c));
    const holds = roles.includes('input') ? 'inputs' : roles.length ? 'computed' : 'heading';
    rowIssues.push({ kind: 'rowMissing', code: row.code, label: row.label, holds });
  }
  return { rows, rowFound, rowIssues };
}

/** Rows inserted without a code between the first and the last coded row, and columns between value columns, that hold something. */
function insertedWithoutCode(
  sheet: SourceSheet,
  codeRow: CodeRow,
  rowFound: ReadonlyArray<{ code: string; at: number }>,
  cols: ReadonlyMap<string, number>,
  issues: StructureIssue[],
  rowIssues: StructureIssue[],
): void {
  const first = rowFound[0].at;
  const last = rowFound[rowFound.length - 1].at;
  const coded = new Set(rowFound.map((f) => f.at));
  const contentCols = [codeRow.labelCol, ...cols.values()];
  for (let r = first + 1; r < last; r++) {
    if (coded.has(r)) continue;
    if (contentCols.some((c) => !isBlank(sheet.cell(r, c).value))) rowIssues.push({ kind: 'rowWithoutCode', row: r + 1 });
  }
  const valueCols = [...cols.values()];
  if (!valueCols.length) return;
  const lo = Math.min(...valueCols);
  const hi = Math.max(...valueCols);
  for (let c = lo + 1; c < hi; c++) {
    if (codeRow.codes.get(c)) continue;
    let filled = false;
    for (const r of coded) if (!isBlank(sheet.cell(r, c).value)) filled = true;
    if (filled) issues.push({ kind: 'colWithoutCode', col: columnLetters(c) });
  }
}
