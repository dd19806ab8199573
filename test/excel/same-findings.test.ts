import { exampleFigures } from '../../src/core/demo/example-figures';
import { defaultPack } from '../../src/core/load/load-pack';
import { withFigures } from '../../src/core/report/model-source';
import type { Finding } from '../../src/core/rules/finding';
import { validateSource } from '../../src/core/rules/validate';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { OfficeValidationHost } from '../../src/excel/office-validation-host';
import { readWorkbook } from '../../src/xlsx/read';
import { toCellSource } from '../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../src/xlsx/write';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';

/**
 * `npx annex validate` (file → reader → CellSource) and the Kiểm tra tab (Excel → Office.js adapter →
 * CellSource) must give the same findings for the same workbook: same rules, cells, values, words.
 */
describe('the CLI path and the pane path give the same findings', () => {
  const pack = defaultPack();
  const figures = exampleFigures(pack, 'H02');
  // Break it the ways units do: a number typed as text, a negative count, parts above the total, an empty required cell.
  figures.PL02['1']['1'] = '1.250';
  figures.PL02['3.1']['2'] = -4;
  figures.PL02['9.1']['1'] = 9999;
  delete figures.PL07['22']['3'];
  const model = withFigures(renderWorkbook(pack, 'H02'), figures);

  const key = (f: Finding) => [f.ruleId, f.severity, f.annexId, f.address, f.message.vi].join(' | ');

  let restore: () => void;
  let fromPane: Finding[];
  beforeAll(async () => {
    const sim = new WorkbookSimulator();
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
    await new OfficeExcelHost().insertWorkbookModel(model, []);
    const source = await new OfficeValidationHost().readSource();
    fromPane = validateSource(source, pack).findings;
  });
  afterAll(() => restore());

  test('same findings, in the same order', () => {
    const read = readWorkbook(writeWorkbook(model));
    if (!read.ok) throw new Error(read.error.detail);
    const fromFile = validateSource(toCellSource(read.workbook, 'H02.xlsx'), pack).findings;
    expect(fromFile.filter((f) => f.severity !== 'info').length).toBeGreaterThanOrEqual(4);
    expect(fromPane.map(key)).toEqual(fromFile.map(key));
    const textNumber = fromFile.find((f) => f.fix);
    expect(textNumber?.fix?.value).toBe(1250);
  });
});
