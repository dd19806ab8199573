import type { Lang } from '../i18n/format';
import { type Severity } from '../pack/types';
import type { Campaign, TemplatePack } from '../pack/types';
import { overrideText, reasonText, reportingText, transferText } from './describe';
import { mergeCounts, type MergeCounts, type MergeResult } from './merge';
import type { FileStatus } from './plan';
import type { Timeliness } from './timeliness';

/** The merge log as JSON (`annex merge --json log.json`, and the pane's download): one record per file, plus completeness. */

export interface JsonLogFile {
  file: string;
  savedAt: string | null;
  sha256: string;
  unit: string | null;
  unitName: string | null;
  /** For a summary: the units inside it. */
  contains: string[] | null;
  status: FileStatus;
  merged: boolean;
  reason: string;
  override: string | null;
  errors: number | null;
  warnings: number | null;
  timeliness: Timeliness;
  replaces: string[];
  replacedBy: string | null;
  /** Input cells whose formulas the file saved without results, computed by the merge (0: none). */
  recalculated: number;
  findings: Array<{ ruleId: string; severity: Severity; annex: string | null; sheet: string | null; cell: string | null; message: string }>;
}

export interface JsonLog {
  pack: { id: string; version: string; title: string };
  mergingUnit: { code: string; name: string };
  annexes: string[];
  deadline: string;
  counts: MergeCounts;
  contains: string[];
  files: JsonLogFile[];
  /** `own`: the merging unit's own report (listed first when one was received). */
  completeness: Array<{ unit: string; name: string; own: boolean; state: 'reported' | 'leftOut' | 'partly' | 'missing'; text: string; file: string | null; timeliness: Timeliness | null }>;
  unusedOverrides: Array<{ unit: string; reason: string }>;
  /** Transfers inside the union, per pair and column: what was eliminated, or why not. */
  transfers: Array<{ annex: string; unitsRow: string; ownRow: string; col: string; units: number | null; own: number | null; eliminated: number; difference: number | null; state: string; text: string | null }>;
}

export function jsonLog(result: MergeResult, campaign: Pick<Campaign, 'deadline'>, lang: Lang, pack?: TemplatePack): JsonLog {
  const label = { title: result.pack.title, version: result.pack.version, campaign };
  return {
    pack: result.pack,
    mergingUnit: { code: result.mergingUnit.code, name: result.mergingUnit.name },
    annexes: [...result.annexIds],
    deadline: campaign.deadline,
    counts: mergeCounts(result),
    contains: [...result.contains],
    files: result.entries.map((e) => ({
      file: e.file.fileName,
      savedAt: e.file.savedAt ? e.file.savedAt.toISOString() : null,
      sha256: e.file.sha256,
      unit: e.unitCode,
      unitName: e.unitName,
      contains: e.summary ? [...e.summary.units] : null,
      status: e.decision.status,
      merged: e.decision.merged,
      reason: reasonText(e, label, lang),
      override: overrideText(e) || null,
      errors: e.validation?.errors ?? null,
      warnings: e.validation?.warnings ?? null,
      timeliness: e.timeliness,
      replaces: [...e.replaces],
      replacedBy: e.decision.status === 'duplicate' ? e.decision.replacedBy : null,
      recalculated: e.recalculated,
      findings: e.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, annex: f.annexId, sheet: f.sheetName, cell: f.address, message: f.message[lang] })),
    })),
    completeness: result.completeness.map((r) => ({
      unit: r.unit.code,
      name: r.unit.name,
      own: r.own === true,
      state: r.reporting.kind,
      text: reportingText(r.reporting, lang, r.own === true),
      file: r.reporting.kind === 'reported' || r.reporting.kind === 'leftOut' ? r.reporting.fileName : null,
      timeliness: r.reporting.kind === 'reported' ? r.reporting.timeliness : null,
    })),
    unusedOverrides: result.unusedOverrides.map((o) => ({ unit: o.unitCode, reason: o.reason })),
    transfers: result.transfers.map((o) => ({
      annex: o.pair.annexId,
      unitsRow: o.pair.unitsRow,
      ownRow: o.pair.ownRow,
      col: o.colCode,
      units: o.units?.toNumber() ?? null,
      own: o.own?.toNumber() ?? null,
      eliminated: o.eliminated.toNumber(),
      difference: o.difference?.toNumber() ?? null,
      state: o.state,
      text: pack ? transferText(o, pack, result.mergingUnit, lang) : null,
    })),
  };
}

/** Exit status of a merge, as the CLI reports it: everything merged, some left out, nothing merged. */
export function mergeOutcome(result: Pick<MergeResult, 'entries'>): 'allMerged' | 'someLeftOut' | 'nothingMerged' {
  const merged = result.entries.filter((e) => e.decision.merged).length;
  if (merged === 0) return 'nothingMerged';
  return merged === result.entries.length ? 'allMerged' : 'someLeftOut';
}
