import type { SimChartProxy } from './chart-proxies';
import { WorkbookSimulator, type SimRequestContext } from './index';

/** Charts as Excel takes them: each member at its [Api set], what a protected sheet or a pie refuses, the series a source gives. */

async function rejection(sim: WorkbookSimulator, batch: (ctx: SimRequestContext) => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await sim.run(batch);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the batch to fail');
}

/** Sheet "S": categories A2:A4, two series B and C with their names in row 1. */
function withData(excelApi = '1.9'): WorkbookSimulator {
  const sim = new WorkbookSimulator({ sheets: ['S'], excelApi });
  const rows = [
    ['Đơn vị', 'Kết quả', 'Mốc'],
    ['Ba Bể', '120', '100'],
    ['Ngân Sơn', '80', '100'],
    ['Chợ Đồn', '95', '100'],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => sim.typeInto('S', `${'ABC'[j]}${i + 1}`, v)));
  return sim;
}

describe('charts', () => {
  it('ExcelApi 1.1: add over a table takes the first row for names and the first column for categories; title and position', async () => {
    const sim = withData('1.1');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:C4'), 'Columns');
      chart.title.text = 'Kết quả';
      chart.setPosition('E2', 'L18');
      chart.series.getItemAt(1).format.fill.setSolidColor('#C00000');
      await ctx.sync();
    });
    const [chart] = sim.charts('S');
    expect(chart).toMatchObject({ type: 'ColumnClustered', title: 'Kết quả', position: 'E2:L18' });
    expect(chart.series).toEqual([
      expect.objectContaining({ name: 'Kết quả', values: "'S'!B2:B4", xValues: "'S'!A2:A4", fill: null }),
      expect.objectContaining({ name: 'Mốc', values: "'S'!C2:C4", xValues: "'S'!A2:A4", fill: '#C00000' }),
    ]);
  });

  it('numbers only: one series a column, categories 1, 2, 3 (no header guessed)', async () => {
    const sim = withData('1.1');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.charts.add('Line', ws.getRange('B2:C4'), 'Columns');
      await ctx.sync();
    });
    expect(sim.charts('S')[0].series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ['Series1', "'S'!B2:B4", null],
      ['Series2', "'S'!C2:C4", null],
    ]);
  });

  it('series of their own (1.7) and number formats (1.8): refused one set below, with ApiNotFound', async () => {
    const build = (ctx: SimRequestContext, step: 'add' | 'format') => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('B2:B4'), 'Columns');
      if (step === 'add') chart.series.add('Mốc').setValues(ws.getRange('C2:C4'));
      else chart.dataLabels.numberFormat = '0.0';
      return ctx.sync();
    };
    expect(await rejection(withData('1.6'), (ctx) => build(ctx, 'add'))).toMatchObject({ code: 'ApiNotFound' });
    expect(await rejection(withData('1.7'), (ctx) => build(ctx, 'format'))).toMatchObject({ code: 'ApiNotFound' });
    const sim = withData('1.8');
    await sim.run((ctx) => build(ctx, 'add'));
    await sim.run((ctx) => build(ctx, 'format'));
    expect(sim.charts('S')[0].series.map((s) => s.values)).toEqual(["'S'!B2:B4", "'S'!C2:C4"]);
    expect(sim.charts('S')[1].dataLabels.numberFormat).toBe('0.0');
  });

  it('a protected sheet refuses a new chart unless its protection allows editing objects', async () => {
    const sim = withData();
    sim.sheet('S').protection = { protected: true, options: { allowFormatColumns: true } };
    const add = (ctx: SimRequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.charts.add('Pie', ws.getRange('B2:B4'));
      return ctx.sync();
    };
    expect(await rejection(sim, add)).toMatchObject({ code: 'AccessDenied' });
    expect(sim.charts('S')).toEqual([]);
    sim.sheet('S').protection = { protected: true, options: { allowEditObjects: true } };
    await sim.run(add);
    expect(sim.charts('S')).toHaveLength(1);
  });

  it('refuses what Excel refuses: an unknown type, a 2-D series, a pie axis, a point or series past the end, a colour without #', async () => {
    const cases: Array<[string, (ctx: SimRequestContext) => void]> = [
      ['InvalidArgument', (ctx) => ctx.workbook.worksheets.getItem('S').charts.add('Invalid', ctx.workbook.worksheets.getItem('S').getRange('B2:B4'))],
      ['InvalidArgument', (ctx) => ctx.workbook.worksheets.getItem('S').charts.add('Column', ctx.workbook.worksheets.getItem('S').getRange('B2:B4'))],
      ['InvalidArgument', (ctx) => ctx.workbook.worksheets.getItem('S').charts.add('Line', ctx.workbook.worksheets.getItem('S').getRange('B2:B4'), 'Down' as 'Rows')],
    ];
    const onChart = (type: string, use: (chart: SimChartProxy, ctx: SimRequestContext) => void) => (ctx: SimRequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      use(ws.charts.add(type, ws.getRange('B2:B4'), 'Columns'), ctx);
    };
    cases.push(['InvalidArgument', onChart('Line', (c, ctx) => c.series.getItemAt(0).setValues(ctx.workbook.worksheets.getItem('S').getRange('B2:C4')))]);
    cases.push(['InvalidOperation', onChart('Pie', (c) => (c.axes.valueAxis.title.text = '%'))]);
    cases.push(['ItemNotFound', onChart('Pie', (c) => c.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor('#00B050'))]);
    cases.push(['ItemNotFound', onChart('Line', (c) => (c.series.getItemAt(1).name = 'x'))]);
    cases.push(['InvalidArgument', onChart('Line', (c) => (c.series.getItemAt(0).format.line.color = 'C00000'))]);
    for (const [code, batch] of cases) {
      const sim = withData();
      expect(
        await rejection(sim, async (ctx) => {
          batch(ctx);
          await ctx.sync();
        }),
      ).toMatchObject({ code });
    }
    // The same calls within bounds pass.
    const sim = withData();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const pie = ws.charts.add('Pie', ws.getRange('B2:B4'), 'Columns');
      pie.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#00B050');
      const line = ws.charts.add('Line', ws.getRange('B2:B4'), 'Columns');
      line.series.getItemAt(0).format.line.color = '#C00000';
      line.axes.valueAxis.title.text = '%';
      await ctx.sync();
    });
    expect(sim.charts('S').map((c) => [c.series[0].pointFills, c.series[0].lineColor, c.axes.value.title])).toEqual([
      [{ 2: '#00B050' }, null, null],
      [{}, '#C00000', '%'],
    ]);
  });

  it('series cells follow their sheet when it is renamed', async () => {
    const sim = withData();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.charts.add('ColumnClustered', ws.getRange('A1:B4'), 'Columns');
      ws.name = "Tổng quan O'Neil";
      await ctx.sync();
    });
    expect(sim.charts("Tổng quan O'Neil")[0].series[0].values).toBe("'Tổng quan O''Neil'!B2:B4");
  });
});
