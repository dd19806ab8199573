import { HostError } from './host';

/**
 * Requirement sets the insertion relies on. ExcelApi 1.8 brings data validation and implies the
 * earlier sets (protection 1.2, names 1.4, freeze panes 1.7); 1.9 adds page layout and indentation,
 * which are skipped when missing rather than refusing the whole insertion.
 */
export const REQUIRED_EXCEL_API = '1.8';
export const PAGE_LAYOUT_EXCEL_API = '1.9';

function supported(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Throws HostError('unsupported') when the host cannot take an annex; says whether 1.9 is there. */
export function checkRequirements(): { api19: boolean } {
  if (!supported(REQUIRED_EXCEL_API)) throw new HostError('unsupported', `ExcelApi ${REQUIRED_EXCEL_API}`);
  return { api19: supported(PAGE_LAYOUT_EXCEL_API) };
}
