import { createHash } from 'crypto';
import { readFileSync, statSync } from 'fs';
import { basename } from 'path';
import type { Lang } from '../core/i18n/format';
import type { Submission } from '../core/merge/submission';
import type { ReadBudget } from '../xlsx/open-workbook';
import { submissionFromBytes } from '../xlsx/submission';
import { translateCli } from './translate';
import { fsErrorReason } from './fs-errors';

/**
 * One file → a Submission: its bytes read once (never written), hashed, its saved time taken from
 * docProps/core.xml or else the file system, and parsed. Bytes and workbook are dropped by the caller
 * as soon as the merge has examined them.
 */


export function readSubmission(path: string, budget?: ReadBudget): Submission {
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
  return submissionFromBytes({ fileName: path, label: basename(path), bytes, sha256, fallbackSavedAt: mtimeOf(path) }, budget);
}

function mtimeOf(path: string): Date | null {
  try {
    return statSync(path).mtime;
  } catch {
    return null;
  }
}
