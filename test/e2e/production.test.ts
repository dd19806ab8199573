/**
 * End to end on what ships: `webpack --mode production` with ADDIN_PUBLIC_URL (what `npm run build` runs),
 * served over HTTPS with a throwaway certificate under a sub-path, like a federation's web host. The page
 * under test is the built taskpane.html byte for byte; the request for office.js is answered with the
 * Excel simulator (office-sim.ts built alone), which gives the pane `Office` and `Excel` as Excel would.
 *
 * Also here: the release's manifest and files (issue: deployment), the ES2017 level of every emitted
 * script and the ES5 level of the page's own guard, the guard's message under a Trident user agent, and
 * the pane at work in a Chromium stripped of what EdgeHTML 18 and Safari 13 lack (BigInt and the rest).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import * as acorn from 'acorn';
import { chromium, type Browser, type Page } from 'playwright-core';
import { paneMessages } from '../../src/core/i18n/pane-messages';
import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { stripModernBuiltIns } from './legacy-engine';
import { checkMergeTab } from './merge-scenario';
import {
  BUILD_TIMEOUT_MS,
  CHROMIUM,
  CHROMIUM_ARGS,
  checkWorkbook,
  e2eSuite,
  readWorkbook,
  ROOT,
  SCREENSHOTS,
  serve,
  text,
  throwawayCertificate,
  webpack,
  type StaticServer,
} from './pane-page';
import { checkValidateTab } from './validate-scenario';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkFolder } = require('../../scripts/check-syntax-level.js') as { checkFolder: (dir: string, ecmaVersion: number) => Array<{ file: string; problem: { message: string; line: number; column: number } | null }> };

jest.setTimeout(90_000);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TRIDENT_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; Microsoft Outlook 16.0.4266; ms-office; MSOffice 16) like Gecko';
const BUILD_NUMBER = '7';
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** GET over HTTPS trusting only the throwaway certificate. */
function get(url: string, ca: Buffer): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

