import type { CellKey } from '../pack/cell-key';
import { computedFormula } from '../rules/figures';
import { exprFormula } from '../rules/compile-formula';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import { a1, quoteSheet } from '../sheet/address';
import type { DetailRead } from './read-summary';
import { keyCellId, type KeyView, type TargetView, type TrendView } from './overview-data';
import { statusWord } from './sentences';
import { COL, COLUMN_WIDTHS, mirror, numberOrNull, OverviewSheet, percentFormats, percentFormula, shortLabel, targetsChart, targetsHeader } from '../sheet/overview-writer';

/**
 * The blocks of an overview sheet that hold figures, each a table of formulas over the summary's own
 * cells (so it follows a corrected figure) with the values of the merge cached, and a native chart
 * over the table — or, when there is nothing to draw, a sentence saying so instead of an empty chart.
 */

/** Units a comparison chart shows, at most (the table lists them all). */
const MAX_CHART_UNITS = 20;

/** III. The congress targets: target, result, % of target, projection, assessment; the % chart with its 100 % line. */
export function targetsBlock(s: OverviewSheet, targets: readonly TargetView[]): void {
  targetsHeader(s);
  const first = s.row;
  targets.forEach((t, i) => {
    const r = s.row++;
    const num = s.numberStyle(t.type, t.decimals);
    s.set(r, COL.stt, i + 1, 'center');
    s.set(r, COL.label, t.label, 'text');
    s.fit(r, t.label, COLUMN_WIDTHS[COL.label]);
    s.set(r, COL.unit, t.unit, 'center');
    s.set(r, COL.d, numberOrNull(t.target) ?? '', num, t.places.target ? mirror(t.places.target) : undefined);
    s.set(r, COL.e, numberOrNull(t.result) ?? '', num, t.places.result ? mirror(t.places.result) : undefined);
    s.set(r, COL.f, numberOrNull(t.percent) ?? '', 'percent', percentFormula(r));
    s.set(r, COL.g, t.measure === 'termTotal' ? (numberOrNull(t.projection) ?? '') : '', 'count');
    s.set(r, COL.h, t.status ? statusWord(t.status, s.lang) : '—', s.statusStyle(t.status));
    s.set(r, COL.chartLabel, `${i + 1}. ${shortLabel(t.label, 22)}`, 'small');
    s.set(r, COL.line, 100, 'count');
  });
  percentFormats(s, first, targets.length, COL.f);
  if (!targets.some((t) => t.percent !== null)) {
    s.row++;
    s.wide(s.t('nothing.targetChart'), 'note');
    return;
  }
  targetsChart(s, first, targets.length);
}

/** The formula of a unit's figure in "Chi tiết": its input cell, or the pack's formula over its inputs. */
function detailFormula(pack: TemplatePack, detail: DetailRead, key: CellKey, row: number): string | null {
  const at = detail.columns.get(keyCellId(key));
  if (at !== undefined) return `${quoteSheet(at.sheet)}!${a1(row, at.col)}`;
  const expr = computedFormula(pack, key);
  if (!expr) return null;
  let missing = false;
  const text = exprFormula(expr, (k) => {
    const inner = detailFormula(pack, detail, k, row);
    if (inner === null) missing = true;
    return inner ?? '0';
  });
  return missing ? null : text;
}

