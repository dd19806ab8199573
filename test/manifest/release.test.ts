import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';

/**
 * The release manifest (scripts/release-manifest.js, used by webpack.config.js): ADDIN_PUBLIC_URL checked
 * and normalised, every URL moved under it, <Version> from package.json. Each manifest made here passes
 * the offline check (schema, resids, https, base, files). The real build is checked end to end in
 * test/e2e/production.test.ts.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const load = createRequire(__filename);
const release = load(path.join(ROOT, 'scripts', 'release-manifest.js')) as {
  normalizePublicUrl: (raw: string | undefined) => { href: string; origin: string; notes: string[] };
  manifestVersion: (version: string, build?: string) => string;
  releaseManifest: (xml: string, options: { publicUrl: { href: string; origin: string } | null; version: string }) => string;
  DEVELOPMENT_BUILD_NOTICE: string;
  ReleaseError: new (message: string) => Error;
};
const webpackConfig = load(path.join(ROOT, 'webpack.config.js')) as ((env: object, argv: object) => Promise<unknown>) & {
  releaseSettings: (environment: Record<string, string | undefined>, log: { warn: (s: string) => void; log: (s: string) => void }) => { publicUrl: { href: string } | null; version: string };
};
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A release folder as dist/ has it (manifest.xml beside assets/), checked by scripts/validate-manifest.js. */
function validateRelease(name: string, xml: string): { status: number | null; output: string } {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.xml'), xml);
  fs.writeFileSync(path.join(dir, 'taskpane.html'), '<!doctype html><title>Phụ lục biểu mẫu</title>');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), path.join(dir, 'manifest.xml')], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('ADDIN_PUBLIC_URL', () => {
  test.each([
    ['https://addin.example.org/phu-luc/', 'https://addin.example.org/phu-luc/'],
    ['https://addin.example.org/phu-luc', 'https://addin.example.org/phu-luc/'],
    ['  https://Addin.Example.org  ', 'https://addin.example.org/'],
    ['https://ldld.example.vn:8443/bo-tro/phu-luc', 'https://ldld.example.vn:8443/bo-tro/phu-luc/'],
    ['https://liên-đoàn.vn/phụ lục', 'https://xn--lin-on-mta0f3s.vn/ph%E1%BB%A5%20l%E1%BB%A5c/'],
    ['https://example.org/v1.2', 'https://example.org/v1.2/'],
  ])('%j → %s', (raw, href) => {
    const url = release.normalizePublicUrl(raw);
    expect(url.href).toBe(href);
    expect(url.href).toMatch(/^[\x21-\x7e]+$/); // ASCII, no spaces: what a manifest URL may hold
    expect(url.notes.length > 0).toBe(raw !== href);
  });

  test.each([
    [undefined, /empty/],
    ['', /empty/],
    ['http://addin.example.org/', /must start with https:\/\/.*only over HTTPS/],
    ['addin.example.org/phu-luc', /must start with https:\/\//],
    ['https://addin.example.org/phu-luc/?v=2', /query string/],
    ['https://addin.example.org/phu-luc/?', /query string/],
    ['https://addin.example.org/phu-luc/#top', /fragment/],
    ['https://admin:secret@addin.example.org/', /user name or password/],
    ['https://addin.example.org/phu-luc/taskpane.html', /names a file.*folder/],
    ['https://', /not a valid URL/],
    [`https://addin.example.org/${'a'.repeat(2040)}/`, /too long/],
  ])('%j is refused with a plain reason', (raw, reason) => {
    expect(() => release.normalizePublicUrl(raw)).toThrow(release.ReleaseError);
    expect(() => release.normalizePublicUrl(raw)).toThrow(reason);
  });
});

describe('<Version>', () => {
  test('package.json version and the build number', () => {
    expect(release.manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(release.manifestVersion('1.4.2', '')).toBe('1.4.2.0');
    expect(release.manifestVersion('1.4.2', ' 17 ')).toBe('1.4.2.17');
  });
  test('two releases give two versions', () => {
    expect(release.manifestVersion('1.4.2')).not.toBe(release.manifestVersion('1.4.3'));
    expect(release.manifestVersion('1.4.2', '1')).not.toBe(release.manifestVersion('1.4.2', '2'));
  });
  test.each([
    ['1.4', undefined, /MAJOR.MINOR.PATCH/],
    ['1.4.2-rc.1', undefined, /MAJOR.MINOR.PATCH/],
    ['70000.0.0', undefined, /at most 65535/],
    ['1.0.0', 'two', /ADDIN_BUILD must be a whole number/],
    ['1.0.0', '-1', /ADDIN_BUILD must be a whole number/],
    ['1.0.0', '65536', /at most 65535/],
  ])('%s with build %j is refused', (version, build, reason) => {
    expect(() => release.manifestVersion(version, build)).toThrow(reason);
  });
});

describe('the release manifest', () => {
  test.each([
    ['plain', 'https://addin.example.org/'],
    ['sub-path', 'https://www.ldld.example.vn/ung-dung/phu-luc/'],
    ['non-ASCII', 'https://liên-đoàn.vn/phụ lục/'],
    ['port', 'https://ldld.example.vn:8443/phu-luc'],
  ])('%s: every URL under the base, no localhost, the version set, and valid', (name, raw) => {
    const publicUrl = release.normalizePublicUrl(raw);
    const xml = release.releaseManifest(SOURCE, { publicUrl, version: '2.3.4.5' });
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain('<Version>2.3.4.5</Version>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${publicUrl.href}taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${publicUrl.href}taskpane.html"/>`);
    expect(xml).toContain(`<IconUrl DefaultValue="${publicUrl.href}assets/icon-32.png"/>`);
    expect(xml).toContain(`<SupportUrl DefaultValue="${publicUrl.href}assets/support.html"/>`);
    expect(xml).toContain(`<AppDomain>${publicUrl.origin}</AppDomain>`);
    const { status, output } = validateRelease(name, xml);
    expect(output).toContain("ok   URLs under the add-in's base");
    expect(output).toContain('ok   asset files');
    expect(output).toContain('The manifest is valid.');
    expect(status).toBe(0);
  });

  test('the check of a release refuses a URL elsewhere and a file missing from the release', () => {
    const publicUrl = release.normalizePublicUrl('https://addin.example.org/phu-luc/');
    const xml = release
      .releaseManifest(SOURCE, { publicUrl, version: '1.0.0.0' })
      .replace(`<SupportUrl DefaultValue="${publicUrl.href}assets/support.html"/>`, '<SupportUrl DefaultValue="https://other.example.org/help.html"/>')
      .replace('assets/icon-80.png', 'assets/icon-81.png');
    const { status, output } = validateRelease('elsewhere', xml);
    expect(status).toBe(1);
    expect(output).toContain("URL outside the add-in's base https://addin.example.org/phu-luc/: https://other.example.org/help.html");
    expect(output).toMatch(/assets\/icon-81\.png does not exist/);
  });

  test('a development build keeps the dev URLs and sets only the version', () => {
    const xml = release.releaseManifest(SOURCE, { publicUrl: null, version: '0.1.0.0' });
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).toContain('<Version>0.1.0.0</Version>');
  });

  test('a manifest with a URL outside the dev server cannot be released silently', () => {
    const publicUrl = release.normalizePublicUrl('https://addin.example.org/');
    const odd = SOURCE.replace('https://localhost:3000/assets/support.html"/>\n  <AppDomains>', 'http://localhost:8080/help.html"/>\n  <AppDomains>');
    expect(odd).not.toBe(SOURCE);
    expect(() => release.releaseManifest(odd, { publicUrl, version: '1.0.0.0' })).toThrow(/still points at http:\/\/localhost:8080\/help.html/);
  });
});

describe('the build says what it builds', () => {
  const logger = () => {
    const lines: string[] = [];
    return { lines, log: { warn: (s: string) => lines.push(s), log: (s: string) => lines.push(s) } };
  };

  test('without ADDIN_PUBLIC_URL: plainly a development build', () => {
    const { lines, log } = logger();
    const settings = webpackConfig.releaseSettings({}, log);
    expect(settings.publicUrl).toBeNull();
    expect(lines.join('\n')).toContain('DEVELOPMENT BUILD — ADDIN_PUBLIC_URL is not set');
    expect(lines.join('\n')).toContain('BẢN PHÁT TRIỂN');
  });

  test('with it: the address and the version', () => {
    const { lines, log } = logger();
    const settings = webpackConfig.releaseSettings({ ADDIN_PUBLIC_URL: 'https://addin.example.org/phu-luc', ADDIN_BUILD: '3' }, log);
    expect(settings.publicUrl?.href).toBe('https://addin.example.org/phu-luc/');
    expect(settings.version).toMatch(/^\d+\.\d+\.\d+\.3$/);
    expect(lines.join('\n')).toContain('Release build for https://addin.example.org/phu-luc/');
    expect(lines.join('\n')).not.toContain('DEVELOPMENT BUILD');
  });

  test('a bad ADDIN_PUBLIC_URL stops the production build before anything is built', async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'https://addin.example.org/?v=2';
    try {
      await expect(webpackConfig({}, { mode: 'production' })).rejects.toThrow(/query string/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
