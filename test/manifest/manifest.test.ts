import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The offline manifest check (scripts/validate-manifest.js) on the real manifest and on broken copies. */

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const MANIFEST = path.join(ROOT, 'manifest.xml');
function validate(manifest: string) {
  const run = spawnSync(process.execPath, [SCRIPT, manifest], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the manifest with one edit, in the temp folder (the real one is never touched). */
function brokenCopy(name: string, edit: (xml: string) => string): string {
  const original = fs.readFileSync(MANIFEST, 'utf8');
  const changed = edit(original);
  expect(changed).not.toBe(original);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, changed);
  return file;
}

test('manifest.xml passes the schema and the extra checks', () => {
  const { status, output } = validate(MANIFEST);
  expect(output).toContain('The manifest is valid.');
  expect(status).toBe(0);
});

test('the manifest says what the brief asks for', () => {
  const xml = fs.readFileSync(MANIFEST, 'utf8');
  expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
  expect(xml).toMatch(/<DisplayName DefaultValue="Phụ lục biểu mẫu">\s*<Override Locale="en-US" Value="Annex tables"\/>/);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
});

test('a resid naming no resource is refused', () => {
  const file = brokenCopy('bad-resid.xml', (xml) =>
    xml.replace('<Label resid="AnnexTaskpaneButton.Label"/>', '<Label resid="NoSuch.Label"/>'),
  );
  const { status, output } = validate(file);
  expect(status).toBe(1);
  expect(output).toContain('NoSuch.Label');
  expect(output).toContain('NOT valid');
});

test('a resid pointing at a resource of the wrong kind is refused', () => {
  // A button label must be a short string; GetStarted.Description is a long one.
  const file = brokenCopy('wrong-kind.xml', (xml) =>
    xml.replace('<Label resid="AnnexGroup.Label"/>', '<Label resid="GetStarted.Description"/>'),
  );
  const { status, output } = validate(file);
  expect(status).toBe(1);
  expect(output).toMatch(/no ShortStrings resource has this id/);
});

test('an http URL and a missing icon are refused', () => {
  const file = brokenCopy('http-and-icon.xml', (xml) =>
    xml
      .replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')
      .replace('assets/icon-80.png', 'assets/icon-81.png'),
  );
  const { status, output } = validate(file);
  expect(status).toBe(1);
  expect(output).toMatch(/URL is not https: http:\/\/localhost:3000\/assets\/support\.html/);
  expect(output).toMatch(/assets\/icon-81\.png does not exist/);
});

test('an icon of the wrong pixel size is refused', () => {
  const file = brokenCopy('icon-size.xml', (xml) =>
    xml.replace('<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>', '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'),
  );
  const { status, output } = validate(file);
  expect(status).toBe(1);
  expect(output).toMatch(/icon-32\.png is 32×32, expected 16×16/);
});

test('a schema violation is refused', () => {
  const file = brokenCopy('schema.xml', (xml) => xml.replace('<Version>1.0.0.0</Version>', '<Version>one</Version>'));
  const { status, output } = validate(file);
  expect(status).toBe(1);
  expect(output).toMatch(/FAIL XML schema/);
});
