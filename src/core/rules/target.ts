import { fill, type Lang } from '../i18n/format';
import { statusWords, type AttainmentStatus } from '../i18n/status-words';
import { targetMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import { formatDecimal } from '../numbers/format';
import type { CellKey } from '../pack/cell-key';
import { columnEstimated } from '../pack/estimates';
import { packIndex, type AnnexIndex } from '../pack/pack-index';
import type { Campaign, TargetDirection, TargetMeasure, TemplatePack } from '../pack/types';
import { makeFinding, type Attainment, type Finding } from './finding';
import { fillBoth, findingCells } from './finding-cells';
import { type RuleContext } from './rule-context';
import { type TargetRule } from './types';

/**
 * Target attainment ("mức độ hoàn thành và triển vọng hoàn thành các chỉ tiêu"). Each row of a target
 * rule is judged by its target record in the pack (`row.target`): its measure — a total over the
 * congress term, a level reached every year, a rate —, its direction (≥ or ≤), its congress (whose
 * dates span the projection). The target value is the unit's own, from the target column; an empty
 * one is "Chưa có chỉ tiêu", never 0 %. `assessAttainment` is the one assessment: validation, the
 * check sheet's cached values, the summary and the overview all call it.
 */

const DAY = 86_400_000;

export interface TermSpan {
  /** Days from the congress (or 1/1 of termStart) to the day after the period's end. */
  elapsedDays: number;
  /** Days of the whole term. */
  termDays: number;
}

function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/**
 * The share of the term elapsed at the end of the period: over the congress's own term (opened on
 * `held`, ends on `termEnd`) when the target names one, else from 1/1 of termStart to 1/1 of termEnd.
 */
export function termSpan(campaign: Pick<Campaign, 'termStart' | 'termEnd' | 'periodEnd' | 'congresses'>, congressId?: string): TermSpan {
  const congress = congressId ? campaign.congresses?.find((c) => c.id === congressId) : undefined;
  const start = congress ? isoDay(congress.held) : Date.UTC(campaign.termStart, 0, 1);
  const end = congress ? isoDay(congress.termEnd) : Date.UTC(campaign.termEnd, 0, 1);
  // The period's last day counts: figures "đến 31/12/2020" cover the whole of 2020.
  const periodEnd = isoDay(campaign.periodEnd) + DAY;
  return { elapsedDays: Math.round((periodEnd - start) / DAY), termDays: Math.round((end - start) / DAY) };
}

/** The term of the campaign without a congress (format 1). */
export function termElapsed(campaign: Pick<Campaign, 'termStart' | 'termEnd' | 'periodEnd' | 'congresses'>): TermSpan {
  return termSpan(campaign);
}

export interface YearResult {
  value: Decimal | null;
  estimated: boolean;
}

export interface AttainmentInput {
  measure: TargetMeasure;
  direction: TargetDirection;
  /** Null: "Chưa có chỉ tiêu". */
  target: Decimal | null;
  /** termTotal and rate: the result (null when not given). */
  result: Decimal | null;
  /** annual: each year's result, in order. */
  years?: readonly YearResult[];
  expected: Decimal | null;
  span: TermSpan;
}

export interface AttainmentResult {
  status: AttainmentStatus;
  /** termTotal: result as % of the target (null for a zero target). */
  percent: Decimal | null;
  /** termTotal: the result projected linearly to the end of the term. */
  projection: Decimal | null;
}

/** The assessment of one target, or null when there is nothing to judge (no result at all). */
export function assessAttainment(a: AttainmentInput): AttainmentResult | null {
  if (a.target === null) return { status: 'noTarget', percent: null, projection: null };
  const t = a.target;
  const max = a.direction === '<=';
  const beyond = (x: Decimal) => (max ? x.lt(t) : x.gt(t));
  const reaches = (x: Decimal) => (max ? x.lte(t) : x.gte(t));
  const byExpectation = (fallback: () => boolean): AttainmentStatus => ((a.expected !== null ? reaches(a.expected) : fallback()) ? 'onTrack' : 'atRisk');

  if (a.measure === 'annual') {
    const given = (a.years ?? []).filter((y) => y.value !== null);
    if (given.length === 0) return null;
    let status: AttainmentStatus;
    if (given.some((y) => !reaches(y.value!))) status = 'atRisk';
    else if (given.some((y) => y.estimated)) status = 'onTrack';
    else status = given.every((y) => beyond(y.value!)) ? 'exceeded' : 'met';
    return { status, percent: null, projection: null };
  }

  if (a.result === null) return null;
  const r = a.result;
  if (a.measure === 'rate') {
    const status: AttainmentStatus = beyond(r) ? 'exceeded' : r.eq(t) ? 'met' : byExpectation(() => false);
    return { status, percent: null, projection: null };
  }

  const percent = r.mul(Decimal.HUNDRED).div(t);
  const { elapsedDays, termDays } = a.span;
  const over = elapsedDays >= termDays;
  const projection = elapsedDays <= 0 ? null : over ? r : r.mul(Decimal.fromInteger(termDays)).div(Decimal.fromInteger(elapsedDays));
  let status: AttainmentStatus;
  if (!max) status = r.gt(t) ? 'exceeded' : r.eq(t) ? 'met' : byExpectation(() => projection !== null && projection.gte(t));
  // A count that must stay under a ceiling only grows: beyond it is already lost, under it is
  // final only at the end of the term.
  else if (r.gt(t)) status = 'atRisk';
  else if (over) status = r.lt(t) ? 'exceeded' : 'met';
  else status = byExpectation(() => projection !== null && projection.lte(t));
  return { status, percent, projection };
}

/** What the pack says of a target row, with the defaults applied; the same for validation and the check sheet. */
export interface TargetRowSpec {
  rowCode: string;
  measure: TargetMeasure;
  direction: TargetDirection;
  congress: string | null;
  span: TermSpan;
  /** termTotal and rate: the column holding the result (null when the row has none). */
  resultCol: string | null;
  resultEstimated: boolean;
  /** annual: the year columns, in order. */
  years: Array<{ col: string; year: number | null; estimated: boolean }>;
  /** The result is a percentage (a rate row). */
  percent: boolean;
}

/**
 * The row's result column: the rule's, when the row has a value there; else (a rate measured each
 * year, whose cumulative cell is left empty) the last year column that holds a value.
 */
function resultColumn(annex: AnnexIndex, rule: TargetRule, rowCode: string): string | null {
  if (annex.isValueCell(rowCode, rule.resultCol)) return rule.resultCol;
  const years = annex.annex.columns.filter((c) => c.year !== undefined && annex.isValueCell(rowCode, c.code));
  return years.length ? years[years.length - 1].code : null;
}

export function targetRowSpec(pack: Pick<TemplatePack, 'annexes' | 'campaign'>, rule: TargetRule, rowCode: string): TargetRowSpec {
  const annex = packIndex(pack).annex(rule.annexId)!;
  const row = annex.row(rowCode)!;
  const spec = row.target;
  const percent = annex.type(rowCode, rule.resultCol) === 'percent' || row.type === 'percent';
  const measure: TargetMeasure = spec?.measure ?? (percent ? 'rate' : 'termTotal');
  const congress = spec?.congress ?? null;
  const resultCol = measure === 'annual' ? null : resultColumn(annex, rule, rowCode);
  const years =
    measure === 'annual'
      ? (spec?.years ?? []).filter((c) => annex.isValueCell(rowCode, c)).map((c) => {
          const col = annex.col(c)!;
          return { col: c, year: col.year ?? null, estimated: columnEstimated(col, pack.campaign) };
        })
      : [];
  return {
    rowCode,
    measure,
    direction: spec?.direction ?? '>=',
    congress,
    span: termSpan(pack.campaign, congress ?? undefined),
    resultCol,
    resultEstimated: resultCol !== null && columnEstimated(annex.col(resultCol)!, pack.campaign),
    years,
    percent,
  };
}

/** The template of a finding's message, by measure and direction (a rule's own wording replaces it, but never for "no target"). */
export function targetTemplate(rule: TargetRule, spec: Pick<TargetRowSpec, 'measure' | 'direction'>, noTarget: boolean): { vi: string; en: string } {
  if (noTarget) return targetMessages['target.noTarget'];
  if (rule.message) return rule.message;
  const max = spec.direction === '<=';
  switch (spec.measure) {
    case 'annual':
      return targetMessages[max ? 'target.annualMax' : 'target.annual'];
    case 'rate':
      return targetMessages[max ? 'target.rateMax' : 'target.rate'];
    case 'termTotal':
      return targetMessages[max ? 'target.countMax' : 'target.count'];
  }
}

export function evaluateTarget(rule: TargetRule, ctx: RuleContext): Finding[] {
  const index = packIndex(ctx.pack).annex(rule.annexId)!;
  const findings: Finding[] = [];
  for (const rowCode of rule.rows) {
    const key = (colCode: string): CellKey => ({ annexId: rule.annexId, rowCode, colCode });
    const figure = (colCode: string | null | undefined) => (colCode ? ctx.figures.figure(key(colCode)) : null);
    const num = (colCode: string | null | undefined) => {
      const f = figure(colCode);
      return f?.kind === 'number' ? f.value : null;
    };
    const spec = targetRowSpec(ctx.pack, rule, rowCode);
    const targetFigure = figure(rule.targetCol)!;
    // Words or an error value in the target cell: the built-in checks say so; nothing to judge.
    if (targetFigure.kind === 'absent' || targetFigure.kind === 'unreadable') continue;
    const target = num(rule.targetCol);
    const result = num(spec.resultCol);
    const years = spec.years.map((y) => ({ ...y, value: num(y.col) }));
    const expected = spec.measure === 'annual' ? null : num(rule.expectedCol);
    const a = assessAttainment({ measure: spec.measure, direction: spec.direction, target, result, years, expected, span: spec.span });
    if (!a) continue;
    const label = index.row(rowCode)!.label;
    const resultKeys = spec.measure === 'annual' ? years.filter((y) => y.value !== null).map((y) => key(y.col)) : spec.resultCol ? [key(spec.resultCol)] : [];
    const keys = [...(a.status === 'noTarget' ? [key(rule.targetCol)] : []), ...resultKeys, ...(a.status === 'noTarget' ? [] : [key(rule.targetCol)]), ...(rule.expectedCol && spec.measure !== 'annual' && index.isValueCell(rowCode, rule.expectedCol) ? [key(rule.expectedCol)] : [])];
    const shownResult = spec.measure === 'annual' ? ([...years].reverse().find((y) => y.value !== null)?.value ?? null) : result;
    const attainment: Attainment = {
      measure: spec.measure,
      direction: spec.direction,
      congress: spec.congress,
      status: a.status,
      target: target?.toNumber() ?? null,
      result: shownResult?.toNumber() ?? null,
      estimated: spec.measure === 'annual' ? years.some((y) => y.value !== null && y.estimated) : spec.resultEstimated,
      percent: a.percent ? a.percent.round(1).toNumber() : null,
      projection: a.projection ? a.projection.round(0).toNumber() : null,
      expected: expected ? expected.toNumber() : null,
      ...(spec.measure === 'annual' && { years: years.map((y) => ({ col: y.col, year: y.year, value: y.value?.toNumber() ?? null, estimated: y.estimated })) }),
    };
    const params = (lang: Lang) => {
      const f = (d: Decimal, digits: number) => formatDecimal(d, lang, digits);
      const pct = spec.percent ? '%' : '';
      const estimate = targetMessages['target.estimate'][lang];
      const expectedPart = expected ? fill(targetMessages[spec.percent ? 'target.expectedRate' : 'target.expectedCount'][lang], { expected: f(expected, 1) }, lang) : '';
      const yearsText = years.map((y) => `${y.year ?? y.col}${y.estimated ? ` ${estimate}` : ''}: ${y.value ? f(y.value, 1) + pct : '—'}`).join('; ');
      return {
        label,
        result: result ? f(result, 1) + (spec.resultEstimated ? ` ${estimate}` : '') : '—',
        target: target ? f(target, 1) : '—',
        percent: a.percent ? f(a.percent, 1) : '—',
        projection: a.projection ? f(a.projection, 0) : '—',
        expected: expected ? f(expected, 1) : '—',
        expectedPart,
        years: yearsText,
        status: statusWords[a.status][lang],
      };
    };
    const cells = findingCells(ctx.report, keys);
    findings.push(
      makeFinding({
        kind: 'target',
        ruleId: rule.id,
        severity: a.status === 'atRisk' ? rule.severity : 'info',
        annexId: rule.annexId,
        sheetName: cells[0]?.sheetName ?? ctx.report.annexes.get(rule.annexId)?.sheetName ?? null,
        cells,
        label,
        message: fillBoth(targetTemplate(rule, spec, a.status === 'noTarget'), params),
        ...(target && shownResult && { values: { left: shownResult.toNumber(), right: target.toNumber(), diff: shownResult.sub(target).toNumber() } }),
        attainment,
      }),
    );
  }
  return findings;
}
