import { packRules } from '../../../src/core/rules/check-rules';
import { cellsOf } from '../../../src/core/rules/bind';
import { computedFormula } from '../../../src/core/rules/figures';
import { unitForm } from '../../../src/core/pack/kind-form';
import { BREAK, BREAK_UNIT } from '../checks/scenarios';
import { byRule, figures, num, pack, put, source, validate } from './helpers';

/**
 * Every rule of the default pack: silent on the consistent demo figures of every unit, and firing on
 * a workbook crafted to break it. The table gives, for each rule, one mutation of H01's figures.
 */

// The table of one rule-breaking mutation per rule is shared with the check-sheet tests.

const rules = packRules(pack);

describe('the default pack', () => {
  test('has at least 40 rules, every kind represented', () => {
    expect(rules.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rules.map((r) => r.kind))).toEqual(new Set(['compare', 'compulsoryPair', 'target']));
    for (const annex of pack.annexes) expect(rules.some((r) => r.annexId === annex.id)).toBe(true);
  });
  test('every rule has a breaking mutation in the table, and the table names no other rule', () => {
    expect(Object.keys(BREAK).sort()).toEqual(rules.map((r) => r.id).sort());
  });
});

describe.each([pack.issuer.code, ...pack.units.map((u) => u.code)])('the demo figures of %s', (unit) => {
  test('pass every rule and every built-in check (only attainment info)', () => {
    const { findings, passed } = validate(source(figures(unit), unit));
    expect(passed).toBe(true);
    expect(findings.filter((f) => !(f.kind === 'target' && f.severity === 'info'))).toEqual([]);
  });
});

describe('each rule fires on a workbook crafted to break it', () => {
  test.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const unit = BREAK_UNIT[id] ?? 'H01';
    const figs = figures(unit);
    BREAK[id](figs);
    const found = byRule(validate(source(figs, unit)).findings, id).filter((f) => f.kind !== 'target' || f.severity !== 'info');
    expect(found.length).toBeGreaterThanOrEqual(1);
    const [f] = found;
    expect(f.severity).toBe(rule.severity);
    expect(f.address).toMatch(/^[A-Z]+\d+$/);
    expect(f.sheetName).toBeTruthy();
    for (const lang of ['vi', 'en'] as const) expect(f.message[lang]).not.toMatch(/\{\w+\}/);
  });
});

describe('a CĐCS: rows it is not asked for (7.12, 7.31) read 0 in its totals and rules', () => {
  const form = unitForm(pack, 'CS01');
  const rowsRead = (id: string) => {
    const rule = packRules(form).find((r) => r.id === id);
    if (!rule || rule.kind !== 'compare') return null;
    return rule.instances.map((i) => cellsOf({ type: 'binary', op: '+', left: i.left, right: i.right }).map((k) => `${k.rowCode}|${k.colCode}`));
  };
  test('its Tổng thu (7.10) is computed from its own rows, in every year and the term total', () => {
    for (const col of ['1', '2', '3']) {
      const expr = computedFormula(form, { annexId: 'PL07', rowCode: '7.10', colCode: col });
      expect(expr && cellsOf(expr).map((k) => k.rowCode)).toEqual(['22', '23', '24', '7.11', '25']);
    }
    expect(computedFormula(form, { annexId: 'PL07', rowCode: '7.10', colCode: '4' })).not.toBeNull();
  });
  test('the balance and paid-up rules apply to it, per year, without the rows it has no cell for', () => {
    expect(rowsRead('PL07.balance-flow')).toEqual(['1', '2', '3'].map((c) => ['26', '7.10', '7.20', '7.30', '7.40', '7.50'].map((r) => `${r}|${c}`)));
    expect(rowsRead('PL07.paid-up-within-collections')).toEqual(['1', '2', '3'].map((c) => ['7.30', '22', '23'].map((r) => `${r}|${c}`)));
    // Rules that compare only rows a CĐCS has no cell for are not its rules.
    expect(rowsRead('PL07.arrears-with-amount')).toBeNull();
  });
  test('its balance broken: the error, with the figures it typed; its demo figures pass', () => {
    const ok = validate(source(figures('CS01'), 'CS01')).findings;
    expect(byRule(ok, 'PL07.balance-flow')).toEqual([]);
    const figs = figures('CS01');
    BREAK['PL07.balance-flow'](figs);
    put(figs, 'PL07', '7.30', '3', num(figs, 'PL07', '23', '3') + 1);
    const found = validate(source(figs, 'CS01')).findings;
    expect(byRule(found, 'PL07.balance-flow').map((f) => [f.severity, f.colCode])).toEqual([
      ['error', '2'],
      ['error', '3'],
    ]);
    expect(byRule(found, 'PL07.balance-flow')[0].message.vi).toMatch(/chênh lệch 1\.000 đồng/);
    expect(byRule(found, 'PL07.paid-up-within-collections').map((f) => [f.severity, f.colCode])).toEqual([['warning', '3']]);
  });
});

