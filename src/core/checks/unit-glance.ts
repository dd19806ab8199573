import { statusWords, type AttainmentStatus } from '../i18n/status-words';
import { Decimal } from '../numbers/decimal';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import { packRules } from '../rules/check-rules';
import { targetRowSpec } from '../rules/target';
import type { TargetRule } from '../rules/types';
import { a1, quoteSheet } from '../sheet/address';
import type { CellLiteral, SheetModel } from '../sheet/model';
import { COL, COLUMN_WIDTHS, OverviewSheet, percentFormats, percentFormula, shortLabel, STATUS_LOOKS, targetsChart, targetsHeader } from '../sheet/overview-writer';
import { CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME } from '../sheet/sheet-names';
import type { CheckSheetBuild } from './check-sheet';
import { LINE } from './layout';
import { abs } from './sheet-refs';

/**
 * A unit's own glance at its targets ("Tổng quan", after "Kiểm tra"): the summary's targets table
 * and % chart, over the unit's own figures. Every cell is a formula over the check sheet's target
 * lines — the target, the result, the status word the check sheet's formulas give — so a unit without
 * the add-in sees its attainment change as it types, in Excel or LibreOffice; the cached values are
 * the check sheet's, which are the engine's for the figures as written. The chart is drawn even when
 * nothing is typed yet: it fills as the unit types.
 */

/** Annex id in the glance's identity text: not an annex of any pack. */
export const GLANCE_IDENTITY_ID = '_glance';

/** The glance of a unit's workbook (a summary's "Tổng quan" is another sheet: its identity says '_overview'). */
export function isUnitGlance(sheet: Pick<SheetModel, 'role' | 'identity'>): boolean {
  return sheet.role === 'overview' && sheet.identity.annexId === GLANCE_IDENTITY_ID;
}

const isTarget = (r: { kind: string }): r is TargetRule => r.kind === 'target';

export function unitGlance(pack: TemplatePack, checks: Pick<CheckSheetBuild, 'sheet' | 'lines'>, unit: { code: string; name: string }): SheetModel | null {
  const lines = checks.lines.filter((l) => l.kind === 'target' && l.rowCode !== undefined);
  if (!lines.length) return null;
  const rules = new Map(packRules(pack).filter(isTarget).map((r) => [r.id, r]));
  const index = packIndex(pack);
  const rows = new Set(lines.map((l) => l.row));
  const cached = new Map(checks.sheet.cells.filter((c) => rows.has(c.row)).map((c) => [`${c.row},${c.col}`, c.value]));
  const at = (row: number, col: number): CellLiteral => cached.get(`${row},${col}`) ?? null;
  const ref = (row: number, col: number) => `${quoteSheet(CHECK_SHEET_NAME)}!${abs(row, col)}`;
  const mirror = (row: number, col: number, empty: string) => `IF(${ref(row, col)}="",${empty},${ref(row, col)})`;

  const s = new OverviewSheet(OVERVIEW_SHEET_NAME, 'vi', { packId: pack.id, packVersion: pack.version, annexId: GLANCE_IDENTITY_ID, unitCode: unit.code });
  s.set(0, COL.stt, s.t('glance.title', { name: unit.name }), 'title');
  s.set(1, COL.stt, s.t('sheet.subtitle', { title: pack.title, period: pack.campaign.periodLabel }), 'subtitle');
  s.row = 2;
  s.wide(s.t('glance.hint', { checks: CHECK_SHEET_NAME }), 'hint');
  s.row++;
  targetsHeader(s);
  const first = s.row;
  const statusStyle = s.b.style('glance-status', () => ({ border: true, align: 'center', bold: true, wrap: true }));
  lines.forEach((line, i) => {
    const rule = rules.get(line.ruleId)!;
    const rowCode = line.rowCode!;
    const annex = index.annex(line.annexId)!;
    const label = annex.row(rowCode)!.label;
    const spec = targetRowSpec(pack, rule, rowCode);
    const num = s.numberStyle(annex.type(rowCode, rule.resultCol) ?? 'integer', annex.decimals(rowCode, rule.resultCol));
    const target = numberAt(at(line.row, LINE.right));
    const result = numberAt(at(line.row, LINE.left));
    const r = s.row++;
    const E = a1(r, COL.e);
    s.set(r, COL.stt, i + 1, 'center');
    s.set(r, COL.label, label, 'text');
    s.fit(r, label, COLUMN_WIDTHS[COL.label]);
    s.set(r, COL.unit, annex.row(rowCode)!.unit ?? '', 'center');
    s.set(r, COL.d, target?.toNumber() ?? '', num, mirror(line.row, LINE.right, '""'));
    s.set(r, COL.e, result?.toNumber() ?? '', num, mirror(line.row, LINE.left, '""'));
    s.set(r, COL.f, target !== null && result !== null && !target.isZero() ? (result.mul(Decimal.HUNDRED).div(target)?.round(1).toNumber() ?? '') : '', 'percent', percentFormula(r));
    // The engine's projection (rules/target.ts): the result carried linearly to the end of the term.
    const { elapsedDays, termDays } = spec.span;
    if (spec.measure === 'termTotal' && elapsedDays > 0) {
      const over = elapsedDays >= termDays;
      const projected = result === null ? '' : ((over ? result : result.mul(Decimal.fromInteger(termDays)).div(Decimal.fromInteger(elapsedDays)))?.round(0).toNumber() ?? '');
      s.set(r, COL.g, projected, 'count', over ? `IF(ISNUMBER(${E}),${E},"")` : `IF(ISNUMBER(${E}),ROUND(${E}*${termDays}/${elapsedDays},0),"")`);
    } else s.set(r, COL.g, '', 'count');
    const status = at(line.row, LINE.diff);
    s.set(r, COL.h, status === null || status === '' ? '—' : status, statusStyle, mirror(line.row, LINE.diff, '"—"'));
    s.set(r, COL.chartLabel, `${i + 1}. ${shortLabel(label, 22)}`, 'small');
    s.set(r, COL.line, 100, 'count');
  });
  percentFormats(s, first, lines.length, COL.f);
  // The status word's colours follow the word the formula gives, not the one cached.
  const range = { row: first, col: COL.h, rows: lines.length, cols: 1 };
  for (const status of Object.keys(STATUS_LOOKS) as AttainmentStatus[]) {
    const look = STATUS_LOOKS[status];
    s.formats.push({ ranges: [range], formula: `${a1(first, COL.h)}="${statusWords[status].vi}"`, style: { fill: look.fill, color: look.color } });
  }
  targetsChart(s, first, lines.length);
  return s.build();
}

function numberAt(v: CellLiteral): Decimal | null {
  return typeof v === 'number' && Number.isFinite(v) ? Decimal.fromNumber(v) : null;
}
