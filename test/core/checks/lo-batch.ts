/** LibreOffice headless over many workbooks in one run (one start-up), for the check-sheet suites. */
import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { readWorkbook, type ReadWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';

export const BATCH_TIMEOUT_MS = 180_000;

/** soffice --convert-to xlsx of every input into outDir, one process; resolves with the output paths in input order. */
export function convertAll(inputs: readonly string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), `lo-profile-${randomBytes(4).toString('hex')}-`));
  mkdirSync(outDir, { recursive: true });
  const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'xlsx', '--outdir', outDir, ...inputs];
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
      reject(new Error(`soffice timed out\n${output}`));
    }, BATCH_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      const outputs = inputs.map((i) => join(outDir, basename(i)));
      const missing = outputs.filter((o) => !existsSync(o));
      if (code === 0 && missing.length === 0) resolve(outputs);
      else reject(new Error(`soffice exited with ${code}; missing ${missing.join(', ')}\n${output}`));
    });
  });
}

/**
 * What a writer that does not calculate leaves (openpyxl, a script): every formula without its
 * cached value, so that the spreadsheet program has to compute them all.
 */
export function stripCachedValues(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]);
    const stripped = xml.replace(/<c ([^>]*?)(?: t="str")?>(<f>[\s\S]*?<\/f>)<v>[\s\S]*?<\/v><\/c>/g, (_m, attrs: string, f: string) => `<c ${attrs.replace(/ t="str"/, '')}>${f}</c>`);
    files[name] = strToU8(stripped);
  }
  return zipSync(files);
}

export interface Scenario {
  name: string;
  model: WorkbookModel;
  /** Leave the cached values in (default: stripped, as an outside writer would). */
  keepCache?: boolean;
  /** Changes to the file's bytes after writing (a boolean or an error value typed in). */
  patch?: (bytes: Uint8Array) => Uint8Array;
}

/** Writes every scenario, converts them all in one LibreOffice run, and reads the results back. */
export async function recalcAll(scenarios: readonly Scenario[], dir: string): Promise<Map<string, ReadWorkbook>> {
  const inDir = join(dir, 'in');
  mkdirSync(inDir, { recursive: true });
  const inputs = scenarios.map((s) => {
    const file = join(inDir, `${s.name}.xlsx`);
    const written = writeWorkbook(s.model);
    const bytes = s.patch ? s.patch(written) : written;
    writeFileSync(file, s.keepCache ? bytes : stripCachedValues(bytes));
    return file;
  });
  const outputs = await convertAll(inputs, join(dir, 'out'));
  const result = new Map<string, ReadWorkbook>();
  scenarios.forEach((s, i) => {
    const read = readWorkbook(new Uint8Array(readFileSync(outputs[i])));
    if (!read.ok) throw new Error(`${s.name}: ${read.error.code} ${read.error.detail}`);
    result.set(s.name, read.workbook);
  });
  return result;
}

/** The raw XML of a worksheet part of a file (conditional formats are not read by our reader). */
export function sheetXml(bytes: Uint8Array, index: number): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${index + 1}.xml`]);
}
