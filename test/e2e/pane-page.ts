/**
 * What the e2e suites share: the browser, builds with the project's webpack.config.js, a static server
 * (http, or https with a throwaway certificate), and reading the simulated workbook back from the page.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { CHROMIUM, chromium, requiring } from '../support/requires';

export const ROOT = path.resolve(__dirname, '..', '..');
export { CHROMIUM };
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'e2e');
/** A build with a cold babel cache (CI's first e2e build, dependencies transpiled to ES2017) on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 420_000;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** describe where Chromium is (always in CI: missing there is a failure), describe.skip with one line elsewhere. */
export const e2eSuite = requiring(chromium(), 'the task pane end to end in Chromium').describe;

/** Runs webpack-cli with the project's config; resolves with its output, rejects with its tail. */
export function webpack(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--config', path.join(ROOT, 'webpack.config.js'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`webpack failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/**
 * Builds taskpane.html and harness.html (development mode) into a folder. While iterating on one test,
 * E2E_PANE_BUILD=<folder> reuses a build made there earlier (`webpack --mode development --env e2e
 * --env outDir=<folder>`) instead of building again; never set in CI.
 */
export async function buildPane(outDir: string): Promise<string> {
  const reuse = process.env.E2E_PANE_BUILD;
  if (reuse && process.env.CI !== 'true' && fs.existsSync(path.join(reuse, 'harness.html'))) {
    fs.cpSync(reuse, outDir, { recursive: true });
    return `reused ${reuse}`;
  }
  return webpack(['--mode', 'development', '--env', 'e2e', '--env', `outDir=${outDir}`]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The cache headers docs/deploy.md asks a host for: the page and the manifest revalidated on every load
 * (a new release is seen at once), files named by their content hash kept for a year, the rest an hour.
 */
export function cacheControl(file: string): string {
  const name = path.basename(file);
  if (name.endsWith('.html') || name.endsWith('.xml')) return 'no-cache';
  if (/\.[0-9a-f]{8}(\.chunk)?\.js$/.test(name)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

export interface StaticServer {
  /** Origin and prefix, with a trailing slash: https://127.0.0.1:PORT/prefix/ */
  url: string;
  /** The folder served (may be set after the server has started, once its URL was needed for a build). */
  root: string | null;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for 127.0.0.1 and localhost, made by Debian's openssl, valid one day. */
export function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-cert-'));
  try {
    const run = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
      { encoding: 'utf8' },
    );
    if (run.error || run.status !== 0) throw new Error(`openssl could not make a certificate (apt-get install openssl): ${run.error?.message ?? run.stderr}`);
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A static file server on 127.0.0.1 and a random port, serving `root` under `prefix` (a host that
 * serves dist/ under a sub-path), with the cache headers of cacheControl(); https when given a key pair.
 */
export function serve(options: { root?: string; prefix?: string; tls?: { key: Buffer; cert: Buffer } } = {}): Promise<StaticServer> {
  const prefix = `/${(options.prefix ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const state: StaticServer = { url: '', root: options.root ?? null, close: async () => undefined };
  const handler: http.RequestListener = (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const root = state.root;
    if (!root || !pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    const file = path.join(root, path.normalize(pathname.slice(prefix.length)));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl(file), 'x-content-type-options': 'nosniff' });
    fs.createReadStream(file).pipe(res);
  };
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      state.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}${prefix}`;
      state.close = () => new Promise((done) => server.close(() => done()));
      resolve(state);
    });
  });
}

/** What the page exposes of the simulator (see office-sim.ts), as plain data for page.evaluate. */
export interface SimCellView {
  row: number;
  col: number;
  value: string | number | boolean | null;
  formula: string | null;
  locked: boolean;
}

export interface WorkbookView {
  sheets: Array<{ name: string; visibility: string; protected: boolean; cells: SimCellView[] }>;
  names: string[];
  syncCount: number;
}

export function readWorkbook(page: Page): Promise<WorkbookView> {
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

export function text(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).innerText().then((s) => s.trim());
}

/** The simulated workbook holds each sheet of the model: identity, codes, formulas, unlocked inputs. */
export function checkWorkbook(workbook: WorkbookView, expected: WorkbookModel, unitCode: string): void {
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
    if (model.role === 'checks' || model.role === 'overview') {
      // The check sheet and the unit's glance hold formulas only: nothing to type, nothing unlocked.
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

/** A task pane as Excel gives it on a small laptop screen (issue 15): every result must be seen at this size. */
export const PANE = { width: 350, height: 600 };

/**
 * The element is on screen, whole, and not covered nor clipped by a scrolling container: its rectangle
 * lies within the viewport and the point at its centre belongs to it. Fails naming where it is.
 */
export async function expectInView(page: Page, testId: string): Promise<void> {
  const where = await page.getByTestId(testId).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + Math.min(r.height / 2, 10));
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: window.innerHeight, hit: !!hit && (el === hit || el.contains(hit)) };
  });
  expect({ testId, ...where, visible: where.top >= 0 && where.bottom <= where.height && where.hit }).toEqual({ testId, ...where, visible: true });
}

/** The data-testid of the focused element, or its tag name when it has none ("BODY"). */
export function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
}

/** The pane built (webpack), served and a Chromium launched for a suite: `server` and `browser` once its beforeAll has run. */
export interface BuiltPane {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * For a suite: the pane built into a temporary folder, served on 127.0.0.1 and a headless Chromium
 * launched before its tests (after `before`), all closed and removed after them.
 */
export function builtPane(prefix: string, before: () => void | Promise<void> = () => {}): BuiltPane {
  let outDir = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await before();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await buildPane(outDir);
    server = await serve({ root: outDir });
    browser = await playwright.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

export interface PanePageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Playwright's wait for each step, well under jest's own timeout. */
  timeout?: number;
  acceptDownloads?: boolean;
}

/**
 * A fresh page (a fresh simulated workbook) of the served pane, the size of a task pane by default.
 * Nothing may leave the machine; every page error is pushed onto `errors` (the suite fails on them).
 */
export async function openPanePage(pane: BuiltPane, pageName: string, errors: string[], options: PanePageOptions = {}): Promise<Page> {
  // Reduced motion: Fluent then skips its transitions, so screenshots show the settled pane.
  const context = await pane.browser.newContext({ viewport: options.viewport ?? PANE, locale: options.locale ?? 'vi-VN', reducedMotion: 'reduce', acceptDownloads: options.acceptDownloads ?? false });
  // office.js and any other outside request fail at once.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  // A step fails with Playwright's account of what it waited for, before jest's timeout.
  context.setDefaultTimeout(options.timeout ?? 15_000);
  const opened = await context.newPage();
  opened.on('pageerror', (error) => errors.push(process.env.E2E_STACKS ? `${error.message}\n${error.stack ?? ''}` : error.message));
  await opened.goto(`${pane.server.url}${pageName}`);
  return opened;
}
