import type { ReportingUnit, TemplatePack } from '../pack/types';
import type { ExaminedForm } from './examine';
import { coverage } from './double-counting';
import type { FileStatus, MergePlan } from './plan';
import { timelinessOf, type Timeliness } from './timeliness';
import { unitTree } from './unit-tree';

/**
 * Completeness and timeliness (after DHIS2): the units expected to report to the merging unit —
 * those whose parent it is — and for each whether its figures are in the summary, whether it was
 * late, or why not.
 */
export type Reporting =
  | { kind: 'reported'; fileName: string; savedAt: Date | null; timeliness: Timeliness; viaSummary: boolean }
  /** It sent a file, but the file was left out (errors, double counting …). */
  | { kind: 'leftOut'; fileName: string; status: FileStatus }
  /** Its own report is missing, but units below it were merged directly. */
  | { kind: 'partly'; units: readonly string[] }
  | { kind: 'missing' };

export interface CompletenessRow {
  unit: ReportingUnit;
  reporting: Reporting;
  /** The merging unit's own report ("Báo cáo của chính đơn vị"): listed first, when one was received; never counted as expected. */
  own?: true;
}

export function completeness(pack: TemplatePack, plan: Pick<MergePlan, 'mergingUnit' | 'entries' | 'accepted'>): CompletenessRow[] {
  const tree = unitTree(pack);
  const mergedBy = new Map<string, ExaminedForm>(plan.accepted.map((f) => [f.unit.code, f]));
  const children = tree.children(plan.mergingUnit.code).map((unit): CompletenessRow => {
    const merged = mergedBy.get(unit.code);
    if (merged) {
      const timeliness = timelinessOf(merged.file.savedAt, pack.campaign);
      return { unit, reporting: { kind: 'reported', fileName: merged.file.fileName, savedAt: merged.file.savedAt, timeliness, viaSummary: merged.summary !== null } };
    }
    const below = plan.accepted.flatMap((f) => coverage(f)).filter((code) => tree.isBelow(code, unit.code));
    if (below.length) return { unit, reporting: { kind: 'partly', units: [...new Set(below)].sort() } };
    // The newest file it sent, left out for the reason its log entry gives.
    const sent = plan.entries.filter((e) => e.unitCode === unit.code && e.decision.status !== 'duplicate');
    const last = sent[sent.length - 1];
    if (last) return { unit, reporting: { kind: 'leftOut', fileName: last.file.fileName, status: last.decision.status } };
    return { unit, reporting: { kind: 'missing' } };
  });
  return [...ownRow(pack, plan), ...children];
}

/** The merging unit's own report, when it sent one: merged as its own figures, or left out and why. */
function ownRow(pack: TemplatePack, plan: Pick<MergePlan, 'mergingUnit' | 'entries' | 'accepted'>): CompletenessRow[] {
  const unit = plan.mergingUnit;
  const merged = plan.accepted.find((f) => f.unit.code === unit.code);
  if (merged) {
    const timeliness = timelinessOf(merged.file.savedAt, pack.campaign);
    return [{ unit, own: true, reporting: { kind: 'reported', fileName: merged.file.fileName, savedAt: merged.file.savedAt, timeliness, viaSummary: false } }];
  }
  const sent = plan.entries.filter((e) => e.unitCode === unit.code && e.summary === null && e.decision.status !== 'duplicate' && e.decision.status !== 'outOfScope');
  const last = sent[sent.length - 1];
  return last ? [{ unit, own: true, reporting: { kind: 'leftOut', fileName: last.file.fileName, status: last.decision.status } }] : [];
}
