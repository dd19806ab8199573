/** Runs LibreOffice headless to convert a file; shared by the interop suites. */
import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';
import { pathToFileURL } from 'url';

export const SOFFICE_TIMEOUT_MS = 90_000;

/**
 * Converts inputPath to `format` ("xlsx", "ods", "csv" …) into outDir and resolves with the output
 * path. Each run gets its own throw-away LibreOffice profile, so runs never share a lock or a
 * half-written profile; the process group is killed if it takes longer than 90 s.
 */
export function convertWithLibreOffice(inputPath: string, format: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), `lo-profile-${randomBytes(4).toString('hex')}-`));
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to',
    format,
    '--outdir',
    outDir,
    inputPath,
  ];
  return new Promise<string>((resolve, reject) => {
    const child = spawn('soffice', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`soffice timed out after ${SOFFICE_TIMEOUT_MS / 1000} s converting ${inputPath}\n${output}`));
    }, SOFFICE_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      const target = join(outDir, basename(inputPath, extname(inputPath)) + '.' + format.split(':')[0]);
      if (code === 0 && /convert .* -> /.test(output)) resolve(target);
      else reject(new Error(`soffice exited with ${code} converting ${inputPath}\n${output}`));
    });
  });
}

/** soffice starts a child (oosplash → soffice.bin); killing the group reaches both. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
