import type { Catalogue, Message } from './format';

/**
 * The sentences of "Nhận định" (the overview) and of the draft topical reports: what an officer
 * would write from the figures, one per target, per key indicator, per trend, and for completeness.
 * A federation rewords any of them in its pack (`sentences: {"<key>": {vi, en}}`); a rewording may
 * use only the placeholders of the key's default text (checked when the pack is loaded). Numbers
 * arrive already written the reader's way ("2.940", "147,0").
 */
export const sentenceMessages = {
  'target.count': {
    vi: '{label}: {result} {unit}, đạt {percent} % chỉ tiêu Nghị quyết ({target} {unit}); dự kiến hết nhiệm kỳ đạt {projection} {unit} — {status}.',
    en: '{label}: {result} {unit}, {percent} % of the congress target ({target} {unit}); projected to the end of the term: {projection} {unit} — {status}.',
  },
  'target.countNoProjection': {
    vi: '{label}: {result} {unit}, đạt {percent} % chỉ tiêu Nghị quyết ({target} {unit}) — {status}.',
    en: '{label}: {result} {unit}, {percent} % of the congress target ({target} {unit}) — {status}.',
  },
  'target.rate': {
    vi: '{label}: đạt {result} %, chỉ tiêu Nghị quyết {target} % ({percent} % chỉ tiêu) — {status}.',
    en: '{label}: {result} %, against a congress target of {target} % ({percent} % of the target) — {status}.',
  },
  'target.noPercent': {
    vi: '{label}: {result} {unit}, chỉ tiêu Nghị quyết {target} {unit} — {status}.',
    en: '{label}: {result} {unit}, against a congress target of {target} {unit} — {status}.',
  },
  'target.noTarget': {
    vi: '{label}: {result} {unit}; chưa có chỉ tiêu để so sánh.',
    en: '{label}: {result} {unit}; no target has been set to compare with.',
  },
  'target.noResult': {
    vi: '{label}: chưa có số liệu để đánh giá (chỉ tiêu {target} {unit}).',
    en: '{label}: no figure to assess yet (target {target} {unit}).',
  },
  'targets.summary': {
    vi: 'Trong {count} chỉ tiêu Nghị quyết: {counts}.',
    en: 'Of the {count} congress targets: {counts}.',
  },
  'targets.none': {
    vi: 'Bộ mẫu không có chỉ tiêu Nghị quyết nào để đánh giá.',
    en: 'The pack sets no congress target to assess.',
  },
  'key.compare': {
    vi: '{label}: tổng {total} {unit}; cao nhất {top} ({topValue}, chiếm {topShare} %), thấp nhất {bottom} ({bottomValue}, chiếm {bottomShare} %).',
    en: '{label}: {total} {unit} in all; highest {top} ({topValue}, {topShare} %), lowest {bottom} ({bottomValue}, {bottomShare} %).',
  },
  'key.single': {
    vi: '{label}: {total} {unit}, chỉ có số liệu của {top}.',
    en: '{label}: {total} {unit}, from {top} alone.',
  },
  'key.allZero': {
    vi: '{label}: các đơn vị đều báo 0 {unit}.',
    en: '{label}: every unit reported 0 {unit}.',
  },
  'key.noData': {
    vi: '{label}: chưa đơn vị nào có số liệu.',
    en: '{label}: no unit has a figure yet.',
  },
  'key.none': {
    vi: 'Bộ mẫu chưa chọn chỉ tiêu chủ yếu để so sánh giữa các đơn vị.',
    en: 'The pack marks no key indicator to compare the units on.',
  },
  'completeness.all': {
    vi: '{reported}/{expected} đơn vị đã gửi báo cáo.',
    en: '{reported} of {expected} units have sent their report.',
  },
  'completeness.some': {
    vi: '{reported}/{expected} đơn vị đã gửi báo cáo; chưa gửi: {missing}.',
    en: '{reported} of {expected} units have sent their report; not sent: {missing}.',
  },
  'completeness.late': {
    vi: 'Gửi muộn so với hạn {deadline}: {late}.',
    en: 'Sent after the deadline of {deadline}: {late}.',
  },
  'completeness.leftOut': {
    vi: 'Đã gửi nhưng chưa được tổng hợp: {leftOut}.',
    en: 'Sent but not merged: {leftOut}.',
  },
  'completeness.noUnits': {
    vi: 'Không có đơn vị trực thuộc nào phải báo cáo.',
    en: 'No unit below is expected to report.',
  },
  'trend.change': {
    vi: '{label}: năm {firstYear} {firstValue} {unit}, năm {lastYear} {lastValue} {unit}{estimate}; {change}.',
    en: '{label}: {firstValue} {unit} in {firstYear}, {lastValue} {unit} in {lastYear}{estimate}; {change}.',
  },
  'trend.single': {
    vi: '{label}: năm {lastYear} {lastValue} {unit}{estimate}; chưa đủ số liệu các năm để so sánh.',
    en: '{label}: {lastValue} {unit} in {lastYear}{estimate}; not enough years to compare.',
  },
  'trend.noData': {
    vi: '{label}: chưa có số liệu theo năm.',
    en: '{label}: no yearly figure yet.',
  },
  'trend.none': {
    vi: 'Bộ mẫu không ghi số liệu theo từng năm.',
    en: 'The pack records no figure year by year.',
  },
} as const satisfies Catalogue;

export type SentenceKey = keyof typeof sentenceMessages;

export const SENTENCE_KEYS = Object.keys(sentenceMessages) as SentenceKey[];

/** The placeholders a sentence's default text uses: what a pack's rewording may use. */
export function sentencePlaceholders(key: SentenceKey): string[] {
  const found = new Set<string>();
  for (const text of [sentenceMessages[key].vi, sentenceMessages[key].en]) for (const m of text.matchAll(/\{(\w+)\}/g)) found.add(m[1]);
  return [...found];
}

/** Fragments the sentences are put together from (not rewordable one by one). */
export const sentencePartMessages = {
  'part.increase': { vi: 'tăng {percent} %', en: 'up {percent} %' },
  'part.decrease': { vi: 'giảm {percent} %', en: 'down {percent} %' },
  'part.flat': { vi: 'không đổi', en: 'unchanged' },
  'part.fromZero': { vi: 'tăng từ 0', en: 'up from 0' },
  'part.estimate': { vi: ' (ước thực hiện)', en: ' (estimate)' },
  'part.statusCount': { vi: '{count} {status}', en: '{count} {status}' },
  'part.and': { vi: ' và ', en: ' and ' },
  'part.more': { vi: '… (và {count} đơn vị khác)', en: '… (and {count} more units)' },
} as const satisfies Catalogue;

/** A pack's rewording, when it has one, else the default text. */
export function sentenceTemplate(key: SentenceKey, overrides: Readonly<Record<string, Message>> | undefined): Message {
  const own = overrides && Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
  return own ?? sentenceMessages[key];
}
