/** `annex template` writes the check sheet by default; --no-checks leaves it out; --list-rules says what the workbook checks. */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME } from '../../src/core/sheet/sheet-names';
import { defaultPack } from '../../src/core/load/load-pack';
import { packRules } from '../../src/core/rules/check-rules';
import { readWorkbook } from '../../src/xlsx/read';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function sheetsOf(file: string): string[] {
  const wb = readWorkbook(new Uint8Array(readFileSync(file)));
  if (!wb.ok) throw new Error(wb.error.detail);
  return wb.workbook.sheets.map((s) => s.name);
}

describe('annex template and the check sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annex-checks-cli-'));
  const pack = defaultPack();

  test('by default the workbook has the check sheet and the names SO_LOI, SO_CANH_BAO', () => {
    const file = join(dir, 'with.xlsx');
    const r = run(['template', '--unit', 'H01', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${pack.annexes.length} phụ lục`);
    expect(sheetsOf(file)).toEqual([...pack.annexes.map((a) => a.sheetName), CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME, '_annex_meta']);
    const wb = readWorkbook(new Uint8Array(readFileSync(file)));
    if (!wb.ok) throw new Error();
    expect(wb.workbook.names.map((n) => n.name)).toEqual(expect.arrayContaining(['SO_LOI', 'SO_CANH_BAO']));
  });

  test('--no-checks leaves it out, and the names', () => {
    const file = join(dir, 'without.xlsx');
    expect(run(['template', '--unit', 'H01', '--out', file, '--no-checks']).code).toBe(0);
    expect(sheetsOf(file)).toEqual([...pack.annexes.map((a) => a.sheetName), '_annex_meta']);
    const wb = readWorkbook(new Uint8Array(readFileSync(file)));
    if (!wb.ok) throw new Error();
    expect(wb.workbook.names.some((n) => n.name === 'SO_LOI')).toBe(false);
  });

  test('--list-rules: every rule of the pack in the workbook, what needs the add-in, and the totals', () => {
    // The first unit, a district: every rule of its form is in the workbook; the province's own rule
    // (PL01 row 7: upper-level unions rated) is not its rule.
    const r = run(['template', '--list-rules']);
    expect(r.code).toBe(0);
    const provinceOnly = 'PL01.rate7-part-within-whole';
    const line = (rule: { id: string; severity: string }, what: string) => new RegExp(`${rule.id.replace(/\./g, '\\.')}\\s+${rule.severity}\\s+${what}`);
    for (const rule of packRules(pack)) expect(r.out).toMatch(line(rule, rule.id === provinceOnly ? 'không áp dụng' : 'trong sổ làm việc'));
    // The province is asked every row: every rule of the pack is in its workbook.
    const province = run(['template', '--list-rules', '--unit', pack.issuer.code]);
    expect(province.code).toBe(0);
    for (const rule of packRules(pack)) expect(province.out).toMatch(line(rule, 'trong sổ làm việc'));
    expect(r.out).toMatch(/builtin\.formulaOverwritten\s+warning\s+cần phần bổ trợ/);
    expect(r.out).toMatch(new RegExp(`Tổng cộng: \\d+ dòng kiểm tra bằng công thức trong sổ làm việc, 7 dòng cần phần bổ trợ \\(${packRules(pack).length} quy tắc của bộ mẫu; 0 quy tắc cần phần bổ trợ\\)`));
    const en = run(['template', '--list-rules', '--lang', 'en', '--annex', 'PL02']);
    expect(en.out).toMatch(/PL02\.members-flow\s+error\s+in the workbook/);
    expect(en.out).toMatch(/PL01\.new-members-vs-PL02\s+error\s+not applicable/);
    expect(run(['template', '--list-rules', '--no-checks']).out).toContain('không có trang kiểm tra');
  });
});
