import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { JsonFinding } from '../../src/cli/validate-command';
import { exampleFigures, type FigureMap } from '../../src/core/demo/example-figures';
import { withFigures } from '../../src/core/report/model-source';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack } from '../core/rules/helpers';

const dir = mkdtempSync(join(tmpdir(), 'annex-validate-'));

/** Writes the unit's rendered workbook with figures set on its input cells, as a unit would send it. */
function workbook(name: string, unit = 'H01', change: (f: FigureMap) => void = () => undefined): string {
  const figs = JSON.parse(JSON.stringify(exampleFigures(pack, unit))) as FigureMap;
  change(figs);
  const file = join(dir, name);
  writeFileSync(file, writeWorkbook(withFigures(renderWorkbook(pack, unit), figs)));
  return file;
}

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const clean = workbook('H01_sach.xlsx');
const broken = workbook('H01_loi.xlsx', 'H01', (f) => {
  f.PL02['3.1']['2'] = (f.PL02['3.1']['2'] as number) + 7;
});
const warnings = workbook('H02_canh-bao.xlsx', 'H02', (f) => {
  const v = f.PL04['5.1']['1'] as number;
  f.PL04['5.1']['1'] = v.toLocaleString('de-DE');
});
const corrupt = join(dir, 'hong.xlsx');
writeFileSync(corrupt, 'PK\u0003\u0004 this is not really a zip');

describe('npx annex validate', () => {
  test('a consistent workbook: exit 0, a readable report', () => {
    const { code, out } = run('validate', clean);
    expect(code).toBe(0);
    expect(out).toContain('đơn vị H01 LĐLĐ thành phố Bắc Kạn');
    expect(out).toContain('0 lỗi, 0 cảnh báo, 16 thông tin — Đạt: không có lỗi.');
    expect(out).toContain('Đã kiểm tra 1 tệp: 1 đạt, 0 có lỗi, 0 không đọc được.');
  });

  test('warnings only: still exit 0', () => {
    const { code, out } = run('validate', warnings);
    expect(code).toBe(0);
    expect(out).toMatch(/Cảnh báo \(1\)\n\s+• \[ô E\d+, mã 5\.1, cột 1\] Lượt người tham dự: Số được nhập dưới dạng chữ "[\d.]+"; sẽ được hiểu là [\d.]+\./);
  });

  test('errors: exit 1, grouped by annex and severity, naming the indicator, the cell and the values', () => {
    const { code, out } = run('validate', broken);
    expect(code).toBe(1);
    expect(out).toContain('PL02 — Công nhân, viên chức, lao động; đoàn viên, công đoàn cơ sở và cán bộ công đoàn (trang "PL02 Đoàn viên CĐCS")');
    expect(out).toMatch(/Lỗi \(\d+\)/);
    expect(out).toMatch(/• \[ô \w+\d+, mã 3\.1, cột 1\] Kết nạp mới: Dòng mã 3\.1: tổng số \(cột 1\) = [\d.]+ khác tổng khu vực nhà nước và ngoài nhà nước \(cột 2 \+ cột 3\) = [\d.]+\. ‹PL02\.total-equals-sectors›/);
    expect(out).toContain('Chưa đạt: cần sửa các lỗi trước khi gửi/tổng hợp.');
  });

  test('a corrupt file: exit 2, a Vietnamese message naming the file, no stack trace', () => {
    const { code, err, out } = run('validate', corrupt);
    expect(code).toBe(2);
    expect(err).toContain(`Tệp "${corrupt}"`);
    expect(err).toMatch(/không phải là sổ làm việc|bị hỏng/);
    expect(err + out).not.toMatch(/\n\s+at /);
  });

  test('a missing file: exit 2, said in plain words', () => {
    const { code, err } = run('validate', join(dir, 'khong-co.xlsx'));
    expect(code).toBe(2);
    expect(err).toBe(`Không mở được tệp "${join(dir, 'khong-co.xlsx')}": không có tệp này.`);
  });

  test('several files: each is reported, the worst exit code wins', () => {
    const { code, out, err } = run('validate', clean, broken, corrupt);
    expect(code).toBe(2);
    expect(out).toContain('Đã kiểm tra 3 tệp: 1 đạt, 1 có lỗi, 1 không đọc được.');
    expect(err).toContain('hong.xlsx');
    expect(run('validate', clean, broken).code).toBe(1);
  });

  test('an Excel lock file (~$…) is skipped, not counted as unreadable', () => {
    const lock = join(dir, '~$H01_sach.xlsx');
    writeFileSync(lock, 'lock');
    const { code, out } = run('validate', clean, lock);
    expect(code).toBe(0);
    expect(out).toContain('tệp khóa tạm của Excel');
  });

  test('--json: an array of findings with file, unit, annex, cell, codes, rule, severity, message, values', () => {
    const { code, out } = run('validate', broken, corrupt, '--json');
    expect(code).toBe(2);
    const list = JSON.parse(out) as JsonFinding[];
    expect(Array.isArray(list)).toBe(true);
    const f = list.find((x) => x.ruleId === 'PL02.members-flow')!;
    expect(f).toMatchObject({ file: broken, unit: 'H01', annex: 'PL02', sheet: 'PL02 Đoàn viên CĐCS', rowCode: '5', colCode: '2', severity: 'error', label: 'Đoàn viên công đoàn đến 31/12/2020 (5 = 2 + 3 − 4)' });
    expect(f.cell).toMatch(/^F\d+$/);
    expect(f.message).toMatch(/^Cột 2: đoàn viên đầu nhiệm kỳ \+ tăng − giảm/);
    expect(f.values).toEqual({ left: expect.any(Number), right: expect.any(Number), diff: 7 });
    for (const x of list) expect(Object.keys(x)).toEqual(expect.arrayContaining(['file', 'unit', 'annex', 'cell', 'rowCode', 'colCode', 'ruleId', 'severity', 'message', 'values']));
    expect(list.find((x) => x.file === corrupt)).toMatchObject({ ruleId: 'file.unreadable', severity: 'error', cell: null });
  });

  test('--lang en: messages in English', () => {
    const { out } = run('validate', broken, '--json', '--lang', 'en');
    const f = (JSON.parse(out) as JsonFinding[]).find((x) => x.ruleId === 'PL02.members-flow')!;
    expect(f.message).toMatch(/^Column 2: members at the start \+ in − out/);
    expect(run('validate', clean, '--lang', 'en').out).toContain('0 errors, 0 warnings, 16 info — Passed: no errors.');
  });

  test('--list-rules lists the pack\'s rules', () => {
    const { code, out } = run('validate', '--list-rules');
    expect(code).toBe(0);
    expect(out.split('\n').length).toBeGreaterThan(40);
    expect(out).toMatch(/PL07\.balance-flow\s+error\s+\{r26\} \+ \{r7\.10\} - \{r7\.20\} - \{r7\.30\} - \{r7\.31\} \+ \{r7\.40\} = \{r7\.50\}/);
  });

  test('no file: exit 2 with how to call it', () => {
    const { code, err } = run('validate');
    expect(code).toBe(2);
    expect(err).toContain('npx annex validate <tệp.xlsx>');
  });

  test('the help mentions validate', () => {
    expect(run('--help').out).toContain('npx annex validate <tệp.xlsx>');
  });
});
