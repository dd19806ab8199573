import { CHECK_SHEET_NAME } from '../core/sheet/sheet-names';
import type { Submission } from '../core/merge/submission';
import type { SyncCrypto } from './crypto/ops';
import { readEmbeddedPack } from '../core/packbook/embed';
import { PACK_CODEC } from './pack-file';
import { needsPassword, openWorkbookFile, type OpenedWorkbook, type ReadBudget } from './open-workbook';

/** The check sheet is never read by validation or merge (they recompute it): the reader skips it. */
export const skipCheckSheet = (name: string): boolean => name === CHECK_SHEET_NAME;

/**
 * A file's bytes → a Submission, the same for the CLI and the task pane: parsed by the guarded reader
 * under the run's budget (the check sheet not even inflated), the saved time from the workbook's own
 * properties or else the caller's fallback (the file's modification time). A refusal becomes an
 * 'unreadable' submission with the reader's message naming the file — never an exception.
 */
export function submissionFromBytes(
  file: { fileName: string; label: string; bytes: Uint8Array; sha256: string; fallbackSavedAt: Date | null },
  budget?: ReadBudget,
  unlock: { crypto?: SyncCrypto; passwords?: readonly string[] } = {},
): Submission {
  const opened = openWorkbookFile({ name: file.label, bytes: file.bytes }, { budget, skipSheet: skipCheckSheet, ...unlock });
  return submissionOf(file, opened);
}

/** A read (or refused) file → its Submission; a file needing its password is not an unreadable one. */
export function submissionOf(file: { fileName: string; sha256: string; fallbackSavedAt: Date | null }, opened: OpenedWorkbook): Submission {
  const savedAt = (opened.ok ? opened.savedAt : null) ?? file.fallbackSavedAt;
  if (!opened.ok && needsPassword(opened)) {
    return { fileName: file.fileName, savedAt, sha256: file.sha256, content: { kind: 'needsPassword', wrongPassword: opened.error.code === 'wrongPassword', message: opened.message } };
  }
  if (!opened.ok) return { fileName: file.fileName, savedAt, sha256: file.sha256, content: { kind: 'unreadable', message: opened.message } };
  // The pack the workbook carries: read here, where it can be inflated; said by the merge, never used.
  const embedded = readEmbeddedPack(opened.source, PACK_CODEC.decompress);
  return { fileName: file.fileName, savedAt, sha256: file.sha256, content: { kind: 'workbook', source: opened.source, embedded } };
}
