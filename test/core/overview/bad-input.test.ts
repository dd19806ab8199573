import { summaryWithOverview, type SummaryWithOverview } from '../../../src/core/overview/summary-with-overview';
import type { SheetModel } from '../../../src/core/sheet/model';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import type { FigureMap } from '../../../src/core/demo/example-figures';
import { figuresOf } from '../merge/helpers';
import { mergeOf, overviewPack, seriesValues } from './helpers';

/** Whatever the figures, every chart and sentence of "Tổng quan" makes sense: no NaN, no division by zero, no empty chart. */

function sane(out: SummaryWithOverview): SheetModel {
  const sheet = out.model.sheets[0];
  for (const c of sheet.cells) {
    if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
    if (typeof c.value === 'string') expect(c.value).not.toMatch(/NaN|Infinity|undefined|null|\{\w+\}/);
  }
  for (const s of out.sentences) expect(s.text).not.toMatch(/NaN|Infinity|undefined|null|\{\w+\}|—\s%/);
  for (const chart of sheet.charts ?? []) expect(seriesValues(sheet, chart).flat().some((v) => typeof v === 'number' && v !== 0)).toBe(true);
  return sheet;
}

const zeroed = (f: FigureMap): FigureMap => {
  for (const rows of Object.values(f)) for (const cols of Object.values(rows)) for (const col of Object.keys(cols)) if (typeof cols[col] === 'number') cols[col] = 0;
  return f;
};

test('a pack without targets: a sentence says so, no target chart', () => {
  const p = overviewPack((raw) => {
    raw.rules = raw.rules.filter((r: { kind?: string }) => r.kind !== 'target');
    for (const a of raw.annexes) for (const r of a.rows) delete r.target;
  });
  const out = summaryWithOverview(p, mergeOf(p));
  const sheet = sane(out);
  expect(out.overview.targets).toEqual([]);
  expect(out.sentences.filter((s) => s.section === 'targets').map((s) => s.text)).toEqual(['Bộ mẫu không có chỉ tiêu Nghị quyết nào để đánh giá.']);
  expect(sheet.charts!.some((c) => c.title.includes('chỉ tiêu Nghị quyết'))).toBe(false);
});

test('a pack without key indicators nor years: sentences say so, no chart but the reporting and the targets', () => {
  const p = overviewPack((raw) => {
    for (const a of raw.annexes) {
      for (const r of a.rows) delete r.key;
      for (const c of a.columns) delete c.year;
    }
  });
  const out = summaryWithOverview(p, mergeOf(p));
  const sheet = sane(out);
  expect(out.sentences.find((s) => s.section === 'keys')!.text).toBe('Bộ mẫu chưa chọn chỉ tiêu chủ yếu để so sánh giữa các đơn vị.');
  expect(out.sentences.find((s) => s.section === 'trends')!.text).toBe('Bộ mẫu không ghi số liệu theo từng năm.');
  expect(sheet.charts!.map((c) => c.kind)).toEqual(['pie', 'column']);
});

test('one unit: its share is 100 %, the sentence says it is the only one', () => {
  const p = overviewPack();
  const out = summaryWithOverview(p, mergeOf(p, ['H01']));
  sane(out);
  const k = out.overview.keys[0];
  expect(k.units.map((u) => u.share?.toNumber())).toEqual([100]);
  expect(out.sentences.find((s) => s.section === 'keys')!.text).toBe(`${k.label}: ${k.total!.toNumber().toLocaleString('de-DE')} ${k.unit}, chỉ có số liệu của LĐLĐ thành phố Bắc Kạn.`);
  expect(out.sentences[0].text).toMatch(/^1\/\d+ đơn vị đã gửi báo cáo; chưa gửi: .*… \(và \d+ đơn vị khác\)\.$/);
});

