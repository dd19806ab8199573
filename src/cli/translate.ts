import { cliMessages } from '../core/i18n/cli-messages';
import { makeTranslator } from '../core/i18n/format';

/** The CLI's texts in the user's language, from the message catalogue. */
export const translateCli = makeTranslator(cliMessages);
