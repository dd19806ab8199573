import { fill, type Lang } from '../core/i18n/format';
import { excelMessages } from '../core/i18n/excel-messages';
import type { HostError } from './host';

/** Why a requirement set is needed: the feature that needs it, told with the set's name. */
const UNSUPPORTED = {
  insert: 'excel.unsupported',
  pageLayout: 'excel.unsupported',
  read: 'excel.unsupportedRead',
  marks: 'excel.unsupportedMarks',
  multiArea: 'excel.unsupportedMarks',
  fix: 'excel.unsupportedFix',
} as const;

/** One sentence for the user about a HostError, in their language. */
export function describeHostError(error: HostError, lang: Lang): string {
  switch (error.code) {
    case 'sheetExists':
      return fill(excelMessages['excel.sheetExists'][lang], { names: error.detail }, lang);
    case 'unsupported': {
      const feature = (error.params.feature ?? 'insert') as keyof typeof UNSUPPORTED;
      return fill(excelMessages[UNSUPPORTED[feature] ?? 'excel.unsupported'][lang], { set: error.detail }, lang);
    }
    case 'sheetMissing':
      return fill(excelMessages['excel.sheetMissing'][lang], { names: error.detail }, lang);
    case 'cellLocked':
      return fill(excelMessages['excel.cellLocked'][lang], { cells: error.detail }, lang);
    case 'invalidInput':
      return fill(excelMessages['excel.invalidInput'][lang], { detail: error.detail }, lang);
    case 'officeError':
      return fill(excelMessages['excel.officeError'][lang], { detail: error.detail }, lang);
    case 'insertFailed':
      return fill(excelMessages['excel.insertFailed'][lang], { detail: error.detail }, lang);
    case 'insertLeftovers': {
      const key = error.params.renamed ? 'excel.insertLeftovers' : 'excel.insertLeftoversNoRename';
      return fill(excelMessages[key][lang], { reason: error.params.reason ?? '', names: error.detail, renamed: error.params.renamed ?? '' }, lang);
    }
    case 'sheetPassword':
      return fill(excelMessages['excel.sheetPassword'][lang], { names: error.detail }, lang);
    case 'noBackup':
      return excelMessages['excel.noBackup'][lang];
  }
}
