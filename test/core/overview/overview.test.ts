import { summaryWithOverview, type SummaryWithOverview } from '../../../src/core/overview/summary-with-overview';
import { readSummary } from '../../../src/core/overview/read-summary';
import { overviewOf } from '../../../src/core/overview/summary-with-overview';
import { checkFormula, parseFormula } from '../../../src/core/spreadsheet';
import type { SheetModel } from '../../../src/core/sheet/model';
import { readWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../../src/xlsx/write';
import { statusWord } from '../../../src/core/i18n/status-words';
import { cellAtModel, expectedCount, mergeOf, overviewPack, seriesValues } from './helpers';

/** "Tổng quan": the first sheet of a merged summary — sentences, completeness, targets, key indicators, trend, native charts. */

const pack = overviewPack();
let built: SummaryWithOverview;
let sheet: SheetModel;

beforeAll(() => {
  built = summaryWithOverview(pack, mergeOf(pack));
  sheet = built.model.sheets[0];
});

const texts = () => sheet.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);

test('is the first sheet of the summary, before the annexes; the rest of the summary is unchanged', () => {
  expect(built.model.sheets.map((s) => s.name)).toEqual(['Tổng quan', ...pack.annexes.map((a) => a.sheetName), ...pack.annexes.map((a) => `Chi tiết ${a.id}`), 'Tình hình nộp', 'Nhật ký', 'Kiểm tra']);
  expect(sheet.role).toBe('overview');
  expect(sheet.protection.enabled).toBe(true);
});

test('has a native chart per block — targets with the 100 % line, reporting, each key indicator, the yearly trend — over its own filled cells', () => {
  const charts = sheet.charts!;
  // The reporting pie, the targets' %, one chart per key indicator that has figures, one line per annex with years.
  const keyCharts = built.overview.keys.filter((k) => k.units.some((u) => u.value !== null && !u.value.isZero())).length;
  expect(keyCharts).toBeGreaterThanOrEqual(2);
  expect(charts.map((c) => c.kind)).toEqual(['pie', 'column', ...Array(keyCharts).fill('column'), ...built.overview.trends.map(() => 'line')]);
  expect(built.overview.trends.length).toBeGreaterThanOrEqual(1);
  const [pie, targets] = charts;
  expect(pie.title).toBe('Tình hình nộp báo cáo');
  expect(targets.series.map((s) => !!s.asLine)).toEqual([false, true]);
  expect(seriesValues(sheet, targets)[1].every((v) => v === 100)).toBe(true);
  for (const chart of charts) {
    const values = seriesValues(sheet, chart).flat();
    // Never an empty chart: every one has a number other than 0 to draw.
    expect(values.some((v) => typeof v === 'number' && v !== 0)).toBe(true);
    expect(chart.categories.rows).toBe(chart.series[0].values.rows);
    for (let i = 0; i < chart.categories.rows; i++) expect(cellAtModel(sheet, chart.categories.row + i, chart.categories.col)?.value).toBeTruthy();
    for (const s of chart.series) expect(typeof cellAtModel(sheet, s.name.row, s.name.col)?.value).toBe('string');
  }
});

