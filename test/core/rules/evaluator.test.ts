import type { Rule } from '../../../src/core/rules/types';
import type { ModelSource } from '../../../src/core/report/model-source';
import { byRule, figures, msg, num, position, put, rules, sheetOf, source, validate } from './helpers';

/** Findings of the rules under test only (the built-in checks run too, and are tested apart). */
const run = (src: ModelSource, rule: Rule[]) => validate(src, rule).findings.filter((f) => f.kind === 'rule');

/** PL06 row 5.2 (complaints received) and 5.3 (of which within competence), column 1. */
function pl06(received: number | string | undefined, inCompetence: number | string | undefined) {
  const figs = figures();
  put(figs, 'PL06', '5.2', '1', received);
  put(figs, 'PL06', '5.3', '1', inCompetence);
  return source(figs);
}

const equal = (missing: string, check = '{r5.3, c1} = {r5.2, c1}') => rules({ id: 'T.eq', annex: 'PL06', check, missing, severity: 'error', message: msg });

describe('missing-value policy', () => {
  test('skipIfAny: any empty cell skips the rule', () => {
    expect(run(pl06(5, undefined), equal('skipIfAny'))).toEqual([]);
  });
  test('skipIfAll: runs when one side is given, the empty cell counting as 0', () => {
    const [f] = run(pl06(5, undefined), equal('skipIfAll'));
    expect(f.values).toEqual({ left: 0, right: 5, diff: -5 });
    expect(run(pl06(undefined, undefined), equal('skipIfAll'))).toEqual([]);
  });
  test('zero: always runs, empty counting as 0', () => {
    const rule = equal('zero', '{r5.3, c1} + 1 = {r5.2, c1}');
    const [f] = run(pl06(undefined, undefined), rule);
    expect(f.values).toEqual({ left: 1, right: 0, diff: 1 });
    expect(run(pl06(undefined, undefined), equal('skipIfAll', '{r5.3, c1} + 1 = {r5.2, c1}'))).toEqual([]);
  });
  test('0 is a value, not a missing cell', () => {
    expect(run(pl06(0, 0), equal('skipIfAny'))).toEqual([]);
    expect(run(pl06(3, 0), equal('skipIfAny'))).toHaveLength(1);
  });
});

describe('tolerance at the edge', () => {
  /** PL03 12.1 and 13.1 are money with one decimal. */
  function money(a: number, b: number, tolerance: object, op = '=') {
    const figs = figures();
    put(figs, 'PL03', '12.1', '1', a);
    put(figs, 'PL03', '13.1', '1', b);
    const rule = rules({ id: 'T.tol', annex: 'PL03', check: `{r12.1, c1} ${op} {r13.1, c1}`, tolerance, severity: 'error', message: msg });
    return run(source(figs), rule);
  }
  test('absolute: |diff| = tolerance passes, a little more fails', () => {
    expect(money(100, 100.5, { abs: 0.5 })).toEqual([]);
    expect(money(100, 100.6, { abs: 0.5 })).toHaveLength(1);
  });
  test('relative: to the larger side', () => {
    expect(money(200, 198, { rel: 0.01 })).toEqual([]);
    expect(money(200, 197.9, { rel: 0.01 })).toHaveLength(1);
  });
  test('inequalities give way by the tolerance', () => {
    expect(money(100.5, 100, { abs: 0.5 }, '<=')).toEqual([]);
    expect(money(100.6, 100, { abs: 0.5 }, '<=')).toHaveLength(1);
    expect(money(99.5, 100, { abs: 0.5 }, '>')).toEqual([]);
    expect(money(100, 100, { abs: 0 }, '<')).toHaveLength(1);
    expect(money(100, 100, { abs: 0 }, '!=')).toHaveLength(1);
  });
  test('exact by default: money sums have no float drift', () => {
    const figs = figures();
    put(figs, 'PL03', '12.1', '1', 0.1);
    put(figs, 'PL03', '13.1', '1', 0.2);
    const rule = rules({ id: 'T.exact', annex: 'PL03', check: '{r12.1, c1} + {r13.1, c1} = 0.3', severity: 'error', message: msg });
    expect(run(source(figs), rule)).toEqual([]);
  });
});

describe('division by zero never throws', () => {
  const ratio = (divideByZero?: string) =>
    rules({ id: 'T.div', annex: 'PL06', check: '{r5.3, c1} / {r5.2, c1} * 100 <= 50', severity: 'warning', message: msg, ...(divideByZero && { divideByZero }) });
  test('skipped by default', () => {
    expect(run(pl06(0, 0), ratio())).toEqual([]);
  });
  test('or reported, naming the rule', () => {
    const [f] = run(pl06(0, 0), ratio('report'));
    expect(f.ruleId).toBe('T.div');
    expect(f.message.vi).toMatch(/Quy tắc T\.div không tính được: có phép chia cho 0/);
  });
  test('a computed ratio with a zero denominator is an empty cell, as the sheet shows it', () => {
    const figs = figures();
    put(figs, 'PL02', '11', '1', 0);
    for (const r of ['11.1', '11.2', '11.3', '11.4']) put(figs, 'PL02', r, '1', 0);
    const rule = rules({ id: 'T.rate', annex: 'PL02', check: '{r13, c1} >= 0', missing: 'skipIfAny', severity: 'error', message: msg });
    expect(run(source(figs), rule)).toEqual([]);
  });
});

