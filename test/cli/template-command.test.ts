import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { defaultPack } from '../../src/core/load/load-pack';
import { readWorkbook } from '../../src/xlsx/read';
import { builtCli, command, requiring, ROOT } from '../support/requires';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('annex template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annex-cli-'));

  test('--help in Vietnamese and English', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cách dùng');
    expect(r.out).toContain('Usage');
  });

  test('one unit: a real workbook with every annex and the identity', () => {
    const file = join(dir, 'h02.xlsx');
    const r = run(['template', '--unit', 'H02', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tạo');
    const wb = readWorkbook(new Uint8Array(readFileSync(file)));
    if (!wb.ok) throw new Error(wb.error.detail);
    expect(wb.workbook.sheets.map((s) => s.name)).toEqual([...defaultPack().annexes.map((a) => a.sheetName), 'Kiểm tra', 'Tổng quan', '_annex_meta']);
  });

  test('a pack file that cannot be read is said in the user\'s words, as for any other file', () => {
    const missing = join(dir, 'khong-co.json');
    const vi = run(['template', '--pack', missing, '--all', '--out-dir', join(dir, 'x')]);
    expect(vi.code).toBe(2);
    expect(vi.err).toBe(`Không đọc được tệp bộ mẫu "${missing}": không có tệp này`);
    const en = run(['template', '--pack', missing, '--all', '--out-dir', join(dir, 'x'), '--lang', 'en']);
    expect(en.err).toBe(`Cannot read pack file "${missing}": no such file`);
  });

  test('an existing file is not overwritten without --force', () => {
    const file = join(dir, 'keep.xlsx');
    writeFileSync(file, 'mine');
    const r = run(['template', '--unit', 'H02', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đã có; không ghi đè');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(run(['template', '--unit', 'H02', '--out', file, '--force']).code).toBe(0);
  });

  test('--all writes one workbook per unit, named by code and name', () => {
    const out = join(dir, 'all');
    const r = run(['template', '--all', '--out-dir', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(defaultPack().units.length);
    expect(files).toContain('H02_LDLD-huyen-Ba-Be.xlsx');
  });

  test('an unknown unit: a clear message listing the codes, exit 2', () => {
    const r = run(['template', '--unit', 'X99', '--out', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có đơn vị mã "X99".*H01/);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    expect(run(['template', '--unit', 'X99', '--out', join(dir, 'x.xlsx'), '--lang', 'en']).err).toMatch(/No unit with code "X99"/);
  });

  test('a folder that cannot be written', () => {
    const r = run(['template', '--unit', 'H02', '--out', join(dir, 'no', 'such', 'dir', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('thư mục không tồn tại');
  });

  // Root writes anywhere, and CI runs as root: there the CLI runs without the capabilities that let
  // root ignore permissions (setpriv drops them), so the refusal is the one a user gets.
  const root = process.getuid?.() === 0;
  const unprivileged = requiring(root ? [builtCli(), command('setpriv', 'util-linux (Debian base)', ['--version'])] : [], 'a folder without write permission');
  unprivileged.describe('a folder without write permission', () => {
    test('is refused with the reason in words, as root too', () => {
      const ro = join(dir, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      const args = ['template', '--all', '--out-dir', ro];
      const err = root
        ? spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, join(ROOT, 'bin/annex.js'), ...args], { encoding: 'utf8' }).stderr
        : run(args).err;
      expect(err).toContain('không có quyền ghi');
    });
  });

  test('a broken pack file is refused naming the field', () => {
    const pack = join(dir, 'bad.json');
    writeFileSync(pack, JSON.stringify({ format: 1, id: 'x' }));
    const r = run(['template', '--all', '--out-dir', join(dir, 'p'), '--pack', pack]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không hợp lệ');
    expect(r.err).toContain('version: thiếu trường bắt buộc');
  });

  test('unknown annex and unknown option', () => {
    expect(run(['template', '--unit', 'H02', '--out', join(dir, 'a.xlsx'), '--annex', 'PL99']).err).toContain('Không có phụ lục "PL99"');
    expect(run(['template', '--bogus']).err).toContain('Tùy chọn không rõ');
  });
});
