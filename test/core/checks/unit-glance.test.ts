/**
 * A unit's own glance at its targets ("Tổng quan" after "Kiểm tra"): the summary's targets table and
 * % chart over the unit's own figures, by formulas, so that a unit without the add-in sees its
 * attainment before sending. Its cached values are the engine's for the figures as written (the
 * formulas themselves are checked against the spreadsheet evaluator in workbook/truthful.test.ts).
 */
import { exampleFigures, type FigureMap } from '../../../src/core/demo/example-figures';
import { statusWord } from '../../../src/core/i18n/status-words';
import { defaultPack } from '../../../src/core/load/load-pack';
import { unitForm } from '../../../src/core/pack/kind-form';
import { readUnitReport } from '../../../src/core/report/read-unit-report';
import { sourceFromModel } from '../../../src/core/report/model-source';
import { packRules } from '../../../src/core/rules/check-rules';
import { validateReport } from '../../../src/core/rules/validate';
import type { SheetModel, WorkbookModel } from '../../../src/core/sheet/model';
import { CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import { COL } from '../../../src/core/sheet/overview-writer';
import { filledWorkbook, renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { writeWorkbook } from '../../../src/xlsx/write';
import { unzipSync, strFromU8 } from 'fflate';

const pack = defaultPack();

const glanceOf = (model: WorkbookModel): SheetModel => model.sheets.find((s) => s.name === OVERVIEW_SHEET_NAME)!;
const cell = (s: SheetModel, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
/** The table's rows: those whose first column is a number (STT). */
const tableRows = (s: SheetModel) => s.cells.filter((c) => c.col === COL.stt && typeof c.value === 'number').map((c) => c.row);

/** H01's example figures with the targets a district would type: 1.000 for each count, 80 for each rate. */
function withTargets(unit: string): FigureMap {
  const f = JSON.parse(JSON.stringify(exampleFigures(pack, unit))) as FigureMap;
  const rule = packRules(unitForm(pack, unit)).find((r) => r.kind === 'target')!;
  if (rule.kind !== 'target') throw new Error('no target rule');
  const annex = pack.annexes.find((a) => a.id === rule.annexId)!;
  for (const code of rule.rows) {
    const row = annex.rows.find((r) => r.code === code)!;
    (f[rule.annexId] ??= {})[code] = { ...(f[rule.annexId]?.[code] ?? {}), [rule.targetCol]: row.target?.measure === 'termTotal' ? 1000 : 80 };
  }
  return f;
}

test('every unit workbook ends with its glance: after "Kiểm tra", one line per target line of the check sheet, a % chart with its 100 % line', () => {
  for (const unit of ['H01', 'CS01', pack.issuer.code]) {
    const model = renderWorkbook(pack, unit);
    const names = model.sheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual([CHECK_SHEET_NAME, OVERVIEW_SHEET_NAME]);
    const glance = glanceOf(model);
    expect(glance.role).toBe('overview');
    expect(glance.protection.enabled).toBe(true);
    const targetRules = packRules(unitForm(pack, unit)).filter((r) => r.kind === 'target');
    const lines = targetRules.reduce((n, r) => n + (r.kind === 'target' ? r.rows.length : 0), 0);
    expect(tableRows(glance)).toHaveLength(lines);
    const [chart] = glance.charts ?? [];
    expect(chart.kind).toBe('column');
    expect(chart.series.map((s) => !!s.asLine)).toEqual([false, true]);
    expect(chart.categories.rows).toBe(lines);
    // Driven by formulas over the check sheet, never typed: nothing on the sheet is unlocked.
    for (const r of tableRows(glance)) {
      for (const col of [COL.d, COL.e, COL.h]) expect(cell(glance, r, col)!.formula).toContain(`'${CHECK_SHEET_NAME}'!`);
      expect(cell(glance, r, COL.f)!.formula).toMatch(/ROUND\(E\d+\/D\d+\*100,1\)/);
    }
    expect(glance.cells.every((c) => c.locked)).toBe(true);
  }
});

test("a filled workbook's glance holds what the engine says of the unit's targets: target, result, % of target, status word", () => {
  const figures = withTargets('H01');
  const model = filledWorkbook(pack, 'H01', figures);
  const glance = glanceOf(model);
  const report = readUnitReport(sourceFromModel(model), pack);
  const attained = validateReport(report, pack).findings.filter((f) => f.kind === 'target' && f.attainment);
  const rows = tableRows(glance);
  const pl01 = pack.annexes.find((a) => a.id === 'PL01')!;
  let withPercent = 0;
  let judged = 0;
  for (const r of rows) {
    const code = pl01.rows.find((x) => x.label === cell(glance, r, COL.label)!.value)!.code;
    const f = attained.find((x) => x.rowCode === code);
    // A row with nothing to judge (no result at all) has no finding: the glance shows its dash.
    if (!f) {
      expect(cell(glance, r, COL.h)!.value).toBe('—');
      continue;
    }
    judged++;
    const a = f.attainment!;
    expect(cell(glance, r, COL.d)!.value).toBe(a.target ?? '');
    expect(cell(glance, r, COL.e)!.value).toBe(a.result ?? '');
    expect(cell(glance, r, COL.h)!.value).toBe(statusWord(a.status, 'vi'));
    if (a.percent !== null) {
      withPercent++;
      expect(cell(glance, r, COL.f)!.value).toBe(a.percent);
      expect(cell(glance, r, COL.g)!.value).toBe(a.projection);
    }
  }
  expect(judged).toBe(attained.length);
  // Counts judged over the term have a % and a projection; most rows have a result to judge.
  expect(withPercent).toBeGreaterThan(3);
  expect(judged).toBeGreaterThan(rows.length / 2);
});

test('the glance is written as a real chart part of the file, over its own cells', () => {
  const files = unzipSync(writeWorkbook(filledWorkbook(pack, 'H01', withTargets('H01'))));
  const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1);
  const xml = strFromU8(files[charts[0]]);
  expect(xml).toContain(`'${OVERVIEW_SHEET_NAME}'!$F$`);
  expect(xml).toContain('<c:lineChart>');
});
