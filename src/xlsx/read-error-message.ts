/** The user-facing sentence for a refused file, in the user's language. */
import type { Lang } from '../core/i18n/format';
import { makeTranslator } from '../core/i18n/format';
import { xlsxFormatNames, xlsxMessages } from '../core/i18n/xlsx-messages';
import type { ReadError } from './read-errors';

const t = makeTranslator(xlsxMessages);
const formatName = makeTranslator(xlsxFormatNames);

export function readErrorMessage(lang: Lang, fileName: string, error: ReadError): string {
  const detail = error.code === 'otherFormat' && error.format ? formatName(lang, `xlsx.format.${error.format}`) : error.detail;
  return t(lang, `xlsx.${error.code}`, { file: fileName, detail });
}

export function readErrorMessages(fileName: string, error: ReadError): { vi: string; en: string } {
  return { vi: readErrorMessage('vi', fileName, error), en: readErrorMessage('en', fileName, error) };
}
