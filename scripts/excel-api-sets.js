#!/usr/bin/env node
/**
 * Generates test/simulator/excel-api-sets.generated.ts: for every member of the Excel classes the
 * workbook simulator models, the requirement set Microsoft tags it with — the `[Api set: ExcelApi 1.x]`
 * line of its doc comment in @types/office-js (a member without a tag has its class's set). The
 * simulator refuses a member above the host's level, as Excel does; tests check that the adapter's
 * gates name the sets their members need. Nothing here is typed by hand but the list of classes.
 *
 *   node scripts/excel-api-sets.js          # rewrites the generated file
 *   node scripts/excel-api-sets.js --check  # exits 1 when the file is not what the installed types give
 *
 * Tags seen: "ExcelApi 1.9"; "ExcelApi 1.2 for options; 1.7 for password" (the member is in the lowest
 * set, an argument needs a higher one: kept in EXCEL_API_ARGUMENTS); "ExcelApiOnline 1.1",
 * "ExcelApiDesktop 1.1", "ExcelApi BETA (PREVIEW ONLY)" (not in any numbered set: kept as "online 1.1",
 * "desktop 1.1", "beta").
 */
const { readFileSync, writeFileSync } = require('fs');
const { join } = require('path');

/** The classes the simulator implements (test/simulator/*-proxies.ts). */
const CLASSES = [
  'Workbook',
  'WorksheetCollection',
  'Worksheet',
  'WorksheetProtection',
  'WorksheetFreezePanes',
  'PageLayout',
  'Range',
  'RangeAreas',
  'RangeFormat',
  'RangeFont',
  'RangeFill',
  'RangeBorder',
  'RangeBorderCollection',
  'FormatProtection',
  'DataValidation',
  'ConditionalFormatCollection',
  'ConditionalFormat',
  'CustomConditionalFormat',
  'ConditionalFormatRule',
  'ConditionalRangeFormat',
  'ConditionalRangeFill',
  'ConditionalRangeFont',
  'NamedItem',
  'NamedItemCollection',
  'ChartCollection',
  'Chart',
  'ChartTitle',
  'ChartLegend',
  'ChartDataLabels',
  'ChartAxes',
  'ChartAxis',
  'ChartAxisTitle',
  'ChartSeriesCollection',
  'ChartSeries',
  'ChartSeriesFormat',
  'ChartFill',
  'ChartLineFormat',
  'ChartPointsCollection',
  'ChartPoint',
  'ChartPointFormat',
];

const ROOT = join(__dirname, '..');
const TYPES = join(ROOT, 'node_modules', '@types', 'office-js');
const OUTPUT = join(ROOT, 'test', 'simulator', 'excel-api-sets.generated.ts');

/** "ExcelApi 1.2 for options; 1.7 for password" → { base: '1.2', args: { options: '1.2', password: '1.7' } }. */
function parseTag(tag) {
  const text = tag.trim();
  if (/^ExcelApiOnline\s/.test(text)) return { base: `online ${text.split(/\s+/)[1]}`, args: {} };
  if (/^ExcelApiDesktop\s/.test(text)) return { base: `desktop ${text.split(/\s+/)[1]}`, args: {} };
  if (!/^ExcelApi\s/.test(text)) return null;
  if (/BETA|PREVIEW/i.test(text)) return { base: 'beta', args: {} };
  const args = {};
  const versions = [];
  // Only the numbered sets count ("ExcelApi Preview for null `destinationRange`" is no set).
  for (const m of text.replace(/^ExcelApi\s+/, '').matchAll(/(\d+\.\d+)(?:\s+(?:for|allows)\s+([^,;.]+))?/g)) {
    versions.push(m[1]);
    const qualifier = m[2] && argumentKey(m[2]);
    if (qualifier && !(qualifier in args)) args[qualifier] = m[1];
  }
  if (!versions.length) throw new Error(`unexpected requirement-set tag: [Api set: ${text}]`);
  versions.sort(compareVersions);
  return { base: versions[0], args };
}

