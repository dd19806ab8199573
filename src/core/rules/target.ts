import { fill, type Lang } from '../i18n/format';
import { targetMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import { formatDecimal } from '../numbers/format';
import type { Campaign } from '../pack/types';
import { makeFinding, type Attainment, type AttainmentStatus, type Finding } from './finding';
import { fillBoth, findingCells } from './finding-cells';
import { packIndex } from '../pack/pack-index';
import { type RuleContext } from './rule-context';
import { type TargetRule } from './types';
import { type CellKey } from '../pack/cell-key';

/**
 * Target attainment ("mức độ hoàn thành và triển vọng hoàn thành các chỉ tiêu"): for each row with a
 * target, the % of the target reached and, for counts over the term, a linear projection to the end
 * of the term. Rates (the row's type is percent) are compared as they are. Every row gets an info
 * finding with its status; a target at risk takes the rule's severity.
 */

const DAY = 86_400_000;

/** Share of the term elapsed at the end of the period: from 1/1 of termStart to 1/1 of termEnd. */
export function termElapsed(campaign: Pick<Campaign, 'termStart' | 'termEnd' | 'periodEnd'>): { elapsedDays: number; termDays: number } {
  const start = Date.UTC(campaign.termStart, 0, 1);
  const end = Date.UTC(campaign.termEnd, 0, 1);
  const [y, m, d] = campaign.periodEnd.split('-').map(Number);
  // The period's last day counts: figures "đến 31/12/2020" cover the whole of 2020.
  const periodEnd = Date.UTC(y, m - 1, d) + DAY;
  return { elapsedDays: Math.round((periodEnd - start) / DAY), termDays: Math.round((end - start) / DAY) };
}

export interface AttainmentInput {
  measure: 'count' | 'rate';
  target: Decimal;
  result: Decimal;
  expected: Decimal | null;
  elapsedDays: number;
  termDays: number;
}

export interface AttainmentResult {
  status: AttainmentStatus;
  percent: Decimal | null;
  projection: Decimal | null;
}

export function assessAttainment(a: AttainmentInput): AttainmentResult {
  const percent = a.measure === 'count' ? a.result.mul(Decimal.HUNDRED).div(a.target) : null;
  let projection: Decimal | null = null;
  if (a.measure === 'count' && a.elapsedDays > 0) {
    projection = a.elapsedDays >= a.termDays ? a.result : a.result.mul(Decimal.fromInteger(a.termDays)).div(Decimal.fromInteger(a.elapsedDays));
  }
  let status: AttainmentStatus;
  if (a.result.gt(a.target)) status = 'exceeded';
  else if (a.result.eq(a.target)) status = 'met';
  else if ((projection && projection.gte(a.target)) || (a.expected && a.expected.gte(a.target))) status = 'notYet';
  else status = 'atRisk';
  return { status, percent, projection };
}

export function evaluateTarget(rule: TargetRule, ctx: RuleContext): Finding[] {
  const index = packIndex(ctx.pack).annex(rule.annexId)!;
  const { elapsedDays, termDays } = termElapsed(ctx.pack.campaign);
  const findings: Finding[] = [];
  for (const rowCode of rule.rows) {
    const key = (colCode: string): CellKey => ({ annexId: rule.annexId, rowCode, colCode });
    const num = (colCode: string | undefined) => {
      if (colCode === undefined) return null;
      const f = ctx.figures.figure(key(colCode));
      return f.kind === 'number' ? f.value : null;
    };
    const target = num(rule.targetCol);
    const result = num(rule.resultCol);
    if (!target || !result) continue;
    const expected = num(rule.expectedCol);
    const measure = index.type(rowCode, rule.resultCol) === 'percent' ? 'rate' : 'count';
    const a = assessAttainment({ measure, target, result, expected, elapsedDays, termDays });
    const label = index.row(rowCode)!.label;
    const keys = [key(rule.resultCol), key(rule.targetCol), ...(rule.expectedCol ? [key(rule.expectedCol)] : [])];
    const attainment: Attainment = {
      measure,
      status: a.status,
      target: target.toNumber(),
      result: result.toNumber(),
      percent: a.percent ? a.percent.round(1).toNumber() : null,
      projection: a.projection ? a.projection.round(0).toNumber() : null,
      expected: expected ? expected.toNumber() : null,
    };
    const params = (lang: Lang) => {
      const f = (d: Decimal, digits: number) => formatDecimal(d, lang, digits);
      const expectedPart = expected
        ? fill(targetMessages[measure === 'rate' ? 'target.expectedRate' : 'target.expectedCount'][lang], { expected: f(expected, 1) }, lang)
        : '';
      return {
        label,
        result: f(result, 1),
        target: f(target, 1),
        percent: a.percent ? f(a.percent, 1) : '—',
        projection: a.projection ? f(a.projection, 0) : '—',
        expected: expected ? f(expected, 1) : '—',
        expectedPart,
        status: targetMessages[`status.${a.status}`][lang],
      };
    };
    const template = rule.message ?? targetMessages[measure === 'rate' ? 'target.rate' : 'target.count'];
    const cells = findingCells(ctx.report, keys);
    findings.push(
      makeFinding({
        kind: 'target',
        ruleId: rule.id,
        severity: a.status === 'atRisk' ? rule.severity : 'info',
        annexId: rule.annexId,
        sheetName: cells[0]?.sheetName ?? null,
        cells,
        label,
        message: fillBoth(template, params),
        values: { left: result.toNumber(), right: target.toNumber(), diff: result.sub(target).toNumber() },
        attainment,
      }),
    );
  }
  return findings;
}
