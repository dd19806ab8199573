import { createHash } from 'crypto';
import { readFileSync, statSync } from 'fs';
import { basename } from 'path';
import type { Lang } from '../core/i18n/format';
import type { Submission } from '../core/merge/submission';
import type { ReadBudget } from '../xlsx/open-workbook';
import { openWorkbookFile } from '../xlsx/open-workbook';
import { skipCheckSheet, submissionFromBytes, submissionOf } from '../xlsx/submission';
import type { CliContext } from './context';
import { translateCli } from './translate';
import { CLI_CRYPTO, openUnlocked } from './unlock';
import { fsErrorReason } from './fs-errors';

/**
 * One file → a Submission: its bytes read once (never written), hashed, its saved time taken from
 * docProps/core.xml or else the file system, and parsed. Bytes and workbook are dropped by the caller
 * as soon as the merge has examined them.
 */


export function readSubmission(path: string, budget?: ReadBudget, unlock: { passwords?: readonly string[]; ctx?: CliContext } = {}): Submission {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const message = (lang: Lang) => translateCli(lang, 'cli.validate.cannotOpen', { file: path, reason: fsErrorReason(lang, e, 'read') });
    return {
      fileName: path,
      savedAt: null,
      sha256: '',
      content: { kind: 'unreadable', message: { vi: message('vi'), en: message('en') } },
    };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = { fileName: path, label: basename(path), bytes, sha256, fallbackSavedAt: mtimeOf(path) };
  // With a context (the main thread), a file that needs its password may be asked for at the terminal.
  if (unlock.ctx) {
    const ctx = unlock.ctx;
    const opened = openUnlocked(ctx, path, (passwords) => openWorkbookFile({ name: file.label, bytes }, { budget, skipSheet: skipCheckSheet, crypto: CLI_CRYPTO, passwords }));
    return submissionOf(file, opened);
  }
  return submissionFromBytes(file, budget, { crypto: CLI_CRYPTO, passwords: unlock.passwords ?? [] });
}

function mtimeOf(path: string): Date | null {
  try {
    return statSync(path).mtime;
  } catch {
    return null;
  }
}
