import { fill, type Lang, type Params } from '../i18n/format';
import { mergeMessages, type MergeMessageKey } from '../i18n/merge-messages';
import type { Campaign, TemplatePack } from '../pack/types';
import { Decimal } from '../numbers/decimal';
import { formatDecimal } from '../numbers/format';
import type { TransferOutcome } from './transfers';
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
    case 'own':
      parts.push(t('reason.own', { merging: entry.unitCode ?? '' }));
      if (entry.validation?.warnings) parts.push(t('reason.warnings', { count: entry.validation.warnings }));
      break;
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

export function reportingText(r: Reporting, lang: Lang, own = false): string {
  switch (r.kind) {
    case 'reported':
      return mergeText(lang, own ? 'completeness.own' : 'completeness.reported');
    case 'leftOut':
      return `${mergeText(lang, 'completeness.leftOut')} (${statusText(r.status, lang)})`;
    case 'partly':
      return `${mergeText(lang, 'completeness.partly')}: ${r.units.join(', ')}`;
    case 'missing':
      return mergeText(lang, 'completeness.missing');
  }
}

/**
 * What happened to a transfer inside the union in one column, in words (log sheet, JSON, CLI):
 * eliminated (and any difference between the two sides), or kept because only one side is inside.
 */
export function transferText(o: TransferOutcome, pack: TemplatePack, mergingUnit: { code: string; name: string }, lang: Lang): string | null {
  const annex = pack.annexes.find((a) => a.id === o.pair.annexId);
  const row = (code: string) => annex?.rows.find((r) => r.code === code);
  const col = annex?.columns.find((c) => c.code === o.colCode);
  const unit = row(o.pair.unitsRow)?.unit ?? '';
  const amount = (d: Decimal | null) => `${formatDecimal(d ?? Decimal.ZERO, lang)}${unit ? ` ${unit}` : ''}`;
  const params = {
    annex: annex?.label ?? o.pair.annexId,
    col: col ? `${col.code} (${col.title})` : o.colCode,
    unitsRow: `${o.pair.unitsRow} "${row(o.pair.unitsRow)?.label ?? ''}"`,
    ownRow: `${o.pair.ownRow} "${row(o.pair.ownRow)?.label ?? ''}"`,
    merging: `${mergingUnit.code} ${mergingUnit.name}`,
    units: amount(o.units),
    own: amount(o.own),
    eliminated: amount(o.eliminated),
    difference: amount(o.difference),
  };
  switch (o.state) {
    case 'eliminated':
      return mergeText(lang, o.difference ? 'transfer.difference' : 'transfer.eliminated', params);
    case 'noOwnReport':
      return o.units && !o.units.isZero() ? mergeText(lang, 'transfer.noOwnReport', params) : null;
    case 'oneSideEmpty':
      return (o.units && !o.units.isZero()) || (o.own && !o.own.isZero()) ? mergeText(lang, 'transfer.oneSideEmpty', params) : null;
  }
}