test('one sentence per target, whose % is the summary\'s own "% so với chỉ tiêu" cell, written the Vietnamese way', () => {
  const targetSentences = built.sentences.filter((s) => s.section === 'targets' && s.annexId === 'PL01');
  // Both congresses' targets: every PL01 row with a target record.
  expect(targetSentences).toHaveLength(pack.annexes[0].rows.filter((r) => r.target).length);
  expect(new Set(built.overview.targets.map((t) => pack.annexes[0].rows.find((r) => r.code === t.rowCode)!.target!.congress))).toEqual(new Set(['IX', 'XII']));
  const pl01 = built.model.sheets.find((s) => s.name === 'PL01 Chỉ tiêu NQ')!;
  for (const t of built.overview.targets) {
    const sentence = targetSentences.find((s) => s.text.startsWith(`${t.label}:`))!;
    expect(sentence).toBeDefined();
    const percentCell = cellAtModel(pl01, pl01.layout.rows[t.rowCode], pl01.layout.cols['6'])!;
    if (t.measure === 'termTotal') {
      const shown = (Math.round((percentCell.value as number) * 10) / 10).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      expect(sentence.text).toContain(`đạt ${shown} % chỉ tiêu Nghị quyết`);
    }
    expect(sentence.text).not.toMatch(/NaN|undefined|Infinity|\{/);
  }
  const first = targetSentences[0].text;
  expect(first).toMatch(/^Kết nạp đoàn viên công đoàn mới: \d{1,3}(\.\d{3})* người, đạt \d+,\d % chỉ tiêu Nghị quyết \(2\.000 người\); dự kiến hết nhiệm kỳ đạt \d{1,3}(\.\d{3})* người — /);
});

test('the target table mirrors the summary\'s cells by formula, its % recomputed from them, its assessment the rule\'s', () => {
  const row = texts().indexOf('Kết nạp đoàn viên công đoàn mới');
  expect(row).toBeGreaterThan(-1);
  const label = sheet.cells.find((c) => c.value === 'Kết nạp đoàn viên công đoàn mới')!;
  const at = (col: number) => cellAtModel(sheet, label.row, col)!;
  const pl01 = built.model.sheets.find((s) => s.name === 'PL01 Chỉ tiêu NQ')!;
  const address = (col: string) => `${String.fromCharCode(65 + pl01.layout.cols[col])}${pl01.layout.rows['1'] + 1}`;
  expect(at(3).formula).toBe(`IF('PL01 Chỉ tiêu NQ'!${address('1')}="","",'PL01 Chỉ tiêu NQ'!${address('1')})`);
  expect(at(3).value).toBe(2000);
  expect(at(4).formula).toBe(`IF('PL01 Chỉ tiêu NQ'!${address('5')}="","",'PL01 Chỉ tiêu NQ'!${address('5')})`);
  expect(at(4).value).toBe(cellAtModel(pl01, pl01.layout.rows['1'], pl01.layout.cols['5'])!.value);
  expect(at(5).formula).toBe(`IF(AND(ISNUMBER(D${label.row + 1}),ISNUMBER(E${label.row + 1})),IFERROR(ROUND(E${label.row + 1}/D${label.row + 1}*100,1),""),"")`);
  expect(at(5).value).toBe(Math.round(((at(4).value as number) / 2000) * 1000) / 10);
  const t = built.overview.targets[0];
  expect(at(7).value).toBe(statusWord(t.status!, 'vi'));
  expect(['Đã vượt', 'Đã đạt', 'Đúng tiến độ', 'Có nguy cơ không đạt']).toContain(at(7).value);
});

test('every formula of the sheet parses and uses only functions the spreadsheet programs know', () => {
  for (const c of sheet.cells.filter((x) => x.formula)) {
    const parsed = parseFormula(`=${c.formula}`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkFormula(parsed.formula)).toEqual([]);
  }
});

test('completeness: counts, the missing unit named, each unit linked to its line in "Tình hình nộp"', () => {
  const c = built.sentences.filter((s) => s.section === 'completeness').map((s) => s.text);
  const n = expectedCount(pack);
  expect(c[0]).toBe(`${n - 1}/${n} đơn vị đã gửi báo cáo; chưa gửi: LĐLĐ huyện Ngân Sơn.`);
  const completeness = built.model.sheets.find((s) => s.name === 'Tình hình nộp')!;
  const link = sheet.cells.find((x) => x.formula?.startsWith('HYPERLINK') && x.value === 'LĐLĐ huyện Ngân Sơn')!;
  const m = /^HYPERLINK\("#'Tình hình nộp'!C(\d+)",'Tình hình nộp'!C(\d+)\)$/.exec(link.formula!)!;
  expect(m[1]).toBe(m[2]);
  expect(cellAtModel(completeness, Number(m[1]) - 1, 2)?.value).toBe('LĐLĐ huyện Ngân Sơn');
  expect(sheet.cells.filter((x) => x.formula?.startsWith('HYPERLINK'))).toHaveLength(n);
});

test('key indicators: each unit\'s figure from "Chi tiết" and its share, highest first, with a sentence naming the highest and lowest', () => {
  const k = built.overview.keys.find((x) => x.annexId === 'PL02' && x.rowCode === '5')!;
  const values = k.units.map((u) => u.value!.toNumber());
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const sentence = built.sentences.find((s) => s.section === 'keys' && s.text.startsWith(`${k.label}:`))!.text;
  expect(sentence).toContain(`cao nhất ${k.units[0].name}`);
  expect(sentence).toContain(`thấp nhất ${k.units[k.units.length - 1].name}`);
  const shares = k.units.reduce((s, u) => s + u.share!.toNumber(), 0);
  expect(shares).toBeCloseTo(100, 6);
});

test('trend: the years of PL07, the last one an estimate (it ends after the deadline)', () => {
  const t = built.overview.trends.find((x) => x.annexId === 'PL07')!;
  expect(t.rows.map((r) => r.rowCode)).toEqual(['7.10', '7.20']);
  expect(t.rows[0].points.map((p) => [p.year, p.estimate])).toEqual([[2018, false], [2019, false], [2020, true]]);
  expect(built.sentences.find((s) => s.section === 'trends' && s.annexId === 'PL07')!.text).toMatch(/^Tổng thu: năm 2018 [\d.]+ đồng, năm 2020 [\d.]+ đồng \(ước thực hiện\); (tăng|giảm) \d+,\d %\.$/);
});

test('read back from the written file, the summary gives the same overview and sentences', () => {
  const read = readWorkbook(writeWorkbook(built.model));
  if (!read.ok) throw new Error(read.error.detail);
  const again = overviewOf(readSummary(toCellSource(read.workbook, 'tong-hop.xlsx'), pack), 'vi');
  expect(again.sentences).toEqual(built.sentences);
});

test('in English the sheet and the sentences are English, numbers written the English way', () => {
  const en = summaryWithOverview(pack, mergeOf(pack), { lang: 'en' });
  expect(en.model.sheets[0].cells.find((c) => c.row === 0)!.value).toBe('AT A GLANCE — Liên đoàn Lao động tỉnh Bắc Kạn');
  expect(en.sentences.find((s) => s.section === 'completeness')!.text).toBe(`${expectedCount(pack) - 1} of ${expectedCount(pack)} units have sent their report; not sent: LĐLĐ huyện Ngân Sơn.`);
  expect(en.sentences.find((s) => s.section === 'targets' && s.annexId)!.text).toMatch(/^Kết nạp đoàn viên công đoàn mới: [\d,]+ người, \d+\.\d % of the congress target \(2,000 người\)/);
});

test('a pack rewords a sentence in its pack workbook', () => {
  const reworded = overviewPack((p) => (p.sentences = { 'completeness.some': { vi: 'Đã nhận {reported} trên {expected} báo cáo. Còn thiếu: {missing}.', en: '{reported}/{expected}; missing: {missing}.' } }));
  const out = summaryWithOverview(reworded, mergeOf(reworded));
  expect(out.sentences[0].text).toBe(`Đã nhận ${expectedCount(pack) - 1} trên ${expectedCount(pack)} báo cáo. Còn thiếu: LĐLĐ huyện Ngân Sơn.`);
});
