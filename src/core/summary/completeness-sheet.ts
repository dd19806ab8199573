import type { Lang } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { mergeText, reportingText } from '../merge/describe';
import { mergeCounts, type MergeResult } from '../merge/merge';
import { deadlineText, savedAtText } from '../merge/timeliness';
import type { SheetModel } from '../sheet/model';
import { SUMMARY_SHEETS } from '../sheet/sheet-names';
import { TableSheet } from './table-sheet';

/** Row (0-based) of the first unit's line; the overview links each unit to its line. */
export const COMPLETENESS_FIRST_ROW = 4;
/** Widths of its columns (STT … saved at): a unit's line is this many cells wide. */
export const COMPLETENESS_COLUMN_WIDTHS: readonly number[] = [5, 11, 40, 10, 8, 34, 36, 16];

/** The completeness sheet: every unit expected to report to the merging unit — reported or not, late or not. */
export function completenessSheet(pack: TemplatePack, result: MergeResult, lang: Lang): SheetModel {
  const t = (key: Parameters<typeof mergeText>[1], params?: Record<string, string | number>) => mergeText(lang, key, params);
  const unit = result.mergingUnit;
  const counts = mergeCounts(result);
  const s = new TableSheet(SUMMARY_SHEETS.completeness, { packId: pack.id, packVersion: pack.version, annexId: '_completeness', unitCode: unit.code });
  s.set(0, 0, t('completeness.title', { name: unit.name, code: unit.code }), 'title');
  const sent = result.completeness.filter((row) => row.reporting.kind === 'reported' || row.reporting.kind === 'leftOut').length;
  s.set(1, 0, t('completeness.deadline', { deadline: deadlineText(pack.campaign), sent, reported: counts.reported, expected: counts.expected, late: counts.late, missing: counts.missing }), 'hint');
  const headers = ['detail.stt', 'completeness.unitCode', 'completeness.unitName', 'completeness.reportedCol', 'completeness.lateCol', 'completeness.stateCol', 'completeness.fileCol', 'completeness.savedCol'] as const;
  headers.forEach((key, c) => s.set(COMPLETENESS_FIRST_ROW - 1, c, t(key), 'header'));
  result.completeness.forEach((row, i) => {
    const r = COMPLETENESS_FIRST_ROW + i;
    const rep = row.reporting;
    s.set(r, 0, i + 1, 'center');
    s.set(r, 1, row.unit.code, 'code');
    s.set(r, 2, row.unit.name, 'text');
    // "Đã nộp": the unit sent a file — also when it was left out (the state column says why).
    s.set(r, 3, t(rep.kind === 'reported' || rep.kind === 'leftOut' ? 'yes' : 'no'), 'center');
    s.set(r, 4, rep.kind === 'reported' ? (rep.timeliness === 'unknown' ? '?' : t(rep.timeliness === 'late' ? 'yes' : 'no')) : null, 'center');
    s.set(r, 5, reportingText(rep, lang, row.own === true), 'text');
    s.set(r, 6, rep.kind === 'reported' || rep.kind === 'leftOut' ? rep.fileName : null, 'text');
    s.set(r, 7, rep.kind === 'reported' ? savedAtText(rep.savedAt) : null, 'center');
  });
  return s.build({ columnWidths: [...COMPLETENESS_COLUMN_WIDTHS], freeze: { rows: COMPLETENESS_FIRST_ROW, cols: 0 } });
}
