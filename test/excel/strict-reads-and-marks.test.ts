/**
 * The Kiểm tra tab's calls in the strict simulator (Excel on the web):
 * - a workbook of long texts is read in batches whose responses stay under 5 MB, including when its
 *   texts grow longer further down than the first rows let the reader expect;
 * - a sheet the user protected with a password is never half-marked: the call stops before writing
 *   anything, names the sheet, and leaves every sheet's protection as it was.
 */
import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import type { CellMark } from '../../src/excel/host';
import { HostError } from '../../src/excel/host';
import { describeHostError } from '../../src/excel/host-error-text';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { OfficeValidationHost } from '../../src/excel/office-validation-host';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';

jest.setTimeout(120_000);

let restore: (() => void) | undefined;
afterEach(() => restore?.());

function simulator(): WorkbookSimulator {
  const sim = new WorkbookSimulator({ sheets: ['Sheet1'], platform: 'web' });
  restore = installOfficeGlobals(sim, { displayLanguage: 'vi-VN', supportedExcelApi: '1.9' });
  return sim;
}

const note = (i: number, chars: number) => `${i}: ${'Báo cáo tình hình hoạt động công đoàn cơ sở. '.repeat(Math.ceil(chars / 46)).slice(0, chars)}`;

describe('reading a workbook of long texts', () => {
  it('reads ~30 MB of texts in batches of about 2 MB, with the same cells; the first guesses refused are read again', async () => {
    const sim = simulator();
    const sheet = sim.addSheet('Ghi chú');
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 4; c++) sheet.cell(r, c).value = note(r * 4 + c, 1000);
    sim.resetCounters();
    const source = await new OfficeValidationHost().readSource();
    // Before a sheet's first cells, the reader cannot know its texts: the first guess (80 bytes a
    // cell, 12,000 cells at once) is refused, and so is the next (×4); then the measured size leads.
    expect(sim.refusedResponses).toBe(2);
    const accepted = sim.syncCount - sim.refusedResponses;
    // About 30 MB of values and formulas went through, in batches under 5 MB (sheets, used ranges, then ~2 MB each).
    expect(accepted).toBeGreaterThanOrEqual(2 + Math.floor(30e6 / 2.6e6));
    const read = source.sheets.find((s) => s.name === 'Ghi chú')!;
    expect([read.rowCount, read.colCount]).toEqual([3000, 4]);
    for (const [r, c] of [[0, 0], [1499, 2], [2999, 3]]) expect(read.cell(r, c).value).toEqual({ kind: 'text', text: note(r * 4 + c, 1000) });
  });

  it('reads again, in smaller pieces, a batch Excel refuses because the texts grew longer than the first rows said', async () => {
    const sim = simulator();
    const sheet = sim.addSheet('Ghi chú');
    for (let r = 0; r < 20_000; r++) sheet.cell(r, 0).value = r < 10_000 ? `dòng ${r}` : note(r, 600);
    sim.resetCounters();
    const source = await new OfficeValidationHost().readSource();
    const read = source.sheets.find((s) => s.name === 'Ghi chú')!;
    expect(read.cell(9_999, 0).value).toEqual({ kind: 'text', text: 'dòng 9999' });
    expect(read.cell(19_999, 0).value).toEqual({ kind: 'text', text: note(19_999, 600) });
    for (let r = 10_000; r < 20_000; r += 997) expect(read.cell(r, 0).value).toEqual({ kind: 'text', text: note(r, 600) });
    // The batch that met the long texts was refused (once or twice), then read in smaller pieces.
    expect(sim.refusedResponses).toBeGreaterThanOrEqual(1);
    expect(sim.refusedResponses).toBeLessThanOrEqual(2);
  });
});

describe('marks on a sheet protected with a password', () => {
  const pack = defaultPack();
  const model = renderWorkbook(pack, 'H02', ['PL01', 'PL02'], { checks: false });
  const [pl01, pl02] = model.sheets;

  async function annexes(): Promise<WorkbookSimulator> {
    const sim = simulator();
    await new OfficeExcelHost().insertWorkbookModel(model, []);
    return sim;
  }

  const protections = (sim: WorkbookSimulator) => sim.workbook.sheets.map((s) => [s.name, JSON.parse(JSON.stringify(s.protection))]);
  const marks: CellMark[] = [
    { sheet: pl01.name, address: 'E11', severity: 'error' },
    { sheet: pl02.name, address: 'E12', severity: 'warning' },
  ];

  it.each([
    ['the first sheet to mark', 0],
    ['the second, after one was already unprotected', 1],
  ])('stops before writing anything when it is %s, and says which sheet', async (_label, which) => {
    const sim = await annexes();
    const locked = model.sheets[which].name;
    sim.sheet(locked).protection = { protected: true, options: { allowFormatColumns: true }, password: 'mật khẩu' };
    const before = protections(sim);
    const formats = sim.workbook.sheets.map((s) => s.conditionalFormats.length);
    const error = await new OfficeValidationHost().markCells(marks).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect([(error as HostError).code, (error as HostError).detail]).toEqual(['sheetPassword', locked]);
    expect(describeHostError(error as HostError, 'vi')).toContain(`trang ${locked} được bảo vệ bằng mật khẩu`);
    expect(protections(sim)).toEqual(before);
    expect(sim.workbook.sheets.map((s) => s.conditionalFormats.length)).toEqual(formats);
  });

  it('marks the other sheets when the one with a password has nothing to mark', async () => {
    const sim = await annexes();
    sim.sheet('Sheet1').protection = { protected: true, options: {}, password: 'x' };
    await new OfficeValidationHost().markCells(marks);
    expect(sim.conditionalFormats(pl01.name).some((cf) => cf.formula?.includes('annex-mark'))).toBe(true);
    expect(sim.sheet(pl01.name).protection.protected).toBe(true);
  });
});
