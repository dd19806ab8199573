#!/usr/bin/env node
/**
 * Offline check of the add-in manifest — `office-addin-manifest validate` needs Microsoft's web service,
 * this needs only xmllint (Debian: libxml2-utils) and Microsoft's 2020 XML schemas from ../shared.
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 *
 * Checks, beyond the schema: every `resid` names a resource of the right kind (images, urls, short or
 * long strings), every URL is https and lies under the add-in's base, and every file the manifest serves
 * from that base exists — icons with the pixel size they are declared with. The base is
 * https://localhost:3000/ for the development manifest (files from the project: assets/); for any other
 * manifest (a release, dist/manifest.xml) it is the folder of its SourceLocation, served from the
 * manifest's own folder (so `node scripts/validate-manifest.js dist/manifest.xml` checks what ships).
 * Env: OFFICE_MANIFEST_SCHEMA = path of OfficeAppManifestV1_1.xsd (default ../shared/schemas/office-manifest/).
 * Exit code 0 when valid, 1 when not, 2 when the check itself cannot run.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000';
const DEFAULT_SCHEMA = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');

/** Which resource list a `resid` may point into, by the name of the element that carries it. */
const RESOURCE_KIND_BY_ELEMENT = {
  Image: 'Images',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};
const RESOURCE_KINDS = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

function xmllint(args) {
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (run.error) throw new CannotRun(`xmllint cannot be started (${run.error.code}); install libxml2-utils`);
  return run;
}

class CannotRun extends Error {}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

/** Values of the attributes an XPath selects (empty when it selects nothing). */
function attributes(manifest, xpath) {
  const run = xmllint(['--xpath', xpath, manifest]);
  if (run.status !== 0) return []; // xmllint exits 10 on an empty node set
  return [...run.stdout.matchAll(/[\w:.-]+="([^"]*)"/g)].map((m) => decode(m[1]));
}

/** Text of the elements an XPath selects, one per node. */
function texts(manifest, xpath) {
  const run = xmllint(['--xpath', xpath, manifest]);
  if (run.status !== 0) return [];
  return [...run.stdout.matchAll(/>([^<]*)</g)].map((m) => decode(m[1]).trim());
}

const byName = (name) => `*[local-name()='${name}']`;

function checkSchema(manifest, schema) {
  if (!fs.existsSync(schema)) throw new CannotRun(`schema not found: ${schema} (set OFFICE_MANIFEST_SCHEMA)`);
  const run = xmllint(['--noout', '--schema', schema, manifest]);
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.endsWith('fails to validate'));
}

function resourceIds(manifest) {
  const ids = {};
  for (const kind of RESOURCE_KINDS) {
    ids[kind] = attributes(manifest, `//${byName('Resources')}/${byName(kind)}/*/@id`);
  }
  return ids;
}

function checkResids(manifest, ids) {
  const problems = [];
  for (const kind of RESOURCE_KINDS) {
    const seen = new Set();
    for (const id of ids[kind]) {
      if (seen.has(id)) problems.push(`resource id "${id}" is defined twice in ${kind}`);
      seen.add(id);
    }
  }
  const all = new Set(RESOURCE_KINDS.flatMap((kind) => ids[kind]));
  for (const [element, kind] of Object.entries(RESOURCE_KIND_BY_ELEMENT)) {
    for (const resid of attributes(manifest, `//${byName(element)}/@resid`)) {
      if (!ids[kind].includes(resid)) {
        problems.push(`<${element} resid="${resid}">: no ${kind} resource has this id`);
      }
    }
  }
  const known = Object.keys(RESOURCE_KIND_BY_ELEMENT).map((name) => `local-name()!='${name}'`).join(' and ');
  for (const resid of attributes(manifest, `//*[${known}]/@resid`)) {
    if (!all.has(resid)) problems.push(`resid "${resid}" names no resource`);
  }
  return [...new Set(problems)];
}

/** Every URL-valued setting and resource of the manifest, with where it was found. */
function urls(manifest) {
  const found = [];
  for (const value of attributes(manifest, '//@DefaultValue | //@Value')) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push(value);
  }
  for (const value of texts(manifest, `//${byName('AppDomain')}`)) found.push(value);
  return found;
}

function checkHttps(manifest) {
  return urls(manifest)
    .filter((url) => !url.toLowerCase().startsWith('https://'))
    .map((url) => `URL is not https: ${url}`);
}

