import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { loadPack, PackError } from '../../../src/core/load/load-pack';
import { compileRules } from '../../../src/core/rules/check-rules';
import type { CompareRule } from '../../../src/core/rules/types';
import { msg, pack } from './helpers';

/** The default pack with `rules` replaced; returns the refusal lines in vi and en. */
function refusal(...records: object[]): { vi: string[]; en: string[] } {
  const copy = JSON.parse(JSON.stringify(defaultJson));
  copy.rules = records;
  try {
    loadPack(copy, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    const lines = (lang: 'vi' | 'en') => (e as PackError).describe(lang).split('\n').slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
    return { vi: lines('vi'), en: lines('en') };
  }
  throw new Error('the pack was accepted');
}

const base = { id: 'T.rule', annex: 'PL02', severity: 'error', message: msg };

describe('the rule checker refuses a bad rule on pack load, naming the rule and the place', () => {
  test.each<[string, object, RegExp, RegExp]>([
    ['check that does not parse', { ...base, for: 'c1-3', check: '{r2} + * {r3} = {r5}' }, /^rules\[T\.rule\]\.check: ký tự 8: cần một số, một tham chiếu \{…\}, một hàm hoặc dấu "\(", nhưng gặp "\*"$/, /^rules\[T\.rule\]\.check: character 8: expected a number, a reference \{…\}, a function or "\(", found "\*"$/],
    ['no comparison', { ...base, for: 'c1-3', check: '{r2} + {r3}' }, /check: cần một phép so sánh/, /check: expected a comparison/],
    ['unknown annex', { ...base, annex: 'PL99', check: '{r1, c1} = 0' }, /^rules\[T\.rule\]\.annex: không có phụ lục "PL99"/, /annex: the pack has no annex "PL99"/],
    ['unknown row', { ...base, for: 'c1-3', check: '{r2} = {r99}' }, /^rules\[T\.rule\]\.check: \{r99\}: phụ lục PL02 không có dòng mã "99"/, /annex PL02 has no row "99"/],
    ['unknown column', { ...base, check: '{r2, c9} = 0' }, /check: \{r2, c9\}: phụ lục PL02 không có cột mã "9"/, /has no column "9"/],
    ['unknown row of another annex', { ...base, check: '{r1, c1} = {PL03, r77, c1}' }, /phụ lục PL03 không có dòng mã "77"/, /annex PL03 has no row "77"/],
    ['reference without a column and no for', { ...base, check: '{r2} = {r5}' }, /check: ký tự 1: tham chiếu \{r2\} cần một cột/, /character 1: the reference \{r2\} needs a column/],
    ['bare range', { ...base, for: 'c1', check: '{r11} = {r11.1-11.4}' }, /ký tự 9: khoảng \{r11\.1-11\.4\} phải nằm trong sum/, /the range \{r11\.1-11\.4\} must be inside sum/],
    ['backward range', { ...base, for: 'c1', check: '{r11} = sum({r11.4-11.1})' }, /khoảng 11\.4-11\.1 ngược thứ tự/, /runs backwards/],
    ['a cell the form leaves empty', { ...base, annex: 'PL01', check: '{r7.1, c1} = 0' }, /ký tự 1: \{r7\.1, c1\} là ô để trống trong biểu/, /a cell the annex leaves empty/],
    ['a notes column', { ...base, check: '{r1, c4} = 0' }, /\{r1, c4\} là cột ghi chú/, /notes \(text\) column/],
    ['bad for', { ...base, for: 'columns 1 to 3', check: '{r2} = {r5}' }, /for: "for" phải có dạng "c1-3"/, /for: "for" must read like "c1-3"/],
    ['for with an unknown column', { ...base, for: 'c1-9', check: '{r2} = {r5}' }, /for: c1-9: phụ lục PL02 không có cột mã "9"/, /has no column "9"/],
    ['for over headings only', { ...base, for: 'rI', check: '{c1} = {c2}' }, /for: "for" không chứa ô số liệu nào/, /covers no cell/],
    ['bad tolerance', { ...base, for: 'c1', check: '{r2} = {r5}', tolerance: { abs: -1 } }, /tolerance: sai số phải là/, /tolerance: the tolerance must be/],
    ['relative tolerance above 1', { ...base, for: 'c1', check: '{r2} = {r5}', tolerance: { rel: 2 } }, /tolerance: sai số/, /tolerance/],
    ['tolerance with two kinds', { ...base, for: 'c1', check: '{r2} = {r5}', tolerance: { abs: 1, rel: 0.1 } }, /tolerance: sai số/, /tolerance/],
    ['bad severity', { ...base, for: 'c1', check: '{r2} = {r5}', severity: 'fatal' }, /severity: giá trị "fatal" không hợp lệ; phải là một trong: error, warning, info/, /value "fatal" is not valid/],
    ['missing severity', { id: 'T.rule', annex: 'PL02', for: 'c1', check: '{r2} = {r5}', message: msg }, /severity: thiếu trường bắt buộc "severity"/, /required field "severity" is missing/],
    ['bad missing policy', { ...base, for: 'c1', check: '{r2} = {r5}', missing: 'never' }, /missing: giá trị "never" không hợp lệ; phải là một trong: skipIfAny, skipIfAll, zero/, /must be one of: skipIfAny/],
    ['message without English', { ...base, for: 'c1', check: '{r2} = {r5}', message: { vi: 'x' } }, /message: thông báo phải có cả tiếng Việt/, /message: the message needs both/],
    ['unknown placeholder', { ...base, for: 'c1', check: '{r2} = {r5}', message: { vi: 'x {lef}', en: 'x' } }, /message\.vi: thông báo \(vi\) dùng chỗ trống không có: \{lef\}/, /unknown placeholder \{lef\}/],
    ['misspelt field', { ...base, for: 'c1', check: '{r2} = {r5}', tolerence: { abs: 1 } }, /tolerence: trường "tolerence" không dùng cho quy tắc loại compare/, /field "tolerence" is not used/],
    ['note that is not text', { ...base, for: 'c1', check: '{r2} = {r5}', note: { text: 'x' } }, /^rules\[T\.rule\]\.note: "note" là ghi chú cho người soạn bộ mẫu: phải là một đoạn chữ$/, /note: "note" is a remark for whoever maintains the pack: it must be text/],
    ['unknown kind', { ...base, kind: 'sumOf', check: '{r2} = {r5}' }, /kind: loại quy tắc phải là một trong: compare, compulsoryPair, exclusivePair, target/, /the kind must be one of/],
    ['pair with a range', { ...base, message: { vi: 'ô {empty}', en: 'cell {empty}' }, kind: 'compulsoryPair', cells: ['{r11.1-11.4, c1}', '{r11, c1}'] }, /cells: ký tự 1: \{r11\.1-11\.4, c1\} phải là một ô/, /must be one cell/],
    ['pair with one cell', { ...base, kind: 'compulsoryPair', cells: ['{r11, c1}'] }, /cells: "cells" phải là danh sách hai tham chiếu/, /must be a list of two references/],
    ['target with a bad column', { id: 'T.t', annex: 'PL01', kind: 'target', rows: '1-12', target: 'col1', result: 'c2', severity: 'info' }, /rules\[T\.t\]\.target: cần một cột dạng "c1"; gặp "col1"/, /expected a column such as "c1"/],
    ['target with unknown rows', { id: 'T.t', annex: 'PL01', kind: 'target', rows: '1-99', target: 'c1', result: 'c2', severity: 'info' }, /rows: 1-99: phụ lục PL01 không có dòng mã "99"/, /has no row "99"/],
  ])('%s', (_name, record, vi, en) => {
    const { vi: viLines, en: enLines } = refusal(record);
    expect(viLines.some((l) => vi.test(l))).toBe(true);
    expect(enLines.some((l) => en.test(l))).toBe(true);
  });

  test('a note in text is accepted and kept as written', () => {
    const copy = JSON.parse(JSON.stringify(defaultJson));
    copy.rules = [{ ...base, for: 'c1', check: '{r2} = {r5}', note: 'kept for the maintainer' }];
    expect(loadPack(copy, 'test.json').rules[0].note).toBe('kept for the maintainer');
  });

  test('a rule without a valid id is named by its position', () => {
    const { vi } = refusal({ ...base, id: '9bad', for: 'c1', check: '{r2} = {r5}' });
    expect(vi).toContain('rules[0].id: phải là text matching ^[A-Za-z][A-Za-z0-9_.-]*$');
  });

  test('duplicate rule ids are refused by the pack schema', () => {
    const { vi } = refusal({ ...base, for: 'c1', check: '{r2} = {r5}' }, { ...base, for: 'c1', check: '{r2} = {r5}' });
    expect(vi.some((l) => /rules\[1\]\.id: trùng mã "T\.rule"/.test(l))).toBe(true);
  });
});

describe('compiled rules', () => {
  test('the default pack loads with all its rules', () => {
    expect(compileRules(pack.rules, pack.annexes).issues).toEqual([]);
  });
  test('for expands in pack order; a heading inside a row range is left out', () => {
    const { rules } = compileRules([{ ...base, for: 'r1-3, 11-14', check: '{c1} = {c2} + {c3}' }], pack.annexes);
    const rule = rules[0] as CompareRule;
    expect(rule.instances.map((i) => i.scope.row)).toEqual(['1', '1.1', '2', '3', '11', '11.1', '11.2', '11.3', '11.4', '12', '13', '14']);
  });
  test('a range expands to concrete cells in pack order, across a heading', () => {
    const { rules } = compileRules([{ ...base, annex: 'PL07', for: 'c1', check: '{r7.20} = sum({r27-7.21})' }], pack.annexes);
    const right = (rules[0] as CompareRule).instances[0].right;
    expect(right.type === 'call' && right.args[0].type === 'range' && right.args[0].keys.map((k) => k.rowCode)).toEqual(['27', '29', '31', '31.1', '31.2', '7.21']);
  });
  test('"c2, 4" and a repeated letter are lists', () => {
    const { rules, issues } = compileRules([{ ...base, annex: 'PL01', for: 'c2, c4', check: '{r6.2} <= {r6.1}' }], pack.annexes);
    expect(issues).toEqual([]);
    expect((rules[0] as CompareRule).instances.map((i) => i.scope.col)).toEqual(['2', '4']);
  });
  test('defaults: missing skipIfAll, exact tolerance, division by zero skipped', () => {
    const rule = compileRules([{ ...base, for: 'c1', check: '{r2} = {r5}' }], pack.annexes).rules[0] as CompareRule;
    expect([rule.missing, rule.tolerance.kind, rule.divideByZero]).toEqual(['skipIfAll', 'exact', 'skip']);
  });
});
