/**
 * The check sheet's formulas, computed by the project's spreadsheet evaluator (src/core/spreadsheet,
 * which knows nothing of the rule engine), agree with the rule engine's findings on the same figures:
 * every rule instance, built-in check, count and mark, for every operator at its edge, every
 * missing-value policy, tolerance and division by zero (the cases of cases.ts, which LibreOffice also
 * recalculates in test/interop/checks-libreoffice). The rule engine also computes the check sheet's
 * cached values; comparing those with the engine would compare it with itself, so the formulas'
 * meaning is checked here against an evaluator of the functions they use.
 */
import { FIG, LINE } from '../../../src/core/checks/layout';
import type { CellValue } from '../../../src/core/report/cell-source';
import { sourceFromModel } from '../../../src/core/report/model-source';
import { packRules } from '../../../src/core/rules/check-rules';
import { VERDICT } from '../../../src/core/rules/compile-formula';
import { validateSource } from '../../../src/core/rules/validate';
import { CHECK_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import type { Scalar } from '../../../src/core/spreadsheet';
import { modelValues } from '../spreadsheet/model-values';
import { checkCases, type Case } from './cases';
import { pack as defaultPack, testPack } from './scenarios';
import { compareCheckValues, type Comparison } from './verdicts';

jest.setTimeout(120_000);

/** What a spreadsheet program would store for a formula's result. */
function stored(v: Scalar): number | string | boolean | null {
  switch (v.kind) {
    case 'number':
      return v.value.toNumber();
    case 'text':
    case 'bool':
      return v.value;
    case 'error':
      return v.code;
    case 'blank':
      return null;
  }
}

function cellValue(v: Scalar): CellValue {
  switch (v.kind) {
    case 'number':
      return { kind: 'number', value: v.value.toNumber() };
    case 'text':
      return { kind: 'text', text: v.value };
    case 'bool':
      return { kind: 'bool', value: v.value };
    case 'error':
      return { kind: 'error', code: v.code };
    case 'blank':
      return { kind: 'number', value: 0 };
  }
}

// Cases a spreadsheet program must open from bytes (a patched cell) or with a tampered layout are
// the LibreOffice suite's; every other case is computed here.
const cases = checkCases().filter((c) => !c.patch && !c.tampered);
const computed = new Map<string, { cmp: Comparison; value: (row: number, col: number) => number | string | boolean | null }>();

function compute(c: Case) {
  let got = computed.get(c.name);
  if (!got) {
    const values = modelValues(c.model);
    const sheet = c.model.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
    const value = (row: number, col: number) => stored(values(sheet, row, col));
    // The engine reads the workbook as a spreadsheet program leaves it: every formula cell of the
    // annexes holding what the evaluator computed (a "#VALUE!" where a sum meets a word).
    const source = sourceFromModel(c.model, c.name);
    c.model.sheets.forEach((s, i) => {
      if (s === sheet) return;
      for (const cell of s.cells) if (cell.formula !== undefined) source.sheets[i].set(cell.row, cell.col, { value: cellValue(values(s, cell.row, cell.col)), formula: cell.formula });
    });
    const { findings } = validateSource(source, c.pack);
    got = { cmp: compareCheckValues(findings, value, c.checks.lines, c.checks.figureRows), value };
    computed.set(c.name, got);
  }
  return got;
}

test.each(cases.map((c) => c.name))('%s: the formulas agree with the rule engine on every line, count and mark', (name) => {
  const { cmp } = compute(cases.find((c) => c.name === name)!);
  expect(cmp.disagreements.map((d) => `${d.what}: formula ${d.formula}${d.formulaCount !== undefined ? ` (${d.formulaCount})` : ''}, evaluator ${d.evaluator}${d.evaluatorCount !== undefined ? ` (${d.evaluatorCount})` : ''}`)).toEqual([]);
  expect(cmp.counts.formula).toEqual(cmp.counts.evaluator);
  expect(cmp.marks.disagreements).toEqual([]);
  expect(cmp.lines.length).toBeGreaterThan(150);
});

test.each(cases.filter((c) => c.cachedForFigures).map((c) => c.name))('%s: the cached values are what the formulas compute', (name) => {
  const c = cases.find((x) => x.name === name)!;
  const { value } = compute(c);
  const sheet = c.model.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
  const cached = new Map(sheet.cells.map((x) => [`${x.row},${x.col}`, x.value]));
  const off: string[] = [];
  for (const line of c.checks.lines) {
    for (const col of [LINE.verdict, LINE.errors, LINE.warnings, LINE.mark]) {
      const want = cached.get(`${line.row},${col}`);
      const got = value(line.row, col);
      if (want !== got) off.push(`line ${line.row + 1} col ${col}: cached ${want}, computed ${got}`);
    }
  }
  for (const [id, row] of c.checks.figureRows) {
    for (const col of [FIG.kind, FIG.coerced, FIG.filled, FIG.mark, FIG.errors, FIG.warnings]) {
      const want = cached.get(`${row},${col}`);
      const got = value(row, col);
      if (want !== got) off.push(`figure ${id} (row ${row + 1}) col ${col}: cached ${want}, computed ${got}`);
    }
    const want = cached.get(`${row},${FIG.value}`) as number;
    const got = value(row, FIG.value) as number;
    if (!(Math.abs(want - got) <= 1e-6 * Math.max(1, Math.abs(want)))) off.push(`figure ${id} value: cached ${want}, computed ${got}`);
  }
  expect(off).toEqual([]);
});

test('every rule of both packs fires in some case and the formulas agree: no operator goes unchecked', () => {
  const fired = new Set<string>();
  for (const c of cases) for (const l of compute(c).cmp.lines) if (l.evaluator >= 1 && l.formula === l.evaluator) fired.add(l.ruleId);
  const ids = [...new Set([...packRules(defaultPack()), ...packRules(testPack())].map((r) => r.id))];
  expect(ids.filter((id) => !fired.has(id))).toEqual([]);
});

test('equal sides, each comparison at its edge, are in the cases (the ≤ / < and ≥ / > survivors)', () => {
  const { cmp } = compute(cases.find((c) => c.name === 'tp-equal-edges')!);
  const at = (rule: string, col?: string) => cmp.lines.filter((l) => l.ruleId === rule && (col === undefined || l.what.includes(` c${col}`)));
  // ≤ at equality passes; ≥ at equality passes; > at equality fails; ≤ exceeded by one fails.
  expect(at('PL02.women-members-within-members', '3').map((l) => l.evaluator)).toEqual([0]);
  expect(at('PL02.party-admitted-within-introduced', '2').map((l) => l.evaluator)).toEqual([0]);
  expect(at('PL01.expected-not-below-result').every((l) => l.evaluator === 0)).toBe(true);
  expect(at('T.gt-strict', '1').map((l) => l.evaluator)).toEqual([VERDICT.warning]);
  expect(at('PL05.women-within-total').some((l) => l.evaluator >= VERDICT.warning)).toBe(true);
});
