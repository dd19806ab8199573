import type { packMessages } from '../i18n/pack-messages';
import { CHECK_SHEET_NAME, isDetailSheetName, META_SHEET, OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from './own-sheets';

/**
 * The sheet name an annex of a pack asks for, checked when the pack is loaded against every rule
 * Excel applies to a sheet name — so that a bad pack is refused on load, naming the field, instead
 * of failing in the middle of an insertion:
 * - 1 to 31 characters, not only spaces (the loader refuses an empty text already);
 * - none of : \ / ? * [ ] and no control character;
 * - not beginning or ending with an apostrophe (Excel's own quote in formulas);
 * - not "History", which Excel keeps for itself (change tracking), whatever the case;
 * and against the sheets the add-in writes itself ("Kiểm tra", the summary's sheets — "Chi tiết" and
 * every "Chi tiết …", one detail sheet per annex —, the identity sheet), which an annex of the same name would replace or be replaced by. Excel compares sheet
 * names without regard to case: the loader's duplicate check does so too.
 */

export const MAX_SHEET_NAME = 31;

/** The add-in's own sheets, and what each is for (in the message). */
export const ADDIN_SHEETS: ReadonlyArray<{ name: string; use: { vi: string; en: string } }> = [
  { name: CHECK_SHEET_NAME, use: { vi: 'trang kiểm tra tự động', en: 'the self-check sheet' } },
  { name: SUMMARY_SHEETS.detail, use: { vi: 'các trang chi tiết của bản tổng hợp (mọi tên bắt đầu bằng "Chi tiết")', en: 'the summary\'s detail sheets (every name beginning with "Chi tiết")' } },
  { name: SUMMARY_SHEETS.completeness, use: { vi: 'trang tình hình nộp của bản tổng hợp', en: "the summary's completeness sheet" } },
  { name: SUMMARY_SHEETS.log, use: { vi: 'trang nhật ký của bản tổng hợp', en: "the summary's log sheet" } },
  { name: OVERVIEW_SHEET_NAME, use: { vi: 'trang tổng quan (bản tổng hợp, chỉ tiêu của đơn vị)', en: 'the overview sheet (summary, the unit\'s targets)' } },
  { name: META_SHEET, use: { vi: 'trang ẩn ghi mã nhận dạng', en: 'the hidden identity sheet' } },
];

type PackKey = keyof typeof packMessages;

export interface SheetNameProblem {
  key: Extract<PackKey, 'pack.badSheetName' | 'pack.reservedSheetName' | 'pack.ownSheetName'>;
  params?: Record<string, string>;
  localParams?: { vi: Record<string, string>; en: Record<string, string> };
}

const FORBIDDEN = /[:\\/?*[\]\u0000-\u001f\u007f]/;

export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.length > MAX_SHEET_NAME || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) return { key: 'pack.badSheetName' };
  if (name.toLowerCase() === 'history') return { key: 'pack.reservedSheetName', params: { name } };
  const own = ADDIN_SHEETS.find((s) => s.name.toLowerCase() === name.toLowerCase() || (s.name === SUMMARY_SHEETS.detail && isDetailSheetName(name)));
  if (own) return { key: 'pack.ownSheetName', params: { name: own.name === SUMMARY_SHEETS.detail ? name : own.name }, localParams: { vi: { use: own.use.vi }, en: { use: own.use.en } } };
  return null;
}
