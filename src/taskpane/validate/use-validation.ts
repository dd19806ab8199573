import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/format';
import type { TemplatePack } from '../../core/pack/types';
import { countFindings, type Finding, type FindingCounts } from '../../core/rules/finding';
import { validateSource, type ValidationResult } from '../../core/rules/validate';
import { embeddedNoteOf } from '../../core/packbook/embed';
import { PACK_CODEC } from '../../xlsx/pack-file';
import type { CellMark, ValidationHost, ValueFix } from '../../excel/host';
import type { Translate } from '../i18n';
import { describeInsertError } from '../describe-error';
export { fixOf } from './finding-fix';

/**
 * The Kiểm tra tab's work: read the workbook, validate it against the pack, mark the failing cells,
 * and the follow-ups (go to the next error, fix numbers typed as text — and undo that — clear the
 * marks). Checking the active sheet reads the whole workbook too (its rules read other annexes, and
 * the other annexes must be seen to be there) and keeps the findings of that sheet's annex. Every
 * host failure becomes a sentence for the user; the last result stays on screen.
 */

export type Scope = 'all' | 'active';

export interface ValidationOutcome {
  scope: Scope;
  findings: Finding[];
  counts: FindingCounts;
  passed: boolean;
  /** Scope 'active': the sheet that was open, and whether it is an annex of the pack. */
  activeSheet?: string;
  activeIsAnnex?: boolean;
  /** Cells marked in the workbook by this run. */
  marked: number;
}

/** What became of the marks: none asked yet, placed, removed by "Xóa tô màu", or refused by Excel. */
export type MarksState = { kind: 'none' } | { kind: 'marked'; count: number } | { kind: 'cleared'; count: number } | { kind: 'failed'; message: string };

/** The last "Sửa thành số": the cells written and what they held before (to undo). */
export interface DoneFix {
  fixes: ValueFix[];
  previous: ValueFix[];
  undone: boolean;
}

export type Busy = null | 'reading' | 'fixing' | 'clearing' | 'undoing';

/** One mark per failing cell: the primary cell of each finding, at its most severe finding's severity. */
export function marksOf(findings: readonly Finding[]): CellMark[] {
  return findings.flatMap((f) => (f.sheetName && f.address ? [{ sheet: f.sheetName, address: f.address, severity: f.severity }] : []));
}

/** The one-click fix of a finding ("number typed as text"), as the host writes it. */
/** The findings of the annex on the active sheet (and those of the workbook as a whole). */
export function scopeToSheet(result: ValidationResult, activeSheet: string | undefined): Pick<ValidationOutcome, 'findings' | 'counts' | 'passed' | 'activeSheet' | 'activeIsAnnex'> {
  const name = (activeSheet ?? '').toLowerCase();
  const annex = [...result.report.annexes.values()].find((a) => a.sheetName.toLowerCase() === name);
  const findings = annex ? result.findings.filter((f) => f.annexId === annex.annexId || (f.annexId === null && f.kind === 'structure')) : [];
  const counts = countFindings(findings);
  return { findings, counts, passed: counts.error === 0, activeSheet, activeIsAnnex: annex !== undefined };
}

/** "3 lỗi, 2 cảnh báo" — or "Không có lỗi — sổ làm việc sẵn sàng gửi", with any warnings and notes after it. */
export function summary(outcome: Pick<ValidationOutcome, 'counts'>, t: Translate): string {
  const { error, warning, info } = outcome.counts;
  const parts: string[] = [];
  if (error) parts.push(t('validate.count.error', { count: error }));
  if (warning) parts.push(t('validate.count.warning', { count: warning }));
  if (info) parts.push(t('validate.count.info', { count: info }));
  if (error) return parts.join(', ');
  return parts.length ? `${t('validate.passed')}; ${parts.join(', ')}` : t('validate.passed');
}

/** `marks: false` when this Excel cannot mark cells (said at load by the tab): the findings are only listed. */
export function useValidation(host: ValidationHost, pack: TemplatePack, lang: Lang, t: Translate, can: { marks: boolean } = { marks: true }) {
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<ValidationOutcome | null>(null);
  const [marks, setMarks] = useState<MarksState>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [lastFix, setLastFix] = useState<DoneFix | null>(null);
  const lastScope = useRef<Scope>('all');

  const describe = useCallback((e: unknown) => describeInsertError(e, lang, t), [lang, t]);

  const validate = useCallback(
    async (scope: Scope) => {
      const source = await host.readSource();
      // The pack the workbook carries is said when it differs from the chosen one, never used.
      const result = validateSource(source, pack, { embedded: embeddedNoteOf(source, pack, PACK_CODEC.decompress) });
      const scoped = scope === 'active' ? scopeToSheet(result, source.activeSheet) : { findings: result.findings, counts: result.counts, passed: result.passed };
      lastScope.current = scope;
      // Listed first: if Excel cannot mark the cells, the results still show, and say so.
      setOutcome({ scope, ...scoped, marked: 0 });
      if (!can.marks) return;
      const wanted = marksOf(scoped.findings);
      try {
        await host.markCells(wanted);
        setMarks(wanted.length ? { kind: 'marked', count: wanted.length } : { kind: 'none' });
      } catch (e) {
        setMarks({ kind: 'failed', message: describe(e) });
      }
    },
    [host, pack, can.marks, describe],
  );

  const guarded = useCallback(
    async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
      setBusy(kind);
      setError(null);
      try {
        await work();
      } catch (e) {
        setError(describe(e));
      } finally {
        setBusy(null);
      }
    },
    [describe],
  );

  const run = useCallback(
    (scope: Scope) =>
      guarded('reading', async () => {
        setLastFix(null);
        await validate(scope);
      }),
    [guarded, validate],
  );

  /** Writes the numbers (remembering what the cells held), then validates again, so fixed findings and their marks go. */
  const fix = useCallback(
    (fixes: readonly ValueFix[]) =>
      guarded('fixing', async () => {
        const previous = await host.writeValues(fixes);
        setLastFix({ fixes: [...fixes], previous, undone: false });
        await validate(lastScope.current);
      }),
    [guarded, host, validate],
  );

  /** Puts back what the last fix replaced (the texts as they were typed), then validates again. */
  const undoFix = useCallback(
    () =>
      guarded('undoing', async () => {
        if (!lastFix || lastFix.undone) return;
        await host.writeValues(lastFix.previous);
        setLastFix({ ...lastFix, undone: true });
        await validate(lastScope.current);
      }),
    [guarded, host, validate, lastFix],
  );

  const clearMarks = useCallback(
    () =>
      guarded('clearing', async () => {
        const count = marks.kind === 'marked' ? marks.count : 0;
        await host.clearMarks();
        setMarks({ kind: 'cleared', count });
      }),
    [guarded, host, marks],
  );

  const select = useCallback(
    async (sheet: string, address: string) => {
      setError(null);
      try {
        await host.selectCell(sheet, address);
      } catch (e) {
        setError(describe(e));
      }
    },
    [host, describe],
  );

  return { busy, outcome, marks, error, lastFix, run, fix, undoFix, clearMarks, select };
}
