/**
 * The check sheet as a model: what it holds, which functions its formulas use, Excel's limits and
 * the "kiểm tra bằng add-in" fallback, its identity (validation never reads it), the annexes' layout
 * left as it was, the defined names, the cached values of the template.
 */
import { addCheckSheet, withChecks, withoutChecks } from '../../../src/core/checks/add-check-sheet';
import { coverageOf } from '../../../src/core/checks/coverage';
import { CHECK_IDENTITY_ID, CHECK_NAMES, COUNT_COL, LINE, ROW } from '../../../src/core/checks/layout';
import { CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import { sourceFromModel, withFigures } from '../../../src/core/report/model-source';
import { locateAnnexes } from '../../../src/core/report/locate-annex';
import { packRules } from '../../../src/core/rules/check-rules';
import { VERDICT } from '../../../src/core/rules/compile-formula';
import { FORMULA_LIMITS, formulaLength, formulaNesting } from '../../../src/core/expr/formula-text';
import { validateSource } from '../../../src/core/rules/validate';
import { parseIdentityText } from '../../../src/core/sheet/identity';
import type { SheetModel } from '../../../src/core/sheet/model';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { figuresOf, pack as defaultPack, put } from './scenarios';

const pack = defaultPack();
const model = renderWorkbook(pack, 'H01');
const plain = renderWorkbook(pack, 'H01', undefined, { checks: false });
const checkSheet = model.sheets.find((s) => s.role === 'checks')!;
const formulas = (s: SheetModel) => [...s.cells.filter((c) => c.formula).map((c) => c.formula!), ...(s.conditionalFormats ?? []).map((cf) => cf.formula)];
const allFormulas = model.sheets.flatMap(formulas);

/** Functions that Excel 2010, LibreOffice and WPS Office evaluate alike, and nothing volatile. */
const ALLOWED = new Set(['SUM', 'IF', 'AND', 'OR', 'NOT', 'ABS', 'ROUND', 'TRUNC', 'MIN', 'MAX', 'ISNUMBER', 'ISTEXT', 'ISBLANK', 'ISERROR', 'ISLOGICAL', 'IFERROR', 'SUMPRODUCT', 'CHOOSE', 'INDEX', 'MATCH', 'TRIM', 'LEFT', 'RIGHT', 'MID', 'LEN', 'FIND', 'SUBSTITUTE', 'REPT', 'VALUE']);

function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
  return [...withoutStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

describe('the check sheet "Kiểm tra"', () => {
  test('comes after the annexes, is protected, locked, and carries its identity', () => {
    // Then the unit's glance at its targets, which reads the check sheet.
    expect(model.sheets.map((s) => s.name)).toEqual([...plain.sheets.map((s) => s.name), CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME]);
    expect(checkSheet.protection.enabled).toBe(true);
    expect(checkSheet.cells.every((c) => c.locked)).toBe(true);
    const identity = checkSheet.cells.find((c) => c.row === ROW.identity && c.col === 0)!.value as string;
    expect(parseIdentityText(identity)).toEqual({ packId: pack.id, packVersion: pack.version, annexId: CHECK_IDENTITY_ID, unitCode: 'H01' });
    expect(pack.annexes.some((a) => a.id === CHECK_IDENTITY_ID)).toBe(false);
  });

  test('its formulas use only functions every spreadsheet evaluates alike, within Excel\'s limits', () => {
    const used = new Set(allFormulas.flatMap(functionsIn));
    expect([...used].filter((f) => !ALLOWED.has(f))).toEqual([]);
    for (const f of allFormulas) {
      expect(formulaLength(f)).toBeLessThanOrEqual(FORMULA_LIMITS.maxLength);
      expect(formulaNesting(f)).toBeLessThanOrEqual(FORMULA_LIMITS.maxNesting);
      // No string constant over 255 characters.
      for (const m of f.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1].replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    }
  });

  test('every rule instance of the pack has its line, every annex its structure line and built-in checks', () => {
    const { checks } = withChecks(plain, pack);
    const coverage = coverageOf(pack, checks.lines);
    // H01 is a district: the rows of upper-level unions rated (PL01 7.x) are the province's only.
    const provinceOnly = 'PL01.rate7-part-within-whole';
    expect(coverage.rules.map((r) => r.status)).toEqual(packRules(pack).map((r) => (r.id === provinceOnly ? 'notApplicable' : 'inWorkbook')));
    const instances = packRules(pack).filter((r) => r.id !== provinceOnly).reduce((n, r) => n + (r.kind === 'target' ? r.rows.filter((row) => row !== '7').length : r.instances.length), 0);
    expect(checks.lines.filter((l) => l.kind === 'compare' || l.kind === 'presence' || l.kind === 'target')).toHaveLength(instances);
    expect(checks.lines.filter((l) => l.kind === 'structure').map((l) => l.annexId)).toEqual(pack.annexes.map((a) => a.id));
    // What no formula of Excel 2010 can tell: a computed cell typed over. Listed, not dropped.
    expect(checks.lines.filter((l) => l.kind === 'addIn').map((l) => [l.ruleId, l.addInReason])).toEqual(
      ['PL01', 'PL02', 'PL03', 'PL04', 'PL05', 'PL06', 'PL07'].map(() => ['builtin.formulaOverwritten', 'noFormula']),
    );
  });

  test('a formula past the limits is listed as "kiểm tra bằng add-in", never dropped', () => {
    const normal = withChecks(plain, pack).checks;
    const tight = withChecks(plain, pack, { limits: { maxLength: 300, maxNesting: 64 } }).checks;
    expect(tight.lines.map((l) => [l.ruleId, l.row])).toEqual(normal.lines.map((l) => [l.ruleId, l.row]));
    const tooLong = tight.lines.filter((l) => l.addInReason === 'tooLong');
    expect(tooLong.length).toBeGreaterThan(0);
    const sheet = withChecks(plain, pack, { limits: { maxLength: 300, maxNesting: 64 } }).model.sheets.find((s) => s.role === 'checks')!;
    for (const l of tooLong) {
      const status = sheet.cells.find((c) => c.row === l.row && c.col === LINE.status)!;
      expect(status.value).toBe('kiểm tra bằng phần bổ trợ');
      expect(sheet.cells.find((c) => c.row === l.row && c.col === LINE.text)!.value).toMatch(/vượt giới hạn của Excel/);
    }
    const coverage = coverageOf(pack, tight.lines);
    expect(coverage.rules.some((r) => r.status === 'addIn' || r.status === 'partly')).toBe(true);
    expect(coverage.addInLines).toBe(tight.lines.filter((l) => l.kind === 'addIn').length);
  });

  test('SO_LOI and SO_CANH_BAO each name one cell; the annexes read the ranges by name', () => {
    const names = new Map(model.names.map((n) => [n.name, n.formula]));
    expect(names.get(CHECK_NAMES.errors)).toBe(`'${CHECK_SHEET_NAME}'!$D$${ROW.errors + 1}`);
    expect(names.get(CHECK_NAMES.warnings)).toBe(`'${CHECK_SHEET_NAME}'!$D$${ROW.warnings + 1}`);
    for (const n of Object.values(CHECK_NAMES)) expect(names.has(n)).toBe(true);
    // Identity names are unchanged and there is no ANNEX_SHEET_ name for the check sheet.
    expect(model.names.filter((n) => n.name.startsWith('ANNEX_'))).toEqual(plain.names);
  });

  test('the annexes keep their layout: the code row and the data rows do not move; a line on the free row 3 and the shading are added', () => {
    plain.sheets.forEach((before, i) => {
      const after = model.sheets[i];
      expect(after.layout).toEqual(before.layout);
      expect(after.validations).toEqual(before.validations);
      const added = after.cells.filter((c) => !before.cells.some((b) => b.row === c.row && b.col === c.col));
      expect(added.map((c) => [c.row, c.col, c.style])).toEqual([[2, 0, 'checkHint']]);
      // Unchanged but for the results of the annex's formulas, written without one and now cached.
      const withoutResults = (cells: typeof before.cells) => cells.map((c) => (c.formula !== undefined ? { ...c, value: null } : c));
      expect(withoutResults(after.cells.filter((c) => c.row !== 2))).toEqual(withoutResults(before.cells));
      expect(before.cells.filter((c) => c.formula !== undefined && c.value !== null)).toEqual([]);
      expect(after.conditionalFormats?.map((cf) => cf.style.fill)).toEqual(['FFC7CE', 'FFEB9C']);
      const range = after.conditionalFormats![0].ranges[0];
      expect(range.row).toBe(before.layout.firstDataRow);
      expect(range.row + range.rows - 1).toBe(before.layout.lastDataRow);
    });
  });

  test('the cached counts are the evaluator\'s for the empty template (required cells)', () => {
    const { counts } = validateSource(sourceFromModel(plain), pack);
    const cell = (row: number) => checkSheet.cells.find((c) => c.row === row && c.col === COUNT_COL)!.value;
    expect(cell(ROW.errors)).toBe(counts.error);
    expect(cell(ROW.warnings)).toBe(counts.warning);
    expect(counts.error).toBeGreaterThan(0);
    const hint = model.sheets[1].cells.find((c) => c.row === 2)!.value as string;
    expect(hint).toContain(`cả sổ làm việc: ${counts.error} lỗi`);
  });

  test('validation never reads it: same findings with it, without it, renamed, or deleted', () => {
    const figs = figuresOf(pack);
    put(figs, 'PL02', '3.1', '2', -5);
    const filled = withFigures(model, figs);
    const ref = validateSource(sourceFromModel(withFigures(plain, figs)), pack).findings;
    expect(validateSource(sourceFromModel(filled), pack).findings).toEqual(ref);
    const renamed = sourceFromModel(filled);
    const sheet = renamed.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
    sheet.name = 'KT số liệu';
    expect(validateSource(renamed, pack).findings).toEqual(ref);
    expect([...locateAnnexes(renamed, pack).annexes.values()].map((l) => l.sheet.name)).toEqual(plain.sheets.map((s) => s.name));
    const deleted = sourceFromModel(filled);
    deleted.sheets = deleted.sheets.filter((s) => s.name !== 'KT số liệu' && s.name !== CHECK_SHEET_NAME);
    expect(validateSource(deleted, pack).findings).toEqual(ref);
  });

  test('adding it twice gives the same workbook; withoutChecks gives the annexes back', () => {
    expect(JSON.stringify(addCheckSheet(model, pack)) === JSON.stringify(model)).toBe(true);
    // The annexes as rendered, their formulas' results kept (they are true of the figures).
    const noResults = (m: typeof plain) => ({ ...m, sheets: m.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula !== undefined ? { ...c, value: null } : c)) })) });
    expect(JSON.stringify(noResults(withoutChecks(model))) === JSON.stringify(plain)).toBe(true);
  });

  test('a summary (or any filled model) gets cached values for its figures', () => {
    const figs = figuresOf(pack, pack.issuer.code);
    const summary = addCheckSheet(withFigures(renderWorkbook(pack, pack.issuer.code, undefined, { checks: false }), figs), pack);
    const sheet = summary.sheets.find((s) => s.role === 'checks')!;
    expect(sheet.cells.find((c) => c.row === ROW.errors && c.col === COUNT_COL)!.value).toBe(0);
    const verdicts = sheet.cells.filter((c) => c.col === LINE.verdict && c.row >= ROW.firstLine && typeof c.value === 'number').map((c) => c.value as number);
    expect(verdicts.filter((v) => v === VERDICT.error)).toEqual([]);
    expect(verdicts.filter((v) => v === VERDICT.passed).length).toBeGreaterThan(100);
  });

  test('a subset of annexes: rules that need an absent annex are listed as not applicable', () => {
    const { checks } = withChecks(renderWorkbook(pack, 'H01', ['PL02', 'PL05'], { checks: false }), pack);
    const na = checks.lines.filter((l) => l.kind === 'notApplicable').map((l) => l.ruleId);
    expect(na).toContain('PL01.new-members-vs-PL02');
    expect(na).toContain('PL07.balance-flow');
    expect(checks.lines.some((l) => l.kind === 'compare' && l.ruleId === 'PL05.workers-vs-PL02')).toBe(true);
    const everyRule = new Set(checks.lines.map((l) => l.ruleId));
    for (const r of packRules(pack).filter((x) => x.id !== 'PL01.rate7-part-within-whole')) expect(everyRule.has(r.id)).toBe(true);
  });
});
