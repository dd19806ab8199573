import { mergeSubmissions, type MergeResult } from '../../../src/core/merge/merge';
import { validateSource } from '../../../src/core/rules/validate';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { SUMMARY_SHEETS, summaryWorkbook } from '../../../src/core/summary';
import { cellAt, readWorkbook, type ReadWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../../src/xlsx/write';
import { directUnits, figuresOf, pack, submission } from '../merge/helpers';

/** The summary workbook: annex sheets in the template's layout, detail, log, completeness — as written and read back. */

let result: MergeResult;
let model: WorkbookModel;
let read: ReadWorkbook;
const units = directUnits().filter((u) => u !== 'H07');

beforeAll(() => {
  const files = units.map((u) => {
    const f = figuresOf(u);
    if (u === 'CS02') f.PL03['1']['2'] = '=HYPERLINK("http://x","bấm")';
    if (u === 'CS04') f.PL03['2']['2'] = '+84 912 345 678 | @admin';
    return submission(u, { figures: f });
  });
  result = mergeSubmissions(pack, files);
  model = summaryWorkbook(pack, result);
  const r = readWorkbook(writeWorkbook(model));
  if (!r.ok) throw new Error(r.error.detail);
  read = r.workbook;
});

const sheet = (name: string) => read.sheets.find((s) => s.name === name)!;

it('has one sheet per annex, then one detail sheet per annex, completeness and log, its own check sheet, and the hidden identity sheet', () => {
  expect(read.sheets.map((s) => s.name)).toEqual([
    ...pack.annexes.map((a) => a.sheetName),
    ...pack.annexes.map((a) => `Chi tiết ${a.id}`),
    SUMMARY_SHEETS.completeness,
    SUMMARY_SHEETS.log,
    'Kiểm tra',
    '_annex_meta',
  ]);
});

it('fits every sheet in a legacy .xls sheet (256 columns, 65,536 rows), which a single detail sheet of 336 columns did not', () => {
  for (const s of read.sheets) expect([s.name, s.cells.size > 0 && Math.max(...[...s.cells.values()].map((c) => c.col)) < 256]).toEqual([s.name, true]);
  const detailColumns = read.sheets.filter((s) => s.name.startsWith('Chi tiết ')).reduce((n, s) => n + Math.max(...[...s.cells.values()].map((c) => c.col)) + 1 - 4, 0);
  expect(detailColumns).toBeGreaterThan(256);
});

it('is read back as the merging unit\'s form, and passes the same rules with no error', () => {
  const v = validateSource(toCellSource(read, 'tong-hop.xlsx'), pack);
  expect(v.report.unitCode).toBe('T00');
  expect(v.report.issues).toEqual([]);
  expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
  for (const a of v.report.annexes.values()) expect([a.annexId, a.issues]).toEqual([a.annexId, []]);
});

it('says in its identity sheet which units are inside', () => {
  const meta = new Map(model.metaSheet.rows);
  expect(meta.get('unit.code')).toBe('T00');
  expect(meta.get('summary.of')).toBe('T00');
  expect(meta.get('summary.count')).toBe(String(units.length));
  expect(meta.get('summary.contains')).toBe([...units].sort().join(','));
  const pl02 = sheet(pack.annexes[1].sheetName);
  expect(String(cellAt(pl02, 6, 0)?.value)).toMatch(/^Tổng hợp của Liên đoàn Lao động tỉnh Bắc Kạn \(mã T00\) từ 13 đơn vị: CS01, CS02/);
});

it('has formulas over the detail columns whose cached values are the sums', () => {
  const detail = sheet('Chi tiết PL02');
  const pl02 = model.sheets.find((s) => s.identity.annexId === 'PL02')!;
  const r = pl02.layout.rows['5'];
  const c = pl02.layout.cols['1'];
  const cell = cellAt(sheet(pl02.name), r, c)!;
  const m = /^SUM\('Chi tiết PL02'!([A-Z]+)7:([A-Z]+)19\)$/.exec(cell.formula!)!;
  expect(m).not.toBeNull();
  // The detail column is headed by the cell's codes, and holds each unit's figure.
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  expect([cellAt(detail, 2, col)?.value, cellAt(detail, 3, col)?.value, cellAt(detail, 4, col)?.value]).toEqual(['PL02', '5', '1']);
  let sum = 0;
  for (let row = 6; row < 6 + units.length; row++) sum += cellAt(detail, row, col)!.value as number;
  expect(cell.value).toBe(sum);
  expect(cellAt(detail, 6, 1)?.value).toBe('CS01');
});

it('writes text from the units as text, never as a formula', () => {
  const pl03 = model.sheets.find((s) => s.identity.annexId === 'PL03')!;
  const notes = cellAt(sheet(pl03.name), pl03.layout.rows['1'], pl03.layout.cols['2'])!;
  expect(notes.formula).toBeUndefined();
  expect(notes.value).toBe('CS02 CĐCS Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Bắc Kạn: =HYPERLINK("http://x","bấm")');
  // In the detail sheet the unit's own text stands alone, starting with "=": still text.
  const detail = sheet('Chi tiết PL03');
  const texts = [...detail.cells.values()].filter((c) => typeof c.value === 'string' && /^[=+@]/.test(c.value));
  expect(texts.map((c) => [c.type, c.formula, c.value])).toEqual([
    ['text', undefined, '=HYPERLINK("http://x","bấm")'],
    ['text', undefined, '+84 912 345 678 | @admin'],
  ]);
});

it('locks every cell of the summary and protects its sheets', () => {
  for (const s of model.sheets) {
    expect([s.name, s.protection.enabled, s.cells.filter((c) => !c.locked).length, s.validations.length]).toEqual([s.name, true, 0, 0]);
  }
});

it('logs every file with its status, reason and hash', () => {
  const log = sheet(SUMMARY_SHEETS.log);
  expect([...Array(10).keys()].map((c) => cellAt(log, 2, c)?.value)).toEqual(['STT', 'Tệp', 'Mã đơn vị', 'Đơn vị', 'Thời điểm lưu', 'Tình trạng', 'Tổng hợp', 'Lý do', 'Lý do vẫn tổng hợp', 'Mã băm nội dung (SHA-256)']);
  expect([cellAt(log, 3, 1)?.value, cellAt(log, 3, 2)?.value, cellAt(log, 3, 4)?.value, cellAt(log, 3, 5)?.value, cellAt(log, 3, 6)?.value]).toEqual(['CS01.xlsx', 'CS01', '20/12/2020 10:00', 'Sẵn sàng', 'Đã tổng hợp']);
  expect(cellAt(log, 3, 9)?.value).toBe(result.entries[0].file.sha256);
});

it('shows who reported, who did not', () => {
  const c = sheet(SUMMARY_SHEETS.completeness);
  expect(cellAt(c, 1, 0)?.value).toBe('Hạn nộp: 25/12/2020. Đã nộp 13/14 (được tổng hợp 13), muộn 0, chưa nộp 1.');
  const rows = [...Array(14).keys()].map((i) => [cellAt(c, 4 + i, 1)?.value, cellAt(c, 4 + i, 3)?.value, cellAt(c, 4 + i, 5)?.value]);
  expect(rows.find((r) => r[0] === 'H07')).toEqual(['H07', 'Không', 'Chưa nộp']);
  expect(rows.find((r) => r[0] === 'H01')).toEqual(['H01', 'Có', 'Đã nộp']);
});

it('texts of its own sheets follow the language; sheet names do not', () => {
  const en = summaryWorkbook(pack, result, { lang: 'en' });
  expect(en.sheets.map((s) => s.name)).toEqual(model.sheets.map((s) => s.name));
  const log = en.sheets.find((s) => s.name === SUMMARY_SHEETS.log)!;
  expect(log.cells.find((c) => c.row === 2 && c.col === 5)?.value).toBe('Status');
});
