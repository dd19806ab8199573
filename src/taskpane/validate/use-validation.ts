import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/format';
import type { TemplatePack } from '../../core/pack/types';
import type { Finding, FindingCounts } from '../../core/rules/finding';
import { validateSource } from '../../core/rules/validate';
import { embeddedNoteOf } from '../../core/packbook/embed';
import { PACK_CODEC } from '../../xlsx/pack-file';
import type { CellMark, ValidationHost, ValueFix } from '../../excel/host';
import type { Translate } from '../i18n';
import { describeInsertError } from '../describe-error';

/**
 * The Kiểm tra tab's work: read the workbook (or its active sheet), validate it against the pack, mark
 * the failing cells, and the follow-ups (select a cell, fix numbers typed as text, clear the marks).
 * Every host failure becomes a sentence for the user; the last result stays on screen.
 */

export type Scope = 'all' | 'active';

export interface ValidationOutcome {
  scope: Scope;
  findings: Finding[];
  counts: FindingCounts;
  passed: boolean;
  /** Cells marked in the workbook by this run (0 after "Xoá đánh dấu"). */
  marked: number;
}

export type Busy = null | 'reading' | 'fixing' | 'clearing';

/** One mark per failing cell: the primary cell of each finding, at its most severe finding's severity. */
export function marksOf(findings: readonly Finding[]): CellMark[] {
  return findings.flatMap((f) => (f.sheetName && f.address ? [{ sheet: f.sheetName, address: f.address, severity: f.severity }] : []));
}

/** The one-click fix of a finding ("number typed as text"), as the host writes it. */
export function fixOf(finding: Finding): ValueFix | null {
  return finding.fix && finding.sheetName ? { sheet: finding.sheetName, address: finding.fix.address, value: finding.fix.value } : null;
}

/** "3 lỗi, 2 cảnh báo" — or "Không có lỗi — sổ tính sẵn sàng gửi", with any warnings and notes after it. */
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
  const [error, setError] = useState<string | null>(null);
  const lastScope = useRef<Scope>('all');

  const fail = useCallback((e: unknown) => setError(describeInsertError(e, lang, t)), [lang, t]);

  const validate = useCallback(
    async (scope: Scope) => {
      const source = await host.readSource({ sheets: scope });
      // The pack the workbook carries is said when it differs from the chosen one, never used.
      const result = validateSource(source, pack, { embedded: embeddedNoteOf(source, pack, PACK_CODEC.decompress) });
      const marks = marksOf(result.findings);
      lastScope.current = scope;
      // Listed first: if Excel cannot mark the cells, the results still show beside the error.
      setOutcome({ scope, findings: result.findings, counts: result.counts, passed: result.passed, marked: 0 });
      if (!can.marks) return;
      await host.markCells(marks);
      setOutcome((o) => o && { ...o, marked: marks.length });
    },
    [host, pack, can.marks],
  );

  const guarded = useCallback(
    async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
      setBusy(kind);
      setError(null);
      try {
        await work();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(null);
      }
    },
    [fail],
  );

  const run = useCallback((scope: Scope) => guarded('reading', () => validate(scope)), [guarded, validate]);

  /** Writes the numbers, then validates again (same scope), so fixed findings and their marks go. */
  const fix = useCallback(
    (fixes: readonly ValueFix[]) =>
      guarded('fixing', async () => {
        await host.writeValues(fixes);
        await validate(lastScope.current);
      }),
    [guarded, host, validate],
  );

  const clearMarks = useCallback(
    () =>
      guarded('clearing', async () => {
        await host.clearMarks();
        setOutcome((o) => o && { ...o, marked: 0 });
      }),
    [guarded, host],
  );

  const select = useCallback(
    async (sheet: string, address: string) => {
      setError(null);
      try {
        await host.selectCell(sheet, address);
      } catch (e) {
        fail(e);
      }
    },
    [host, fail],
  );

  return { busy, outcome, error, run, fix, clearMarks, select };
}
