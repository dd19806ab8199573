/** The summary workbook built from a MergeResult (see core/merge). */
export { summaryWorkbook, type SummaryOptions } from './summary-workbook';
export { SUMMARY_SHEETS } from '../sheet/sheet-names';
