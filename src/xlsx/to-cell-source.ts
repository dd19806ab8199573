/**
 * ReadWorkbook (what the .xlsx reader returns) → CellSource (what validation and merge read). The
 * reader's sparse cell maps are used as they are: nothing is copied per cell.
 */
import type { CellSource, CellValue, SourceCell, SourceName, SourceSheet } from '../core/report/cell-source';
import { cellAt } from './read-cells';
import type { ReadCell, ReadSheet, ReadWorkbook } from './read-types';

const BLANK_CELL: SourceCell = { value: { kind: 'blank' } };

function valueOf(cell: ReadCell): CellValue {
  switch (cell.type) {
    case 'number':
      return typeof cell.value === 'number' ? { kind: 'number', value: cell.value } : { kind: 'blank' };
    case 'text':
      return { kind: 'text', text: String(cell.value ?? '') };
    case 'bool':
      return { kind: 'bool', value: cell.value === true };
    case 'error':
      return { kind: 'error', code: String(cell.value ?? '#N/A') };
    case 'blank':
      return { kind: 'blank' };
  }
}

function sourceCell(cell: ReadCell | undefined): SourceCell {
  if (!cell) return BLANK_CELL;
  // A follower of a shared formula has a formula but no text of its own: presence is what matters.
  const formula = cell.formula ?? (cell.hasFormula ? '' : undefined);
  return formula === undefined ? { value: valueOf(cell) } : { value: valueOf(cell), formula };
}

function sheetSource(sheet: ReadSheet): SourceSheet {
  let rows = 0;
  let cols = 0;
  for (const cell of sheet.cells.values()) {
    if (cell.row >= rows) rows = cell.row + 1;
    if (cell.col >= cols) cols = cell.col + 1;
  }
  return {
    name: sheet.name,
    visibility: sheet.state,
    rowCount: rows,
    colCount: cols,
    cell: (row, col) => sourceCell(cellAt(sheet, row, col)),
    merges: sheet.merges,
  };
}

/** Workbook-scoped names only: ANNEX_SHEET_<id> and friends are never sheet-scoped. */
export function toCellSource(workbook: ReadWorkbook, label: string): CellSource {
  const names: SourceName[] = workbook.names.filter((n) => n.localSheet === undefined).map((n) => ({ name: n.name, formula: n.formula }));
  return { label, sheets: workbook.sheets.map(sheetSource), names };
}
