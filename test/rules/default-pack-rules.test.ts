import type { FigureMap } from '../../src/core/demo/example-figures';
import { packRules } from '../../src/core/rules/check-rules';
import { byRule, figures, num, pack, put, source, validate } from './helpers';

/**
 * Every rule of the default pack: silent on the consistent demo figures of every unit, and firing on
 * a workbook crafted to break it. The table gives, for each rule, one mutation of H01's figures.
 */

type Mutation = (f: FigureMap) => void;
const add = (annex: string, row: string, col: string, delta: number): Mutation => (f) => put(f, annex, row, col, num(f, annex, row, col) + delta);
const above = (annex: string, row: string, col: string, than: [string, string, string], by = 1): Mutation => (f) => put(f, annex, row, col, num(f, ...than) + by);
const blank = (annex: string, row: string, col: string): Mutation => (f) => put(f, annex, row, col, undefined);
const set = (annex: string, row: string, col: string, value: number): Mutation => (f) => put(f, annex, row, col, value);

const BREAK: Record<string, Mutation> = {
  'PL01.new-members-vs-PL02': add('PL01', '1', '2', 5),
  'PL01.new-unions-vs-PL02': add('PL01', '2', '2', 1),
  'PL01.party-introduced-vs-PL02': add('PL01', '3', '2', 1),
  'PL01.party-admitted-vs-PL02': add('PL01', '4', '2', 1),
  'PL01.homes-vs-PL03': add('PL03', '8', '1', 1),
  'PL01.training-vs-PL04': add('PL04', '5', '1', 10),
  'PL01.rated-unions-vs-PL02': add('PL01', '7.1', '2', 1),
  'PL01.good-unions-vs-PL02': add('PL02', '10.1', '1', 1),
  'PL01.cba-enterprises-vs-PL03': add('PL01', '8.1', '2', 1),
  'PL01.cba-signed-vs-PL03': add('PL03', '1.1', '1', -1),
  'PL01.cscvc-units-vs-PL03': add('PL01', '9.1', '2', 1),
  'PL01.cscvc-held-vs-PL03': add('PL03', '4.1', '1', -1),
  'PL01.conference-enterprises-vs-PL03': add('PL01', '10.1', '2', 1),
  'PL01.conference-held-vs-PL03': add('PL03', '1.2', '1', -1),
  'PL01.committee-vs-PL05': add('PL05', '3', '1', 1),
  'PL01.committee-women-vs-PL05': add('PL05', '3', '2', 1),
  'PL01.unions-vs-PL02': add('PL01', '12.1', '2', 1),
  'PL01.inspected-vs-PL06': add('PL06', '1.1', '1', -1),
  'PL01.rate7-part-within-whole': above('PL01', '7.2', '2', ['PL01', '7.1', '2']),
  'PL01.rate8-part-within-whole': above('PL01', '8.2', '4', ['PL01', '8.1', '4']),
  'PL01.rate9-part-within-whole': above('PL01', '9.2', '2', ['PL01', '9.1', '2']),
  'PL01.rate10-part-within-whole': above('PL01', '10.2', '4', ['PL01', '10.1', '4']),
  'PL01.rate11-part-within-whole': above('PL01', '11.2', '2', ['PL01', '11.1', '2']),
  'PL01.rate12-part-within-whole': above('PL01', '12.2', '4', ['PL01', '12.1', '4']),
  'PL01.expected-not-below-result': add('PL01', '1', '4', -1000),
  'PL01.targets': set('PL01', '2', '1', 1000),
  'PL02.total-equals-sectors': add('PL02', '1.1', '1', 1),
  'PL02.women-workers-within-workers': above('PL02', '1.1', '2', ['PL02', '1', '2']),
  'PL02.members-flow': add('PL02', '3', '2', 1),
  'PL02.women-members-within-members': above('PL02', '5.1', '3', ['PL02', '5', '3']),
  'PL02.ethnic-members-within-members': above('PL02', '5.2', '3', ['PL02', '5', '3']),
  'PL02.members-within-workers': above('PL02', '5', '1', ['PL02', '1', '1']),
  'PL02.women-members-within-women-workers': above('PL02', '5.1', '1', ['PL02', '1.1', '1']),
  'PL02.unions-flow': add('PL02', '7', '3', 1),
  'PL02.rating-parts': add('PL02', '10.3', '1', 1),
  'PL02.rated-within-unions': above('PL02', '10', '2', ['PL02', '9', '2']),
  'PL02.party-admitted-within-introduced': above('PL02', '14', '2', ['PL02', '13', '2']),
  'PL03.cba-within-enterprises': above('PL03', '1.1', '1', ['PL03', '1', '1']),
  'PL03.conference-within-enterprises': above('PL03', '1.2', '1', ['PL03', '1', '1']),
  'PL03.cscvc-within-units': above('PL03', '4.1', '1', ['PL03', '4', '1']),
  'PL03.stoppages-handled-within-stoppages': above('PL03', '6.1', '1', ['PL03', '6', '1']),
  'PL03.homes-with-money': blank('PL03', '8.1', '1'),
  'PL03.tet-gifts-with-money': blank('PL03', '9', '1'),
  'PL04.women-within-awarded': above('PL04', '3.1', '2', ['PL04', '3', '2']),
  'PL04.grassroots-within-trained': above('PL04', '5.1', '1', ['PL04', '5', '1']),
  'PL04.women-within-trained': above('PL04', '5.2', '3', ['PL04', '5', '3']),
  'PL04.initiatives-with-value': blank('PL04', '1.1', '2'),
  'PL04.attendance-covers-sessions': set('PL04', '4.1', '1', 1),
  'PL05.women-within-total': above('PL05', '3.1', '2', ['PL05', '3.1', '1']),
  'PL05.officers-within-committee': above('PL05', '3.2', '1', ['PL05', '3', '1'], 0),
  'PL05.workers-vs-PL02': add('PL05', '1', '1', 1),
  'PL05.women-workers-vs-PL02': add('PL05', '1', '2', -1),
  'PL05.members-vs-PL02': add('PL05', '2', '1', 1),
  'PL05.women-members-vs-PL02': add('PL05', '2', '2', -1),
  'PL05.women-committees-within-unions': above('PL05', '4', '1', ['PL02', '9', '1']),
  'PL06.complaints-in-competence-within-received': above('PL06', '4.1', '1', ['PL06', '4', '1']),
  'PL06.complaints-settled-within-received': above('PL06', '4.2', '1', ['PL06', '4', '1']),
  'PL06.recovered-within-recommended': above('PL06', '6.1', '1', ['PL06', '6', '1'], 1000),
  'PL06.charter-inspections-with-unions': blank('PL06', '1.1', '1'),
  'PL06.finance-inspections-with-units': blank('PL06', '2.1', '1'),
  'PL07.balance-flow': add('PL07', '24', '2', 1000),
  'PL07.opening-2019-equals-closing-2018': add('PL07', '26', '2', 1000),
  'PL07.opening-2020-equals-closing-2019': add('PL07', '26', '3', 1000),
  'PL07.activities-parts-within-activities': above('PL07', '31.1', '1', ['PL07', '31', '1'], 0),
  'PL07.paid-up-within-collections': (f) => put(f, 'PL07', '40', '3', num(f, 'PL07', '22', '3') + num(f, 'PL07', '23', '3') + 1000),
};

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
    const figs = figures('H01');
    BREAK[id](figs);
    const found = byRule(validate(source(figs)).findings, id).filter((f) => f.kind !== 'target' || f.severity !== 'info');
    expect(found.length).toBeGreaterThanOrEqual(1);
    const [f] = found;
    expect(f.severity).toBe(rule.severity);
    expect(f.address).toMatch(/^[A-Z]+\d+$/);
    expect(f.sheetName).toBeTruthy();
    for (const lang of ['vi', 'en'] as const) expect(f.message[lang]).not.toMatch(/\{\w+\}/);
  });
});

describe('target attainment in the default pack', () => {
  test('one info finding per PL01 row with a target, with its status', () => {
    const targets = byRule(validate(source()).findings, 'PL01.targets');
    expect(targets.map((f) => f.rowCode)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    for (const f of targets) expect(['exceeded', 'met', 'notYet']).toContain(f.attainment!.status);
    expect(targets[6].attainment!.measure).toBe('rate');
    expect(targets[0].attainment!.measure).toBe('count');
  });
  test('a target out of reach is "có nguy cơ không đạt", a warning', () => {
    const figs = figures();
    BREAK['PL01.targets'](figs);
    const f = byRule(validate(source(figs)).findings, 'PL01.targets').find((x) => x.rowCode === '2')!;
    expect(f.severity).toBe('warning');
    expect(f.attainment!.status).toBe('atRisk');
    expect(f.message.vi).toMatch(/^Thành lập mới công đoàn cơ sở: kết quả \d+\/1\.000 = [\d,]+% chỉ tiêu; dự báo hết nhiệm kỳ \d+ theo nhịp độ hiện nay, đơn vị dự kiến \d+ — có nguy cơ không đạt\.$/);
  });
});
