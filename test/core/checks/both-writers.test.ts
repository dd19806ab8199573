/**
 * The .xlsx writer and the Office.js writer (into the simulator) produce the same check sheet: the
 * same cells and formulas (test/excel/same-cells compares every sheet of the model, the check sheet
 * included), the same conditional formats on every sheet — ranges, formulas, colours, priority — and
 * the same defined names. The pane's own marks never touch the check sheet's shading.
 */
import { isAnnexSheet } from '../../../src/core/sheet/model';
import { unzipSync, strFromU8 } from 'fflate';
import { CHECK_NAMES } from '../../../src/core/checks/layout';
import { CHECK_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import { defaultPack } from '../../../src/core/load/load-pack';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../../src/excel/office-host';
import { OfficeValidationHost } from '../../../src/excel/office-validation-host';
import { writeWorkbook } from '../../../src/xlsx/write';
import { installOfficeGlobals, WorkbookSimulator } from '../../simulator';

interface Cf {
  address: string;
  formula: string;
  fill: string | null;
  font: string | null;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The conditional formats of each worksheet part of a file, in priority order, with their dxf colours. */
function fileFormats(bytes: Uint8Array): Cf[][] {
  const files = unzipSync(bytes);
  const styles = strFromU8(files['xl/styles.xml']);
  const dxfs = [...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => ({
    fill: /<bgColor rgb="FF([0-9A-F]{6})"/.exec(m[1])?.[1] ?? null,
    font: /<font>[\s\S]*?<color rgb="FF([0-9A-F]{6})"/.exec(m[1])?.[1] ?? null,
  }));
  const out: Cf[][] = [];
  for (let i = 1; files[`xl/worksheets/sheet${i}.xml`]; i++) {
    const xml = strFromU8(files[`xl/worksheets/sheet${i}.xml`]);
    const list = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)" priority="(\d+)"[^>]*><formula>([\s\S]*?)<\/formula>/g)].map((m) => ({
      priority: Number(m[3]),
      cf: { address: m[1].split(' ').join(', '), formula: unescape(m[4]), fill: dxfs[Number(m[2])].fill, font: dxfs[Number(m[2])].font },
    }));
    out.push(list.sort((a, b) => a.priority - b.priority).map((x) => x.cf));
  }
  return out;
}

describe('the check sheet from both writers', () => {
  const pack = defaultPack();
  const model = renderWorkbook(pack, 'H03');
  const file = fileFormats(writeWorkbook(model));
  let sim: WorkbookSimulator;
  let restore: () => void;
  let syncs = 0;

  beforeAll(async () => {
    sim = new WorkbookSimulator();
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
    syncs = (await new OfficeExcelHost().insertWorkbookModel(model, [])).syncs;
  });
  afterAll(() => restore());

  test('one sync per sheet, the check sheet included, plus the survey and the identity', () => {
    expect(syncs).toBe(model.sheets.length + 2);
    expect(model.sheets.map((s) => s.name)).toContain(CHECK_SHEET_NAME);
  });

  test.each(model.sheets.map((s, i) => [s.name, i] as const))('%s: the same conditional formats', (name, i) => {
    const pane: Cf[] = sim.conditionalFormats(name).map((cf) => ({
      address: cf.address,
      formula: (cf.formula ?? '').replace(/^=/, ''),
      fill: cf.fill?.replace('#', '').toUpperCase() ?? null,
      font: cf.fontColor?.replace('#', '').toUpperCase() ?? null,
    }));
    expect(pane.length).toBeGreaterThan(0);
    expect(pane).toEqual(file[i]);
  });

  test('the annexes shade their value cells through the names; the sheets stay protected', () => {
    for (const s of model.sheets.filter(isAnnexSheet)) {
      const cfs = sim.conditionalFormats(s.name);
      expect(cfs.map((cf) => cf.formula)).toEqual([expect.stringContaining(CHECK_NAMES.figureMark), expect.stringContaining(CHECK_NAMES.figureMark)]);
      expect(sim.sheet(s.name).protection.protected).toBe(true);
    }
    expect(sim.sheet(CHECK_SHEET_NAME).protection.protected).toBe(true);
  });

  test('the pane clears its own marks and leaves the check sheet\'s shading', async () => {
    const host = new OfficeValidationHost();
    const annex = model.sheets[1];
    const before = model.sheets.map((s) => sim.conditionalFormats(s.name).map((cf) => cf.id));
    await host.markCells([{ sheet: annex.name, address: 'E12', severity: 'error' }]);
    expect(sim.conditionalFormats(annex.name).length).toBe(before[1].length + 1);
    await host.clearMarks();
    expect(model.sheets.map((s) => sim.conditionalFormats(s.name).map((cf) => cf.id))).toEqual(before);
  });
});
