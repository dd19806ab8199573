import type { Message } from '../i18n/format';
import type { EmbeddedPack } from '../packbook/embed';
import type { CellSource } from '../report/cell-source';

/**
 * What the caller hands the merge for each file it received. Reading bytes, hashing them and reading
 * the file's saved time are the caller's job (Node `fs` + `crypto` in the CLI, `File` +
 * `crypto.subtle` in the task pane): the core never touches a file system or a hash library.
 */
export interface FileInfo {
  /** The name the user knows the file by (a path in the CLI, the picked file's name in the pane). */
  fileName: string;
  /**
   * When the file was last saved: docProps/core.xml `modified` when the file has it, else the file's
   * modification time; null when neither is known. Decides resubmissions and lateness.
   */
  savedAt: Date | null;
  /** SHA-256 of the file's bytes, lower-case hex: the log proves which content was merged. */
  sha256: string;
}

export type SubmissionContent =
  /** The workbook as read (by the .xlsx reader, or from an open Excel workbook). */
  | {
      kind: 'workbook';
      source: CellSource;
      /** The pack the workbook carries, as read by the caller (it alone can inflate it); absent: not looked at. */
      embedded?: EmbeddedPack;
    }
  /** The file could not be read at all; `message` says why, in both languages. */
  | { kind: 'unreadable'; message: Message }
  /**
   * Encrypted with an open password that was not given (or not right, `wrongPassword`): not a broken
   * file — the user can give the password and read it. `message` says which, in both languages.
   */
  | { kind: 'needsPassword'; wrongPassword: boolean; message: Message };

export interface Submission extends FileInfo {
  content: SubmissionContent;
}

/**
 * Excel's lock file of an open workbook ("~$H01.xlsx", a few bytes naming who has it open): never a
 * report. The CLI and the pane skip it and say so.
 */
export function isExcelLockFile(fileName: string): boolean {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base.startsWith('~$');
}
