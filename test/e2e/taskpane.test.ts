/**
 * End to end: the task pane, built by webpack exactly as production builds it, runs in headless Chromium
 * over the in-memory Excel simulator (test/e2e/harness.tsx). A user picks a unit by typing, inserts the
 * annexes, and the simulated workbook is read back and compared with what the renderer asked for.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultPack } from '../../src/core/load/load-pack';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { checkMergeTab } from './merge-scenario';
import { checkValidateTab } from './validate-scenario';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'e2e');
const BUILD_TIMEOUT_MS = 120_000;
jest.setTimeout(60_000);

const haveChromium = fs.existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true';
if (!haveChromium && !mustRun) {
  console.warn(`test/e2e skipped: ${CHROMIUM} not found (apt-get install chromium). In CI (CI=true) this suite must run.`);
}
const suite = haveChromium || mustRun ? describe : describe.skip;

/** What the page exposes of the simulator (see harness.tsx), as plain data for page.evaluate. */
interface SimCellView {
  row: number;
  col: number;
  value: string | number | boolean | null;
  formula: string | null;
  locked: boolean;
}
interface WorkbookView {
  sheets: Array<{ name: string; visibility: string; protected: boolean; cells: SimCellView[] }>;
  names: string[];
  syncCount: number;
}

function readWorkbook(page: Page): Promise<WorkbookView> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __sim: {
        workbook: { sheets: Array<{ name: string; visibility: string; protection: { protected: boolean } }>; names: Array<{ name: string }> };
        syncCount: number;
      };
      __simSnapshot: (name: string) => SimCellView[];
    };
    return {
      sheets: w.__sim.workbook.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protection.protected,
        cells: w.__simSnapshot(s.name).map(({ row, col, value, formula, locked }) => ({ row, col, value, formula, locked })),
      })),
      names: w.__sim.workbook.names.map((n) => n.name),
      syncCount: w.__sim.syncCount,
    };
  });
}

