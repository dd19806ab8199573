import type { WorkbookModel } from '../core/sheet/model';

/**
 * What the task pane needs from Excel, and nothing more. The Office.js implementation lives in
 * excel/office-host.ts; components never touch `Excel.*` themselves.
 */

export interface InsertOutcome {
  /** Sheet names written. */
  written: string[];
  /** Sheet names that were replaced (the user consented). */
  replaced: string[];
  /** Number of context.sync() calls the insertion took (measured, for tests and logs). */
  syncs: number;
}

export interface ExcelHost {
  /** Names of the worksheets of the active workbook, in tab order (hidden ones included). */
  sheetNames(): Promise<string[]>;
  /**
   * Writes every sheet of the model, the hidden identity sheet and the defined names.
   * A sheet whose name already exists is replaced only if listed in `replace`; otherwise the call
   * fails with HostError('sheetExists') before anything is written.
   */
  insertWorkbookModel(model: WorkbookModel, replace: readonly string[]): Promise<InsertOutcome>;
}

export type HostErrorCode = 'sheetExists' | 'unsupported' | 'officeError';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /** Sheet names for 'sheetExists', the missing requirement set for 'unsupported', Office's text otherwise. */
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}
