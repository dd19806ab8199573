import type { SheetModel } from '../sheet/model';
import { abs, cellText } from './sheet-refs';

/**
 * The structure line of an annex: the codes its row-code column and its code row must hold, from the
 * annex's layout, as constant arrays its formula compares the sheet with — and whether the model
 * holds them now (a tampered model caches the error).
 */

export interface StructureArrays {
  intact: boolean;
  rowRange: string;
  rowCodes: string[];
  colRange: string;
  colCodes: string[];
}

/** The codes the annex's row-code column and code row must hold, from its layout; and whether the model holds them. */
export function structureArrays(sheet: SheetModel): StructureArrays {
  const { layout } = sheet;
  const rowEntries = Object.entries(layout.rows).sort((a, b) => a[1] - b[1]);
  const colEntries = Object.entries(layout.cols).sort((a, b) => a[1] - b[1]);
  const rowCodes: string[] = [];
  let intact = true;
  const firstRow = rowEntries.length ? rowEntries[0][1] : layout.firstDataRow;
  const lastRow = rowEntries.length ? rowEntries[rowEntries.length - 1][1] : layout.firstDataRow;
  const codeAt = new Map(rowEntries.map(([code, row]) => [row, code]));
  for (let r = firstRow; r <= lastRow; r++) {
    const expected = codeAt.get(r) ?? '';
    rowCodes.push(expected);
    if (cellText(sheet, r, layout.rowCodeCol) !== expected) intact = false;
  }
  const firstCol = colEntries.length ? colEntries[0][1] : 0;
  const lastCol = colEntries.length ? colEntries[colEntries.length - 1][1] : 0;
  const colCodes: string[] = [];
  for (let c = firstCol; c <= lastCol && colEntries.length; c++) {
    const text = cellText(sheet, layout.codeRow, c);
    colCodes.push(text);
    const code = colEntries.find(([, col]) => col === c)?.[0];
    if (code !== undefined && text === '') intact = false;
  }
  return {
    intact,
    rowRange: `${abs(firstRow, layout.rowCodeCol)}:${abs(lastRow, layout.rowCodeCol)}`,
    rowCodes,
    colRange: `${abs(layout.codeRow, firstCol)}:${abs(layout.codeRow, lastCol)}`,
    colCodes,
  };
}
