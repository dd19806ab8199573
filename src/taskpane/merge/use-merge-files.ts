import { useCallback, useRef, useState } from 'react';
import { makeTranslator } from '../../core/i18n/format';
import { paneMessages } from '../../core/i18n/pane-messages';
import { isExcelLockFile } from '../../core/merge/submission';
import type { TemplatePack } from '../../core/pack/types';
import type { PasswordAnswer, PasswordRequest } from '../unlock';
import type { Examined, PickedFile, ReadBudget } from './merge-engine';

/**
 * The files of the Tổng hợp tab: each picked or dropped file is read, hashed and examined as it
 * arrives (the engine is loaded with the first one), with the count read so far for the progress bar.
 * One ReadBudget covers the whole list — a "run" — and starts afresh when the list is cleared.
 * Excel's lock files ("~$…", made while a workbook is open) are not reports: skipped and named, as the
 * CLI does.
 */

export type MergeEngine = typeof import('./merge-engine');

export function loadMergeEngine(): Promise<MergeEngine> {
  return import(/* webpackChunkName: "merge-engine" */ './merge-engine');
}

export interface ListedFile {
  /** Stable key for the table. */
  id: number;
  examined: Examined;
  sha256: string;
}

const translate = makeTranslator(paneMessages);

/** Lets the browser paint the progress bar between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useMergeFiles(pack: TemplatePack) {
  const [engine, setEngine] = useState<MergeEngine | null>(null);
  const [files, setFiles] = useState<readonly ListedFile[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [locks, setLocks] = useState<readonly string[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const budget = useRef<ReadBudget | null>(null);
  const nextId = useRef(1);
  const known = useRef(new Set<string>());
  // Files arriving while others are read wait their turn: one reader at a time, in arrival order.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The password dialog: the file it asks for, and how to answer. Passwords "for every file" live here, in memory, for this list only.
  const [passwordRequest, setPasswordRequest] = useState<(PasswordRequest & { answer: (a: PasswordAnswer | null) => void }) | null>(null);
  const sharedPasswords = useRef<string[]>([]);
  const ask = useCallback(
    (request: PasswordRequest) =>
      new Promise<PasswordAnswer | null>((resolve) =>
        setPasswordRequest({
          ...request,
          answer: (a) => {
            setPasswordRequest(null);
            resolve(a);
          },
        }),
      ),
    [],
  );

  const add = useCallback(
    (all: readonly PickedFile[]) => {
      const lockFiles = all.filter((f) => isExcelLockFile(f.name)).map((f) => f.name);
      if (lockFiles.length) setLocks((before) => [...before, ...lockFiles.filter((n) => !before.includes(n))]);
      const picked = all.filter((f) => !isExcelLockFile(f.name));
      if (picked.length === 0) return;
      queue.current = queue.current.then(async () => {
        let loaded: MergeEngine;
        try {
          loaded = await loadMergeEngine();
        } catch (error) {
          setLoadError(error);
          return;
        }
        setEngine(() => loaded);
        budget.current ??= new loaded.ReadBudget();
        const total = picked.length;
        let skippedNow = 0;
        setReading({ done: 0, total });
        for (let i = 0; i < picked.length; i++) {
          await nextFrame();
          const file = picked[i];
          const cannotOpen = { vi: translate('vi', 'merge.cannotOpen', { file: file.name }), en: translate('en', 'merge.cannotOpen', { file: file.name }) };
          const read = await loaded.examineFile(pack, file, budget.current, cannotOpen, { ask, shared: sharedPasswords.current, batch: picked.length > 1 });
          const key = `${file.name}\u0000${read.sha256}`;
          if (read.sha256 !== '' && known.current.has(key)) skippedNow++;
          else {
            known.current.add(key);
            const listed: ListedFile = { id: nextId.current++, examined: read.examined, sha256: read.sha256 };
            setFiles((before) => [...before, listed]);
          }
          setReading({ done: i + 1, total });
        }
        setSkipped(skippedNow);
        setReading(null);
      });
    },
    [pack, ask],
  );

  const clear = useCallback(() => {
    queue.current = queue.current.then(() => {
      setFiles([]);
      setSkipped(0);
      setLocks([]);
      known.current = new Set();
      budget.current = null;
      sharedPasswords.current = [];
    });
  }, []);

  return { engine, files, reading, skipped, locks, loadError, add, clear, passwordRequest };
}