/** IV. One key indicator across the units: figure and share, highest first; a chart of the highest. */
export function keyBlock(s: OverviewSheet, pack: TemplatePack, detail: DetailRead | null, k: KeyView): void {
  const index = packIndex(pack).annex(k.annexId)!;
  s.wide(s.t('key.heading', { annex: k.annexLabel, label: k.label, column: k.colTitle }) + (k.unit ? ` — ${k.unit}` : ''), 'subheading');
  s.header([
    [COL.stt, s.t('col.stt')],
    [COL.label, s.t('col.unitName')],
    [COL.unit, s.t('col.unitCode')],
    [COL.d, s.t('col.value')],
    [COL.e, s.t('col.share')],
    [COL.chartLabel, s.t('col.chartLabel')],
  ]);
  const first = s.row;
  const last = first + k.units.length - 1;
  const totalRow = last + 1;
  const num = s.numberStyle(k.type, k.decimals);
  const key: CellKey = { annexId: k.annexId, rowCode: k.rowCode, colCode: k.colCode };
  k.units.forEach((u, i) => {
    const r = s.row++;
    const D = a1(r, COL.d);
    const source = detail ? detailFormula(pack, detail, key, u.detailRow) : null;
    const role = index.role(k.rowCode, k.colCode);
    s.set(r, COL.stt, i + 1, 'center');
    s.set(r, COL.label, u.name, 'text');
    s.fit(r, u.name, COLUMN_WIDTHS[COL.label]);
    s.set(r, COL.unit, u.code, 'center');
    s.set(r, COL.d, numberOrNull(u.value) ?? '', num, source ? (role === 'input' ? `IF(${source}="","",${source})` : `IFERROR(${source},"")`) : undefined);
    const total = a1(totalRow, COL.d, true);
    s.set(r, COL.e, numberOrNull(u.share?.round(1) ?? null) ?? '', 'percent', `IF(AND(ISNUMBER(${D}),ISNUMBER(${total})),IFERROR(ROUND(${D}/${total}*100,1),""),"")`);
    s.set(r, COL.chartLabel, shortLabel(u.name, 24), 'small');
  });
  s.row++;
  s.set(totalRow, COL.label, s.t('row.total'), 'total');
  s.set(totalRow, COL.d, numberOrNull(k.total) ?? '', num, k.units.length ? `IF(SUMPRODUCT(--ISNUMBER(${a1(first, COL.d)}:${a1(last, COL.d)}))=0,"",SUM(${a1(first, COL.d)}:${a1(last, COL.d)}))` : undefined);
  if (!k.units.some((u) => u.value !== null && !u.value.isZero())) {
    s.wide(s.t('nothing.keyChart'), 'note');
    s.row++;
    return;
  }
  const shown = Math.min(k.units.length, MAX_CHART_UNITS);
  s.chart(first - 1, {
    kind: 'column',
    title: k.units.length > shown ? s.t('chart.keyTop', { label: shortLabel(k.label, 60), count: shown }) : s.t('chart.key', { label: shortLabel(k.label, 60) }),
    categories: { row: first, col: COL.chartLabel, rows: shown, cols: 1 },
    series: [{ name: { row: first - 1, col: COL.d }, values: { row: first, col: COL.d, rows: shown, cols: 1 }, color: '548235' }],
    axisTitles: k.unit ? { value: k.unit } : undefined,
    numberFormat: k.decimals > 0 ? `#,##0.${'0'.repeat(k.decimals)}` : '#,##0',
    dataLabels: shown <= 12,
  });
}

/** V. An annex's yearly figures: one line per year, one column per indicator; a line chart. */
export function trendBlock(s: OverviewSheet, trend: TrendView): void {
  s.wide(s.t('trend.heading', { annex: trend.annexLabel }), 'subheading');
  const cols = trend.rows.map((_, i) => COL.d + i);
  s.header([[COL.stt, s.t('col.stt')], [COL.label, s.t('col.year')], ...trend.rows.map((r, i): [number, string] => [cols[i], r.unit ? `${r.label} (${r.unit})` : r.label])]);
  const first = s.row;
  const years = trend.rows[0].points;
  years.forEach((p, y) => {
    const r = s.row++;
    s.set(r, COL.stt, y + 1, 'center');
    s.set(r, COL.label, p.estimate ? s.t('year.estimate', { year: String(p.year) }) : String(p.year), 'center');
    trend.rows.forEach((row, i) => {
      const point = row.points[y];
      s.set(r, cols[i], numberOrNull(point.value) ?? '', s.numberStyle(trend.type, row.decimals), point.place ? mirror(point.place) : undefined);
    });
  });
  if (!trend.rows.some((r) => r.points.some((p) => p.value !== null && !p.value.isZero()))) {
    s.wide(s.t('nothing.trendChart'), 'note');
    s.row++;
    return;
  }
  s.chart(first - 1, {
    kind: 'line',
    title: s.t('chart.trend', { annex: trend.annexLabel }),
    categories: { row: first, col: COL.label, rows: years.length, cols: 1 },
    series: trend.rows.map((_, i) => ({ name: { row: first - 1, col: cols[i] }, values: { row: first, col: cols[i], rows: years.length, cols: 1 } })),
    numberFormat: '#,##0',
  });
}

