#!/usr/bin/env node
/**
 * Parses every emitted .js file of a build folder with acorn at a fixed ECMAScript level and fails on the
 * first construct above it — the proof that the webviews that host ExcelApi 1.8 (EdgeHTML 18 in Windows
 * builds before WebView2, Safari 13 on older Macs and iPads) can parse the pane.
 *
 *   node scripts/check-syntax-level.js [dist] [--ecma 2017]
 *
 * ES2017 is the line: no class fields or static blocks, no `?.`/`??`, no object spread or rest, no
 * async iteration, no regular-expression features of ES2018 (acorn checks regular expressions too:
 * lookbehind, named groups, `\p{…}`, the `s` flag). webpack emits classic scripts (not modules).
 * Exit code 0 when every file parses, 1 when one does not, 2 when there is nothing to check.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const acorn = require('acorn');

function jsFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(file));
    else if (entry.name.endsWith('.js')) out.push(file);
  }
  return out.sort();
}

/** null when `source` parses at `ecmaVersion`, else where and why it does not, with the code around it. */
function checkSource(source, ecmaVersion, sourceType = 'script') {
  try {
    acorn.parse(source, { ecmaVersion, sourceType, locations: true, allowHashBang: false });
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError) || typeof error.pos !== 'number') throw error;
    const from = Math.max(0, error.pos - 60);
    const excerpt = source.slice(from, error.pos + 60).replace(/\s+/g, ' ');
    return { message: error.message, line: error.loc.line, column: error.loc.column, pos: error.pos, excerpt };
  }
}

function checkFolder(dir, ecmaVersion) {
  return jsFiles(dir).map((file) => ({ file, problem: checkSource(fs.readFileSync(file, 'utf8'), ecmaVersion) }));
}

function main(argv) {
  const at = argv.indexOf('--ecma');
  const ecmaVersion = at < 0 ? 2017 : Number(argv[at + 1]);
  const rest = at < 0 ? argv : argv.filter((_, i) => i !== at && i !== at + 1);
  const dir = path.resolve(rest[0] || 'dist');
  if (!fs.existsSync(dir)) {
    console.error(`No such folder: ${dir} (run "npm run build" first)`);
    return 2;
  }
  const results = checkFolder(dir, ecmaVersion);
  if (results.length === 0) {
    console.error(`No .js file in ${dir}`);
    return 2;
  }
  let failed = 0;
  for (const { file, problem } of results) {
    const name = path.relative(dir, file);
    if (!problem) continue;
    failed++;
    console.log(`FAIL ${name}:${problem.line}:${problem.column} ${problem.message}\n       …${problem.excerpt}…`);
  }
  console.log(
    failed === 0
      ? `${results.length} .js files parse as ECMAScript ${ecmaVersion}.`
      : `${failed} of ${results.length} .js files do NOT parse as ECMAScript ${ecmaVersion}.`,
  );
  return failed === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { checkSource, checkFolder, jsFiles };