/** Where the manifest's files are served from: its base URL and the local folder that holds them. */
function servedFrom(manifest) {
  const [source] = attributes(manifest, `/${byName('OfficeApp')}/${byName('DefaultSettings')}/${byName('SourceLocation')}/@DefaultValue`);
  if (!source || source.startsWith(`${DEV_ORIGIN}/`)) return { base: `${DEV_ORIGIN}/`, folder: ROOT, dev: true };
  let base;
  try {
    base = new URL('./', source).href;
  } catch {
    return null;
  }
  return { base, folder: path.dirname(manifest), dev: false };
}

let served = { base: `${DEV_ORIGIN}/`, folder: ROOT, dev: true };

/** Maps a URL under the base to the file it serves, or null for URLs elsewhere (and the dev server's pages). */
function localFile(url) {
  if (!url.startsWith(served.base)) return null;
  const relative = decodeURIComponent(url.slice(served.base.length).split(/[?#]/)[0]);
  // The dev manifest's page is built by webpack; its assets are files of the project.
  if (served.dev && !relative.startsWith('assets/')) return null;
  return path.join(served.folder, relative);
}

function checkBase(manifest) {
  if (!served) return ['SourceLocation is not a URL'];
  const origin = new URL(served.base).origin;
  return urls(manifest)
    .filter((url) => !url.startsWith(served.base) && url !== origin)
    .map((url) => `URL outside the add-in's base ${served.base}: ${url}`);
}

function pngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function checkAssets(manifest) {
  const problems = [];
  for (const url of urls(manifest)) {
    const file = localFile(url);
    if (file && !fs.existsSync(file)) problems.push(`${url}: ${path.relative(ROOT, file)} does not exist`);
  }
  // Declared icon sizes: IconUrl 32 px, HighResolutionIconUrl 64 px, <bt:Image size="n" resid> n px.
  const expectSize = (url, size, where) => {
    const file = localFile(url);
    if (!file || !fs.existsSync(file)) return;
    const actual = pngSize(file);
    if (!actual) problems.push(`${where}: ${path.relative(ROOT, file)} is not a PNG file`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${where}: ${path.relative(ROOT, file)} is ${actual.width}×${actual.height}, expected ${size}×${size}`);
    }
  };
  for (const url of attributes(manifest, `/${byName('OfficeApp')}/${byName('IconUrl')}/@DefaultValue`)) {
    expectSize(url, 32, 'IconUrl');
  }
  for (const url of attributes(manifest, `/${byName('OfficeApp')}/${byName('HighResolutionIconUrl')}/@DefaultValue`)) {
    expectSize(url, 64, 'HighResolutionIconUrl');
  }
  for (const id of attributes(manifest, `//${byName('Resources')}/${byName('Images')}/*/@id`)) {
    const [url] = attributes(manifest, `//${byName('Resources')}/${byName('Images')}/*[@id='${id}']/@DefaultValue`);
    for (const size of new Set(attributes(manifest, `//${byName('Icon')}/*[@resid='${id}']/@size`))) {
      if (url) expectSize(url, Number(size), `image "${id}" (size ${size})`);
    }
  }
  return [...new Set(problems)];
}

function validate(manifest, schema) {
  const wellFormed = xmllint(['--noout', manifest]);
  if (wellFormed.status !== 0) {
    // Every other check reads the manifest with XPath: they would only repeat the parse error.
    return [{ name: 'well-formed XML', problems: wellFormed.stderr.split('\n').filter((line) => line.trim()) }];
  }
  const ids = resourceIds(manifest);
  served = servedFrom(manifest);
  return [
    { name: 'XML schema', problems: checkSchema(manifest, schema) },
    { name: 'resource ids', problems: checkResids(manifest, ids) },
    { name: 'https URLs', problems: checkHttps(manifest) },
    { name: "URLs under the add-in's base", problems: checkBase(manifest) },
    { name: 'asset files', problems: served ? checkAssets(manifest) : [] },
  ];
}

function main() {
  const manifest = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
  const schema = path.resolve(process.env.OFFICE_MANIFEST_SCHEMA || DEFAULT_SCHEMA);
  if (!fs.existsSync(manifest)) {
    console.error(`Manifest not found: ${manifest}`);
    return 2;
  }
  let results;
  try {
    results = validate(manifest, schema);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    console.error(`Cannot validate ${manifest}: ${error.message}`);
    return 2;
  }
  console.log(`Manifest: ${path.relative(process.cwd(), manifest) || manifest}`);
  console.log(`Schema:   ${path.relative(process.cwd(), schema)}`);
  for (const { name, problems } of results) {
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
    for (const problem of problems) console.log(`       ${problem}`);
  }
  const failed = results.reduce((n, r) => n + r.problems.length, 0);
  console.log(failed === 0 ? 'The manifest is valid.' : `The manifest is NOT valid: ${failed} problem(s).`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { validate };
