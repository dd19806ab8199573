import { fill, type Lang } from '../i18n/format';
import { sentencePartMessages, sentenceTemplate, type SentenceKey } from '../i18n/sentence-messages';
import { statusWord } from '../i18n/status-words';
import { Decimal } from '../numbers/decimal';
import { formatDecimal, formatFixed } from '../numbers/format';
import type { TemplatePack } from '../pack/types';
import type { AttainmentStatus } from '../rules/finding';
import { REPORTING_STATES } from '../summary/reporting-meta';
import type { KeyView, Overview, TargetView, TrendRow, UnitRef } from './overview-data';

/**
 * "Nhận định": the sentences an officer would write from the figures, in the summary's language,
 * numbers written the reader's way ("2.940", "147,0 %"). Templates from the catalogue
 * (core/i18n/sentence-messages.ts), reworded by the pack's `sentences` where it has them. Nothing
 * here divides: every ratio comes computed (and null where its denominator is 0) from the overview.
 */

export type SentenceSection = 'completeness' | 'targets' | 'keys' | 'trends';

export interface Sentence {
  section: SentenceSection;
  /** The annex the sentence is about (targets, key indicators, trends). */
  annexId?: string;
  text: string;
}

/** How many unit names a sentence lists before "… (and N more)". */
const MAX_NAMES = 12;

/** The one catalogue of status words ("Đã vượt / Đã đạt / Đúng tiến độ / Có nguy cơ không đạt"). */
export { statusWord };

class Writer {
  constructor(
    private readonly pack: Pick<TemplatePack, 'sentences'>,
    readonly lang: Lang,
  ) {}

  say(key: SentenceKey, params: Record<string, string>): string {
    return tidy(fill(sentenceTemplate(key, this.pack.sentences)[this.lang], params, this.lang));
  }

  part(key: keyof typeof sentencePartMessages, params?: Record<string, string>): string {
    return fill(sentencePartMessages[key][this.lang], params, this.lang);
  }

  /** A count or an amount, with the row's decimals at most. */
  num(d: Decimal | null, decimals = 0): string {
    return d === null ? '—' : formatDecimal(d, this.lang, decimals);
  }

  pct(d: Decimal | null): string {
    return d === null ? '—' : formatFixed(d, this.lang, 1);
  }

  names(units: readonly UnitRef[] | ReadonlyArray<{ code: string; name: string }>): string {
    const shown = units.slice(0, MAX_NAMES).map((u) => u.name);
    const rest = units.length - shown.length;
    return shown.join(', ') + (rest > 0 ? this.part('part.more', { count: String(rest) }) : '');
  }
}

/** Spaces left by an empty placeholder ("{unit}" of a row without a unit) closed up. */
function tidy(text: string): string {
  return text.replace(/ {2,}/g, ' ').replace(/ ([,;.)])/g, '$1').replace(/\( /g, '(').trim();
}

export function overviewSentences(overview: Overview, pack: Pick<TemplatePack, 'sentences'>, lang: Lang): Sentence[] {
  const w = new Writer(pack, lang);
  return [...completenessSentences(overview, w), ...targetSentences(overview, w), ...keySentences(overview, w), ...trendSentences(overview, w)];
}

function completenessSentences(o: Overview, w: Writer): Sentence[] {
  const c = o.completeness;
  if (!c.known) return [];
  const s = (text: string): Sentence => ({ section: 'completeness', text });
  if (c.expected === 0) return [s(w.say('completeness.noUnits', {}))];
  const reported = c.byState.onTime.length + c.byState.late.length;
  const notSent = [...c.byState.missing, ...c.byState.partly];
  const params = { reported: String(reported), expected: String(c.expected), missing: w.names(notSent) };
  const out = [s(w.say(notSent.length ? 'completeness.some' : 'completeness.all', params))];
  if (c.byState.late.length) out.push(s(w.say('completeness.late', { late: w.names(c.byState.late), deadline: deadlineText(o.pack.deadline) })));
  if (c.byState.leftOut.length) out.push(s(w.say('completeness.leftOut', { leftOut: w.names(c.byState.leftOut) })));
  return out;
}

