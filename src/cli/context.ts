import { readFileSync } from 'fs';
import { basename } from 'path';
import type { cliMessages } from '../core/i18n/cli-messages';
import type { Lang } from '../core/i18n/format';
import { defaultPack, formatPackError } from '../core/load/load-pack';
import type { TemplatePack } from '../core/pack/types';
import { readPackBytes, type PackFileForm } from '../xlsx/pack-file';
import { fsErrorReason } from './fs-errors';
import { nodeCrypto } from './node-crypto';

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

/** A pack file, JSON or pack workbook (what its bytes are decides), read through the same guards as any file. */
export function readPackFile(ctx: CliContext, file: string, max = 20): { pack: TemplatePack; form: PackFileForm } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new UserError(ctx.t('cli.cannotReadPack', { file, reason: fsErrorReason(ctx.lang, e, 'read') }));
  }
  const read = readPackBytes({ name: basename(file), bytes }, { crypto: nodeCrypto });
  if (read.ok) return { pack: read.pack, form: read.form };
  if ('unreadable' in read) throw new UserError(ctx.t('cli.cannotReadPack', { file, reason: read.unreadable[ctx.lang] }));
  throw new UserError(formatPackError(file, read.issues, ctx.lang, max));
}

export function loadPackOption(ctx: CliContext, file: string | undefined): TemplatePack {
  return file ? readPackFile(ctx, file).pack : defaultPack();
}
