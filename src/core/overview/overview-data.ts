import { Decimal } from '../numbers/decimal';
import { proseLabel } from '../text/prose-label';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import type { Annex, IndicatorRow, NumberType, TargetMeasure, TemplatePack, ValueColumn } from '../pack/types';
import { packRules } from '../rules/check-rules';
import type { Attainment, AttainmentStatus } from '../rules/finding';
import { figureNumber, type SummaryView } from './read-summary';
import type { ReportingState } from '../summary/reporting-meta';

/**
 * What "Tổng quan", its charts, its sentences and the draft reports show, as plain data: who
 * reported, each congress target's attainment (the status as the pack's target rule gave it — never
 * judged here), each key indicator compared across the units, and the yearly figures. Where a figure
 * lives in the workbook is kept beside it, so that the overview's cells are formulas over it.
 */

export type { Place } from '../sheet/overview-writer';
import type { Place } from '../sheet/overview-writer';

export interface UnitRef {
  code: string;
  name: string;
  /** 0-based row of its line in "Tình hình nộp". */
  line: number;
}

export interface CompletenessView {
  expected: number;
  byState: Record<ReportingState, UnitRef[]>;
  /** False when the workbook does not say who reported (not a summary). */
  known: boolean;
}

export interface TargetView {
  annexId: string;
  rowCode: string;
  label: string;
  unit: string;
  /** A total over the term (projected), a level reached every year, or a rate. */
  measure: TargetMeasure;
  type: NumberType;
  decimals: number;
  target: Decimal | null;
  result: Decimal | null;
  /** Result as % of the target; null without a target, a result, or with a target of 0. */
  percent: Decimal | null;
  projection: Decimal | null;
  /** As the pack's target rule judged it; null when it could not (no figure). */
  status: AttainmentStatus | null;
  places: { target: Place | null; result: Place | null };
}

export interface KeyUnit {
  code: string;
  name: string;
  value: Decimal | null;
  /** % of the total; null when the total is 0 or unknown. */
  share: Decimal | null;
  /** The unit's row in "Chi tiết". */
  detailRow: number;
}

export interface KeyView {
  annexId: string;
  annexLabel: string;
  department: string;
  rowCode: string;
  colCode: string;
  label: string;
  colTitle: string;
  unit: string;
  type: NumberType;
  decimals: number;
  total: Decimal | null;
  /** Highest first; units without a figure last. */
  units: KeyUnit[];
}

export interface TrendPoint {
  year: number;
  colCode: string;
  value: Decimal | null;
  estimate: boolean;
  place: Place | null;
}

export interface TrendRow {
  rowCode: string;
  label: string;
  unit: string;
  decimals: number;
  points: TrendPoint[];
}

export interface TrendView {
  annexId: string;
  annexLabel: string;
  department: string;
  type: NumberType;
  rows: TrendRow[];
}

export interface Overview {
  pack: { title: string; periodLabel: string; deadline: string; reference: string };
  unit: { code: string; name: string };
  completeness: CompletenessView;
  targets: TargetView[];
  keys: KeyView[];
  trends: TrendView[];
  /** Annex ids found in the summary, in pack order. */
  annexIds: string[];
}

/** Rows of an annex compared across units, at most, on the overview. */
const MAX_TREND_ROWS = 6;

export function buildOverview(view: SummaryView): Overview {
  const { pack } = view;
  const annexIds = pack.annexes.filter((a) => view.report.annexes.has(a.id)).map((a) => a.id);
  return {
    pack: { title: pack.title, periodLabel: pack.campaign.periodLabel, deadline: pack.campaign.deadline, reference: pack.campaign.reference },
    unit: view.unit,
    completeness: completenessView(view),
    targets: targetViews(view, annexIds),
    keys: keyViews(view, annexIds),
    trends: trendViews(view, annexIds),
    annexIds,
  };
}

function completenessView(view: SummaryView): CompletenessView {
  const byState: Record<ReportingState, UnitRef[]> = { onTime: [], late: [], leftOut: [], partly: [], missing: [] };
  for (const r of view.reporting ?? []) byState[r.state].push({ code: r.code, name: r.name, line: r.line });
  return { expected: view.reporting?.length ?? 0, byState, known: view.reporting !== null };
}

function placeOf(view: SummaryView, key: CellKey): Place | null {
  const annex = view.report.annexes.get(key.annexId);
  const cell = annex?.cells.get(key.rowCode)?.get(key.colCode);
  return annex && cell ? { sheet: annex.sheetName, address: cell.address } : null;
}

function targetViews(view: SummaryView, annexIds: readonly string[]): TargetView[] {
  const index = packIndex(view.pack);
  const out: TargetView[] = [];
  for (const rule of packRules(view.pack)) {
    if (rule.kind !== 'target' || !annexIds.includes(rule.annexId)) continue;
    const annex = index.annex(rule.annexId)!;
    for (const rowCode of rule.rows) {
      const key = (colCode: string): CellKey => ({ annexId: rule.annexId, rowCode, colCode });
      const row = annex.row(rowCode)!;
      const type = annex.type(rowCode, rule.resultCol) ?? 'integer';
      const found = view.targetFindings.find((f) => f.annexId === rule.annexId && f.rowCode === rowCode && f.ruleId === rule.id)?.attainment;
      // The assessment's own target and result where the rule gave one (an annual target's result is
      // its last year's, not the term column's); else the cells.
      const target = found?.target != null ? Decimal.fromNumber(found.target) : figureNumber(view.figures.figure(key(rule.targetCol)));
      const result = found?.result != null ? Decimal.fromNumber(found.result) : figureNumber(view.figures.figure(key(rule.resultCol)));
      out.push({
        annexId: rule.annexId,
        rowCode,
        label: proseLabel(row.label),
        unit: row.unit ?? '',
        measure: found?.measure ?? (type === 'percent' ? 'rate' : 'termTotal'),
        type,
        decimals: annex.decimals(rowCode, rule.resultCol),
        target,
        result,
        percent: percentOfTarget(found, target, result),
        projection: found?.projection != null ? Decimal.fromNumber(found.projection) : null,
        status: found?.status ?? null,
        places: { target: placeOf(view, key(rule.targetCol)), result: placeOf(view, key(rule.resultCol)) },
      });
    }
  }
  return out;
}

