/**
 * Names of the summary's own sheets. Fixed (Vietnamese whatever the language of the texts inside), so
 * that the pane finds and replaces them in the user's workbook, and the formulas keep pointing at them.
 */
export const SUMMARY_SHEETS = {
  detail: 'Chi tiết',
  completeness: 'Tình hình nộp',
  log: 'Nhật ký',
} as const;