e2eSuite('the production build, served over HTTPS under a sub-path', () => {
  const pack = defaultPack();
  const unit = pack.units.find((u) => u.name === 'LĐLĐ huyện Ba Bể')!;
  let certificate: { key: Buffer; cert: Buffer };
  let server: StaticServer;
  let outDir: string;
  let officeSim: string;
  let buildOutput: string;
  let browser: Browser;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-release-'));
    const simDir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-sim-'));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    certificate = throwawayCertificate();
    // The server first: its address is the build's ADDIN_PUBLIC_URL (written without the final slash, as people do).
    server = await serve({ prefix: 'bo-tro/phu-luc', tls: certificate });
    buildOutput = await webpack(['--mode', 'production', '--env', `outDir=${outDir}`], { ...process.env, ADDIN_PUBLIC_URL: server.url.replace(/\/$/, ''), ADDIN_BUILD: BUILD_NUMBER });
    await webpack(['--mode', 'development', '--env', 'officeSim', '--env', `outDir=${simDir}`]);
    officeSim = fs.readFileSync(path.join(simDir, 'office-sim.js'), 'utf8');
    fs.rmSync(simDir, { recursive: true, force: true });
    server.root = outDir;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  /**
   * The built taskpane.html at the server's sub-path, with office.js answered by the simulator and every
   * other outside request refused. Page errors fail the test unless `allowErrors`.
   */
  async function openPane(query = '', options: { locale?: string; userAgent?: string; initScript?: () => void; allowErrors?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 380, height: 900 },
      locale: options.locale ?? 'vi-VN',
      reducedMotion: 'reduce',
      ignoreHTTPSErrors: true, // the throwaway certificate; nothing else is served here
      userAgent: options.userAgent,
    });
    if (options.initScript) await context.addInitScript(options.initScript);
    // Routes run last-registered first: the refusal of everything outside, then office.js answered.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: officeSim }));
    context.setDefaultTimeout(20_000);
    const opened = await context.newPage();
    pageErrors = [];
    if (!options.allowErrors) opened.on('pageerror', (error) => pageErrors.push(error.message));
    await opened.goto(`${server.url}taskpane.html${query}`);
    return opened;
  }

  afterEach(async () => {
    await page?.context().close();
    page = undefined;
    const errors = pageErrors;
    pageErrors = [];
    expect(errors).toEqual([]);
  });

  test('the first load — the scripts taskpane.html names — stays within the 300 KB gzip budget; the engines come later', () => {
    const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
    const firstLoad = scripts.reduce((sum, file) => sum + gzip(file), 0);
    const all = fs.readdirSync(outDir).filter((f) => f.endsWith('.js')).reduce((sum, file) => sum + gzip(file), 0);
    console.log(`first load ${(firstLoad / 1024).toFixed(1)} KB gzip (${scripts.join(', ')}); loaded later ${((all - firstLoad) / 1024).toFixed(1)} KB`);
    expect(firstLoad).toBeLessThanOrEqual(300 * 1024);
    // The validation engine, the workbook reader (SheetJS for .xls) and the Word writer are chunks of their own.
    const first = scripts.map((f) => fs.readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    expect(first).not.toContain('SheetJS');
    expect(first).not.toContain('w:document');
  });

  test('the release: a valid manifest under the public URL only, with the new version; no localhost; hashed file names', () => {
    expect(buildOutput).toContain(`Release build for ${server.url}`);
    expect(buildOutput).toContain(`ADDIN_PUBLIC_URL normalised: "${server.url.replace(/\/$/, '')}" → ${server.url}`);
    expect(buildOutput).not.toContain('DEVELOPMENT BUILD');

    const manifest = path.join(outDir, 'manifest.xml');
    const xml = fs.readFileSync(manifest, 'utf8');
    expect(xml).toContain(`<Version>${PACKAGE_VERSION}.${BUILD_NUMBER}</Version>`);
    expect(xml).toContain(`<SourceLocation DefaultValue="${server.url}taskpane.html"/>`);
    expect(xml).toContain(`<AppDomain>${new URL(server.url).origin}</AppDomain>`);
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url === new URL(server.url).origin || url.startsWith(server.url)).toBe(true);

    // The offline check (schema, resids, https, base, files) on the built manifest and the built files.
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), manifest], { encoding: 'utf8', cwd: ROOT });
    expect(check.stdout).toContain("ok   URLs under the add-in's base");
    expect(check.stdout).toContain('ok   asset files');
    expect(check.stdout).toContain('The manifest is valid.');
    expect(check.status).toBe(0);

    for (const file of allFiles(outDir)) expect(`${path.relative(outDir, file)}: ${fs.readFileSync(file).includes('localhost')}`).toBe(`${path.relative(outDir, file)}: false`);

    // Scripts carry their content hash (a new release is new URLs); the page refers only to files that exist.
    const scripts = fs.readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) expect(script).toMatch(/\.[0-9a-f]{8}(\.chunk)?\.js$/);
    const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const referenced = [...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => src !== OFFICE_JS);
    expect(referenced.length).toBeGreaterThanOrEqual(3);
    for (const src of referenced) {
      expect(src).not.toMatch(/^(https?:)?\/\//); // relative: works under any sub-path
      expect(fs.existsSync(path.join(outDir, src))).toBe(true);
    }
  });

  test('every emitted script parses as ES2017, and the page guard as ES5', () => {
    const results = checkFolder(outDir, 2017);
    expect(results.length).toBeGreaterThan(5);
    expect(results.filter((r) => r.problem).map((r) => `${path.basename(r.file)}: ${r.problem!.message}`)).toEqual([]);

    const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('Trident');
    expect(() => acorn.parse(inline[0], { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // The check can fail: the bundle itself is not ES5.
    expect(() => acorn.parse(fs.readFileSync(results[0].file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  test('served over HTTPS under the sub-path with the cache headers of docs/deploy.md', async () => {
    const html = await get(`${server.url}taskpane.html`, certificate.cert);
    expect(html.status).toBe(200);
    expect(html.headers['cache-control']).toBe('no-cache');
    const script = fs.readdirSync(outDir).find((f) => f.startsWith('taskpane.') && f.endsWith('.js'))!;
    const js = await get(`${server.url}${script}`, certificate.cert);
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    const icon = await get(`${server.url}assets/icon-32.png`, certificate.cert);
    expect(icon.status).toBe(200);
    expect(icon.body.subarray(1, 4).toString()).toBe('PNG');
  });

  test('Biểu mẫu: pick a unit, insert every annex, replace after consent', async () => {
    page = await openPane();
    const expected = renderWorkbook(pack, unit.code);
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Biểu mẫu', 'Kiểm tra', 'Tổng hợp']);
    await page.getByTestId('unit-combobox').pressSequentially('ba be');
    await page.getByTestId(`unit-option-${unit.code}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    expect(await text(page, 'result')).toContain(`Đã chèn ${pack.annexes.length} phụ lục cho ${unit.name}`);
    checkWorkbook(await readWorkbook(page), expected, unit.code);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'production-taskpane.png'), fullPage: true, animations: 'disabled' });

    await page.getByTestId('insert-button').click();
    await page.getByTestId('replace-confirm').click();
    await page.getByTestId('result').waitFor();
    expect(await text(page, 'result')).toContain(`${expected.sheets.length} trang cũ được giữ lại (ẩn), có thể khôi phục.`);
    checkWorkbook(await readWorkbook(page), expected, unit.code);
  });

  test('Kiểm tra: findings, select, mark, fix a number typed as text', async () => {
    page = await openPane();
    await page.getByTestId('unit-combobox').pressSequentially('ba be');
    await page.getByTestId(`unit-option-${unit.code}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    await checkValidateTab(page, pack, unit.code, path.join(SCREENSHOTS, 'production-validate.png'));
  });

  test('Tổng hợp: statuses of picked files, merge, include a unit with a reason', async () => {
    const opened = (page = await openPane());
    await checkMergeTab(opened, pack, async () => (await readWorkbook(opened)).sheets, path.join(SCREENSHOTS, 'production-merge.png'));
    // Two merges into the workbook, 17 sheets each (one detail sheet per annex).
  }, 180_000);

  test('English display language, and an Excel without ExcelApi 1.8 told so in plain words', async () => {
    page = await openPane('?lang=en-US&api=1.7', { locale: 'en-US' });
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Templates', 'Validate', 'Merge']);
    // Said when the tab opens, before any click (the pane's per-tab requirement check), in English here.
    await page.getByTestId('requirements-templates').waitFor();
    expect(await text(page, 'requirements-templates')).toContain('ExcelApi 1.8');
    await page.getByTestId('unit-combobox').pressSequentially('H01');
    await page.getByTestId('unit-option-H01').click();
    expect(await page.getByTestId('insert-button').isDisabled()).toBe(true);
    expect((await readWorkbook(page)).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('Trident (Internet Explorer webview): the page guard says what to do, in Vietnamese and English', async () => {
    page = await openPane('', { userAgent: TRIDENT_UA });
    const message = page.getByTestId('unsupported-webview');
    await message.waitFor({ state: 'visible' });
    const shown = await message.innerText();
    for (const lang of ['vi', 'en'] as const) {
      expect(shown).toContain(paneMessages['pane.unsupportedWebview.title'][lang]);
      expect(shown).toContain(paneMessages['pane.unsupportedWebview.body'][lang]);
    }
    expect(shown).toContain('WebView2');
    // In Chromium the bundle still runs, but its pane stays hidden behind the message.
    expect(await page.locator('#container').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'production-trident.png'), animations: 'disabled' });

    // A modern user agent: no message.
    await page.context().close();
    page = await openPane();
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByTestId('unsupported-webview').isVisible()).toBe(false);
  });

  test('an engine without WeakMap (what the bundle needs) gets the message too', async () => {
    page = await openPane('', { initScript: () => delete (window as unknown as { WeakMap?: unknown }).WeakMap, allowErrors: true });
    await page.getByTestId('unsupported-webview').waitFor({ state: 'visible' });
  });

  test('without BigInt and the other built-ins EdgeHTML 18 and Safari 13 lack: insert, validate and merge still work', async () => {
    page = await openPane('', { initScript: stripModernBuiltIns });
    const stripped = await page.evaluate(() => (window as unknown as { __stripped: string[] }).__stripped);
    for (const name of ['BigInt', 'TextDecoder', 'TextEncoder', 'Object.fromEntries', 'Array#flatMap', 'Array#at', 'String#replaceAll', 'structuredClone', 'ResizeObserver', 'Blob#arrayBuffer', 'Promise.allSettled', 'globalThis', 'Iterator']) {
      expect(stripped).toContain(name);
    }
    await page.getByTestId('unit-combobox').pressSequentially('ba be');
    await page.getByTestId(`unit-option-${unit.code}`).click();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('result').waitFor();
    checkWorkbook(await readWorkbook(page), renderWorkbook(pack, unit.code), unit.code);
    await checkValidateTab(page, pack, unit.code, path.join(SCREENSHOTS, 'production-legacy-validate.png'));

    await page.context().close();
    const merging = (page = await openPane('', { initScript: stripModernBuiltIns }));
    await checkMergeTab(merging, pack, async () => (await readWorkbook(merging)).sheets, path.join(SCREENSHOTS, 'production-legacy-merge.png'));
    // Still no BigInt (Decimal ran on its portable integers), and the text codecs are the pane's own.
    const after = await merging.evaluate(() => ({
      bigInt: typeof (window as unknown as { BigInt?: unknown }).BigInt,
      decoder: String((window as unknown as { TextDecoder: unknown }).TextDecoder),
    }));
    expect(after.bigInt).toBe('undefined');
    expect(after.decoder).not.toContain('[native code]');
  }, 240_000);
});