/** "setting it" → "set", "reading visibility" / "getting the name" / "get" → "get", "password" → "password". */
function argumentKey(text) {
  const t = text.trim().toLowerCase();
  if (/^(set|setting)\b/.test(t)) return 'set';
  if (/^(get|getting|reading)\b/.test(t)) return 'get';
  return t.split(/\s+/)[0].replace(/[^a-z]/g, '') || null;
}

function compareVersions(a, b) {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** Walks `declare namespace Excel { … }`: classes, their doc comments and members. */
function extract(source) {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith('declare namespace Excel {'));
  if (start < 0) throw new Error('no "declare namespace Excel" in @types/office-js');
  const wanted = new Set(CLASSES);
  const sets = {};
  const argumentSets = {};
  let comment = [];
  let inComment = false;
  let current = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('}')) break;
    const trimmed = line.trim();
    if (trimmed.startsWith('/**')) {
      comment = [trimmed];
      inComment = !trimmed.endsWith('*/');
      continue;
    }
    if (inComment) {
      comment.push(trimmed);
      if (trimmed.endsWith('*/')) inComment = false;
      continue;
    }
    const tagText = comment.map((c) => /\[Api set:\s*([^\]]*)\]/.exec(c)).find(Boolean);
    const tag = tagText ? parseTag(tagText[1]) : null;
    const classMatch = /^ {4}class (\w+) extends OfficeExtension\.ClientObject \{/.exec(line);
    if (classMatch) {
      current = wanted.has(classMatch[1]) ? { name: classMatch[1], set: tag ? tag.base : null } : null;
      if (current) {
        if (!current.set) throw new Error(`class ${current.name} has no ExcelApi tag`);
        sets[current.name] = {};
      }
      comment = [];
      continue;
    }
    if (/^ {4}\}/.test(line)) {
      current = null;
      comment = [];
      continue;
    }
    const member = current && /^ {8}(?:readonly\s+)?(\w+)\??\s*[:(<]/.exec(line);
    if (member) {
      const name = member[1];
      if (name !== 'context' && !(name in sets[current.name])) {
        sets[current.name][name] = tag ? tag.base : current.set;
        if (tag && Object.keys(tag.args).length > 1) argumentSets[`${current.name}.${name}`] = tag.args;
      }
    }
    if (trimmed !== '') comment = [];
  }
  const missing = CLASSES.filter((c) => !sets[c]);
  if (missing.length) throw new Error(`classes not found in @types/office-js: ${missing.join(', ')}`);
  return { sets, argumentSets };
}

function render() {
  const version = JSON.parse(readFileSync(join(TYPES, 'package.json'), 'utf8')).version;
  const { sets, argumentSets } = extract(readFileSync(join(TYPES, 'index.d.ts'), 'utf8'));
  const out = [];
  out.push(`// Generated by scripts/excel-api-sets.js from @types/office-js ${version}: do not edit.`);
  out.push('// Each member of the classes the simulator models, with the requirement set of its [Api set: …] tag.');
  out.push('');
  out.push(`export const OFFICE_JS_TYPES_VERSION = '${version}';`);
  out.push('');
  out.push('export const EXCEL_API_SETS: Readonly<Record<string, Readonly<Record<string, string>>>> = {');
  for (const cls of CLASSES) {
    out.push(`  ${cls}: {`);
    for (const [name, set] of Object.entries(sets[cls]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.push(`    ${name}: '${set}',`);
    out.push('  },');
  }
  out.push('};');
  out.push('');
  out.push('/** Members tagged per argument ("1.2 for options; 1.7 for password"): the set each argument needs. */');
  out.push('export const EXCEL_API_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {');
  for (const [key, args] of Object.entries(argumentSets).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(`  '${key}': { ${Object.entries(args).map(([k, v]) => `${k}: '${v}'`).join(', ')} },`);
  }
  out.push('};');
  out.push('');
  return out.join('\n');
}

module.exports = { render, parseTag, OUTPUT };

if (require.main === module) {
  const text = render();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // missing: not up to date
    }
    if (current !== text) {
      console.error(`${OUTPUT} is not up to date with @types/office-js: run node scripts/excel-api-sets.js`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
