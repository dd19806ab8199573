import { SAVE_AS_EN, SAVE_AS_VI } from '../../core/i18n/xlsx-messages';
import type { Lang } from '../../core/i18n/format';
import type { FileStatus, LogEntry } from '../../core/merge/plan';

/**
 * The order of the Tổng hợp tab's file list: what needs the user first (errors not merged, a
 * password to give, unreadable files …), the files merged without question last; within a status,
 * by unit code, then file name. And each row's reason without the "save again as .xlsx" steps,
 * which the tab says once below the list.
 */

const RANK: Record<FileStatus, number> = {
  errors: 0,
  needsPassword: 1,
  unreadable: 2,
  unknownUnit: 3,
  notFromPack: 4,
  doubleCounted: 5,
  outOfScope: 6,
  duplicate: 7,
  warnings: 8,
  ready: 9,
  own: 10,
};

/** A unit's file with errors that the user chose to merge anyway is no longer a problem. */
function rank(entry: LogEntry): number {
  return entry.decision.status === 'errors' && entry.decision.merged ? RANK.warnings : RANK[entry.decision.status];
}

export function problemsFirst(entries: readonly LogEntry[]): LogEntry[] {
  return [...entries].sort(
    (a, b) => rank(a) - rank(b) || (a.unitCode ?? '\uffff').localeCompare(b.unitCode ?? '\uffff') || a.file.fileName.localeCompare(b.file.fileName),
  );
}

/** Files that need a look: not merged, or merged only by the user's decision. */
export function needsLook(entry: LogEntry): boolean {
  return !entry.decision.merged || entry.decision.status === 'errors';
}

/** The reason without the three programs' Save-As steps; `saveAs` says they were there. */
export function shortReason(reason: string, lang: Lang): { text: string; saveAs: boolean } {
  const steps = lang === 'vi' ? SAVE_AS_VI : SAVE_AS_EN;
  if (!reason.includes(steps)) return { text: reason, saveAs: false };
  return { text: reason.replace(steps, '').replace(/\s+;/g, ';').replace(/\s+$/, ''), saveAs: true };
}
