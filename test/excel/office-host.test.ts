import { HostError } from '../../src/excel/host';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { DocumentSettingsStore, installOfficeGlobals, PAYLOAD_LIMIT_BYTES, snapshotSheet, WorkbookSimulator, type SimulatorOptions } from '../simulator';
import { contentBlocks } from '../../src/excel/queue-sheet';
import { planSheet } from '../../src/excel/sheet-plan';
import { expectedCells, handBuiltModel, handBuiltSheet, largeSheet, META } from './fixtures';

let restore: (() => void) | undefined;

afterEach(() => {
  restore?.();
  restore = undefined;
});

function setup(options: SimulatorOptions & { supportedExcelApi?: string } = {}): { sim: WorkbookSimulator; host: OfficeExcelHost } {
  const sim = new WorkbookSimulator(options);
  restore = installOfficeGlobals(sim, { displayLanguage: 'vi-VN', supportedExcelApi: options.supportedExcelApi ?? '1.9' });
  return { sim, host: new OfficeExcelHost() };
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error('expected a HostError');
}

describe('OfficeExcelHost.insertWorkbookModel — a hand-built annex', () => {
  it('writes values as Excel keeps them, formulas with "=", number formats and locked flags', async () => {
    const { sim, host } = setup();
    const model = handBuiltModel();
    const outcome = await host.insertWorkbookModel(model, []);
    expect(outcome).toEqual({ written: ['PL01 Thử'], replaced: [], kept: [], syncs: 3 });

    expect(snapshotSheet(sim, 'PL01 Thử')).toEqual(expectedCells(model.sheets[0]));
    // Texts that Excel would read as a formula, number or date stay text, without the apostrophe.
    expect(sim.cell('PL01 Thử', 'B4')).toMatchObject({ value: '=Tổng số (dòng 1 = 1.1 + 1.2)', formula: null, quotePrefix: true });
    expect(sim.cell('PL01 Thử', 'B5').value).toBe('- Trong đó: nữ');
    expect(sim.cell('PL01 Thử', 'B6').value).toBe('+ Khác');
    expect(sim.cell('PL01 Thử', 'B7').value).toBe('@ghi chú');
    expect(sim.cell('PL01 Thử', 'C5').value).toBe('1.1');
    expect(sim.cell('PL01 Thử', 'C7').value).toBe('2/1');
    expect(sim.cell('PL01 Thử', 'D3').value).toBe('1');
    expect(sim.cell('PL01 Thử', 'D4')).toMatchObject({ formula: '=SUM(D5:D6)', numberFormat: '#,##0', locked: true });
    expect(sim.cell('PL01 Thử', 'D6')).toMatchObject({ value: 12.5, numberFormat: '#,##0.00', locked: false });
    expect(sim.cell('PL01 Thử', 'B4').quotePrefix && sim.cell('PL01 Thử', 'B5').quotePrefix).toBe(true);
  });

  it('formats cells: fonts, fills, borders, alignment, wrap and indent', async () => {
    const { sim, host } = setup();
    await host.insertWorkbookModel(handBuiltModel(), []);
    const header = sim.cell('PL01 Thử', 'C2');
    expect(header.font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(header).toMatchObject({ fill: '#DDEBF7', horizontalAlignment: 'Center', wrapText: true });
    expect(header.borders).toEqual({ top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' });
    expect(sim.cell('PL01 Thử', 'D3').font).toMatchObject({ italic: true, size: 9, color: '#404040' });
    expect(sim.cell('PL01 Thử', 'B5')).toMatchObject({ indentLevel: 1, wrapText: true });
    expect(sim.cell('PL01 Thử', 'D4')).toMatchObject({ fill: '#EDEDED', horizontalAlignment: 'Right' });
    expect(sim.cell('PL01 Thử', 'D4').font.bold).toBe(true);
    expect(sim.cell('PL01 Thử', 'B7').borders).toEqual({});
  });

  it('merges, sizes, freezes, validates, protects and lays out the page', async () => {
    const { sim, host } = setup();
    await host.insertWorkbookModel(handBuiltModel(), []);
    const sheet = sim.sheet('PL01 Thử');
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    // Widths 6, 46, 8, 14 → 42, 322, 56, 98 px → points (Excel's default 9.140625 would give 48 pt).
    expect([0, 1, 2, 3].map((c) => sheet.columnWidths.get(c))).toEqual([31.5, 241.5, 42, 73.5]);
    expect([...sheet.rowHeights]).toEqual([
      [0, 36],
      [1, 30],
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 2 });
    const v = sim.cell('PL01 Thử', 'D5').validation!;
    expect(v.rule).toEqual({ decimal: { operator: 'GreaterThanOrEqualTo', formula1: 0 } });
    expect(v.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ', message: 'Nhập một số không âm.' });
    expect(sim.cell('PL01 Thử', 'D7').validation).toBe(v);
    expect(sim.cell('PL01 Thử', 'D4').validation).toBeNull();
    expect(sheet.protection).toEqual({ protected: true, options: { allowFormatColumns: true, allowFormatRows: true } });
    expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(sim.workbook.activeSheet?.name).toBe('PL01 Thử');
  });

  it('writes the identity sheet hidden and protected, and the defined names', async () => {
    const { sim, host } = setup();
    await host.insertWorkbookModel(handBuiltModel(), []);
    expect(sim.sheetNames()).toEqual(['Sheet1', 'PL01 Thử', META]);
    const meta = sim.sheet(META);
    expect(meta.visibility).toBe('Hidden');
    expect(meta.protection.protected).toBe(true);
    expect(snapshotSheet(sim, META).map((c) => c.value)).toEqual(['pack.id', 'test-pack', 'pack.version', '1.0', 'unit.code', 'H01', 'annex.PL01', 'PL01 Thử']);
    // "1.0" would be the number 1 without the text guard.
    expect(sim.cell(META, 'B2').value).toBe('1.0');
    expect(sim.workbook.names).toEqual([
      { name: 'ANNEX_PACK', formula: `='${META}'!$B$1`, visible: true, comment: '' },
      { name: 'ANNEX_VERSION', formula: `='${META}'!$B$2`, visible: false, comment: 'Phiên bản bộ mẫu' },
      { name: 'ANNEX_SHEET_PL01', formula: "='PL01 Thử'!$A$1", visible: true, comment: '' },
    ]);
  });

  it('lists the sheet names', async () => {
    const { host } = setup({ sheets: ['Một', 'Hai'] });
    expect(await host.sheetNames()).toEqual(['Một', 'Hai']);
  });
});

describe('sync count', () => {
  it('is one per annex plus two, for a tiny and a large model alike', async () => {
    const tiny = setup();
    const small = await tiny.host.insertWorkbookModel(handBuiltModel(), []);
    expect(small.syncs).toBe(3);
    expect(tiny.sim.syncCount).toBe(3);
    restore?.();

    const big = setup();
    const model = handBuiltModel([largeSheet('PL01 Lớn', 'PL01', 2000, 12), largeSheet('PL02 Lớn', 'PL02', 2000, 12), handBuiltSheet('PL03 Nhỏ', 'PL03')]);
    const large = await big.host.insertWorkbookModel(model, []);
    expect(large.syncs).toBe(5);
    expect(big.sim.syncCount).toBe(5);
    expect(big.sim.cell('PL01 Lớn', 'E2003').value).toBe(1999 * 2);
    expect(big.sim.cell('PL02 Lớn', 'D2003')).toMatchObject({ locked: false, numberFormat: '#,##0.00' });
  });

  it('writes a sheet of long Vietnamese texts in blocks that stay under 5 MB in UTF-8', async () => {
    const base = largeSheet('Nhật ký', 'PL09', 3000, 2);
    const note = 'Đơn vị gửi báo cáo muộn, đã xác minh qua điện thoại với chủ tịch công đoàn cơ sở. ';
    const sheet = { ...base, cells: base.cells.map((c) => (c.col === 1 && c.row >= 3 ? { ...c, value: `${c.row}: ${note.repeat(20)}` } : c)) };
    const run = setup();
    const outcome = await run.host.insertWorkbookModel(handBuiltModel([sheet]), []);
    expect(outcome.syncs).toBeGreaterThan(3);
    expect(run.sim.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(run.sim.cell('Nhật ký', 'B3003').value).toBe(`3002: ${note.repeat(20)}`);
  });

  it('writes a sheet too big for one web request (5 MB) in row blocks, one sync each, every cell right', async () => {
    const sheet = largeSheet('Chi tiết', 'PL09', 1500, 330); // a summary's detail sheet: 1,500 units × 330 inputs
    const blocks = contentBlocks(planSheet(sheet));
    expect(blocks.length).toBeGreaterThan(1);
    for (const [from, to] of blocks) {
      const plan = planSheet(sheet);
      let bytes = 0;
      for (let r = from; r < to; r++) for (let c = 0; c < plan.cols; c++) bytes += JSON.stringify(plan.contents[r][c] ?? '').length + JSON.stringify(plan.numberFormats[r][c] ?? '').length + 2;
      expect(bytes).toBeLessThan(5 * 2 ** 20);
    }
    const run = setup();
    const outcome = await run.host.insertWorkbookModel(handBuiltModel([sheet]), []);
    expect(outcome.syncs).toBe(blocks.length + 2);
    // Measured by the simulator as Excel on the web would: every request under 5 MB.
    expect(run.sim.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(run.sim.maxRequestBytes).toBeGreaterThan(1_500_000);
    expect(run.sim.cell('Chi tiết', 'E1503').value).toBe(1499 * 2);
    expect(run.sim.cell('Chi tiết', 'LR1503').value).toBe(1499 * 327); // sheet column LR = value column 327
    expect(run.sim.sheet('Chi tiết').protection.protected).toBe(true);
  });
});

describe('existing sheets', () => {
  it('refuses to overwrite without consent, before writing anything', async () => {
    const { sim, host } = setup({ sheets: ['pl01 thử', 'Khác'] });
    sim.sheet('pl01 thử').cell(0, 0).value = 'dữ liệu cũ';
    const error = await failure(host.insertWorkbookModel(handBuiltModel([handBuiltSheet(), handBuiltSheet('Khác'), handBuiltSheet('Mới')]), []));
    expect(error.code).toBe('sheetExists');
    expect(error.detail).toBe('PL01 Thử, Khác');
    expect(sim.syncCount).toBe(1);
    expect(sim.sheetNames()).toEqual(['pl01 thử', 'Khác']);
    expect(sim.cell('pl01 thử', 'A1').value).toBe('dữ liệu cũ');
    expect(sim.workbook.names).toEqual([]);
  });

  it('replaces with consent, even the only visible sheet, keeping its tab position — and keeps the old one, hidden', async () => {
    const { sim, host } = setup({ sheets: ['PL01 Thử'] });
    sim.addSheet('Ẩn', 'Hidden');
    const old = sim.sheet('PL01 Thử');
    old.cell(20, 20).value = 'cũ';
    old.protection.protected = true;
    const outcome = await host.insertWorkbookModel(handBuiltModel(), ['pl01 THỬ']);
    expect(outcome).toEqual({ written: ['PL01 Thử'], replaced: ['PL01 Thử'], kept: ['PL01 Thử'], syncs: 3 });
    expect(sim.sheetNames()).toEqual(['PL01 Thử', '~bản cũ 1', 'Ẩn', META]);
    expect(old.deleted).toBe(false);
    expect(old).toMatchObject({ name: '~bản cũ 1', visibility: 'Hidden' });
    expect(old.cell(20, 20).value).toBe('cũ');
    expect(sim.cell('PL01 Thử', 'U21').value).toBeNull();
    expect(snapshotSheet(sim, 'PL01 Thử')).toEqual(expectedCells(handBuiltSheet()));
  });

  it('restores the kept sheets (the current ones kept in turn), and the next replacement keeps one generation only', async () => {
    const settings = new DocumentSettingsStore();
    const sim = new WorkbookSimulator({ sheets: ['Của tôi'] });
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9', documentSettings: settings });
    const host = new OfficeExcelHost();
    await host.insertWorkbookModel(handBuiltModel(), []);
    expect(await host.backups()).toBeNull();
    sim.typeInto('PL01 Thử', 'D5', '7');
    await host.insertWorkbookModel(handBuiltModel(), ['PL01 Thử']);
    expect(sim.cell('PL01 Thử', 'D5').value).toBeNull();
    // The record lives in the workbook's own settings: another session of the pane finds it.
    expect(Object.keys(settings.snapshot())).toEqual(['annex.backups']);
    const info = await new OfficeExcelHost().backups();
    expect(info?.sheets).toEqual(['PL01 Thử', META]);

    await new OfficeExcelHost().restoreBackups();
    expect(sim.cell('PL01 Thử', 'D5').value).toBe(7);
    expect(sim.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['Của tôi', 'PL01 Thử']);
    expect(sim.workbook.names.map((n) => n.name).sort()).toEqual(handBuiltModel().names.map((n) => n.name).sort());
    // Swapped back: the blank one returns, the figure stays kept.
    await host.restoreBackups();
    expect(sim.cell('PL01 Thử', 'D5').value).toBeNull();
    await host.restoreBackups();
    expect(sim.cell('PL01 Thử', 'D5').value).toBe(7);

    // A new replacement deletes the older kept sheets: one generation only.
    await host.insertWorkbookModel(handBuiltModel(), ['PL01 Thử']);
    expect(sim.sheetNames().filter((n) => n.startsWith('~bản cũ')).length).toBe(2);
    await host.restoreBackups();
    expect(sim.cell('PL01 Thử', 'D5').value).toBe(7);
  });

  it('updates an identity sheet and names left by an earlier insertion for the same unit', async () => {
    const { sim, host } = setup();
    await host.insertWorkbookModel(handBuiltModel([handBuiltSheet('PL01 Thử')]), []);
    const outcome = await host.insertWorkbookModel(handBuiltModel([handBuiltSheet('PL02 Thử', 'PL02')]), []);
    expect(outcome.syncs).toBe(3);
    expect(sim.sheetNames()).toEqual(['Sheet1', 'PL01 Thử', META, 'PL02 Thử']);
    const rows = snapshotSheet(sim, META).map((c) => c.value);
    expect(rows).toEqual(['pack.id', 'test-pack', 'pack.version', '1.0', 'unit.code', 'H01', 'annex.PL02', 'PL02 Thử', 'annex.PL01', 'PL01 Thử']);
    expect(sim.sheet(META)).toMatchObject({ visibility: 'Hidden', protection: { protected: true } });
    expect(sim.workbook.names.map((n) => n.name)).toEqual(['ANNEX_SHEET_PL01', 'ANNEX_PACK', 'ANNEX_VERSION', 'ANNEX_SHEET_PL02']);
  });

  it('rewrites the identity sheet whole when it belongs to another unit', async () => {
    const { sim, host } = setup();
    await host.insertWorkbookModel(handBuiltModel([handBuiltSheet('PL01 Thử')], 'H01'), []);
    await host.insertWorkbookModel(handBuiltModel([handBuiltSheet('PL01 Khác')], 'H02'), []);
    expect(snapshotSheet(sim, META).map((c) => c.value)).toEqual(['pack.id', 'test-pack', 'pack.version', '1.0', 'unit.code', 'H02', 'annex.PL01', 'PL01 Khác']);
  });
});

describe('requirement sets and Office errors', () => {
  it('refuses with "unsupported" without ExcelApi 1.8, before any sync', async () => {
    const { sim, host } = setup({ supportedExcelApi: '1.7' });
    const error = await failure(host.insertWorkbookModel(handBuiltModel(), []));
    expect(error.code).toBe('unsupported');
    expect(error.detail).toBe('ExcelApi 1.8');
    expect(sim.syncCalls).toBe(0);
  });

  it('inserts without page layout and indentation on ExcelApi 1.8', async () => {
    const { sim, host } = setup({ supportedExcelApi: '1.8' });
    await host.insertWorkbookModel(handBuiltModel(), []);
    expect(sim.sheet('PL01 Thử').pageLayout.orientation).toBe('Portrait');
    expect(sim.cell('PL01 Thử', 'B5').indentLevel).toBe(0);
    expect(snapshotSheet(sim, 'PL01 Thử')).toEqual(expectedCells(handBuiltSheet()));
  });

  it('maps an error of Excel to HostError("insertFailed") with Excel\'s message, the workbook put back', async () => {
    const { sim, host } = setup();
    const error = await failure(host.insertWorkbookModel(handBuiltModel([handBuiltSheet('Bad/Name')]), []));
    expect(sim.sheetNames()).toEqual(['Sheet1']);
    expect(error.code).toBe('insertFailed');
    expect(error.detail).toBe('"Bad/Name" is not a valid sheet name.');
  });
});
