import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/format';
import type { TemplatePack } from '../../core/pack/types';
import { isAnnexSheet, type WorkbookModel } from '../../core/sheet/model';
import { renderWorkbook } from '../../core/workbook/render-workbook';
import { embeddedPackRows, withEmbeddedPack } from '../../core/packbook/embed';
import { PACK_CODEC } from '../../xlsx/pack-file';
import type { ExcelHost } from '../../excel/host';
import type { Translate } from '../i18n';
import { describeInsertError } from '../describe-error';

/**
 * The insertion as a small state machine: check the workbook for sheets of the same names, ask before
 * replacing any of them, write, report. Nothing is written until the user has consented, and what a
 * replacement takes away is kept (hidden) by the host, restorable from the pane.
 */

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'confirm'; conflicts: string[] }
  | { kind: 'writing'; count: number }
  | { kind: 'done'; annexes: number; checkSheet: string | null; glanceSheet: string | null; kept: number; unitName: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** Sheets of the model that the workbook already has (Excel compares sheet names case-blind). */
export function conflictingSheets(model: WorkbookModel, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  return model.sheets.map((sheet) => sheet.name).filter((name) => taken.has(name.toLocaleLowerCase()));
}

export function useInsertion(host: ExcelHost, pack: TemplatePack, lang: Lang, t: Translate) {
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const awaitingConsent = useRef<{ model: WorkbookModel; conflicts: string[]; unitName: string } | null>(null);

  const write = useCallback(
    async (model: WorkbookModel, replace: string[], unitName: string) => {
      setStatus({ kind: 'writing', count: model.sheets.length });
      try {
        const outcome = await host.insertWorkbookModel(model, replace);
        const checks = model.sheets.find((s) => s.role === 'checks');
        const glance = model.sheets.find((s) => s.role === 'overview');
        setStatus({ kind: 'done', annexes: model.sheets.filter(isAnnexSheet).length, checkSheet: checks ? checks.name : null, glanceSheet: glance ? glance.name : null, kept: outcome.kept.length, unitName });
      } catch (error) {
        setStatus({ kind: 'error', message: describeInsertError(error, lang, t) });
      }
    },
    [host, lang, t],
  );

  const start = useCallback(
    async (unitCode: string, annexIds: readonly string[]) => {
      awaitingConsent.current = null;
      setStatus({ kind: 'checking' });
      try {
        // The workbook carries its pack: the unit validates against its province's rules with no file to install.
        const model = withEmbeddedPack(renderWorkbook(pack, unitCode, annexIds), embeddedPackRows(pack, PACK_CODEC.compress));
        const unitName = pack.units.find((unit) => unit.code === unitCode)?.name ?? unitCode;
        const conflicts = conflictingSheets(model, await host.sheetNames());
        if (conflicts.length > 0) {
          awaitingConsent.current = { model, conflicts, unitName };
          setStatus({ kind: 'confirm', conflicts });
          return;
        }
        await write(model, [], unitName);
      } catch (error) {
        setStatus({ kind: 'error', message: describeInsertError(error, lang, t) });
      }
    },
    [host, pack, lang, t, write],
  );

  const confirmReplace = useCallback(() => {
    const pending = awaitingConsent.current;
    awaitingConsent.current = null;
    if (pending) void write(pending.model, pending.conflicts, pending.unitName);
  }, [write]);

  const cancelReplace = useCallback(() => {
    awaitingConsent.current = null;
    setStatus({ kind: 'cancelled' });
  }, []);

  return { status, start, confirmReplace, cancelReplace };
}
