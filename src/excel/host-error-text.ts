import { fill, type Lang } from '../core/i18n/format';
import { excelMessages } from '../core/i18n/excel-messages';
import type { HostError } from './host';

/** One sentence for the user about a HostError, in their language. */
export function describeHostError(error: HostError, lang: Lang): string {
  switch (error.code) {
    case 'sheetExists':
      return fill(excelMessages['excel.sheetExists'][lang], { names: error.detail }, lang);
    case 'unsupported':
      return fill(excelMessages['excel.unsupported'][lang], { set: error.detail }, lang);
    case 'officeError':
      return fill(excelMessages['excel.officeError'][lang], { detail: error.detail }, lang);
  }
}
