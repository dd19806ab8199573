import type { CellSource } from '../core/report/cell-source';
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
  /** The replaced sheets kept, hidden, until the next replacement (ExcelHost.restoreBackups). */
  kept: string[];
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
  /** What an earlier replacement kept (hidden) and is still in the workbook; null when nothing is. */
  backups(): Promise<BackupInfo | null>;
  /**
   * Puts the kept sheets back under their names and keeps the sheets that had replaced them in their
   * place (so a restore can be undone the same way). HostError('noBackup') when nothing is kept.
   */
  restoreBackups(): Promise<BackupInfo>;
}

export interface BackupInfo {
  /** Names of the sheets kept (or just restored). */
  sheets: string[];
  /** When (ISO time). */
  at: string;
}

export type MarkSeverity = 'error' | 'warning' | 'info';

/** A cell (or block, "D5:F5") to highlight; `address` is A1 on `sheet`, without a sheet name. */
export interface CellMark {
  sheet: string;
  address: string;
  severity: MarkSeverity;
}

/**
 * A value to write into an input cell: the one-click fix of a number typed as text, or what the cell
 * held before, to undo it. A string is written as text, kept as typed (never read as a number).
 */
export interface ValueFix {
  sheet: string;
  /** One cell, A1. */
  address: string;
  value: number | string;
}

/**
 * What the pane's "Kiểm tra" (check) tab needs from Excel. The Office.js implementation lives in
 * excel/office-validation-host.ts. Each call is one Excel.run with a fixed number of syncs.
 */
export interface ValidationHost {
  /** The open workbook (every sheet, and which one is active) as a CellSource, for the same validation as a file read by the CLI. */
  readSource(): Promise<CellSource>;
  /** Shows the cell to the user: activates its sheet and selects it. Missing sheet → HostError('sheetMissing'). */
  selectCell(sheetName: string, address: string): Promise<void>;
  /**
   * Highlights cells with conditional formats of ours, replacing earlier marks. The cells' own
   * formats are never touched, so clearing the marks restores exactly what the user had.
   */
  markCells(marks: readonly CellMark[]): Promise<void>;
  /** Removes every mark of ours (also those left by an earlier session of the pane), and nothing else. */
  clearMarks(): Promise<void>;
  /**
   * Writes values into unlocked cells; a locked target refuses the whole call (HostError('cellLocked'))
   * before anything is written. Returns what the cells held before, to undo it with another call.
   */
  writeValues(fixes: readonly ValueFix[]): Promise<ValueFix[]>;
}

/**
 * The document's own settings (Office.context.document.settings): saved inside the workbook, so a
 * workbook reopens with what was chosen for it (its campaign's pack). Values are texts.
 */
export interface SettingsHost {
  get(name: string): string | null;
  /** Sets (or with null removes) the setting and saves it into the document. */
  set(name: string, value: string | null): Promise<void>;
}

export type HostErrorCode =
  | 'sheetExists'
  | 'unsupported'
  | 'officeError'
  | 'sheetMissing'
  | 'cellLocked'
  | 'invalidInput'
  | 'insertFailed'
  | 'insertLeftovers'
  | 'sheetPassword'
  | 'noBackup';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /**
     * Sheet names for 'sheetExists', 'sheetMissing' and 'sheetPassword', the missing requirement set
     * for 'unsupported', "Sheet!A1" cells for 'cellLocked', the refused address or value for
     * 'invalidInput', Office's text for 'officeError' and 'insertFailed' (the workbook was put back as
     * it was), the sheets left behind for 'insertLeftovers' (it could not be).
     */
    readonly detail: string,
    /** 'insertLeftovers': Office's text of the first failure; `renamed`: "~bản cũ 1 → PL01" pairs. */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${detail}`);
  }
}