describe('cells that are not plain numbers', () => {
  test('a number typed as text counts as the number it reads as', () => {
    expect(run(pl06('1.250', '1.250'), equal('skipIfAny'))).toEqual([]);
    const [f] = run(pl06('1.250', 5), equal('skipIfAny'));
    expect(f.values).toEqual({ left: 5, right: 1250, diff: -1245 });
  });
  test('words and error values skip the rule (the built-in check reports the cell)', () => {
    const all = run(pl06('nhiều', 5), equal('zero'));
    expect(byRule(all, 'T.eq')).toEqual([]);
    const src = pl06(5, 3);
    const p = position('PL06', '5.3', '1');
    sheetOf(src, 'PL06').set(p.row, p.col, { value: { kind: 'error', code: '#REF!' } });
    expect(byRule(validate(src, equal('zero')).findings, 'T.eq')).toEqual([]);
  });
  test('"=1+2" typed as text is text, never evaluated', () => {
    expect(byRule(run(pl06('=2+3', 5), equal('zero')), 'T.eq')).toEqual([]);
  });
});

describe('computed cells are recomputed, never read from the file', () => {
  test('a stale cached total is ignored', () => {
    const src = source();
    const p = position('PL02', '12', '1');
    const sheet = sheetOf(src, 'PL02');
    sheet.set(p.row, p.col, { value: { kind: 'number', value: 999999 }, formula: sheet.cell(p.row, p.col).formula });
    const rule = rules({ id: 'T.c', annex: 'PL02', for: 'c1-3', check: '{r12} = {r11.1} + {r11.2}', severity: 'error', message: msg });
    expect(run(src, rule)).toEqual([]);
  });
});

describe('a finding', () => {
  test('names the rule, the cell, the values, with the message filled in the Vietnamese way', () => {
    const figs = figures();
    put(figs, 'PL07', '24', '2', 1250.5);
    const rule = rules({
      id: 'T.flow',
      annex: 'PL07',
      for: 'c1-3',
      check: '{r26} + {r7.10} - {r7.20} - {r7.30} - {r7.31} + {r7.40} = {r7.50}',
      severity: 'error',
      message: { vi: 'Cột {col}: {left} ≠ {right} (lệch {diff}) ở ô {cell}', en: 'Column {col}: {left} ≠ {right} (diff {diff}) at {cell}' },
    });
    const findings = run(source(figs), rule);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const at = position('PL07', '7.50', '2');
    expect(f).toMatchObject({ kind: 'rule', ruleId: 'T.flow', severity: 'error', annexId: 'PL07', sheetName: 'PL07 Tài chính', rowCode: '7.50', colCode: '2', address: `F${at.row + 1}`, label: 'Tài chính công đoàn tích lũy cuối kỳ (số dư cuối năm)' });
    expect(f.values!.diff).toBe(1250.5 - num(figures(), 'PL07', '24', '2'));
    expect(f.message.vi).toMatch(/^Cột 2: [\d.]+,5 ≠ [\d.]+ \(lệch [-\d.]+,5\) ở ô F\d+$/);
    expect(f.message.en).toMatch(/^Column 2: [\d,]+\.5 ≠ [\d,]+ \(diff [-\d,]+\.5\) at F\d+$/);
    expect(f.cells.map((c) => c.rowCode)).toEqual(['7.50', '26', '7.10', '7.20', '7.30', '7.31', '7.40']);
  });
});

describe('presence rules', () => {
  const messages: Record<string, object> = {
    compulsoryPair: { vi: 'ô {empty} trống, ô {filled} có', en: '{empty} empty, {filled} filled' },
    exclusivePair: { vi: 'không nhập cả hai (ô {cell})', en: 'not both ({cell})' },
  };
  const pair = (kind: string) => rules({ id: 'T.pair', annex: 'PL03', kind, cells: ['{r12, c1}', '{r12.1, c1}'], severity: 'warning', message: messages[kind] });
  test('compulsory pair: one given without the other points at the empty cell', () => {
    const figs = figures();
    put(figs, 'PL03', '12.1', '1', undefined);
    const [f] = run(source(figs), pair('compulsoryPair'));
    const at = position('PL03', '12.1', '1');
    expect(f.address).toBe(`E${at.row + 1}`);
    expect(f.message.vi).toBe(`ô E${at.row + 1} trống, ô E${at.row} có`);
    expect(run(source(), pair('compulsoryPair'))).toEqual([]);
  });
  test('exclusive pair: not both', () => {
    expect(run(source(), pair('exclusivePair'))).toHaveLength(1);
    const figs = figures();
    put(figs, 'PL03', '12.1', '1', undefined);
    expect(run(source(figs), pair('exclusivePair'))).toEqual([]);
  });
});