/**
 * % of the target as the overview shows it: the target rule's own (counts), else the result over the
 * target, to one decimal; null without a figure or with a target of 0. The pane's glance at a unit's
 * targets shows the same from the unit's target findings.
 */
export function percentOfTarget(found: Pick<Attainment, 'percent'> | undefined, target: Decimal | null, result: Decimal | null): Decimal | null {
  if (found?.percent != null) return Decimal.fromNumber(found.percent);
  const ratio = target && result && !target.isZero() ? result.mul(Decimal.HUNDRED).div(target) : null;
  return ratio ? ratio.round(1) : null;
}

function isNumeric(t: NumberType | undefined): boolean {
  return t !== undefined && t !== 'text';
}

/** The column a key row is compared on: the cumulative one, else the latest year, else the first with a number. */
export function keyColumn(annex: AnnexIndex, row: IndicatorRow): ValueColumn | null {
  const usable = annex.annex.columns.filter((c) => isNumeric(annex.type(row.code, c.code)) && annex.role(row.code, c.code) !== 'none');
  const years = usable.filter((c) => c.year !== undefined).sort((a, b) => b.year! - a.year!);
  return usable.find((c) => c.period === 'toPeriodEnd') ?? years[0] ?? usable[0] ?? null;
}

function keyViews(view: SummaryView, annexIds: readonly string[]): KeyView[] {
  const index = packIndex(view.pack);
  const out: KeyView[] = [];
  for (const annex of annexesOf(view.pack, annexIds)) {
    const ai = index.annex(annex.id)!;
    for (const row of annex.rows) {
      if (!row.key || row.kind === 'header') continue;
      const col = keyColumn(ai, row);
      if (!col) continue;
      const key: CellKey = { annexId: annex.id, rowCode: row.code, colCode: col.code };
      const units = (view.detail?.units ?? []).map((u) => ({ code: u.code, name: u.name, value: figureNumber(u.figures.figure(key)), detailRow: u.row }));
      const known = units.filter((u) => u.value !== null);
      const total = known.length ? known.reduce((s, u) => s.add(u.value!), Decimal.ZERO) : null;
      const withShare: KeyUnit[] = units.map((u) => ({ ...u, share: u.value !== null && total && !total.isZero() ? u.value.mul(Decimal.HUNDRED).div(total) : null }));
      withShare.sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (a.value && b.value ? b.value.cmp(a.value) : 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      out.push({
        annexId: annex.id,
        annexLabel: annex.label,
        department: annex.department,
        rowCode: row.code,
        colCode: col.code,
        label: proseLabel(row.label),
        colTitle: col.title,
        unit: row.unit ?? '',
        type: ai.type(row.code, col.code) ?? 'integer',
        decimals: ai.decimals(row.code, col.code),
        total,
        units: withShare,
      });
    }
  }
  return out;
}

function annexesOf(pack: TemplatePack, ids: readonly string[]): Annex[] {
  return pack.annexes.filter((a) => ids.includes(a.id));
}

/** The year ends after the deadline: its figures are an estimate ("ước thực hiện"). */
function isEstimate(year: number, deadline: string): boolean {
  return `${year}-12-31` > deadline;
}

function trendViews(view: SummaryView, annexIds: readonly string[]): TrendView[] {
  const index = packIndex(view.pack);
  const out: TrendView[] = [];
  for (const annex of annexesOf(view.pack, annexIds)) {
    const years = annex.columns.filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year!);
    if (!years.length) continue;
    const ai = index.annex(annex.id)!;
    const numeric = annex.rows.filter((r) => r.kind !== 'header' && years.some((c) => isNumeric(ai.type(r.code, c.code)) && ai.role(r.code, c.code) !== 'none'));
    const keyRows = numeric.filter((r) => r.key);
    const chosen = (keyRows.length ? keyRows : numeric.filter((r) => r.level === 0)).slice(0, MAX_TREND_ROWS);
    if (!chosen.length) continue;
    const rows = chosen.map((row): TrendRow => ({
      rowCode: row.code,
      label: proseLabel(row.label),
      unit: row.unit ?? '',
      decimals: ai.decimals(row.code, years[0].code),
      points: years.map((c) => {
        const key: CellKey = { annexId: annex.id, rowCode: row.code, colCode: c.code };
        const none = ai.role(row.code, c.code) === 'none';
        return { year: c.year!, colCode: c.code, value: none ? null : figureNumber(view.figures.figure(key)), estimate: isEstimate(c.year!, view.pack.campaign.deadline), place: none ? null : placeOf(view, key) };
      }),
    }));
    out.push({ annexId: annex.id, annexLabel: annex.label, department: annex.department, type: ai.type(chosen[0].code, years[0].code) ?? 'integer', rows });
  }
  return out;
}

/** Id of a cell, for callers that map views back to the detail sheet's columns. */
export function keyCellId(k: Pick<KeyView, 'annexId' | 'rowCode' | 'colCode'>): string {
  return cellKeyId({ annexId: k.annexId, rowCode: k.rowCode, colCode: k.colCode });
}
