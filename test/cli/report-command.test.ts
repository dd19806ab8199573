import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { summaryWithOverview } from '../../src/core/overview/summary-with-overview';
import { writeWorkbook } from '../../src/xlsx/write';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { mergeOf } from '../core/overview/helpers';
import { pack } from '../core/merge/helpers';

/** `annex report <summary.xlsx> [--department ID] --out-dir DIR`: one Word document per department and the whole. */

const root = mkdtempSync(join(tmpdir(), 'annex-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const summary = join(root, 'tong-hop.xlsx');

beforeAll(() => {
  writeFileSync(summary, writeWorkbook(summaryWithOverview(pack, mergeOf(pack)).model));
});

async function annex(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('writes one draft per department and one for the whole, each a Word document', async () => {
  const dir = join(root, 'all');
  const r = await annex('report', summary, '--out-dir', dir);
  expect(r.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(['bao-cao-CTCS.docx', 'bao-cao-TC.docx', 'bao-cao-TCKT.docx', 'bao-cao-VP.docx', 'bao-cao-toan-bo.docx']);
  expect(r.out).toContain(`Đã ghi ${join(dir, 'bao-cao-TC.docx')} — dự thảo báo cáo: Ban Tài chính`);
  const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'bao-cao-VP.docx'))))['word/document.xml']);
  expect(doc).toContain('BÁO CÁO CHUYÊN ĐỀ');
  expect(doc).toContain('Kết nạp đoàn viên công đoàn mới:');
  // The tables cite the file they were read from.
  expect(doc).toMatch(/Nguồn: bản tổng hợp tong-hop\.xlsx, trang &quot;PL01 Chỉ tiêu NQ&quot;, ô [A-Z]+\d+:[A-Z]+\d+\./);
});

test('--department writes only that one; an existing file needs --force; English with --lang en', async () => {
  const dir = join(root, 'one');
  expect((await annex('report', summary, '--department', 'tc', '--out-dir', dir)).code).toBe(0);
  expect(readdirSync(dir)).toEqual(['bao-cao-TC.docx']);
  const again = await annex('report', summary, '--department', 'TC', '--out-dir', dir);
  expect(again.code).toBe(2);
  expect(again.err).toContain('đã có; không ghi đè');
  const en = await annex('report', summary, '--department', 'TC', '--out-dir', dir, '--force', '--lang', 'en');
  expect(en.code).toBe(0);
  expect(strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'bao-cao-TC.docx'))))['word/document.xml'])).toContain('TOPICAL REPORT');
});

test('clear messages: no file, no --out-dir, an unknown department, a unit\'s form instead of a summary, a file that is not a workbook', async () => {
  expect((await annex('report')).err).toBe('Cần một tệp tổng hợp: npx annex report <tổng-hợp.xlsx> --out-dir <thư mục>.');
  expect((await annex('report', summary)).err).toBe('Cần --out-dir <thư mục> để ghi các dự thảo báo cáo.');
  const unknown = await annex('report', summary, '--department', 'XX', '--out-dir', join(root, 'x'));
  expect([unknown.code, unknown.err]).toEqual([2, 'Không có ban mã "XX". Các ban: VP, TC, TCKT, CTCS, toan-bo']);
  expect(existsSync(join(root, 'x'))).toBe(false);
  const form = join(root, 'H01.xlsx');
  writeFileSync(form, writeWorkbook(renderWorkbook(pack, 'H01')));
  const notSummary = await annex('report', form, '--out-dir', join(root, 'y'));
  expect([notSummary.code, notSummary.err]).toEqual([2, `"${form}" không phải bản tổng hợp của bộ mẫu này (không có trang tổng hợp, hoặc thiếu danh sách đơn vị): hãy tổng hợp bằng "npx annex merge" trước.`]);
  const text = join(root, 'ghi-chu.txt');
  writeFileSync(text, 'không phải sổ tính');
  const bad = await annex('report', text, '--out-dir', join(root, 'z'));
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('ghi-chu.txt');
});
