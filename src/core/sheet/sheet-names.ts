/**
 * The fixed names of the sheets of a pack's workbook that are not annexes (defined in
 * core/pack/own-sheets.ts, so that the pack loader can refuse an annex of the same name).
 * The hidden identity sheet's name is META_SHEET, re-exported by identity.ts.
 */
export { CHECK_SHEET_NAME, isDetailSheetName, OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from '../pack/own-sheets';
