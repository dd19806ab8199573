/**
 * Suites that need something outside the project — LibreOffice, Chromium, the shared corpus beside
 * the checkout, the built CLI, a tool from Debian — say so in one place. Under CI (CI=true) nothing is
 * ever skipped: a missing requirement is a failing test that names it and how to get it. Elsewhere
 * the suite is skipped with one line saying what and why, so a developer without LibreOffice can
 * still run the rest.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { resolve } from 'path';

export const ROOT = resolve(__dirname, '..', '..');
export const inCI = (): boolean => process.env.CI === 'true';

export interface Requirement {
  /** What is needed, e.g. "LibreOffice (soffice)". */
  what: string;
  /** How to get it, e.g. "apt-get install libreoffice-calc-nogui". */
  how: string;
  present: boolean;
}

const warned = new Set<string>();

/**
 * `describe` when every requirement is present, or under CI (where a failing test then names what is
 * missing); `describe.skip` with one printed line otherwise. `runs` says which, for the suite's hooks.
 */
export function requiring(requirements: Requirement | Requirement[], suite: string): { describe: jest.Describe; runs: boolean } {
  const list = Array.isArray(requirements) ? requirements : [requirements];
  const missing = list.filter((r) => !r.present);
  if (missing.length === 0) return { describe, runs: true };
  if (inCI()) {
    // The suite runs (and fails on the tools it lacks); this test says plainly why.
    test(`requirements of "${suite}" are present (CI never skips)`, () => {
      expect(missing.map((r) => `${r.what} — ${r.how}`)).toEqual([]);
    });
    return { describe, runs: true };
  }
  const line = `skipped "${suite}": ${missing.map((r) => `${r.what} is missing (${r.how})`).join('; ')}`;
  if (!warned.has(line)) {
    warned.add(line);
    console.warn(line);
  }
  return { describe: describe.skip, runs: false };
}

/** A command on PATH that answers `--version` (or the given probe arguments). */
export function command(name: string, how: string, probe: string[] = ['--version']): Requirement {
  const r = spawnSync(name, probe, { stdio: 'ignore', timeout: 30_000 });
  return { what: name, how, present: !r.error && r.status === 0 };
}

export const libreOffice = (): Requirement => ({ ...command('soffice', 'apt-get install libreoffice-calc-nogui'), what: 'LibreOffice (soffice)' });

export const CHROMIUM = '/usr/bin/chromium';
export const chromium = (): Requirement => ({ what: `Chromium (${CHROMIUM})`, how: 'apt-get install chromium', present: existsSync(CHROMIUM) });

export const SHARED_CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'real');
export const sharedCorpus = (): Requirement => ({
  what: `the shared corpus (${SHARED_CORPUS})`,
  how: 'check the project out beside ../shared, as CI does',
  present: existsSync(resolve(SHARED_CORPUS, 'expected.json')),
});

export const builtCli = (): Requirement => ({
  what: 'the built CLI (build/cli)',
  how: 'npm run build:cli',
  present: existsSync(resolve(ROOT, 'build/cli/cli/main.js')) && existsSync(resolve(ROOT, 'build/cli/cli/merge-worker.js')),
});

/** pdftoppm and pdftotext (Debian poppler-utils): a PDF page rendered to pixels, a PDF's text read back. */
export const popplerUtils = (): Requirement => ({
  what: 'poppler-utils (pdftoppm, pdftotext)',
  how: 'apt-get install poppler-utils',
  present: command('pdftoppm', '', ['-v']).present && command('pdftotext', '', ['-v']).present,
});
