/** The user-facing sentence for a refused file, in the user's language. */
import type { Lang } from '../core/i18n/format';
import { makeTranslator } from '../core/i18n/format';
import { xlsxMessages } from '../core/i18n/xlsx-messages';
import type { ReadError } from './read-errors';

const t = makeTranslator(xlsxMessages);

export function readErrorMessage(lang: Lang, fileName: string, error: ReadError): string {
  return t(lang, `xlsx.${error.code}`, { file: fileName, detail: error.detail });
}