function deadlineText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function targetSentence(t: TargetView, w: Writer): string {
  const common = { label: t.label, unit: t.unit === '%' ? '' : t.unit, result: w.num(t.result, t.decimals), target: w.num(t.target, t.decimals), percent: w.pct(t.percent) };
  if (t.result === null) return w.say('target.noResult', common);
  if (t.target === null || t.status === null) return w.say('target.noTarget', common);
  const status = statusWord(t.status, w.lang);
  // A target of 0 has no percentage: its result is said beside it.
  if (t.percent === null) return w.say('target.noPercent', { ...common, status });
  if (t.measure === 'rate') return w.say('target.rate', { ...common, status });
  if (t.projection === null) return w.say('target.countNoProjection', { ...common, status });
  return w.say('target.count', { ...common, status, projection: w.num(t.projection, 0) });
}

function targetSentences(o: Overview, w: Writer): Sentence[] {
  if (!o.targets.length) return [{ section: 'targets', text: w.say('targets.none', {}) }];
  const out: Sentence[] = o.targets.map((t) => ({ section: 'targets', annexId: t.annexId, text: targetSentence(t, w) }));
  const counts = new Map<AttainmentStatus, number>();
  for (const t of o.targets) if (t.status) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  if (counts.size) {
    const parts = [...counts].map(([status, n]) => w.part('part.statusCount', { count: String(n), status: statusWord(status, w.lang) }));
    out.unshift({ section: 'targets', text: w.say('targets.summary', { count: String(o.targets.length), counts: parts.join(', ') }) });
  }
  return out;
}

export function keySentence(k: KeyView, w: Writer): string {
  const known = k.units.filter((u) => u.value !== null);
  const base = { label: k.label, unit: k.unit, total: w.num(k.total, k.decimals) };
  if (!known.length) return w.say('key.noData', base);
  if (known.every((u) => u.value!.isZero())) return w.say('key.allZero', base);
  const [top, bottom] = [known[0], known[known.length - 1]];
  if (known.length === 1) return w.say('key.single', { ...base, top: top.name });
  return w.say('key.compare', {
    ...base,
    top: top.name,
    topValue: w.num(top.value, k.decimals),
    topShare: w.pct(top.share),
    bottom: bottom.name,
    bottomValue: w.num(bottom.value, k.decimals),
    bottomShare: w.pct(bottom.share),
  });
}

function keySentences(o: Overview, w: Writer): Sentence[] {
  if (!o.keys.length) return [{ section: 'keys', text: w.say('key.none', {}) }];
  return o.keys.map((k) => ({ section: 'keys', annexId: k.annexId, text: keySentence(k, w) }));
}

export function trendSentence(row: TrendRow, w: Writer): string {
  const known = row.points.filter((p) => p.value !== null);
  const base = { label: row.label, unit: row.unit };
  if (!known.length) return w.say('trend.noData', base);
  const [first, last] = [known[0], known[known.length - 1]];
  const estimate = last.estimate ? w.part('part.estimate') : '';
  const lastParams = { ...base, lastYear: String(last.year), lastValue: w.num(last.value, row.decimals), estimate };
  if (known.length === 1) return w.say('trend.single', lastParams);
  const change = first.value!.isZero()
    ? last.value!.isZero()
      ? w.part('part.flat')
      : w.part('part.fromZero')
    : changeText(first.value!, last.value!, w);
  return w.say('trend.change', { ...lastParams, firstYear: String(first.year), firstValue: w.num(first.value, row.decimals), change });
}

function changeText(from: Decimal, to: Decimal, w: Writer): string {
  const ratio = to.sub(from).mul(Decimal.HUNDRED).div(from.abs());
  if (!ratio || ratio.round(1).isZero()) return w.part('part.flat');
  return w.part(ratio.isNegative() ? 'part.decrease' : 'part.increase', { percent: w.pct(ratio.abs()) });
}

function trendSentences(o: Overview, w: Writer): Sentence[] {
  if (!o.trends.length) return [{ section: 'trends', text: w.say('trend.none', {}) }];
  return o.trends.flatMap((t) => t.rows.map((r) => ({ section: 'trends' as const, annexId: t.annexId, text: trendSentence(r, w) })));
}

/** Counts per reporting state, in the order the overview shows them. */
export function stateCounts(o: Overview): Array<{ state: (typeof REPORTING_STATES)[number]; count: number }> {
  return REPORTING_STATES.map((state) => ({ state, count: o.completeness.byState[state].length }));
}
