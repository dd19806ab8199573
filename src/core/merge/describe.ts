import { fill, type Lang, type Params } from '../i18n/format';
import { mergeMessages, type MergeMessageKey } from '../i18n/merge-messages';
import type { Campaign } from '../pack/types';
import type { Reporting } from './completeness';
import type { FileStatus, LogEntry } from './plan';
import { deadlineText } from './timeliness';

/** The words for a file's status and the reason behind it, in the user's language (CLI, log sheet, pane). */

export function mergeText(lang: Lang, key: MergeMessageKey, params?: Params): string {
  return fill(mergeMessages[key][lang], params, lang);
}

export function statusText(status: FileStatus, lang: Lang): string {
  return mergeText(lang, `status.${status}`);
}

export interface PackLabel {
  title: string;
  version: string;
  campaign: Pick<Campaign, 'deadline'>;
}

/** Why the file has its status: one sentence, or several joined by "; " (resubmission, lateness). */
export function reasonText(entry: LogEntry, pack: PackLabel, lang: Lang): string {
  const t = (key: MergeMessageKey, params?: Params) => mergeText(lang, key, params);
  const d = entry.decision;
  const parts: string[] = [];
  switch (d.status) {
    case 'ready':
      break;
    case 'warnings':
      parts.push(t('reason.warnings', { count: entry.validation?.warnings ?? 0 }));
      break;
    case 'errors': {
      const count = entry.validation?.errors ?? 0;
      if (d.merged) parts.push(t('reason.override', { count, reason: d.override }));
      else parts.push(t('reason.errors', { count, first: entry.findings.find((f) => f.severity === 'error')?.message[lang] ?? '' }));
      break;
    }
    case 'duplicate':
      parts.push(t('reason.duplicate', { unit: entry.unitCode ?? '', newer: d.replacedBy }));
      break;
    case 'doubleCounted':
      parts.push(t('reason.doubleCounted', { units: d.units.join(', '), other: d.countedIn, otherUnit: d.countedInUnit }));
      break;
    case 'outOfScope':
      parts.push(t(d.relation === 'self' ? 'reason.outOfScope.self' : 'reason.outOfScope.notBelow', { unit: entry.unitCode ?? '', merging: d.mergingUnit }));
      break;
    case 'notFromPack':
      switch (d.found.issue) {
        case 'notPackWorkbook':
          parts.push(t('reason.notPackWorkbook', { pack: `${pack.title} ${pack.version}` }));
          break;
        case 'otherPack':
          parts.push(t('reason.otherPack', { found: d.found.found }));
          break;
        case 'otherVersion':
          parts.push(t('reason.otherVersion', { found: d.found.found, expected: pack.version }));
          break;
        case 'brokenSummary':
          parts.push(t('reason.brokenSummary', { detail: d.found.detail }));
          break;
      }
      break;
    case 'unknownUnit':
      parts.push(entry.unitCode ? t('reason.unknownUnit', { code: entry.unitCode }) : t('reason.unitMissing'));
      break;
    case 'unreadable':
    case 'needsPassword':
      parts.push(d.message[lang]);
      break;
  }
  if (entry.replaces.length) parts.push(t('reason.replaces', { files: entry.replaces.join(', ') }));
  // Lateness is said of a unit's form; a file that is not one (unreadable, another pack) only says why.
  const isForm = d.status !== 'unreadable' && d.status !== 'needsPassword' && d.status !== 'notFromPack';
  if (isForm && entry.timeliness === 'late') parts.push(t('reason.late', { deadline: deadlineText(pack.campaign) }));
  if (isForm && entry.recalculated > 0) parts.push(t('reason.recalculated', { count: entry.recalculated }));
  // A sentence's full stop before "; " would read ".;": each part but the last ends without one.
  return parts.map((p, i) => (i < parts.length - 1 ? p.replace(/\.\s*$/, '') : p)).join('; ');
}

/** The override reason, when the file was merged despite errors. */
export function overrideText(entry: LogEntry): string {
  return entry.decision.merged && entry.decision.status === 'errors' ? entry.decision.override : '';
}

export function reportingText(r: Reporting, lang: Lang): string {
  switch (r.kind) {
    case 'reported':
      return mergeText(lang, 'completeness.reported');
    case 'leftOut':
      return `${mergeText(lang, 'completeness.leftOut')} (${statusText(r.status, lang)})`;
    case 'partly':
      return `${mergeText(lang, 'completeness.partly')}: ${r.units.join(', ')}`;
    case 'missing':
      return mergeText(lang, 'completeness.missing');
  }
}