test('units with all-zero figures: no division by zero, shares empty, no key chart, the % chart shows 0 against the 100 % line', () => {
  const p = overviewPack();
  const out = summaryWithOverview(p, mergeOf(p, ['H01', 'H03'], (u) => zeroed(figuresOf(u, p))));
  const sheet = sane(out);
  expect(out.overview.keys.every((k) => k.units.every((u) => u.share === null))).toBe(true);
  const members = out.overview.keys.find((k) => k.annexId === 'PL02' && k.rowCode === '5')!;
  expect(out.sentences.filter((s) => s.section === 'keys').map((s) => s.text)).toContain(`${members.label}: các đơn vị đều báo 0 người.`);
  expect(sheet.charts!.filter((c) => c.title.startsWith('Đoàn viên'))).toEqual([]);
  expect(sheet.cells.some((c) => c.value === 'Chưa có số liệu khác 0 của đơn vị nào: không vẽ biểu đồ.')).toBe(true);
  expect(sheet.cells.some((c) => c.value === 'Chưa có số liệu theo năm: không vẽ biểu đồ.')).toBe(true);
  // Targets are the pack's (2.000 …), results 0: 0 % of each, at risk — never NaN.
  const t = out.overview.targets[0];
  expect([t.percent?.toNumber(), t.result?.toNumber()]).toEqual([0, 0]);
});

test('a missing year: the trend skips it, the sentence compares the years that are there', () => {
  const p = overviewPack();
  const out = summaryWithOverview(
    p,
    mergeOf(p, ['H01', 'H03'], (u) => {
      const f = figuresOf(u, p);
      for (const row of Object.values(f.PL07)) delete row['1'];
      return f;
    }, true),
  );
  sane(out);
  const row = out.overview.trends.find((t) => t.annexId === 'PL07')!.rows[0];
  expect(row.points.map((x) => x.value === null)).toEqual([true, false, false]);
  expect(out.sentences.find((s) => s.section === 'trends' && s.annexId === 'PL07')!.text).toMatch(/^Tổng thu: năm 2019 [\d.]+ đồng, năm 2020/);
});

test('targets of 0 and targets not set: no percentage, no division, a sentence that says what there is', () => {
  const p = overviewPack((raw) => {
    const rows = raw.annexes[0].rows;
    rows.find((r: { code: string }) => r.code === '1').target.value = 0;
    rows.find((r: { code: string }) => r.code === '2').target.value = null;
  });
  // Nobody's own target either: the summary has none to show (neither the pack's nor the units' sum).
  const out = summaryWithOverview(p, mergeOf(p, undefined, (u) => {
    const f = figuresOf(u, p);
    delete f.PL01['2']?.['1'];
    return f;
  }));
  sane(out);
  const [zero, unset] = out.overview.targets;
  expect(zero.percent).toBeNull();
  expect(unset.target).toBeNull();
  const texts = out.sentences.filter((s) => s.section === 'targets' && s.annexId).map((s) => s.text);
  expect(texts[0]).toMatch(/^Kết nạp đoàn viên công đoàn mới: [\d.]+ người, chỉ tiêu Nghị quyết 0 người — \S/);
  expect(texts[1]).toMatch(/^Thành lập mới công đoàn cơ sở trong doanh nghiệp ngoài nhà nước: \d+ CĐCS; chưa có chỉ tiêu để so sánh\.$/);
});

test('unit names with quotes, "=" and 300 characters stay text in the sheet, the charts and the file', () => {
  const hostile = ['=HYPERLINK("http://evil.example","bấm")', 'LĐLĐ "Ba Bể" \'x\'', `CĐCS ${'rất dài '.repeat(37)}`.trim()];
  const p = overviewPack((raw) => ['H01', 'H03', 'H04'].forEach((code, i) => (raw.units.find((u: { code: string }) => u.code === code).name = hostile[i])));
  const out = summaryWithOverview(p, mergeOf(p, ['H01', 'H03', 'H04']));
  const sheet = sane(out);
  for (const name of hostile) {
    const cells = sheet.cells.filter((c) => c.value === name);
    expect(cells.length).toBeGreaterThan(0);
    // Written as a text, or shown by a formula that refers to "Tình hình nộp" — the name is never part of a formula.
    for (const c of cells) if (c.formula) expect(c.formula).toMatch(/^HYPERLINK\("#'Tình hình nộp'!C\d+",'Tình hình nộp'!C\d+\)$/);
    expect(sheet.cells.some((c) => c.formula?.includes(name))).toBe(false);
  }
  const read = readWorkbook(writeWorkbook(out.model));
  expect(read.ok).toBe(true);
  expect(out.sentences.some((s) => s.text.includes(hostile[0]))).toBe(true);
});
