import { nodeCrypto } from './node-crypto';
import { needsPassword, type OpenedWorkbook } from '../xlsx/open-workbook';
import type { CliContext } from './context';

/** Node's crypto decrypts in the CLI; what it decrypts stays in memory, never on disk. */
export const CLI_CRYPTO = nodeCrypto;

/** Tries per file, at the terminal, before the file is listed as needing its password. */
const PROMPT_TRIES = 3;

/**
 * Opens a file with the passwords known (`--password`, and those typed for earlier files). When it
 * still needs one and the CLI runs on a terminal, asks for it — saying when the last one was wrong —
 * up to three times; a right password is remembered for the next files (a batch often shares one).
 */
export function openUnlocked(ctx: CliContext, file: string, open: (passwords: readonly string[]) => OpenedWorkbook): OpenedWorkbook {
  const known = ctx.passwords ?? [];
  let opened = open(known);
  for (let attempt = 0; attempt < PROMPT_TRIES && ctx.askPassword && !opened.ok && needsPassword(opened); attempt++) {
    const wrong = opened.error.code === 'wrongPassword';
    const typed = ctx.askPassword(ctx.t(wrong ? 'cli.password.promptAgain' : 'cli.password.prompt', { file }));
    if (typed === null) break;
    opened = open([typed]);
    if (opened.ok) known.push(typed);
  }
  ctx.passwords = known;
  return opened;
}
