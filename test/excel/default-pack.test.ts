import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { installOfficeGlobals, snapshotSheet, WorkbookSimulator } from '../simulator';
import { expectedCells } from './fixtures';

/** The bundled pack, rendered for one district, inserted through the adapter into the simulator. */
describe('the default pack inserted for a unit', () => {
  let restore: () => void;
  let sim: WorkbookSimulator;
  const model = renderWorkbook(defaultPack(), 'H01');

  beforeAll(async () => {
    sim = new WorkbookSimulator();
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
    const outcome = await new OfficeExcelHost().insertWorkbookModel(model, []);
    expect(outcome.written).toEqual(model.sheets.map((s) => s.name));
    expect(outcome.syncs).toBe(model.sheets.length + 2);
    expect(sim.syncCount).toBe(model.sheets.length + 2);
  });

  afterAll(() => restore());

  it('has every annex, then the hidden identity sheet', () => {
    expect(sim.sheetNames()).toEqual(['Sheet1', ...model.sheets.map((s) => s.name), model.metaSheet.name]);
    expect(sim.sheet(model.metaSheet.name).visibility).toBe('Hidden');
  });

  it.each(model.sheets.map((s) => [s.name, s] as const))('%s: same cells as the model (values, formulas, formats, locks)', (name, sheet) => {
    expect(snapshotSheet(sim, name)).toEqual(expectedCells(sheet));
  });

  it.each(model.sheets.map((s) => [s.name, s] as const))('%s: validation on every input cell, protection, freeze, merges', (name, sheet) => {
    const simSheet = sim.sheet(name);
    for (const v of sheet.validations) {
      for (let r = v.range.row; r < v.range.row + v.range.rows; r++) {
        for (let c = v.range.col; c < v.range.col + v.range.cols; c++) {
          const cell = simSheet.peek(r, c);
          expect(cell.validation?.rule).toBeTruthy();
          expect(cell.locked).toBe(false);
        }
      }
    }
    expect(simSheet.protection.protected).toBe(sheet.protection.enabled);
    expect(simSheet.freeze).toEqual(sheet.freeze);
    expect(simSheet.merges).toEqual(sheet.merges.filter((m) => m.rows * m.cols > 1));
  });

  it('defines the identity names, pointing at existing cells', () => {
    expect(sim.workbook.names.map((n) => n.name)).toEqual(model.names.map((n) => n.name));
    for (const n of sim.workbook.names) expect(n.formula).not.toContain('#REF!');
  });
});
