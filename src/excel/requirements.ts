import { HostError } from './host';

/**
 * Requirement sets the insertion relies on. ExcelApi 1.8 brings data validation and implies the
 * earlier sets (protection 1.2, names 1.4, freeze panes 1.7); 1.9 adds page layout and indentation,
 * which are skipped when missing rather than refusing the whole insertion.
 */
export const REQUIRED_EXCEL_API = '1.8';
export const PAGE_LAYOUT_EXCEL_API = '1.9';

/** Reading the workbook: `getUsedRangeOrNullObject` (1.4); names' formulas and the file name need 1.7. */
export const READ_EXCEL_API = '1.4';
export const NAME_FORMULA_EXCEL_API = '1.7';
/** Marks are conditional formats (1.6); one format over many cells needs RangeAreas (1.9). */
export const MARKS_EXCEL_API = '1.6';
export const MULTI_AREA_EXCEL_API = '1.9';
/** Checking that a fix goes into an unlocked cell: FormatProtection (1.2). */
export const WRITE_EXCEL_API = '1.2';

export function supportsExcelApi(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Throws HostError('unsupported', 'ExcelApi x.y') when the host lacks the set. */
export function requireExcelApi(version: string): void {
  if (!supportsExcelApi(version)) throw new HostError('unsupported', `ExcelApi ${version}`);
}

/** Throws HostError('unsupported') when the host cannot take an annex; says whether 1.9 is there. */
export function checkRequirements(): { api19: boolean } {
  requireExcelApi(REQUIRED_EXCEL_API);
  return { api19: supportsExcelApi(PAGE_LAYOUT_EXCEL_API) };
}
