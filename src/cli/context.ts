import { readFileSync } from 'fs';
import type { cliMessages } from '../core/i18n/cli-messages';
import type { Lang } from '../core/i18n/format';
import { defaultPack, loadPackText, PackError } from '../core/load/load-pack';
import type { TemplatePack } from '../core/pack/types';
import { fsErrorReason } from './fs-errors';

/** What every command gets: the language, a translator, output streams, and the pack. */
export interface CliContext {
  lang: Lang;
  t: (key: keyof typeof cliMessages, params?: Record<string, string | number>) => string;
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * Open passwords for encrypted workbooks (`--password`, repeatable), tried in order on every
   * encrypted file after Excel's default one; a password typed at the terminal prompt is added for
   * the next files. Never printed, logged or written.
   */
  passwords?: string[];
  /** Asks for a password without echo (a terminal only); null when skipped. Absent: never ask. */
  askPassword?: (prompt: string) => string | null;
}

/** A failure the user can act on: printed as is, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function loadPackOption(ctx: CliContext, file: string | undefined): TemplatePack {
  if (!file) return defaultPack();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotReadPack', { file, reason: fsErrorReason(ctx.lang, e, 'read') }));
  }
  try {
    return loadPackText(text, file);
  } catch (e) {
    if (e instanceof PackError) throw new UserError(e.describe(ctx.lang));
    throw e;
  }
}
