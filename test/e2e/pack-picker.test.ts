/**
 * End to end: the pack picker above the tabs (src/taskpane/pack/), in headless Chromium over the Excel
 * simulator. A pack workbook chosen from disk drives the Biểu mẫu tab, is remembered by the document
 * across a reopening, travels inside the templates it makes, and comes back from them; a broken pack
 * file is refused with its problems; "Kiểm tra bộ mẫu" lists the problems of the pack workbook open in
 * Excel, each selecting its cell.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type Page } from 'playwright-core';
import { defaultPack } from '../../src/core/load/load-pack';
import type { TemplatePack } from '../../src/core/pack/types';
import { EMBED_KEYS, packJsonText } from '../../src/core/packbook/embed';
import { packWorkbook } from '../../src/core/packbook/export';
import { packIssueFindings } from '../../src/core/packbook/findings';
import { metaSheetContent } from '../../src/core/sheet/identity';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { sha256Hex } from '../../src/core/text/sha256';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { packFromSource, readPackBytes } from '../../src/xlsx/pack-file';
import { writeWorkbook } from '../../src/xlsx/write';
import { e2eSuite, readWorkbook, SCREENSHOTS, text, builtPane, openPanePage } from './pane-page';

jest.setTimeout(90_000);

const SECOND_FILE = path.join(__dirname, '..', '..', 'packs', 'bao-cao-6-thang-huyen.xlsx');

interface SeedSheet {
  name: string;
  hidden: boolean;
  cells: Array<{ row: number; col: number; value: string | number }>;
}

/** The default pack's workbook with one unit's "Cấp trên" pointing nowhere (the third row, the second unit). */
function brokenPackModel(): { model: WorkbookModel; unitsSheet: string; address: string } {
  const model = packWorkbook(defaultPack());
  const units = model.sheets.find((s) => s.cells.some((c) => c.row === 0 && c.value === 'Cấp trên'))!;
  const parentCol = units.cells.find((c) => c.row === 0 && c.value === 'Cấp trên')!.col;
  units.cells = units.cells.filter((c) => !(c.row === 2 && c.col === parentCol));
  units.cells.push({ row: 2, col: parentCol, value: 'H99', style: '', locked: false });
  return { model, unitsSheet: units.name, address: `${String.fromCharCode(65 + parentCol)}3` };
}

/** A model's cells, as plain data to put into the simulator (what Excel would hold with the workbook open). */
function seedSheets(model: WorkbookModel): SeedSheet[] {
  const plain = (cells: ReadonlyArray<{ row: number; col: number; value: unknown }>) =>
    cells.filter((c) => typeof c.value === 'string' || typeof c.value === 'number').map((c) => ({ row: c.row, col: c.col, value: c.value as string | number }));
  return [...model.sheets.map((s) => ({ name: s.name, hidden: false, cells: plain(s.cells) })), { name: model.metaSheet.name, hidden: true, cells: plain(metaSheetContent(model.metaSheet.rows).cells) }];
}

