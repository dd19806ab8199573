#!/usr/bin/env node
/**
 * The mutation score of src/core and src/xlsx, added up from the runs kept so far
 * (`npm run mutate:score`). A whole `npm run mutate` takes many hours on 2 cores, so the tree is
 * measured in scoped runs (a few files, the suites that test them), each report kept under
 * reports/mutation/runs/ (`npm run mutate:score -- --keep NAME` copies the last report there).
 *
 * For every file Stryker mutates (the `mutate` globs of stryker.config.json), the newest kept run
 * whose report holds the file's current text counts; a file changed since its run is stale and
 * counts as not measured. The score is Stryker's: (killed + timed out) / (killed + timed out +
 * survived + no coverage); compile errors and ignored mutants are not valid mutants. A scoped run
 * used fewer tests than the whole suite, so its score is a lower bound of the whole suite's.
 *
 *   node scripts/mutation-score.js [--runs DIR] [--keep NAME]
 */
'use strict';
const fs = require('fs');
const path = require('path');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** A glob of stryker.config.json ('src/core/**\/*.ts', '!src/**\/*.d.ts') as a regular expression. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The files (relative to root, with '/') the globs select: the first globs include, '!' ones exclude. */
function mutatedFiles(root, globs) {
  const include = globs.filter((g) => !g.startsWith('!')).map(globToRegExp);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(rel);
      } else if (include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel))) out.push(rel);
    }
  };
  walk('src');
  return out.sort();
}

/** The kept runs, newest first: { name, time, report }. A file that is not a report is named, not read. */
function keptRuns(runsDir) {
  if (!fs.existsSync(runsDir)) return { runs: [], unreadable: [] };
  const runs = [];
  const unreadable = [];
  for (const name of fs.readdirSync(runsDir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(runsDir, name);
    try {
      const report = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!report || typeof report.files !== 'object') throw new Error('no files');
      runs.push({ name: name.replace(/\.json$/, ''), time: fs.statSync(file).mtimeMs, report });
    } catch {
      unreadable.push(name);
    }
  }
  runs.sort((a, b) => b.time - a.time || a.name.localeCompare(b.name));
  return { runs, unreadable };
}

/** Detected and undetected mutants of one file's report. */
function countMutants(mutants) {
  let detected = 0;
  let undetected = 0;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) detected++;
    else if (UNDETECTED.has(m.status)) undetected++;
  }
  return { detected, undetected };
}

/**
 * Per file: the run that measured it (its current text) and its counts, or why not ('not run',
 * 'stale': a run holds an older text). Totals over the measured files.
 */
function mutationScore(root, runsDir, globs) {
  const { runs, unreadable } = keptRuns(runsDir);
  const files = mutatedFiles(root, globs).map((file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const held = runs.filter((r) => r.report.files[file]);
    const current = held.find((r) => r.report.files[file].source === source);
    if (!current) return { file, lines, state: held.length ? 'stale' : 'not run' };
    return { file, lines, state: 'measured', run: current.name, tests: Object.keys(current.report.testFiles ?? {}).length, ...countMutants(current.report.files[file].mutants) };
  });
  const measured = files.filter((f) => f.state === 'measured');
  const detected = measured.reduce((n, f) => n + f.detected, 0);
  const undetected = measured.reduce((n, f) => n + f.undetected, 0);
  return {
    files,
    unreadable,
    total: { detected, undetected, score: detected + undetected ? (100 * detected) / (detected + undetected) : null },
    lines: { measured: measured.reduce((n, f) => n + f.lines, 0), all: files.reduce((n, f) => n + f.lines, 0) },
  };
}

const percent = (d, u) => (d + u ? `${((100 * d) / (d + u)).toFixed(2)} %` : '—');

function print(result) {
  const measured = result.files.filter((f) => f.state === 'measured');
  const width = Math.max(4, ...measured.map((f) => f.file.length));
  console.log(`${'file'.padEnd(width)}  ${'score'.padStart(8)}  detected / valid  run (test files)`);
  for (const f of measured) {
    console.log(`${f.file.padEnd(width)}  ${percent(f.detected, f.undetected).padStart(8)}  ${`${f.detected} / ${f.detected + f.undetected}`.padEnd(16)}  ${f.run} (${f.tests})`);
  }
  for (const f of result.files.filter((x) => x.state === 'stale')) console.log(`stale (changed since its run): ${f.file}`);
  for (const name of result.unreadable) console.log(`not a mutation report, left out: ${name}`);
  const { detected, undetected } = result.total;
  const notRun = result.files.filter((f) => f.state === 'not run').length;
  console.log(
    `measured ${measured.length} of ${result.files.length} files (${result.lines.measured} of ${result.lines.all} lines); ` +
      `not run ${notRun}; score of the measured files ${percent(detected, undetected)} (${detected} / ${detected + undetected})`,
  );
}

module.exports = { globToRegExp, mutatedFiles, mutationScore };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const runsDir = option('--runs') ?? path.join(root, 'reports', 'mutation', 'runs');
  const keep = option('--keep');
  if (keep !== undefined) {
    if (!/^[\w.-]+$/.test(keep)) {
      console.error(`--keep: a run name of letters, digits, ".", "_" and "-" (got "${keep}")`);
      process.exit(1);
    }
    fs.mkdirSync(runsDir, { recursive: true });
    fs.copyFileSync(path.join(root, 'reports', 'mutation', 'mutation.json'), path.join(runsDir, `${keep}.json`));
    console.log(`kept reports/mutation/mutation.json as ${path.relative(root, path.join(runsDir, `${keep}.json`))}`);
  }
  const config = JSON.parse(fs.readFileSync(path.join(root, 'stryker.config.json'), 'utf8'));
  print(mutationScore(root, runsDir, config.mutate));
}
