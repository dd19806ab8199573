import { langFromLocale } from '../core/i18n/format';
import { excelMessages } from '../core/i18n/excel-messages';
import type { CellSource } from '../core/report/cell-source';
import { blockAddress, parseBlock } from './cell-address';
import { HostError, type CellMark, type ReadSourceOptions, type ValidationHost, type ValueFix } from './host';
import { groupMarks, type SheetMarks } from './marks';
import { runExcel } from './office-errors';
import { replaceMarks } from './queue-marks';
import { CELLS_PER_SYNC, RESPONSE_BYTES_PER_SYNC } from './read-blocks';
import { readWorkbookSource } from './read-source';
import { requireFeature, supports } from './requirements';
import { checkFixes, syncNamingMissingSheets, writeNumbers } from './write-values';

/**
 * ValidationHost over Office.js. Syncs per call, whatever the number of sheets, cells or marks:
 * - readSource: 3 while the sheets read hold at most 20,000 used cells together (the default
 *   pack's seven annexes of a unit hold about 1,800), then one more per further 20,000 cells;
 * - selectCell: 1;
 * - markCells, clearMarks: 4 at most — 3 when no sheet has a Custom conditional format, 2 when there
 *   is nothing to remove or add;
 * - writeValues: 2 (check, then write).
 * A refused call (missing sheet, locked cell, bad address) changes nothing.
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

  async readSource(options: ReadSourceOptions = {}): Promise<CellSource> {
    requireFeature('read');
    const settings = {
      sheets: options.sheets ?? 'all',
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

  async writeValues(fixes: readonly ValueFix[]): Promise<void> {
    requireFeature('fix');
    const checked = checkFixes(fixes);
    if (!checked.length) return;
    return runExcel((context) => writeNumbers(context, checked));
  }

  private replaceMarks(marks: SheetMarks[]): Promise<void> {
    const multiArea = supports('multiArea');
    return runExcel((context) => replaceMarks(context, marks, multiArea));
  }
}

function displayLang() {
  return langFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
}