e2eSuite('pack picker in Chromium over the Excel simulator', () => {
  const bundled = defaultPack();
  let second: TemplatePack;
  let page: Page;
  let pageErrors: string[];

  const pane = builtPane('pack-e2e-', () => {
    const read = readPackBytes({ name: path.basename(SECOND_FILE), bytes: fs.readFileSync(SECOND_FILE) });
    if (!read.ok) throw new Error('the second pack does not compile');
    second = read.pack;
  });

  async function openPane(pageName: string): Promise<Page> {
    pageErrors = [];
    return openPanePage(pane, pageName, pageErrors, { viewport: { width: 380, height: 900 }, timeout: 20_000 });
  }

  afterEach(async () => {
    await page?.context().close();
    expect(pageErrors).toEqual([]);
  });

  const title = () => page.getByTestId('picker-title').innerText();
  /** The picker is one line until "Đổi" opens it. */
  const openPicker = async () => {
    await page.getByTestId('pack-change').waitFor();
    if ((await page.getByTestId('pack-change').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('pack-change').click();
    await page.getByTestId('picker-details').waitFor();
  };
  const waitTitle = (expected: string) => page.waitForFunction((t) => document.querySelector('[data-testid="picker-title"]')?.textContent === t, expected);

  test('a pack workbook from disk: every tab uses it, the document remembers it, its templates carry it and give it back', async () => {
    page = await openPane('harness.html?document=pick-1');
    // An empty workbook, nothing saved: the bundled example, its identity and notice shown.
    await waitTitle(bundled.title);
    await openPicker();
    expect(await text(page, 'picker-identity')).toBe(`${bundled.id} · phiên bản ${bundled.version} · Bộ mẫu ví dụ kèm theo phần bổ trợ`);
    expect(await text(page, 'picker-notice')).toBe(bundled.notice);

    // The district six-month pack, chosen as a workbook file.
    await page.getByTestId('pack-file-input').setInputFiles(SECOND_FILE);
    await waitTitle(second.title);
    expect(await text(page, 'picker-source')).toBe('Từ tệp bộ mẫu bao-cao-6-thang-huyen.xlsx');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pack-picker.png'), fullPage: true, animations: 'disabled' });
    // The Biểu mẫu tab now works on it: its title, its annexes.
    await expect(text(page, 'pack-title')).resolves.toBe(second.title);
    for (const annex of second.annexes) expect(await page.getByTestId(`annex-${annex.id}`).isChecked()).toBe(true);

    // Reopened, the document comes back with its campaign.
    await page.reload();
    await waitTitle(second.title);
    await openPicker();
    expect(await text(page, 'picker-source')).toBe('Từ tệp bộ mẫu bao-cao-6-thang-huyen.xlsx');

    // A unit's templates of this pack carry it, with its SHA-256.
    const unit = second.units[second.units.length - 1];
    await page.getByTestId('unit-combobox').pressSequentially(unit.code);
    await page.getByTestId(`unit-option-${unit.code}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    const workbook = await readWorkbook(page);
    for (const annex of second.annexes) expect(workbook.sheets.map((s) => s.name)).toContain(annex.sheetName);
    const meta = workbook.sheets.find((s) => s.visibility !== 'Visible' && s.cells.some((c) => c.value === EMBED_KEYS.sha256))!;
    const digestRow = meta.cells.find((c) => c.col === 0 && c.value === EMBED_KEYS.sha256)!.row;
    expect(meta.cells.find((c) => c.row === digestRow && c.col === 1)?.value).toBe(sha256Hex(packJsonText(second)));

    // Back to the example, then the workbook's own pack: the one its templates carry.
    await page.getByTestId('pack-choose-bundled').click();
    await waitTitle(bundled.title);
    await expect(text(page, 'pack-title')).resolves.toBe(bundled.title);
    await page.getByTestId('pack-choose-workbook').click();
    await waitTitle(second.title);
    expect(await text(page, 'picker-source')).toBe('Bộ mẫu kèm trong sổ làm việc đang mở');
    await expect(text(page, 'pack-title')).resolves.toBe(second.title);
  });

  test('a broken pack file is refused with its problems; the pack in use stays', async () => {
    page = await openPane('harness.html');
    await waitTitle(bundled.title);
    await openPicker();
    const broken = JSON.parse(JSON.stringify(bundled)) as { units: Array<{ parent?: string | null }> };
    broken.units[1].parent = 'H99';
    await page.getByTestId('pack-file-input').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByTestId('pack-file-refused').waitFor();
    const refusal = await text(page, 'pack-file-refused');
    expect(refusal).toContain('Không dùng được tệp bộ mẫu "hong.json":');
    expect(refusal).toContain('H99');
    expect(await title()).toBe(bundled.title);

    // Not a pack at all, nor JSON: said, nothing thrown.
    await page.getByTestId('pack-file-input').setInputFiles({ name: 'anh.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00]) });
    await page.waitForFunction(() => document.querySelector('[data-testid="pack-file-refused"]')?.textContent?.includes('anh.json'));
    expect(await title()).toBe(bundled.title);
  });

  test('Kiểm tra bộ mẫu: the pack workbook open in Excel, its problem on its cell, selected on click; once fixed, used', async () => {
    page = await openPane('harness.html');
    await waitTitle(bundled.title);
    await openPicker();
    const book = brokenPackModel();
    // The same workbook read as a file gives the findings the pane must list.
    const opened = openWorkbookFile({ name: 'pack.xlsx', bytes: writeWorkbook(book.model) });
    if (!opened.ok) throw new Error(opened.message.en);
    const read = packFromSource(opened.source);
    const asFile = read.ok || !('issues' in read) ? [] : packIssueFindings(read.issues);
    expect(asFile.map((f) => `${f.sheetName}!${f.address}`)).toEqual([`${book.unitsSheet}!${book.address}`]);

    await page.evaluate((sheets) => {
      type Cell = { value: string | number | null };
      const sim = (window as unknown as { __sim: { addSheet(name: string, visibility: string): { cell(row: number, col: number): Cell } } }).__sim;
      for (const s of sheets) {
        const sheet = sim.addSheet(s.name, s.hidden ? 'Hidden' : 'Visible');
        for (const c of s.cells) sheet.cell(c.row, c.col).value = c.value;
      }
    }, seedSheets(book.model));

    await page.getByTestId('pack-check').click();
    await page.getByTestId('pack-check-invalid').waitFor();
    expect(await text(page, 'pack-check-invalid')).toBe('Sổ bộ mẫu có 1 lỗi:');
    const finding = page.getByTestId('pack-check-status').getByTestId('finding');
    expect(await finding.getAttribute('data-cell')).toBe(`${book.unitsSheet}!${book.address}`);
    expect(await finding.getByTestId('finding-select').innerText()).toBe(asFile[0].message.vi);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pack-check.png'), fullPage: true, animations: 'disabled' });
    await finding.getByTestId('finding-select').click();
    await page.waitForFunction((a) => (window as unknown as { __sim: { selection: { address: string } | null } }).__sim.selection?.address === a, book.address);
    expect(await page.evaluate(() => (window as unknown as { __sim: { selection: unknown } }).__sim.selection)).toEqual({ sheet: book.unitsSheet, address: book.address });

    // The officer puts the right parent back; checked again, the pack is valid and can be used.
    const parent = bundled.units[1].parent;
    await page.evaluate(
      ([name, address, value]) => {
        (window as unknown as { __sim: { typeInto(s: string, a: string, t: string): unknown } }).__sim.typeInto(name, address, value);
      },
      [book.unitsSheet, book.address, parent] as const,
    );
    await page.getByTestId('pack-check').click();
    await page.getByTestId('pack-check-valid').waitFor();
    expect(await text(page, 'pack-check-valid')).toContain(`Bộ mẫu hợp lệ: ${bundled.title} (${bundled.id} ${bundled.version}) — ${bundled.units.length} đơn vị, ${bundled.annexes.length} phụ lục, ${bundled.rules.length} quy tắc.`);
    await page.getByTestId('pack-check-use').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="picker-source"]')?.textContent?.startsWith('Từ tệp bộ mẫu'));
  });
});
