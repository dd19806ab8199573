import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The command line as a federation's IT person gets it: `npm pack` → one tarball with the built CLI, the
 * default pack and the four runtime dependencies bundled (docx for the draft reports) (no tests, no sources), installed with
 * `npm install -g` — offline: the tarball needs nothing from the registry — and run as `annex` anywhere.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  bundleDependencies: string[];
};

jest.setTimeout(180_000);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annex-package-'));
  // `npm ci` builds the CLI (prepare); a checkout where nobody ran it builds it here.
  if (!fs.existsSync(path.join(ROOT, 'build', 'cli', 'cli', 'main.js'))) {
    const build = spawnSync(NPM, ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('npm ci builds the CLI: a prepare script that needs only TypeScript', () => {
  expect(pkg.scripts.prepare).toBe('npm run build:cli');
  expect(pkg.scripts['build:cli']).toMatch(/^tsc /);
  expect(pkg.bin).toEqual({ annex: 'bin/annex.js' });
  // What the CLI needs at run time, and nothing of the task pane (bundled into dist/ at build time).
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@e965/xlsx', 'docx', 'fflate', 'jsbi']);
  expect(pkg.bundleDependencies).toEqual(['@e965/xlsx', 'docx', 'fflate', 'jsbi']);
});

test('npm pack: the built CLI and the default pack, without tests or sources', () => {
  const run = spawnSync(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  const [info] = JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>;
  const files = info.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'bin/annex.js', 'build/cli/cli/main.js', 'build/cli/cli/merge-worker.js', 'build/cli/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json', 'docs/deploy.md']) {
    expect(files).toContain(needed);
  }
  for (const bundled of ['node_modules/fflate/package.json', 'node_modules/jsbi/package.json', 'node_modules/@e965/xlsx/package.json', 'node_modules/docx/package.json']) expect(files).toContain(bundled);
  // The runtime dependencies and what they need (the lock's packages not marked dev), nothing else.
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const runtime = Object.entries(lock.packages).filter(([at, info]) => at.startsWith('node_modules/') && !info.dev).map(([at]) => `${at}/`);
  expect(runtime.length).toBeGreaterThanOrEqual(4);
  const outside = files.filter((f) => !runtime.some((r) => f.startsWith(r)));
  expect(outside.filter((f) => /^(test|src|dist|scripts|bench|node_modules|build\/(bench|tsc))\//.test(f) || f.endsWith('.test.js'))).toEqual([]);
});

test('npm install -g of the tarball gives an `annex` that runs from any folder', () => {
  const packed = spawnSync(NPM, ['pack', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
  expect(packed.status).toBe(0);
  const tarball = path.join(tmp, `${pkg.name}-${pkg.version}.tgz`);
  expect(fs.existsSync(tarball)).toBe(true);

  const prefix = path.join(tmp, 'global');
  const install = spawnSync(NPM, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: tmp, encoding: 'utf8' });
  expect(`${install.status} ${install.stderr}`).toMatch(/^0 /);

  const annex = path.join(prefix, process.platform === 'win32' ? 'annex.cmd' : path.join('bin', 'annex'));
  const elsewhere = fs.mkdtempSync(path.join(tmp, 'office-'));
  const help = spawnSync(annex, ['--help'], { cwd: elsewhere, encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('annex template');

  // The default pack travels inside the package: its units, from a folder that has nothing of the project.
  const units = spawnSync(annex, ['units'], { cwd: elsewhere, encoding: 'utf8' });
  expect(units.status).toBe(0);
  expect(units.stdout).toContain('LĐLĐ huyện Ba Bể');

  const made = spawnSync(annex, ['template', '--unit', 'H02', '--out', 'H02.xlsx'], { cwd: elsewhere, encoding: 'utf8' });
  expect(made.status).toBe(0);
  expect(fs.readFileSync(path.join(elsewhere, 'H02.xlsx')).subarray(0, 2).toString()).toBe('PK');
});
