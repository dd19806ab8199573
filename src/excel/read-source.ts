import type { CellSource, SourceName } from '../core/report/cell-source';
import { rangeA1 } from '../core/sheet/address';
import { META_SHEET } from '../core/sheet/identity';
import { planBatches, type Area } from './read-blocks';
import { LoadedSheet, sheetVisibility } from './source-cells';

/**
 * Reads the open workbook into a CellSource with a fixed number of syncs, whatever its size:
 * 1. the sheets (name, visibility), the defined names and the file name;
 * 2. each chosen sheet's used range (values only) — its size, nothing of its cells yet;
 * 3. the cells (`values`, `formulas`, `valueTypes`) of every used range, at most `cellsPerSync` cells
 *    per sync: one sync for annex workbooks, one more per further `cellsPerSync` cells beyond.
 * Sizes come first so that no response can pass Excel on the web's 5 MB limit.
 */

/**
 * Cells per content sync. Each cell travels three times (value, formula, type), and a label's text
 * twice (its value and its "formula"): 20,000 cells stay under 5 MB up to ~100 characters per cell on
 * average. The default pack's seven annexes of a unit hold about 1,800.
 */
export const CELLS_PER_SYNC = 20_000;

export interface ReadSourceSettings {
  sheets: 'all' | 'active';
  cellsPerSync: number;
  /** ExcelApi 1.7: names' formulas and the file name; without it, names are rebuilt from type and value. */
  api17: boolean;
  /** Label when the file name cannot be read. */
  fallbackLabel: string;
}

export async function readWorkbookSource(context: Excel.RequestContext, settings: ReadSourceSettings): Promise<CellSource> {
  const wb = context.workbook;
  const worksheets = wb.worksheets.load('items/name,items/visibility');
  const active = settings.sheets === 'active' ? wb.worksheets.getActiveWorksheet().load('name') : null;
  const names = wb.names.load(settings.api17 ? 'items/name,items/formula' : 'items/name,items/type,items/value');
  if (settings.api17) wb.load('name');
  await context.sync();

  const meta = META_SHEET.toLowerCase();
  const chosen = worksheets.items.filter((ws) => !active || ws.name === active.name || ws.name.toLowerCase() === meta);
  // valuesOnly: formatted but empty cells (the blank input cells) are not worth reading.
  const used = chosen.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();

  const areas: Area[] = [];
  const sheets = chosen.map((ws, i) => {
    const u = used[i];
    if (u.isNullObject) return new LoadedSheet(ws.name, sheetVisibility(ws.visibility), 0, 0);
    areas.push({ sheet: i, row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount });
    return new LoadedSheet(ws.name, sheetVisibility(ws.visibility), u.rowIndex + u.rowCount, u.columnIndex + u.columnCount);
  });

  for (const batch of planBatches(areas, settings.cellsPerSync)) {
    const blocks = batch.map((b) => ({ b, range: chosen[b.sheet].getRange(rangeA1(b.row, b.col, b.rows, b.cols)).load('values,formulas,valueTypes') }));
    await context.sync();
    for (const { b, range } of blocks) {
      sheets[b.sheet].addBlock({ row: b.row, col: b.col, values: range.values, formulas: range.formulas, valueTypes: range.valueTypes });
    }
  }

  return {
    label: (settings.api17 && wb.name) || settings.fallbackLabel,
    sheets,
    names: names.items.map((n): SourceName => ({ name: n.name, formula: settings.api17 ? n.formula.replace(/^=/, '') : formulaFromValue(n) })),
  };
}

/** Before ExcelApi 1.7: a range name's value is its address; a text constant comes unquoted. */
function formulaFromValue(n: Excel.NamedItem): string {
  const value = n.value as unknown;
  if (n.type === 'String') return `"${String(value).replace(/"/g, '""')}"`;
  return String(value ?? '').replace(/^=/, '');
}
