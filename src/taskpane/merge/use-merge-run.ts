import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/format';
import type { MergeCounts } from '../../core/merge/merge';
import type { MergePlan } from '../../core/merge/plan';
import type { TemplatePack } from '../../core/pack/types';
import type { WorkbookModel } from '../../core/sheet/model';
import type { ExcelHost } from '../../excel/host';
import type { Translate } from '../i18n';
import { describeInsertError } from '../describe-error';
import type { BuiltSummary } from './merge-engine';
import type { MergeEngine } from './use-merge-files';

/**
 * "Tổng hợp vào sổ làm việc" as a small state machine, like the Biểu mẫu tab's insertion: build the
 * summary, look for sheets of the same names, ask before replacing any, write, report. Nothing is
 * written before the user consents; the user's other sheets are never touched (the host writes only
 * the model's sheets), and a replaced summary is kept, hidden, restorable from the pane.
 */

export type MergeRunStatus =
  | { kind: 'idle' }
  | { kind: 'merging'; files: number }
  | { kind: 'checking' }
  | { kind: 'confirm'; conflicts: string[] }
  | { kind: 'writing'; count: number }
  | { kind: 'done'; counts: MergeCounts; units: number; written: number; kept: number; named: BuiltSummary['named']; overview: BuiltSummary['overview']; drafts: BuiltSummary['drafts'] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

type Built = BuiltSummary;

/** Sheets of the model the workbook already has (Excel compares sheet names case-blind). */
export function summaryConflicts(model: WorkbookModel, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  return model.sheets.map((sheet) => sheet.name).filter((name) => taken.has(name.toLocaleLowerCase()));
}

function countOf(model: WorkbookModel, names: readonly string[]): number {
  const own = new Set(model.sheets.map((sheet) => sheet.name.toLocaleLowerCase()));
  return names.filter((name) => own.has(name.toLocaleLowerCase())).length;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useMergeRun(host: ExcelHost, pack: TemplatePack, lang: Lang, t: Translate) {
  const [status, setStatus] = useState<MergeRunStatus>({ kind: 'idle' });
  const pending = useRef<{ built: Built; conflicts: string[] } | null>(null);

  const write = useCallback(
    async (built: Built, replace: string[]) => {
      setStatus({ kind: 'writing', count: built.model.sheets.length });
      try {
        const outcome = await host.insertWorkbookModel(built.model, replace);
        setStatus({ kind: 'done', counts: built.counts, units: built.units, written: countOf(built.model, outcome.written), kept: countOf(built.model, outcome.kept), named: built.named, overview: built.overview, drafts: built.drafts });
      } catch (error) {
        setStatus({ kind: 'error', message: describeInsertError(error, lang, t) });
      }
    },
    [host, lang, t],
  );

  const start = useCallback(
    async (engine: MergeEngine, plan: MergePlan) => {
      pending.current = null;
      setStatus({ kind: 'merging', files: plan.accepted.length });
      try {
        await nextFrame();
        const built = engine.buildSummary(pack, plan, lang);
        setStatus({ kind: 'checking' });
        const conflicts = summaryConflicts(built.model, await host.sheetNames());
        if (conflicts.length > 0) {
          pending.current = { built, conflicts };
          setStatus({ kind: 'confirm', conflicts });
          return;
        }
        await write(built, []);
      } catch (error) {
        setStatus({ kind: 'error', message: describeInsertError(error, lang, t) });
      }
    },
    [host, pack, lang, t, write],
  );

  const confirmReplace = useCallback(() => {
    const waiting = pending.current;
    pending.current = null;
    if (waiting) void write(waiting.built, waiting.conflicts);
  }, [write]);

  const cancelReplace = useCallback(() => {
    pending.current = null;
    setStatus({ kind: 'cancelled' });
  }, []);

  return { status, start, confirmReplace, cancelReplace };
}
