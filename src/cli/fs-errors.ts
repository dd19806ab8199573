import { cliMessages } from '../core/i18n/cli-messages';
import type { Lang } from '../core/i18n/format';
import { translateCli } from './translate';

/**
 * Why the file system said no, in the user's words: one table for every command (reading a unit's
 * file, writing a template or a summary), from the message catalogue; Node's own text otherwise.
 */
export type FsAccess = 'read' | 'write';

export function fsErrorReason(lang: Lang, e: unknown, access: FsAccess): string {
  const code = (e as NodeJS.ErrnoException).code;
  const key = `fs.${access}.${code}`;
  return code && key in cliMessages ? translateCli(lang, key as keyof typeof cliMessages) : (e as Error).message;
}

