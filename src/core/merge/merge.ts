import type { ReportingUnit, TemplatePack } from '../pack/types';
import { aggregate, type MergedSource, type SummaryCell } from './aggregate';
import { completeness, type CompletenessRow } from './completeness';
import { coverage } from './double-counting';
import { examineSubmission, type Examined } from './examine';
import { planMerge, type LogEntry, type MergeOptions, type MergePlan, type Override } from './plan';
import type { FileInfo, Submission } from './submission';
import type { SummaryContents } from './summary-identity';
import { targetPlan, type TargetPlan } from './targets';
import type { TransferOutcome } from './transfers';
import { kindForm } from '../pack/kind-form';

/**
 * Step 3: the plan's accepted files → the summary's figures, its log and its completeness. Everything
 * is sorted by unit code, so the same files in any order give the same result, cell for cell.
 */

export interface SummarySource extends MergedSource {
  file: FileInfo;
  /** Set when the source is itself a summary. */
  summary: SummaryContents | null;
}

export interface MergeResult {
  pack: { id: string; version: string; title: string };
  mergingUnit: ReportingUnit;
  annexIds: readonly string[];
  /** One per file received, with its decision; sorted by unit code, saved time, file name. */
  entries: readonly LogEntry[];
  /** The merged sources, the merging unit's own report first, then by unit code: one row each in the detail sheet. */
  sources: readonly SummarySource[];
  /** Every reporting unit whose own figures are in the summary, sorted: the summary's identity. */
  contains: readonly string[];
  /** Cell id ("PL02|5|1") → summary cell, for every value cell of the merged annexes, in pack order. */
  cells: ReadonlyMap<string, SummaryCell>;
  targets: TargetPlan;
  /** Transfers inside the union, per pair and column: eliminated, or kept and why. */
  transfers: readonly TransferOutcome[];
  completeness: readonly CompletenessRow[];
  unusedOverrides: readonly Override[];
}

export function mergeExamined(pack: TemplatePack, examined: readonly Examined[], options: MergeOptions = {}): MergeResult {
  return mergePlanned(pack, planMerge(pack, examined, options));
}

export function mergePlanned(pack: TemplatePack, plan: MergePlan): MergeResult {
  const mergingCode = plan.mergingUnit.code;
  // The own report first (the first row of "Chi tiết"), then the units by code.
  const sources: SummarySource[] = plan.accepted
    .map((f) => ({ unitCode: f.unit.code, unitName: f.unit.name, figures: f.figures, file: f.file, summary: f.summary, own: f.unit.code === mergingCode }))
    .sort((a, b) => Number(b.own) - Number(a.own));
  // The summary is the merging unit's form: the annexes and rows its kind fills.
  const form = kindForm(pack, plan.mergingUnit.kind);
  const targets = targetPlan(form, mergingCode);
  const { cells, transfers } = aggregate(form, sources, plan.annexIds, targets);
  return {
    pack: { id: pack.id, version: pack.version, title: pack.title },
    mergingUnit: plan.mergingUnit,
    annexIds: plan.annexIds,
    entries: plan.entries,
    sources,
    contains: [...new Set(plan.accepted.flatMap((f) => coverage(f)))].sort(),
    cells,
    targets,
    transfers,
    completeness: completeness(pack, plan),
    unusedOverrides: plan.unusedOverrides,
  };
}

/** Convenience for callers that hold every workbook at once (tests, small merges). */
export function mergeSubmissions(pack: TemplatePack, submissions: readonly Submission[], options: MergeOptions = {}): MergeResult {
  return mergeExamined(pack, submissions.map((s) => examineSubmission(pack, s)), options);
}

export interface MergeCounts {
  files: number;
  merged: number;
  leftOut: number;
  expected: number;
  reported: number;
  late: number;
  missing: number;
}

export function mergeCounts(result: Pick<MergeResult, 'entries' | 'completeness'>): MergeCounts {
  const merged = result.entries.filter((e) => e.decision.merged).length;
  // The merging unit's own report is not one of the units expected to report to it.
  const rows = result.completeness.filter((r) => !r.own);
  return {
    files: result.entries.length,
    merged,
    leftOut: result.entries.length - merged,
    expected: rows.length,
    reported: rows.filter((r) => r.reporting.kind === 'reported').length,
    late: rows.filter((r) => r.reporting.kind === 'reported' && r.reporting.timeliness === 'late').length,
    missing: rows.filter((r) => r.reporting.kind === 'missing').length,
  };
}
