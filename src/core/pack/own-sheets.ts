/**
 * The fixed names of the sheets the add-in writes besides the annexes. Fixed (Vietnamese whatever the
 * language of the texts inside), so that the pane finds and replaces them in the user's workbook, the
 * formulas keep pointing at them, and the report reader never reads them as annexes. They live at the
 * bottom of the core because the pack loader refuses an annex that would take one of these names.
 */

/** The check sheet (core/checks). */
export const CHECK_SHEET_NAME = 'Kiểm tra';

/** The summary's own tables (core/summary). */
export const SUMMARY_SHEETS = {
  detail: 'Chi tiết',
  completeness: 'Tình hình nộp',
  log: 'Nhật ký',
} as const;

/**
 * A summary's detail is one sheet per annex ("Chi tiết PL02"), split further when an annex has more
 * input cells than a legacy .xls sheet has columns ("Chi tiết PL02 (2)"): every sheet whose name is
 * "Chi tiết" or begins with "Chi tiết " is the add-in's, never an annex (Excel ignores case).
 */
export function isDetailSheetName(name: string): boolean {
  const n = name.normalize('NFC').toLowerCase();
  const prefix = SUMMARY_SHEETS.detail.normalize('NFC').toLowerCase();
  return n === prefix || n.startsWith(`${prefix} `);
}

/** The overview (core/overview): a summary's first sheet, and a unit's own glance at its targets. */
export const OVERVIEW_SHEET_NAME = 'Tổng quan';

/** The hidden identity sheet (core/sheet/identity.ts). */
export const META_SHEET = '_annex_meta';
