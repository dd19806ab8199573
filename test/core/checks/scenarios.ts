/**
 * Workbooks for the check-sheet suites: the default pack's demo figures, each rule broken, missing
 * values under each policy, numbers typed as text, values at the edge of a tolerance — and a test pack
 * (the default pack plus rules with tolerances, the "zero" policy, divisions, exclusive pairs).
 */
import { exampleFigures, type FigureMap } from '../../../src/core/demo/example-figures';
import defaultPackJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { defaultPack, loadPack } from '../../../src/core/load/load-pack';
import type { TemplatePack } from '../../../src/core/pack/types';
import { sourceFromModel, withFigures } from '../../../src/core/report/model-source';
import { packRules } from '../../../src/core/rules/check-rules';
import { validateSource } from '../../../src/core/rules/validate';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { filledWorkbook, renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { num, put } from '../rules/helpers';

export type Mutation = (f: FigureMap) => void;

export function figuresOf(pack: TemplatePack, unit = 'H01'): FigureMap {
  return JSON.parse(JSON.stringify(exampleFigures(pack, unit)));
}

// One helper for both suites: the rule tests' put/num, re-exported for the check-sheet tests.
export { num, put };

const add = (annex: string, row: string, col: string, delta: number): Mutation => (f) => put(f, annex, row, col, num(f, annex, row, col) + delta);
const above = (annex: string, row: string, col: string, than: [string, string, string], by = 1): Mutation => (f) => put(f, annex, row, col, num(f, ...than) + by);
const blank = (annex: string, row: string, col: string): Mutation => (f) => put(f, annex, row, col, undefined);
const set = (annex: string, row: string, col: string, value: number | string): Mutation => (f) => put(f, annex, row, col, value);

/** One mutation of H01's demo figures per rule of the default pack (as test/core/rules/default-pack-rules). */
export const BREAK: Record<string, Mutation> = {
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

const msg = { vi: 'trái {left}, phải {right}, lệch {diff} (cột {col}, dòng {row}, ô {cell}: {label})', en: 'left {left}, right {right}, diff {diff}' };
const pairMsg = { vi: 'Không được nhập cả hai: {cell} (dòng {row}, cột {col}, {label})', en: 'Not both: {cell}' };

/** Rules the default pack does not exercise: tolerances, the "zero" policy, divisions, functions, an exclusive pair. */
export const EXTRA_RULES = [
  { id: 'T.zero-flow', annex: 'PL02', for: 'c1-3', check: '{r6} + {r7} - {r8} = {r9}', missing: 'zero', severity: 'warning', message: msg },
  { id: 'T.abs-tolerance', annex: 'PL07', for: 'c1-3', check: '{r26} + {r20} - {r30} - {r40} = {r50}', tolerance: { abs: 1000 }, severity: 'error', message: msg },
  { id: 'T.rel-tolerance', annex: 'PL02', for: 'c1-3', check: '{r5} <= {r1}', tolerance: { rel: 0.01 }, severity: 'warning', message: msg },
  { id: 'T.lt-abs', annex: 'PL02', for: 'c1-3', check: '{r4} < {r3}', tolerance: { abs: 2 }, severity: 'warning', message: msg },
  { id: 'T.gt-strict', annex: 'PL02', for: 'c1-3', check: '{r2} > {r4}', missing: 'skipIfAny', severity: 'warning', message: msg },
  { id: 'T.neq', annex: 'PL04', for: 'c1-3', check: '{r4} != {r4.1}', tolerance: { abs: 0.5 }, severity: 'info', message: msg },
  { id: 'T.ratio-report', annex: 'PL02', for: 'c1-3', check: '{r11} / {r10} * 100 <= 100', divideByZero: 'report', severity: 'error', message: msg },
  { id: 'T.ratio-skip', annex: 'PL03', check: 'round({r1.1, c1} / {r1, c1} * 100, 1) <= 100', severity: 'error', message: msg },
  { id: 'T.functions', annex: 'PL02', for: 'c1-3', check: 'max({r5.1}, {r5.2}) <= {r5} + abs(min({r3}, {r4}) - {r4}) + sum({r10.1-10.4}) * 0', severity: 'warning', message: msg },
  { id: 'T.rel-equal', annex: 'PL05', check: '{r1, c1} = {PL02, r1, c1}', tolerance: { rel: 0.05 }, missing: 'skipIfAny', severity: 'error', message: msg },
  { id: 'T.ge-tolerance', annex: 'PL07', for: 'c1-3', check: '{r22} + {r23} >= {r40}', tolerance: { abs: 0.5 }, severity: 'warning', message: msg },
  { id: 'T.gt-rel', annex: 'PL04', for: 'c1-3', check: '{r4.1} > {r4}', tolerance: { rel: 0.1 }, severity: 'warning', message: msg },
  { id: 'T.exclusive', annex: 'PL06', kind: 'exclusivePair', cells: ['{r3, c1}', '{r5, c1}'], severity: 'warning', message: pairMsg },
  { id: 'T.float-sum', annex: 'PL04', check: '{r1.1, c1} + {r1.1, c2} = {r1.1, c3}', severity: 'error', message: msg },
  { id: 'T.negative-result', annex: 'PL07', for: 'c1-3', check: '-{r50} <= -({r26} - {r26})', severity: 'info', missing: 'skipIfAny', message: msg },
];

let testPackCache: TemplatePack | undefined;

/** The default pack with EXTRA_RULES. */
export function testPack(): TemplatePack {
  testPackCache ??= loadPack({ ...JSON.parse(JSON.stringify(defaultPackJson)), rules: [...(defaultPackJson as { rules: unknown[] }).rules, ...EXTRA_RULES] }, 'test-pack.json');
  return testPackCache;
}

export function pack(): TemplatePack {
  return defaultPack();
}

/** The unit's workbook with figures typed in and its check sheet (cached values for those figures). */
export function filledModel(p: TemplatePack, figs: FigureMap, unit = 'H01'): WorkbookModel {
  return filledWorkbook(p, unit, figs);
}

function fires(p: TemplatePack, figs: FigureMap, ruleId: string, unit = 'H01'): boolean {
  const model = withFigures(renderWorkbook(p, unit, undefined, { checks: false }), figs);
  return validateSource(sourceFromModel(model), p).findings.some((f) => f.ruleId === ruleId && !(f.kind === 'target' && f.severity === 'info'));
}

/** Cells a mutation changes. */
function touched(base: FigureMap, m: Mutation): Set<string> {
  const after = JSON.parse(JSON.stringify(base)) as FigureMap;
  m(after);
  const out = new Set<string>();
  for (const annex of new Set([...Object.keys(base), ...Object.keys(after)])) {
    const rows = new Set([...Object.keys(base[annex] ?? {}), ...Object.keys(after[annex] ?? {})]);
    for (const row of rows) {
      const cols = new Set([...Object.keys(base[annex]?.[row] ?? {}), ...Object.keys(after[annex]?.[row] ?? {})]);
      for (const col of cols) if (base[annex]?.[row]?.[col] !== after[annex]?.[row]?.[col]) out.add(`${annex}|${row}|${col}`);
    }
  }
  return out;
}

/**
 * The BREAK mutations packed into few workbooks: a group takes a mutation when it touches no cell
 * the group already changed and every rule of the group still fires on the combined figures.
 */
export function breakGroups(p: TemplatePack, unit = 'H01', maxPerGroup = 12): Array<{ rules: string[]; figures: FigureMap }> {
  const base = figuresOf(p, unit);
  const groups: Array<{ rules: string[]; figures: FigureMap; cells: Set<string> }> = [];
  for (const rule of packRules(p).map((r) => r.id).filter((id) => BREAK[id])) {
    const cells = touched(base, BREAK[rule]);
    let placed = false;
    for (const g of groups) {
      if (g.rules.length >= maxPerGroup || [...cells].some((c) => g.cells.has(c))) continue;
      const trial = JSON.parse(JSON.stringify(g.figures)) as FigureMap;
      BREAK[rule](trial);
      if ([...g.rules, rule].every((id) => fires(p, trial, id, unit))) {
        g.rules.push(rule);
        g.figures = trial;
        cells.forEach((c) => g.cells.add(c));
        placed = true;
        break;
      }
    }
    if (!placed) {
      const figures = JSON.parse(JSON.stringify(base)) as FigureMap;
      BREAK[rule](figures);
      groups.push({ rules: [rule], figures, cells });
    }
  }
  return groups.map(({ rules, figures }) => ({ rules, figures }));
}

/** Vietnamese grouping of an integer: 12345 → "12.345". */
export function viGrouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
