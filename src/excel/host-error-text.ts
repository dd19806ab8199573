import { fill, type Lang } from '../core/i18n/format';
import { excelMessages } from '../core/i18n/excel-messages';
import type { HostError } from './host';
import { MARKS_EXCEL_API, READ_EXCEL_API } from './requirements';

/** Why a requirement set is needed, told with the set's name. */
function unsupportedKey(set: string): 'excel.unsupported' | 'excel.unsupportedRead' | 'excel.unsupportedMarks' {
  if (set === `ExcelApi ${MARKS_EXCEL_API}`) return 'excel.unsupportedMarks';
  if (set === `ExcelApi ${READ_EXCEL_API}`) return 'excel.unsupportedRead';
  return 'excel.unsupported';
}

/** One sentence for the user about a HostError, in their language. */
export function describeHostError(error: HostError, lang: Lang): string {
  switch (error.code) {
    case 'sheetExists':
      return fill(excelMessages['excel.sheetExists'][lang], { names: error.detail }, lang);
    case 'unsupported':
      return fill(excelMessages[unsupportedKey(error.detail)][lang], { set: error.detail }, lang);
    case 'sheetMissing':
      return fill(excelMessages['excel.sheetMissing'][lang], { names: error.detail }, lang);
    case 'cellLocked':
      return fill(excelMessages['excel.cellLocked'][lang], { cells: error.detail }, lang);
    case 'invalidInput':
      return fill(excelMessages['excel.invalidInput'][lang], { detail: error.detail }, lang);
    case 'officeError':
      return fill(excelMessages['excel.officeError'][lang], { detail: error.detail }, lang);
  }
}