describe('target attainment in the default pack', () => {
  test('one info finding per PL01 row a district is asked, both congresses, with its status', () => {
    const targets = byRule(validate(source()).findings, 'PL01.targets');
    // Row 7 (upper-level unions rated) is the province's only; rows 13–17 are the national congress's.
    expect(targets.map((f) => f.rowCode)).toEqual(['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17']);
    for (const f of targets) expect(['exceeded', 'met', 'onTrack']).toContain(f.attainment!.status);
    expect(targets.map((f) => f.attainment!.measure)).toEqual(['termTotal', 'termTotal', 'termTotal', 'termTotal', 'termTotal', 'annual', 'annual', 'annual', 'rate', 'rate', 'rate', 'termTotal', 'termTotal', 'annual', 'rate', 'rate']);
  });
  test('a target out of reach is "có nguy cơ không đạt", a warning', () => {
    const figs = figures();
    BREAK['PL01.targets'](figs);
    const f = byRule(validate(source(figs)).findings, 'PL01.targets').find((x) => x.rowCode === '2')!;
    expect(f.severity).toBe('warning');
    expect(f.attainment!.status).toBe('atRisk');
    expect(f.message.vi).toMatch(/^Thành lập mới công đoàn cơ sở trong doanh nghiệp ngoài nhà nước: kết quả \d+ \(ước\)\/1\.000 = [\d,]+% chỉ tiêu; dự báo hết nhiệm kỳ \d+ theo nhịp độ hiện nay, đơn vị dự kiến \d+ — Có nguy cơ không đạt\.$/);
  });
  test('a target left empty is "Chưa có chỉ tiêu", an info, never 0 %', () => {
    const figs = figures();
    put(figs, 'PL01', '3', '1', undefined);
    const f = byRule(validate(source(figs)).findings, 'PL01.targets').find((x) => x.rowCode === '3')!;
    expect(f.severity).toBe('info');
    expect(f.attainment!.status).toBe('noTarget');
    expect(f.message.vi).not.toMatch(/0%/);
  });
});

describe("issue 13's done-when: the flows of a real term validate without a false error", () => {
  test('a district with members moved in and out, CĐCS dissolved and taken over, and complaints carried over from before the term', () => {
    const figs = figures('H01');
    const add = (annex: string, row: string, col: string, v: number) => put(figs, annex, row, col, num(figs, annex, row, col) + v);
    // Members (columns 1 = 2 + 3): 12 moved in, 30 taken over from a dissolved CĐCS, 8 moved out,
    // 25 lost with a dissolved CĐCS — all in the state sector; the end-of-period count follows (5 = 2 + 3 − 4).
    for (const col of ['1', '2']) {
      add('PL02', '3.2', col, 12);
      add('PL02', '3.3', col, 30);
      add('PL02', '4.1', col, 8);
      add('PL02', '4.2', col, 25);
      add('PL02', '5', col, 12 + 30 - 8 - 25);
    }
    // Two CĐCS of non-state enterprises dissolved, two taken over from another upper union: 9 = 6 + 7 − 8.
    for (const col of ['1', '3']) {
      add('PL02', '8.1', col, 2);
      add('PL02', '7.2', col, 2);
    }
    // The other annexes that restate these counts follow them (cross-table rules).
    add('PL05', '2', '1', 12 + 30 - 8 - 25);
    add('PL07', '7.02', '3', 12 + 30 - 8 - 25);
    add('PL01', '12.1', '4', 2);
    // Complaints: 3 carried over from before the term, 2 received since, all 5 settled (more than received).
    put(figs, 'PL06', '5.1', '1', 3);
    put(figs, 'PL06', '5.2', '1', 2);
    put(figs, 'PL06', '5.3', '1', 5);
    put(figs, 'PL06', '5.4', '1', 5);
    const { findings, passed } = validate(source(figs, 'H01'));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(passed).toBe(true);
    // The same figures with a member typed as admitted instead of moved in no longer balance.
    add('PL02', '3.1', '1', 1);
    expect(byRule(validate(source(figs, 'H01')).findings, 'PL02.members-flow').map((f) => f.severity)).toEqual(['error']);
  });
});
