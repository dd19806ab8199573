import { createHash } from 'crypto';
import { readFileSync, statSync } from 'fs';
import { basename } from 'path';
import type { Lang } from '../core/i18n/format';
import type { Submission } from '../core/merge/submission';
import type { ReadBudget } from '../xlsx/open-workbook';
import { submissionFromBytes } from '../xlsx/submission';

/**
 * One file → a Submission: its bytes read once (never written), hashed, its saved time taken from
 * docProps/core.xml or else the file system, and parsed. Bytes and workbook are dropped by the caller
 * as soon as the merge has examined them.
 */

const FS_REASONS: Record<string, Record<Lang, string>> = {
  ENOENT: { vi: 'không có tệp này', en: 'no such file' },
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EPERM: { vi: 'không có quyền đọc', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a folder' },
};

export function readSubmission(path: string, budget?: ReadBudget): Submission {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = (lang: Lang) => FS_REASONS[code]?.[lang] ?? (e as Error).message;
    return {
      fileName: path,
      savedAt: null,
      sha256: '',
      content: { kind: 'unreadable', message: { vi: `Không mở được tệp "${path}": ${reason('vi')}.`, en: `Cannot open "${path}": ${reason('en')}.` } },
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
