import { packRules } from '../../../src/core/rules/check-rules';
import { BREAK, BREAK_UNIT } from '../checks/scenarios';
import { byRule, figures, pack, put, source, validate } from './helpers';

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
