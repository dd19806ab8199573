/**
 * The fixed names of the sheets of a pack's workbook that are not annexes. Fixed (Vietnamese whatever
 * the language of the texts inside), so that the pane finds and replaces them in the user's
 * workbook, the formulas keep pointing at them, and the report reader never reads them as annexes.
 * (The hidden identity sheet's name is META_SHEET, in identity.ts.)
 */

/** The check sheet (core/checks). */
export const CHECK_SHEET_NAME = 'Kiểm tra';

/** The summary's own tables (core/summary). */
export const SUMMARY_SHEETS = {
  detail: 'Chi tiết',
  completeness: 'Tình hình nộp',
  log: 'Nhật ký',
} as const;
