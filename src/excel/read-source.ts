import type { CellSource, SourceName } from '../core/report/cell-source';
import { rangeA1 } from '../core/sheet/address';
import { jsonBytes } from './payload';
import { INITIAL_BYTES_PER_CELL, nextBatch, type Area, type BatchBudget } from './read-blocks';
import { isOfficeError } from './office-errors';
import { LoadedSheet, sheetVisibility } from './source-cells';

/**
 * Reads the open workbook into a CellSource with few syncs, whatever its size:
 * 1. the sheets (name, visibility), the defined names and the file name;
 * 2. each chosen sheet's used range (values only) — its size, nothing of its cells yet;
 * 3. the cells (`values`, `formulas`, `valueTypes`) of every used range, in batches of at most
 *    RESPONSE_BYTES_PER_SYNC estimated bytes (read-blocks.ts): one sync for an annex workbook with its
 *    check sheet, one more per further ~2 MB. The bytes per cell are measured on what was read of a
 *    sheet; before its first batch they are unknown (a text may be 32,767 characters), so a sheet
 *    whose texts are far longer than INITIAL_BYTES_PER_CELL has its first batch refused by Excel on
 *    the web (ResponsePayloadSizeLimitExceeded: nothing is lost) and read again in batches a quarter
 *    as large — a round trip or two more, never an error for the user.
 */

export interface ReadSourceSettings {
  /** Most cells per content sync (tests make it small to exercise block reading). */
  cellsPerSync: number;
  /** Most estimated bytes per response. */
  bytesPerSync: number;
  /** Label when the file name cannot be read. */
  fallbackLabel: string;
}

export async function readWorkbookSource(context: Excel.RequestContext, settings: ReadSourceSettings): Promise<CellSource> {
  const wb = context.workbook;
  const worksheets = wb.worksheets.load('items/name,items/visibility');
  // Every sheet is read, also to check only the active one: its rules read other annexes, and the
  // other annexes must be seen to be there (reading the active sheet alone reported them missing).
  const active = wb.worksheets.getActiveWorksheet().load('name');
  const names = wb.names.load('items/name,items/formula');
  wb.load('name');
  await context.sync();

  const chosen = worksheets.items;
  // valuesOnly: formatted but empty cells (the blank input cells) are not worth reading.
  const used = chosen.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();

  const pending: Area[] = [];
  const sheets = chosen.map((ws, i) => {
    const u = used[i];
    if (u.isNullObject) return new LoadedSheet(ws.name, sheetVisibility(ws.visibility), 0, 0);
    pending.push({ sheet: i, row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount });
    return new LoadedSheet(ws.name, sheetVisibility(ws.visibility), u.rowIndex + u.rowCount, u.columnIndex + u.columnCount);
  });

  // Bytes per cell of each sheet: the most measured so far, with a margin.
  const estimate = new Map<number, number>();
  const budget: BatchBudget = { cells: settings.cellsPerSync, bytes: settings.bytesPerSync, bytesPerCell: (sheet) => estimate.get(sheet) ?? INITIAL_BYTES_PER_CELL };
  while (pending.length) {
    const batch = nextBatch(pending, budget);
    const blocks = batch.map((b) => ({ b, range: chosen[b.sheet].getRange(rangeA1(b.row, b.col, b.rows, b.cols)).load('values,formulas,valueTypes') }));
    try {
      await context.sync();
    } catch (e) {
      const cells = batch.reduce((n, b) => n + b.rows * b.cols, 0);
      if (!isOfficeError(e) || e.code !== 'ResponsePayloadSizeLimitExceeded' || cells <= 1) throw e;
      // Longer texts than estimated (over 5 MB where 2 MB were expected): the same cells again, in
      // batches a quarter as large, until what is measured takes over.
      for (const b of batch) estimate.set(b.sheet, Math.max(4 * budget.bytesPerCell(b.sheet), Math.ceil((2 * settings.bytesPerSync) / cells)));
      pending.unshift(...batch);
      continue;
    }
    for (const { b, range } of blocks) {
      sheets[b.sheet].addBlock({ row: b.row, col: b.col, values: range.values, formulas: range.formulas, valueTypes: range.valueTypes });
      const perCell = (jsonBytes(range.values) + jsonBytes(range.formulas) + jsonBytes(range.valueTypes)) / (b.rows * b.cols);
      estimate.set(b.sheet, Math.max(estimate.get(b.sheet) ?? 0, Math.ceil(perCell * 1.25)));
    }
  }

  return {
    label: wb.name || settings.fallbackLabel,
    sheets,
    names: names.items.map((n): SourceName => ({ name: n.name, formula: n.formula.replace(/^=/, '') })),
    activeSheet: active.name,
  };
}
