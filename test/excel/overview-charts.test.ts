/**
 * The pane's merge writes "Tổng quan" with its native charts through Office.js, as the CLI's file has
 * them in DrawingML: each chart of the model on the sheet, over the same cells (series values,
 * categories, the 100 % line as a Line series, colours, placement), added before the sheet is
 * protected, and within the insertion's syncs — the same count with or without charts.
 */
import { exampleFigures } from '../../src/core/demo/example-figures';
import { examineSubmission } from '../../src/core/merge/examine';
import { withFigures } from '../../src/core/report/model-source';
import { rangeA1 } from '../../src/core/sheet/address';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { OVERVIEW_SHEET_NAME } from '../../src/core/sheet/sheet-names';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { buildSummary, planMerge, ReadBudget, submissionFromBytes } from '../../src/taskpane/merge/merge-engine';
import { writeWorkbook } from '../../src/xlsx/write';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';
import { overviewPack } from '../core/overview/helpers';

jest.setTimeout(120_000);

// The default pack with its target values filled as a province would (the default leaves them for
// the province: without targets there is no % chart to draw).
const pack = overviewPack();

function summary(units: string[]): WorkbookModel {
  const budget = new ReadBudget();
  const examined = units.map((unit) => {
    const bytes = writeWorkbook(withFigures(renderWorkbook(pack, unit), exampleFigures(pack, unit)), { modified: new Date('2020-12-20T08:00:00Z') });
    return examineSubmission(pack, submissionFromBytes(`${unit}.xlsx`, bytes, '', null, budget));
  });
  return buildSummary(pack, planMerge(pack, examined, { mergingUnit: pack.issuer.code }), 'vi').model;
}

async function insert(model: WorkbookModel, excelApi = '1.9'): Promise<{ sim: WorkbookSimulator; syncs: number }> {
  const sim = new WorkbookSimulator({ sheets: ['Sheet1'], excelApi });
  const restore = installOfficeGlobals(sim, { displayLanguage: 'vi-VN', supportedExcelApi: excelApi });
  try {
    const outcome = await new OfficeExcelHost().insertWorkbookModel(model, []);
    return { sim, syncs: outcome.syncs };
  } finally {
    restore();
  }
}

/** As the simulator reports a series' cells: always quoted. */
const ref = (r: { row: number; col: number; rows: number; cols: number }) => `'${OVERVIEW_SHEET_NAME}'!${rangeA1(r.row, r.col, r.rows, r.cols)}`;

test('every chart of "Tổng quan" is in Excel over the same cells, named and coloured as the model says, in the same syncs', async () => {
  const model = summary(['H01', 'H02', 'H05']);
  const sheet = model.sheets[0];
  expect(sheet.name).toBe(OVERVIEW_SHEET_NAME);
  const charts = sheet.charts ?? [];
  // The reporting pie and the targets' % chart at least (the key-indicator and yearly charts come with the pack's key rows).
  expect(charts.map((c) => c.kind)).toEqual(expect.arrayContaining(['pie', 'column']));

  const { sim, syncs } = await insert(model);
  const written = sim.charts(OVERVIEW_SHEET_NAME);
  expect(written).toHaveLength(charts.length);
  const text = (at: { row: number; col: number }) => String(sheet.cells.find((c) => c.row === at.row && c.col === at.col)?.value ?? '');
  const types = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line', pie: 'Pie' };
  charts.forEach((c, i) => {
    const w = written[i];
    expect(w.type).toBe(types[c.kind]);
    expect(w.title).toBe(c.title);
    expect(w.position).toBe(`${rangeA1(c.anchor.row, c.anchor.col, 1, 1)}:${rangeA1(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1, 1, 1)}`);
    expect(w.series).toEqual(
      c.series.map((s) => ({
        name: text(s.name),
        values: ref(s.values),
        xValues: ref(c.categories),
        chartType: s.asLine ? 'Line' : null,
        fill: s.color && !s.asLine && c.kind !== 'line' ? `#${s.color}` : null,
        lineColor: s.color && (s.asLine || c.kind === 'line') ? `#${s.color}` : null,
        pointFills: Object.fromEntries((s.pointColors ?? []).map((p, k) => [k, `#${p}`])),
      })),
    );
    if (c.dataLabels) expect(w.dataLabels).toEqual({ showValue: true, numberFormat: c.numberFormat ?? null });
    if (c.kind !== 'pie' && c.numberFormat) expect(w.axes.value.numberFormat).toBe(c.numberFormat);
  });
  // The 100 % line of the targets chart is a Line series over a column chart.
  expect(written.some((w) => w.type === 'ColumnClustered' && w.series.some((s) => s.chartType === 'Line'))).toBe(true);
  // The sheet is still protected after its charts were added.
  expect(sim.sheet(OVERVIEW_SHEET_NAME).protection.protected).toBe(true);

  // No sync of their own: the same count as the model without charts.
  const bare = { ...model, sheets: model.sheets.map((s) => ({ ...s, charts: [] })) };
  const without = await insert(bare);
  expect(syncs).toBe(without.syncs);
  expect(without.sim.charts(OVERVIEW_SHEET_NAME)).toEqual([]);
});

test('one unit merged: the charts that make sense are written, none left empty', async () => {
  const model = summary(['H01']);
  const { sim } = await insert(model);
  const written = sim.charts(OVERVIEW_SHEET_NAME);
  expect(written.length).toBe(model.sheets[0].charts?.length ?? 0);
  for (const w of written) for (const s of w.series) expect(s.values).not.toBeNull();
});
