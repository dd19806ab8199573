import { langFromLocale } from '../core/i18n/format';
import { excelMessages } from '../core/i18n/excel-messages';
import type { CellSource } from '../core/report/cell-source';
import { blockAddress, parseBlock } from './cell-address';
import { HostError, type CellMark, type ValidationHost, type ValueFix } from './host';
import { groupMarks, type SheetMarks } from './marks';
import { runExcel } from './office-errors';
import { replaceMarks } from './queue-marks';
import { CELLS_PER_SYNC, RESPONSE_BYTES_PER_SYNC } from './read-blocks';
import { readWorkbookSource } from './read-source';
import { requireFeature, supports } from './requirements';
import { checkFixes, syncNamingMissingSheets, writeValues } from './write-values';

/**
 * ValidationHost over Office.js. Syncs per call, whatever the number of sheets, cells or marks:
 * - readSource: 2, then one per ~2 MB of cells (estimated from the texts read so far: 1 for a unit's
 *   workbook with its check sheet, ~68,000 cell entries, 1.3 MB), plus one or two when Excel on the
 *   web refuses a first guess at a sheet of very long texts (read-source.ts);
 * - selectCell: 1;
 * - markCells, clearMarks: 5 at most — names; protection and conditional-format types; the Custom
 *   formats' formulas (skipped when there is none); the protected sheets to change unprotected, before
 *   anything is written (skipped when none is); the changes — 2 when there is nothing to change;
 * - writeValues: 2 (check and read what the cells hold, then write).
 * A refused call (missing sheet, locked cell, bad address, a sheet with a password) changes nothing.
 */

export interface ValidationHostOptions {
  /** Cells per content sync of readSource (tests make it small to exercise block reading). */
  cellsPerSync?: number;
  /** Estimated response bytes per content sync of readSource. */
  bytesPerSync?: number;
}

export class OfficeValidationHost implements ValidationHost {
  private readonly cellsPerSync: number;
  private readonly bytesPerSync: number;

  constructor(options: ValidationHostOptions = {}) {
    this.cellsPerSync = options.cellsPerSync ?? CELLS_PER_SYNC;
    this.bytesPerSync = options.bytesPerSync ?? RESPONSE_BYTES_PER_SYNC;
  }

  async readSource(): Promise<CellSource> {
    requireFeature('read');
    const settings = {
      cellsPerSync: this.cellsPerSync,
      bytesPerSync: this.bytesPerSync,
      fallbackLabel: excelMessages['excel.openWorkbook'][displayLang()],
    };
    return runExcel((context) => readWorkbookSource(context, settings));
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    const block = parseBlock(address);
    if (!block) throw new HostError('invalidInput', `${sheetName}!${address}`);
    return runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(blockAddress(block)).select();
      await syncNamingMissingSheets(context, [sheetName]);
    });
  }

  async markCells(marks: readonly CellMark[]): Promise<void> {
    requireFeature('marks');
    return this.replaceMarks(groupMarks(marks));
  }

  async clearMarks(): Promise<void> {
    requireFeature('marks');
    return this.replaceMarks([]);
  }

  async writeValues(fixes: readonly ValueFix[]): Promise<ValueFix[]> {
    requireFeature('fix');
    const checked = checkFixes(fixes);
    if (!checked.length) return [];
    return runExcel((context) => writeValues(context, checked));
  }

  private replaceMarks(marks: SheetMarks[]): Promise<void> {
    const multiArea = supports('multiArea');
    return runExcel((context) => replaceMarks(context, marks, multiArea));
  }
}

function displayLang() {
  return langFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
}
