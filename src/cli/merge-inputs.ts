import { readdirSync, statSync } from 'fs';
import { basename, extname, join, resolve } from 'path';
import { isExcelLockFile } from '../core/merge/submission';

/**
 * The files a merge reads: each path given, and the workbooks directly inside each folder given.
 * Folders are not scanned recursively — a campaign folder often holds older rounds or a district's
 * own inputs in subfolders, and counting those would count units twice. Skipped, and said so:
 * Excel's "~$…" lock files, files that are not workbooks, subfolders.
 */

/** Extensions taken from a folder. Legacy .xls and .ods are taken too, to be listed as unreadable with the reason. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls', '.ods']);

export type Skip = { kind: 'lock' | 'notWorkbook' | 'folder'; path: string };

export type InputScan = { ok: true; files: string[]; skipped: Skip[] } | { ok: false; missing: string };

/** True when `target` is one of the files: an output must never overwrite a source. */
export function isAmong(files: readonly string[], target: string): boolean {
  const full = resolve(target);
  return files.some((f) => resolve(f) === full);
}

export function isLockFile(path: string): boolean {
  return isExcelLockFile(basename(path));
}

export function scanInputs(paths: readonly string[]): InputScan {
  const files: string[] = [];
  const skipped: Skip[] = [];
  const seen = new Set<string>();
  const take = (path: string) => {
    const full = resolve(path);
    if (!seen.has(full)) {
      seen.add(full);
      files.push(path);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return { ok: false, missing: path };
    }
    if (!isDir) {
      if (isLockFile(path)) skipped.push({ kind: 'lock', path });
      else take(path);
      continue;
    }
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      let childIsDir = false;
      try {
        childIsDir = statSync(child).isDirectory();
      } catch {
        // A dangling link: read it as a file, and let the read say what is wrong.
      }
      if (childIsDir) skipped.push({ kind: 'folder', path: child });
      else if (isLockFile(name)) skipped.push({ kind: 'lock', path: child });
      else if (!WORKBOOK_EXTENSIONS.has(extname(name).toLowerCase())) skipped.push({ kind: 'notWorkbook', path: child });
      else take(child);
    }
  }
  return { ok: true, files, skipped };
}