/** Builds taskpane.html and harness.html into a temp folder with the project's webpack.config.js. */
function buildPane(outDir: string): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const args = [cli, '--config', path.join(ROOT, 'webpack.config.js'), '--mode', 'development', '--env', 'e2e', '--env', `outDir=${outDir}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack failed (${code}):\n${output.slice(-4000)}`))));
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static file server on 127.0.0.1 and a random port. */
function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, path.normalize(pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

suite('task pane in Chromium over the Excel simulator', () => {
  const pack = defaultPack();
  const unit = pack.units.find((u) => u.name === 'LĐLĐ huyện Ba Bể')!;
  let outDir: string;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    expect(unit).toBeDefined();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-e2e-'));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await buildPane(outDir);
    server = await serve(outDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  /** A fresh page (a fresh simulated workbook) the size of a task pane; fails the test on any page error. */
  async function openPane(pageName: string, locale = 'vi-VN'): Promise<Page> {
    // Reduced motion: Fluent then skips its transitions, so screenshots show the settled pane.
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale, reducedMotion: 'reduce' });
    // Nothing may leave the machine: office.js and any other outside request fail at once.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // Fail a step well before jest's own timeout, with Playwright's account of what it waited for.
    context.setDefaultTimeout(15_000);
    const opened = await context.newPage();
    pageErrors = [];
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    await opened.goto(`${server.url}/${pageName}`);
    return opened;
  }

  afterEach(async () => {
    await page?.context().close();
    expect(pageErrors).toEqual([]);
  });

  test('Vietnamese: pick a unit by typing without accents, insert, refuse to overwrite without consent', async () => {
    page = await openPane('harness.html');
    const expected = renderWorkbook(pack, unit.code);

    // Tabs and the pack's heading.
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Biểu mẫu', 'Kiểm tra', 'Tổng hợp']);
    await expect(text(page, 'pack-title')).resolves.toBe(pack.title);
    await expect(text(page, 'pack-notice')).resolves.toBe(pack.notice);
    expect(await page.getByTestId('insert-button').isDisabled()).toBe(true);

    // "ba be" finds "LĐLĐ huyện Ba Bể" (and nothing of another district).
    await page.getByTestId('unit-combobox').pressSequentially('ba be');
    await page.getByTestId(`unit-option-${unit.code}`).waitFor();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered).toContain(`${unit.code} · ${unit.name}`);
    expect(offered.every((label) => /ba bể/i.test(label))).toBe(true);
    await page.getByTestId(`unit-option-${unit.code}`).click();
    expect(await page.getByTestId('unit-combobox').inputValue()).toBe(`${unit.code} · ${unit.name}`);

    // Every annex is ticked by default.
    for (const annex of pack.annexes) expect(await page.getByTestId(`annex-${annex.id}`).isChecked()).toBe(true);

    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    // Every annex and the check sheet "Kiểm tra".
    expect(await text(page, 'result')).toContain(`Đã ghi ${expected.sheets.length} trang tính cho ${unit.name}.`);
    expect(expected.sheets.length).toBe(pack.annexes.length + 1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane.png'), fullPage: true, animations: 'disabled' });

    const inserted = await readWorkbook(page);
    checkWorkbook(inserted, expected, unit.code);

    // Insert again: the pane asks; cancelling changes nothing.
    await page.getByTestId('insert-button').click();
    const dialog = page.getByTestId('replace-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('replace-list').locator('li').allTextContents()).toEqual(expected.sheets.map((s) => s.name));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-replace-dialog.png'), animations: 'disabled' });
    await page.getByTestId('replace-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('cancelled').waitFor();
    const afterCancel = await readWorkbook(page);
    expect({ ...afterCancel, syncCount: 0 }).toEqual({ ...inserted, syncCount: 0 });
    expect(afterCancel.syncCount).toBe(inserted.syncCount + 1); // the one read that listed the sheets

    // With consent, the sheets are replaced in place: same names, same order, no duplicates.
    await page.getByTestId('insert-button').click();
    await page.getByTestId('replace-confirm').click();
    await page.getByTestId('result').waitFor();
    expect(await text(page, 'result')).toContain(`Trong đó ${expected.sheets.length} trang được thay thế.`);
    const replaced = await readWorkbook(page);
    expect(replaced.sheets.map((s) => s.name)).toEqual(inserted.sheets.map((s) => s.name));
    checkWorkbook(replaced, expected, unit.code);
  });

  test('a subset of annexes, and nothing to insert without a unit or an annex', async () => {
    page = await openPane('harness.html');
    await page.getByTestId('annex-all').waitFor();
    await page.getByTestId('annex-all').click(); // all → none
    expect(await page.getByTestId('annex-all').isChecked()).toBe(false);
    await page.getByTestId('unit-combobox').pressSequentially('ngan son');
    await page.getByTestId('unit-option-H07').click();
    expect(await page.getByTestId('insert-button').isDisabled()).toBe(true);
    expect(await text(page, 'insert-hint')).toBe('Hãy chọn ít nhất một phụ lục.');

    const chosen = [pack.annexes[0].id, pack.annexes[2].id];
    for (const id of chosen) await page.getByTestId(`annex-${id}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    const workbook = await readWorkbook(page);
    checkWorkbook(workbook, renderWorkbook(pack, 'H07', chosen), 'H07');
    const annexSheets = new Set(pack.annexes.map((a) => a.sheetName));
    expect(workbook.sheets.filter((s) => annexSheets.has(s.name)).map((s) => s.name)).toEqual(
      pack.annexes.filter((a) => chosen.includes(a.id)).map((a) => a.sheetName),
    );
  });

  test('English display language: English tabs and labels', async () => {
    page = await openPane('harness.html?lang=en-US', 'en-US');
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Templates', 'Validate', 'Merge']);
    await page.getByTestId('insert-button').waitFor();
    expect(await text(page, 'insert-button')).toBe('Insert into workbook');
    await page.getByTestId('tab-validate').click();
    expect(await text(page, 'validate-workbook')).toBe('Validate workbook');
    expect(await text(page, 'validate-active')).toBe('Validate active sheet');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-en.png'), fullPage: true, animations: 'disabled' });
  });

  test('Kiểm tra: findings with counts, select and mark the cell, fix a number typed as text, clear marks', async () => {
    page = await openPane('harness.html');
    await page.getByTestId('unit-combobox').pressSequentially('ba be');
    await page.getByTestId(`unit-option-${unit.code}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    await checkValidateTab(page, pack, unit.code, path.join(SCREENSHOTS, 'validate.png'));
  });

  test('Tổng hợp: pick unit workbooks, see their statuses, merge into the workbook, include a unit with a reason', async () => {
    page = await openPane('harness.html');
    await checkMergeTab(page, pack, async () => (await readWorkbook(page)).sheets, path.join(SCREENSHOTS, 'merge.png'));
  });

  test('an Excel without ExcelApi 1.8: a plain message naming the requirement set, nothing written', async () => {
    page = await openPane('harness.html?api=1.7');
    await page.getByTestId('unit-combobox').pressSequentially('H01');
    await page.getByTestId('unit-option-H01').click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('error').waitFor();
    const message = await text(page, 'error');
    expect(message).toContain('ExcelApi 1.8');
    expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    expect((await readWorkbook(page)).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('Kiểm tra in an Excel without ExcelApi 1.6: the results are listed, the marks refused in plain words', async () => {
    page = await openPane('harness.html?api=1.5');
    await page.getByTestId('tab-validate').click();
    await page.getByTestId('validate-workbook').click();
    await page.getByTestId('validate-error').waitFor();
    const message = await text(page, 'validate-error');
    expect(message).toContain('ExcelApi 1.6');
    expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    await page.getByTestId('validate-summary').waitFor();
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(0); // the workbook holds no annex
  });

  test('outside Excel, with office.js unreachable, the production page says so instead of hanging', async () => {
    page = await openPane('taskpane.html');
    await page.getByTestId('not-in-excel').waitFor({ timeout: 10_000 });
    expect(await text(page, 'not-in-excel')).toContain('Hãy mở phần bổ trợ này trong Excel');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-outside-excel.png'), animations: 'disabled' });
  });
});

function text(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).innerText().then((s) => s.trim());
}

/** The simulated workbook holds each sheet of the model: identity, codes, formulas, unlocked inputs. */
function checkWorkbook(workbook: WorkbookView, expected: WorkbookModel, unitCode: string): void {
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  let formulaCount = 0;
  for (const model of expected.sheets) {
    const sheet = byName.get(model.name);
    expect(sheet).toBeDefined();
    if (!sheet) continue;
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);
    const { layout } = model;

    expect(sheet.visibility).toBe('Visible');
    expect(sheet.protected).toBe(model.protection.enabled);
    if (model.role === 'checks') {
      // The check sheet holds formulas only: nothing to type, nothing unlocked.
      expect(sheet.cells.some((c) => c.formula)).toBe(true);
      expect(sheet.cells.every((c) => c.locked)).toBe(true);
      continue;
    }
    expect(model.identity.unitCode).toBe(unitCode);
    expect(String(at(layout.identityCell.row, layout.identityCell.col)?.value)).toContain(`|${unitCode}`);

    // The column-code row as the model has it (A, B, C, D, 1, 2, "3 = 2/1" …).
    const codeRow = model.cells.filter((c) => c.row === layout.codeRow && c.value !== null);
    expect(codeRow.length).toBeGreaterThan(4);
    for (const cell of codeRow) expect(String(at(cell.row, cell.col)?.value)).toBe(String(cell.value));

    // Every row code in the "Mã số" column.
    for (const [code, row] of Object.entries(layout.rows)) expect(String(at(row, layout.rowCodeCol)?.value)).toBe(code);

    // Formulas as written by the renderer, locked; input cells unlocked.
    const formulas = model.cells.filter((c) => c.formula !== undefined);
    formulaCount += formulas.length;
    for (const cell of formulas) {
      expect(at(cell.row, cell.col)).toMatchObject({ formula: cell.formula, locked: true });
    }
    const inputs = model.cells.filter((c) => !c.locked);
    expect(inputs.length).toBeGreaterThan(0);
    for (const cell of inputs) expect(at(cell.row, cell.col)?.locked).toBe(false);
  }

  // Not every annex computes something (a list of counts has no formula), but the workbook does.
  expect(formulaCount).toBeGreaterThan(0);

  const meta = byName.get(expected.metaSheet.name);
  expect(meta?.visibility).not.toBe('Visible');
  for (const name of expected.names) expect(workbook.names).toContain(name.name);
}
