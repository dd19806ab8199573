import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { JsonLog } from '../../src/core/merge/log-json';
import { exampleFigures, type FigureMap } from '../../src/core/demo/example-figures';
import { withFigures } from '../../src/core/report/model-source';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack } from '../core/rules/helpers';

/** `annex merge`: folders, lock files, exit codes, sources never changed, the log. */

const root = mkdtempSync(join(tmpdir(), 'annex-merge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const onTime = new Date(Date.UTC(2020, 11, 20, 2));
const laterOnTime = new Date(Date.UTC(2020, 11, 22, 9, 30));

function unitFile(dir: string, name: string, unit: string, opts: { change?: (f: FigureMap) => void; savedAt?: Date } = {}): string {
  const f = JSON.parse(JSON.stringify(exampleFigures(pack, unit))) as FigureMap;
  opts.change?.(f);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, writeWorkbook(withFigures(renderWorkbook(pack, unit), f), { modified: opts.savedAt ?? onTime }));
  return file;
}

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function hashes(dir: string): Record<string, string> {
  const files = readdirSync(dir).sort().filter((n) => statSync(join(dir, n)).isFile());
  return Object.fromEntries(files.map((n) => [n, createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')]));
}

const broken = (f: FigureMap) => {
  f.PL02['2']['2'] = (f.PL02['2']['2'] as number) + 7;
};

describe('a folder with good files only', () => {
  const dir = join(root, 'clean');
  beforeAll(() => {
    unitFile(dir, 'H01.xlsx', 'H01');
    unitFile(dir, 'H03.xlsx', 'H03', { savedAt: laterOnTime });
    writeFileSync(join(dir, '~$H01.xlsx'), 'lock');
    writeFileSync(join(dir, 'ghi-chu.txt'), 'not a workbook');
    mkdirSync(join(dir, 'cu'));
    unitFile(join(dir, 'cu'), 'H01.xlsx', 'H01');
  });

  it('merges all (exit 0), skipping lock files, other files and subfolders, and saying so', () => {
    const before = hashes(dir);
    const out = join(root, 'clean-tong-hop.xlsx');
    const r = run('merge', dir, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Bỏ qua "${join(dir, '~$H01.xlsx')}": tệp khóa tạm của Excel`);
    expect(r.out).toContain(`Bỏ qua "${join(dir, 'ghi-chu.txt')}": không phải sổ làm việc`);
    expect(r.out).toContain(`Bỏ qua thư mục con "${join(dir, 'cu')}"`);
    expect(r.out).toContain('Đã tổng hợp (2):');
    expect(r.out).toContain('Chưa nộp (12):');
    expect(hashes(dir)).toEqual(before);
    const read = readWorkbook(new Uint8Array(readFileSync(out)));
    expect(read.ok).toBe(true);
    // The summary's saved time is its newest source's (H03's, not H01's): the same files always give
    // the same bytes, and one level up the summary is late exactly when its latest figures were.
    const opened = openWorkbookFile({ name: out, bytes: new Uint8Array(readFileSync(out)) });
    expect(opened.ok && opened.savedAt).toEqual(laterOnTime);
  });

  it('refuses to overwrite an existing output without --force', () => {
    const out = join(root, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    const r = run('merge', dir, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đã có; không ghi đè');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(run('merge', dir, '--out', out, '--force').code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('never writes over a source, even with --force', () => {
    const before = hashes(dir);
    const explicit = run('merge', join(dir, 'H01.xlsx'), join(dir, 'H03.xlsx'), '--out', join(dir, 'H03.xlsx'), '--force', '--lang', 'en');
    expect(explicit.code).toBe(2);
    expect(explicit.err).toContain(`The output "${join(dir, 'H03.xlsx')}" is also a source file; sources are never overwritten.`);
    expect(run('merge', dir, '--out', join(dir, 'H01.xlsx'), '--force').code).toBe(2);
    expect(run('merge', dir, '--out', join(root, 'x.xlsx'), '--json', join(dir, 'H03.xlsx'), '--force').code).toBe(2);
    expect(hashes(dir)).toEqual(before);
  });
});

describe('a folder with problems', () => {
  const dir = join(root, 'mixed');
  let r: { code: number; out: string; err: string };
  let log: JsonLog;
  let before: Record<string, string>;
  beforeAll(() => {
    unitFile(dir, 'H01.xlsx', 'H01');
    unitFile(dir, 'N02.xlsx', 'N02', { change: broken });
    unitFile(dir, 'CS03.xlsx', 'CS03', { change: broken });
    unitFile(dir, 'H05_lan-1.xlsx', 'H05', { change: broken, savedAt: new Date(Date.UTC(2020, 11, 19)) });
    unitFile(dir, 'H05_lan-2.xlsx', 'H05', { savedAt: new Date(Date.UTC(2020, 11, 23)) });
    unitFile(dir, 'H08.xlsx', 'H08', { savedAt: new Date(Date.UTC(2020, 11, 28)) });
    writeFileSync(join(dir, 'hong.xlsx'), 'PK\u0003\u0004 not a zip at all');
    before = hashes(dir);
    const logFile = join(root, 'mixed-log.json');
    r = run('merge', dir, '--out', join(root, 'mixed.xlsx'), '--json', logFile, '--include', 'CS03:Đã xác minh', '--lang', 'en');
    log = JSON.parse(readFileSync(logFile, 'utf8'));
  });

  it('exits 1 and prints what was merged, left out (with reasons) and missing', () => {
    expect(r.code).toBe(1);
    expect(r.out).toContain('Merged (4):');
    expect(r.out).toMatch(/✓ CS03 .* \[Errors: Merged despite \d+ errors, by decision: "Đã xác minh"\]/);
    expect(r.out).toContain('Left out (3):');
    expect(r.out).toContain(`✗ ${join(dir, 'H05_lan-1.xlsx')} (H05) — Replaced (resubmitted): Unit H05 sent a newer file "${join(dir, 'H05_lan-2.xlsx')}"`);
    expect(r.out).toMatch(/✗ .*N02\.xlsx \(N02\) — Errors: \d+ errors in the annexes merged; the first: /);
    expect(r.out).toMatch(/✗ .*hong\.xlsx — Unreadable: /);
    expect(r.out).toContain('Not reported (9):');
    expect(r.out).toContain('Sent after the deadline 25/12/2020 (1):\n  ! H08');
  });

  it('writes the log as JSON, with the override reason and the content hashes', () => {
    expect(log.counts).toMatchObject({ files: 7, merged: 4, leftOut: 3, expected: 14, reported: 4, late: 1 });
    const cs03 = log.files.find((f) => f.unit === 'CS03')!;
    expect(cs03).toMatchObject({ status: 'errors', merged: true, override: 'Đã xác minh', sha256: before['CS03.xlsx'] });
    expect(log.files.find((f) => f.file.endsWith('H05_lan-1.xlsx'))).toMatchObject({ status: 'duplicate', replacedBy: join(dir, 'H05_lan-2.xlsx') });
    expect(log.files.find((f) => f.unit === 'H01')!.savedAt).toBe(onTime.toISOString());
  });

  it('leaves the sources unchanged', () => {
    expect(hashes(dir)).toEqual(before);
  });

  it('--annex takes a department: Ban Tài chính merges PL07 only, and N02\'s PL02 error does not block it', () => {
    const out = join(root, 'tc.xlsx');
    const res = run('merge', join(dir, 'N02.xlsx'), join(dir, 'H01.xlsx'), '--annex', 'TC', '--out', out);
    expect(res.code).toBe(0);
    const read = readWorkbook(new Uint8Array(readFileSync(out)));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(['Tổng quan', 'PL07 Tài chính', 'Chi tiết PL07', 'Tình hình nộp', 'Nhật ký', 'Kiểm tra', '_annex_meta']);
  });
});

describe('exit 2 and usage errors', () => {
  it('nothing merged: writes no summary', () => {
    const dir = join(root, 'bad');
    unitFile(dir, 'N02.xlsx', 'N02', { change: broken });
    const out = join(root, 'none.xlsx');
    const r = run('merge', dir, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không tổng hợp được tệp nào');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['merge', join(root, 'clean')], 'Cần --out'],
    [['merge', '--out', join(root, 'a.xlsx')], 'Cần ít nhất một tệp hoặc thư mục'],
    [['merge', join(root, 'khong-co'), '--out', join(root, 'a.xlsx')], 'Không có tệp hoặc thư mục'],
    [['merge', join(root, 'clean'), '--out', join(root, 'a.xlsx'), '--unit', 'Q9'], 'Không có đơn vị mã "Q9"'],
    [['merge', join(root, 'clean'), '--out', join(root, 'a.xlsx'), '--annex', 'PL99'], 'Không có phụ lục hay ban "PL99"'],
    [['merge', join(root, 'clean'), '--out', join(root, 'a.xlsx'), '--include', 'CS03'], '--include "CS03": cần dạng'],
    [['merge', join(root, 'clean'), '--out', join(root, 'a.xlsx'), '--bogus'], 'Tùy chọn không rõ: "--bogus"'],
    [['merge', join(root, 'clean'), '--out', join(root, 'a.xlsx'), '--threads', '0'], '--threads "0": cần một số nguyên'],
  ])('%j', (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('an empty folder: nothing to merge', () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, '~$x.xlsx'), 'lock');
    const r = run('merge', dir, '--out', join(root, 'e.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có sổ làm việc nào để tổng hợp.');
  });

  it('merge --help and the general help describe merge', () => {
    expect(run('merge', '--help', '--lang', 'en').out).toContain('npx annex merge <files|folders> … --out <summary.xlsx>');
    expect(run('--help').out).toContain('--include <mã>:<lý do>');
  });

  it('validate keeps --json as a flag', () => {
    const r = run('validate', join(root, 'clean', 'H01.xlsx'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(expect.any(Array));
  });
});
