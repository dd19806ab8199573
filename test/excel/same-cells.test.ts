import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { cellsInOrder, readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { installOfficeGlobals, snapshotSheet, WorkbookSimulator, type SnapshotCell } from '../simulator';

/**
 * The one renderer feeds two writers: the same annexes inserted through the Office.js adapter (into
 * the simulator) and written as an .xlsx file (then read back) must have the same cells — values,
 * formulas, number formats, locks — plus the same validation ranges and identity.
 */
describe('task pane insert and .xlsx file give the same cells', () => {
  const pack = defaultPack();
  const model = renderWorkbook(pack, 'N01');
  let sim: WorkbookSimulator;
  let restore: () => void;
  const read = readWorkbook(writeWorkbook(model));
  if (!read.ok) throw new Error(read.error.detail);
  const file = read.workbook;

  beforeAll(async () => {
    sim = new WorkbookSimulator();
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
    await new OfficeExcelHost().insertWorkbookModel(model, []);
  });
  afterAll(() => restore());

  function fileSnapshot(name: string): SnapshotCell[] {
    const sheet = file.sheets.find((s) => s.name === name)!;
    const out: SnapshotCell[] = [];
    for (const c of cellsInOrder(sheet)) {
      const formula = c.formula ?? null;
      const value = formula === null && c.type !== 'blank' ? (c.value as string | number | boolean) : null;
      const numberFormat = c.numFmt ?? 'General';
      if (value === null && formula === null && numberFormat === 'General' && c.locked) continue;
      out.push({ row: c.row, col: c.col, value, formula, numberFormat, locked: c.locked });
    }
    return out;
  }

  test.each(model.sheets.map((s) => s.name))('%s', (name) => {
    const fromPane = snapshotSheet(sim, name);
    const fromFile = fileSnapshot(name);
    expect(fromPane.length).toBeGreaterThan(50);
    expect(fromFile).toEqual(fromPane);
  });

  test('validation covers the same cells', () => {
    for (const s of model.sheets) {
      const simSheet = sim.sheet(s.name);
      const fileSheet = file.sheets.find((x) => x.name === s.name)!;
      const fileCells = new Set<string>();
      for (const v of fileSheet.validations) for (const r of v.ranges) for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) fileCells.add(`${row},${col}`);
      const paneCells = new Set<string>();
      for (const { row, col, cell } of simSheet.entries()) if (cell.validation) paneCells.add(`${row},${col}`);
      expect([...fileCells].sort()).toEqual([...paneCells].sort());
    }
  });

  test('identity: same meta rows and names', () => {
    const meta = file.sheets.find((s) => s.name === model.metaSheet.name)!;
    expect(meta.state).toBe('hidden');
    const simMeta = sim.sheet(model.metaSheet.name);
    for (const [i, [k, v]] of model.metaSheet.rows.entries()) {
      expect(simMeta.peek(i, 0).value).toBe(k);
      expect(simMeta.peek(i, 1).value).toBe(v);
    }
    expect(file.names.map((n) => n.name).sort()).toEqual(model.names.map((n) => n.name).sort());
  });
});
