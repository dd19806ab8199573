import type { Message } from '../i18n/format';
import type { ReportingUnit, TemplatePack } from '../pack/types';
import { readMeta } from '../report/locate-annex';
import { readUnitReport } from '../report/read-unit-report';
import type { Finding } from '../rules/finding';
import { validateReport } from '../rules/validate';
import { embeddedNote } from '../packbook/embed';
import { extractFigures, type UnitFigures } from './input-cells';
import type { FileInfo, Submission } from './submission';
import { readSummaryContents, type SummaryContents } from './summary-identity';
import { unitTree } from './unit-tree';

/**
 * Step 1 of a merge, one file at a time: read the unit's report, validate it, keep what the merge
 * needs (identity, errors and warnings, the input figures) and let the workbook go. The CLI streams
 * files through this; the task pane calls it as each file is dropped and shows the status at once.
 * Nothing here depends on who merges or which annexes: that is decided by `planMerge`.
 */

export type NotFromPack =
  | { issue: 'notPackWorkbook' }
  | { issue: 'otherPack'; found: string }
  | { issue: 'otherVersion'; found: string }
  | { issue: 'brokenSummary'; detail: string };

export type Examined =
  | { kind: 'unreadable'; file: FileInfo; message: Message }
  | { kind: 'needsPassword'; file: FileInfo; wrongPassword: boolean; message: Message }
  | { kind: 'notFromPack'; file: FileInfo; found: NotFromPack }
  /** `unitCode` null: the identity was removed from every sheet. */
  | { kind: 'unknownUnit'; file: FileInfo; unitCode: string | null }
  | ExaminedForm;

export interface ExaminedForm {
  kind: 'form';
  file: FileInfo;
  unit: ReportingUnit;
  /** Set when the file is a merged summary: the units inside it. */
  summary: SummaryContents | null;
  /** Errors and warnings of the whole workbook (the plan keeps those of the annexes merged). */
  findings: readonly Finding[];
  /** Annexes present in the workbook. */
  annexIds: readonly string[];
  figures: UnitFigures;
  /** Input cells whose formulas the file saved without results, computed from the workbook (0: none). */
  recalculated: number;
}

export function fileInfo(s: FileInfo): FileInfo {
  return { fileName: s.fileName, savedAt: s.savedAt, sha256: s.sha256 };
}

export function examineSubmission(pack: TemplatePack, submission: Submission): Examined {
  const file = fileInfo(submission);
  if (submission.content.kind === 'unreadable') return { kind: 'unreadable', file, message: submission.content.message };
  if (submission.content.kind === 'needsPassword') return { kind: 'needsPassword', file, wrongPassword: submission.content.wrongPassword, message: submission.content.message };
  const source = submission.content.source;
  const report = readUnitReport(source, pack);
  for (const issue of report.issues) {
    if (issue.kind === 'notPackWorkbook') return { kind: 'notFromPack', file, found: { issue: 'notPackWorkbook' } };
    if (issue.kind === 'otherPack' || issue.kind === 'otherVersion') return { kind: 'notFromPack', file, found: { issue: issue.kind, found: issue.found } };
  }
  const unit = report.unitCode ? unitTree(pack).unit(report.unitCode) : undefined;
  if (!unit) return { kind: 'unknownUnit', file, unitCode: report.unitCode };

  const summary = readSummaryContents(readMeta(source), unit.code);
  if (summary.kind === 'broken') return { kind: 'notFromPack', file, found: { issue: 'brokenSummary', detail: summary.detail } };
  const embedded = submission.content.embedded ? embeddedNote(submission.content.embedded, pack) : null;
  const { findings } = validateReport(report, pack, { embedded });
  return {
    kind: 'form',
    file,
    unit,
    summary: summary.kind === 'summary' ? summary.contents : null,
    findings: keptFindings(findings),
    annexIds: [...report.annexes.keys()],
    figures: extractFigures(report, pack),
    recalculated: report.recalculated,
  };
}

/** Notes the merge keeps: which pack the workbook was made with, when it is not the one merging. */
const PACK_NOTES = new Set(['structure.embeddedDiffers', 'structure.embeddedCorrupt', 'structure.earlierVersion']);

/**
 * Errors and warnings (and the pack notes above) — info findings (the attainment of each target …) are for reading, not for
 * deciding. Copied through JSON: their messages quote cell texts, which are slices of the workbook's
 * decoded XML and would otherwise keep it alive as long as the merge keeps the finding.
 */
function keptFindings(findings: readonly Finding[]): Finding[] {
  const kept = findings.filter((f) => f.severity !== 'info' || PACK_NOTES.has(f.ruleId));
  return kept.length ? (JSON.parse(JSON.stringify(kept)) as Finding[]) : [];
}
