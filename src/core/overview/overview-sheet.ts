import type { Lang } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { a1, quoteSheet } from '../sheet/address';
import { OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from '../sheet/sheet-names';
import type { SheetModel } from '../sheet/model';
import { REPORTING_STATES, type ReportingState } from '../summary/reporting-meta';
import { keyBlock, targetsBlock, trendBlock } from './blocks';
import type { Overview, UnitRef } from './overview-data';
import type { DetailRead } from './read-summary';
import type { Sentence } from './sentences';
import { COL, OverviewSheet } from '../sheet/overview-writer';

/**
 * "Tổng quan", the first sheet of a merged summary, in the summary's language: the sentences an
 * officer would write (I), who reported (II, with a pie), the congress targets (III, % of each with
 * the 100 % line), the key indicators across the units (IV, one chart each), the yearly figures (V,
 * a line chart per annex), and every expected unit linked to its line in "Tình hình nộp" (VI).
 */

const STATE_COLORS: Record<ReportingState, string> = { onTime: '548235', late: 'FFC000', leftOut: 'ED7D31', partly: '5B9BD5', missing: 'C00000' };
/** Order of the units' list: those to chase first. */
const LIST_ORDER: readonly ReportingState[] = ['missing', 'partly', 'leftOut', 'late', 'onTime'];
/** Names written in a cell of the reporting table before "… (+N)". */
const MAX_NAMES_IN_CELL = 40;

export interface OverviewSheetInput {
  pack: TemplatePack;
  overview: Overview;
  sentences: readonly Sentence[];
  detail: DetailRead | null;
  lang: Lang;
}

export function overviewSheet(input: OverviewSheetInput): SheetModel {
  const { pack, overview: o, lang } = input;
  const s = new OverviewSheet(OVERVIEW_SHEET_NAME, lang, { packId: pack.id, packVersion: pack.version, annexId: '_overview', unitCode: o.unit.code });
  s.set(0, COL.stt, s.t('sheet.title', { name: o.unit.name }), 'title');
  s.set(1, COL.stt, s.t('sheet.subtitle', { title: o.pack.title, period: o.pack.periodLabel }), 'subtitle');
  s.row = 2;
  s.wide(s.t('sheet.hint'), 'hint');
  s.row++;

  section(s, 'section.sentences');
  for (const sentence of input.sentences) s.wide(`– ${sentence.text}`, 'sentence');
  s.row++;

  section(s, 'section.completeness');
  completenessBlock(s, o);
  s.row++;

  section(s, 'section.targets');
  if (o.targets.length) targetsBlock(s, o.targets);
  else s.wide(sentenceOf(input.sentences, 'targets'), 'note');
  s.row++;

  section(s, 'section.keys');
  if (!o.keys.length) s.wide(sentenceOf(input.sentences, 'keys'), 'note');
  for (const k of o.keys) {
    keyBlock(s, pack, input.detail, k);
    s.row++;
  }

  section(s, 'section.trends');
  if (!o.trends.length) s.wide(sentenceOf(input.sentences, 'trends'), 'note');
  for (const t of o.trends) {
    trendBlock(s, t);
    s.row++;
  }

  section(s, 'section.units');
  unitsBlock(s, o);
  return s.build();
}

function section(s: OverviewSheet, key: 'section.sentences' | 'section.completeness' | 'section.targets' | 'section.keys' | 'section.trends' | 'section.units'): void {
  s.set(s.row, COL.stt, s.t(key), 'section');
  s.heights[s.row] = 20;
  s.row++;
}

function sentenceOf(sentences: readonly Sentence[], section: Sentence['section']): string {
  return sentences.find((x) => x.section === section)?.text ?? '';
}

function names(units: readonly UnitRef[]): string {
  const shown = units.slice(0, MAX_NAMES_IN_CELL).map((u) => u.name);
  return shown.join('; ') + (units.length > shown.length ? `; … (+${units.length - shown.length})` : '');
}

/** II. Counts per state with the units' names, and a pie of the states. */
function completenessBlock(s: OverviewSheet, o: Overview): void {
  const c = o.completeness;
  if (!c.known || c.expected === 0) {
    s.wide(s.t('nothing.completeness'), 'note');
    return;
  }
  s.header([
    [COL.stt, s.t('col.stt')],
    [COL.label, s.t('col.state')],
    [COL.unit, s.t('col.count')],
    [COL.d, s.t('col.units')],
  ]);
  s.b.merge(s.row - 1, COL.d, 1, COL.line - COL.d + 1, 'header');
  s.set(s.row, COL.label, s.t('row.expected'), 'total');
  s.set(s.row, COL.unit, c.expected, 'count');
  s.row++;
  const first = s.row;
  const states = REPORTING_STATES.filter((st) => st !== 'partly' || c.byState.partly.length > 0);
  states.forEach((state, i) => {
    const r = s.row++;
    s.set(r, COL.stt, i + 1, 'center');
    s.set(r, COL.label, s.t(`state.${state}`), 'text');
    s.set(r, COL.unit, c.byState[state].length, 'count');
    s.set(r, COL.d, names(c.byState[state]), 'text');
    s.b.merge(r, COL.d, 1, COL.line - COL.d + 1, 'text');
    s.fit(r, names(c.byState[state]), 95);
  });
  s.chart(first - 2, {
    kind: 'pie',
    title: s.t('chart.completeness'),
    categories: { row: first, col: COL.label, rows: states.length, cols: 1 },
    series: [{ name: { row: first - 2, col: COL.unit }, values: { row: first, col: COL.unit, rows: states.length, cols: 1 }, pointColors: states.map((st) => STATE_COLORS[st]) }],
    dataLabels: true,
  });
}

/** VI. Every expected unit, the ones to chase first, each linked to its line in "Tình hình nộp". */
function unitsBlock(s: OverviewSheet, o: Overview): void {
  const c = o.completeness;
  if (!c.known || c.expected === 0) {
    s.wide(s.t('nothing.completeness'), 'note');
    return;
  }
  s.header([
    [COL.stt, s.t('col.stt')],
    [COL.label, s.t('col.unitName')],
    [COL.unit, s.t('col.unitCode')],
    [COL.d, s.t('col.state')],
  ]);
  s.b.merge(s.row - 1, COL.d, 1, 3, 'header');
  let n = 0;
  for (const state of LIST_ORDER) {
    for (const u of c.byState[state]) {
      const r = s.row++;
      // The link's text is the name in "Tình hình nộp" itself: no unit's text ever goes into a formula.
      const target = `${quoteSheet(SUMMARY_SHEETS.completeness)}!${a1(u.line, 2)}`;
      const link = `"#${quoteSheet(SUMMARY_SHEETS.completeness).replace(/"/g, '""')}!${a1(u.line, 2)}"`;
      s.set(r, COL.stt, ++n, 'center');
      s.set(r, COL.label, u.name, 'link', `HYPERLINK(${link},${target})`);
      s.fit(r, u.name, 46);
      s.set(r, COL.unit, u.code, 'center');
      s.set(r, COL.d, s.t(`state.${state}`), s.statusStyle(state === 'onTime' ? 'met' : state === 'late' ? 'onTrack' : 'atRisk'));
      s.b.merge(r, COL.d, 1, 3, s.statusStyle(state === 'onTime' ? 'met' : state === 'late' ? 'onTrack' : 'atRisk'));
    }
  }
}
