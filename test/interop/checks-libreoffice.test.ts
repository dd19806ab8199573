/**
 * The check sheet "Kiểm tra" recalculated by LibreOffice headless agrees with the evaluator, rule
 * instance by rule instance, on workbooks that an outside writer filled and left without cached
 * values: the demo figures of three units; every rule of the default pack broken; missing values
 * under each policy; numbers typed as text; words, "=…" typed as text, TRUE/FALSE and error values;
 * values at the edge of a tolerance; divisions by zero. All workbooks go through one LibreOffice run.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIG, LINE } from '../../src/core/checks/layout';
import { CHECK_SHEET_NAME } from '../../src/core/sheet/sheet-names';
import { packRules } from '../../src/core/rules/check-rules';
import { cellAt, type ReadWorkbook } from '../../src/xlsx/read';
import { checkCases } from '../core/checks/cases';
import { recalcAll } from '../core/checks/lo-batch';
import { pack as defaultPack, testPack } from '../core/checks/scenarios';
import { compareWithEvaluator, namedValue, type Comparison } from '../core/checks/verdicts';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice } = requiring(libreOffice(), 'check-sheet interop suite');

jest.setTimeout(240_000);

describeLibreOffice('the check sheet after LibreOffice recalculation agrees with the evaluator', () => {
  const p = defaultPack();
  const tp = testPack();
  const cases = checkCases();
  const results = new Map<string, { wb: ReadWorkbook; cmp: Comparison }>();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'checks-lo-'));
    const started = Date.now();
    const books = await recalcAll(cases, dir);
    console.log(`LibreOffice recalculated ${cases.length} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const c of cases) results.set(c.name, { wb: books.get(c.name)!, cmp: compareWithEvaluator(c.pack, books.get(c.name)!, c.checks.lines, c.checks.figureRows, c.name) });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(cases.filter((c) => !c.tampered).map((c) => c.name))('%s: every rule instance and built-in check, the counts and the marks', (name) => {
    const { cmp } = results.get(name)!;
    expect(cmp.disagreements.map((d) => `${d.what}: formula ${d.formula}${d.formulaCount !== undefined ? ` (${d.formulaCount})` : ''}, evaluator ${d.evaluator}${d.evaluatorCount !== undefined ? ` (${d.evaluatorCount})` : ''}`)).toEqual([]);
    expect(cmp.counts.formula).toEqual(cmp.counts.evaluator);
    expect(cmp.marks.disagreements).toEqual([]);
    expect(cmp.lines.length).toBeGreaterThan(150);
  });

  test.each(cases.filter((c) => c.cachedForFigures).map((c) => c.name))('%s: the cached values are what LibreOffice computes', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const { wb } = results.get(name)!;
    const sheet = wb.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
    const model = c.model.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
    const cached = new Map(model.cells.map((x) => [`${x.row},${x.col}`, x.value]));
    const off: string[] = [];
    const numeric = [LINE.verdict, LINE.errors, LINE.warnings, LINE.mark];
    for (const line of c.checks.lines) {
      for (const col of numeric) {
        const want = cached.get(`${line.row},${col}`);
        const got = cellAt(sheet, line.row, col)?.value;
        if (want !== got) off.push(`line ${line.row + 1} col ${col}: cached ${want}, LibreOffice ${got}`);
      }
    }
    for (const [id, row] of c.checks.figureRows) {
      for (const col of [FIG.kind, FIG.coerced, FIG.filled, FIG.mark, FIG.errors, FIG.warnings]) {
        const want = cached.get(`${row},${col}`);
        const got = cellAt(sheet, row, col)?.value;
        if (want !== got) off.push(`figure ${id} (row ${row + 1}) col ${col}: cached ${want}, LibreOffice ${got}`);
      }
      const want = cached.get(`${row},${FIG.value}`) as number;
      const got = cellAt(sheet, row, FIG.value)?.value as number;
      if (Math.abs(want - got) > 1e-6 * Math.max(1, Math.abs(want))) off.push(`figure row ${row + 1} value: cached ${want}, LibreOffice ${got}`);
    }
    expect(off).toEqual([]);
  });

  test('every rule of the default pack and of the test pack is broken in some workbook, and agreed on', () => {
    const broken = new Set<string>();
    for (const c of cases) for (const l of results.get(c.name)!.cmp.lines) if (l.evaluator >= 2 && l.formula === l.evaluator) broken.add(l.ruleId);
    const missing = packRules(p).map((r) => r.id).filter((id) => !broken.has(id));
    expect(missing).toEqual([]);
    const extra = packRules(tp).map((r) => r.id).filter((id) => id.startsWith('T.') && !broken.has(id));
    // T.neq and T.negative-result are info rules: they fire with verdict 1.
    const infoFired = new Set<string>();
    for (const c of cases) for (const l of results.get(c.name)!.cmp.lines) if (l.evaluator === 1 && l.formula === 1) infoFired.add(l.ruleId);
    expect(extra.filter((id) => !infoFired.has(id))).toEqual([]);
  });

  test('every built-in check a formula expresses fires in some workbook, and is agreed on', () => {
    const fired = new Set<string>();
    for (const c of cases) for (const l of results.get(c.name)!.cmp.lines) if (l.kind === 'builtin' && (l.evaluatorCount ?? 0) > 0 && l.formulaCount === l.evaluatorCount) fired.add(l.ruleId);
    expect([...fired].sort()).toEqual(
      ['builtin.bool', 'builtin.decimals', 'builtin.errorValue', 'builtin.formulaText', 'builtin.integer', 'builtin.negative', 'builtin.notNumber', 'builtin.percentRange', 'builtin.required', 'builtin.textNumber'].sort(),
    );
  });

  test('a row inserted into an annex: the check sheet says the structure changed and leaves that annex to the add-in', () => {
    const c = cases.find((x) => x.tampered === 'PL06')!;
    const { cmp, wb } = results.get(c.name)!;
    // The evaluator reads by codes: an empty row inserted is harmless to it (at most a warning), and its rules still run.
    expect(cmp.findings.filter((f) => f.kind === 'structure' && f.severity === 'error')).toEqual([]);
    const touches = (l: (typeof c.checks.lines)[number]) => l.annexId === 'PL06' || l.keys.some((k) => k.annexId === 'PL06');
    const structure = cmp.lines.find((l) => l.kind === 'structure' && l.annexId === 'PL06')!;
    expect(structure.formula).toBe(3);
    for (const l of cmp.lines.filter((x) => touches(c.checks.lines.find((y) => y.row === x.row)!) && x.kind !== 'structure')) expect([l.what, l.formula]).toEqual([l.what, 0]);
    // Every other line still agrees with the evaluator.
    expect(cmp.disagreements.filter((d) => d.kind !== 'structure' && !touches(c.checks.lines.find((y) => y.row === d.row)!)).map((d) => d.what)).toEqual([]);
    expect(namedValue(wb, 'SO_LOI')).toBe(1);
  });

  test('done when: consistent figures → SO_LOI = 0; a number typed as text and a negative count → SO_LOI ≥ 2 and both cells marked', () => {
    const ok = results.get('done-consistent')!;
    expect(namedValue(ok.wb, 'SO_LOI')).toBe(0);
    expect(namedValue(ok.wb, 'SO_CANH_BAO')).toBe(0);
    const bad = results.get('done-broken')!;
    expect(namedValue(bad.wb, 'SO_LOI')).toBeGreaterThanOrEqual(2);
    expect(namedValue(bad.wb, 'SO_CANH_BAO')).toBeGreaterThanOrEqual(1);
    expect(bad.cmp.marks.marked.get('PL02|4|3')).toBe(2);
    expect(bad.cmp.marks.marked.get('PL02|3|2')).toBeGreaterThanOrEqual(1);
    // The annex's own line says so too.
    const pl02 = bad.wb.sheets.find((s) => s.name === p.annexes.find((a) => a.id === 'PL02')!.sheetName)!;
    expect(String(cellAt(pl02, 2, 0)?.value)).toMatch(/^Kiểm tra tự động — phụ lục này: [1-9]\d* lỗi/);
  });
});
