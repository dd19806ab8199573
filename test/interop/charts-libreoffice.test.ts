/**
 * Native charts through LibreOffice: the .xlsx writer's DrawingML charts open as chart objects over the
 * sheet's own ranges (converted to .ods, whose content names each object's ranges), and are drawn
 * (converted to PDF, rendered by pdftoppm: the chart area holds coloured pixels, which the same
 * workbook without its charts does not).
 * Needs LibreOffice and poppler-utils (pdftoppm); under CI=true a missing tool fails the suite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { writeWorkbook } from '../../src/xlsx/write';
import { chartWorkbook } from '../xlsx/chart-fixture';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { defaultPack } from '../../src/core/load/load-pack';
import { filledWorkbook } from '../../src/core/workbook/render-workbook';
import { colouredPixels, odsCharts, renderPdfPage } from './render';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, popplerUtils, requiring } from '../support/requires';

const { describe: describeCharts } = requiring([libreOffice(), popplerUtils()], 'chart interop suite');

jest.setTimeout(180_000);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-charts-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function convert(model: WorkbookModel, name: string, format: 'ods' | 'pdf'): Promise<string> {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, writeWorkbook(model));
  return convertWithLibreOffice(input, format, join(dir, `${name}-${format}`));
}

describeCharts('native charts in LibreOffice', () => {
  test('each chart is a chart object over the ranges of its own sheet', async () => {
    const charts = odsCharts(new Uint8Array(readFileSync(await convert(chartWorkbook(), 'charts', 'ods'))));
    expect(charts).toHaveLength(3);
    expect(charts[0].classes).toEqual(expect.arrayContaining(['bar', 'line']));
    expect(charts[0].ranges).toContain("'Tổng quan'.A3:'Tổng quan'.A6");
    expect(charts[0].ranges).toContain("'Tổng quan'.B3:'Tổng quan'.B6");
    expect(charts[0].ranges).toContain("'Tổng quan'.C3:'Tổng quan'.C6");
    expect(charts[1].classes).toContain('circle');
    expect(charts[2].classes).toContain('line');
    expect(charts[2].ranges).toContain("'Tổng quan'.D3:'Tổng quan'.D6");
  });

  test('the charts are drawn: coloured pixels on the page, none without the charts', async () => {
    const withCharts = chartWorkbook();
    const without: WorkbookModel = { ...withCharts, sheets: withCharts.sheets.map((s) => ({ ...s, charts: [] })) };
    const drawn = colouredPixels(renderPdfPage(await convert(withCharts, 'drawn', 'pdf'), 1, mkdtempSync(join(dir, 'a-'))));
    const blank = colouredPixels(renderPdfPage(await convert(without, 'blank', 'pdf'), 1, mkdtempSync(join(dir, 'b-'))));
    expect(blank).toBe(0);
    expect(drawn).toBeGreaterThan(500);
  });

  test("a unit's workbook: its glance at its targets holds one chart object, over the glance's own cells", async () => {
    const pack = defaultPack();
    const charts = odsCharts(new Uint8Array(readFileSync(await convert(filledWorkbook(pack, 'H01', exampleFigures(pack, 'H01')), 'unit', 'ods'))));
    expect(charts).toHaveLength(1);
    expect(charts[0].classes).toEqual(expect.arrayContaining(['bar', 'line']));
    // The % column (F) and the 100 % line (J), each ranged over the glance's own cells.
    const ranges = charts[0].ranges;
    expect([...new Set([...ranges.matchAll(/'([^']+)'\./g)].map((m) => m[1]))]).toEqual(['Tổng quan']);
    expect(ranges).toMatch(/'Tổng quan'\.F(\d+):'Tổng quan'\.F(\d+)/);
    expect(ranges).toMatch(/'Tổng quan'\.J(\d+):'Tổng quan'\.J(\d+)/);
  });
});
