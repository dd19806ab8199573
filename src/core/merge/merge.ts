import type { ReportingUnit, TemplatePack } from '../pack/types';
import { aggregate, type MergedSource, type SummaryCell } from './aggregate';
import { completeness, type CompletenessRow } from './completeness';
import { coverage } from './double-counting';
import { examineSubmission, type Examined } from './examine';
import { planMerge, type LogEntry, type MergeOptions, type MergePlan, type Override } from './plan';
import type { FileInfo, Submission } from './submission';
import type { SummaryContents } from './summary-identity';
import { targetPlan, type TargetPlan } from './targets';

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
  /** The merged sources, by unit code: one row each in the detail sheet. */
  sources: readonly SummarySource[];
  /** Every reporting unit whose own figures are in the summary, sorted: the summary's identity. */
  contains: readonly string[];
  /** Cell id ("PL02|5|1") → summary cell, for every value cell of the merged annexes, in pack order. */
  cells: ReadonlyMap<string, SummaryCell>;
  targets: TargetPlan;
  completeness: readonly CompletenessRow[];
  unusedOverrides: readonly Override[];
}

export function mergeExamined(pack: TemplatePack, examined: readonly Examined[], options: MergeOptions = {}): MergeResult {
  return mergePlanned(pack, planMerge(pack, examined, options));
}

export function mergePlanned(pack: TemplatePack, plan: MergePlan): MergeResult {
  const sources: SummarySource[] = plan.accepted.map((f) => ({ unitCode: f.unit.code, unitName: f.unit.name, figures: f.figures, file: f.file, summary: f.summary }));
  const targets = targetPlan(pack, plan.mergingUnit.code);
  return {
    pack: { id: pack.id, version: pack.version, title: pack.title },
    mergingUnit: plan.mergingUnit,
    annexIds: plan.annexIds,
    entries: plan.entries,
    sources,
    contains: [...new Set(plan.accepted.flatMap((f) => coverage(f)))].sort(),
    cells: aggregate(pack, sources, plan.annexIds, targets),
    targets,
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
  const rows = result.completeness;
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
