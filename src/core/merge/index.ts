/**
 * The merge, for the CLI and the task pane's Tổng hợp tab. Three steps, so that a caller can stream
 * files and show statuses before merging:
 *
 *   const examined = files.map((f) => examineSubmission(pack, f));   // per file, as it arrives
 *   const plan = planMerge(pack, examined, { mergingUnit, annexIds, overrides });   // statuses + why
 *   const result = mergePlanned(pack, plan);                          // figures, log, completeness
 *   const model = summaryWorkbook(pack, result);                      // core/summary → writer / Office
 *
 * `mergeExamined` does the last two in one call. See README "Tổng hợp — Merge".
 */
export { examineSubmission, type Examined, type ExaminedForm, type NotFromPack } from './examine';
export { planMerge, type Decision, type FileStatus, type LogEntry, type MergeOptions, type MergePlan, type Override } from './plan';
export { mergeExamined, mergePlanned, mergeSubmissions, mergeCounts, type MergeCounts, type MergeResult, type SummarySource } from './merge';
export { resolveAnnexSelection, departmentChoices, type AnnexSelection } from './annex-selection';
export { reasonText, statusText, overrideText, reportingText, mergeText } from './describe';
export { jsonLog, mergeOutcome, type JsonLog, type JsonLogFile } from './log-json';
export { deadlineEnd, timelinessOf, savedAtText, type Timeliness } from './timeliness';
export { SUMMARY_KEYS, readSummaryContents, summaryMetaRows, type SummaryContents } from './summary-identity';
export { summaryValue, type SummaryCell } from './aggregate';
export type { CompletenessRow, Reporting } from './completeness';
export type { FileInfo, Submission, SubmissionContent } from './submission';
export { inputCatalogue, type InputCell, type UnitFigures } from './input-cells';
