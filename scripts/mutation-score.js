#!/usr/bin/env node
/**
 * The mutation score of src/core and src/xlsx, added up from the runs kept so far
 * (`npm run mutate:score`). A whole `npm run mutate` takes many hours on 2 cores, so the tree is
 * measured in scoped runs (a few files, the suites that test them).
 *
 * Stryker's own report (reports/mutation/, tens of MB with every file's text) stays out of git.
 * `npm run mutate:score -- --keep NAME` turns the last report into a summary kept in git,
 * docs/mutation/runs/NAME.json: per file, the SHA-256 of the text that was mutated, its counts and
 * its surviving mutants (place, mutator, replacement). The summaries are what a fresh clone adds up.
 *
 * For every file Stryker mutates (the `mutate` globs of stryker.config.json), the newest kept run
 * whose summary holds the file's current text counts; a file changed since its run is stale and
 * counts as not measured. The score is Stryker's: (killed + timed out) / (killed + timed out +
 * survived + no coverage); compile errors and ignored mutants are not valid mutants. A scoped run
 * used fewer tests than the whole suite, so its score is a lower bound of the whole suite's.
 *
 * docs/mutation/equivalent.json lists survivors that no test can tell from the code, each with
 * its reason ({ file: [{ line, column, replacement, reason }] }); a survivor neither listed there
 * nor killed by a later run is "open".
 *
 * `--count` also counts, with Stryker's instrumenter, the mutants of the files not measured (before
 * Stryker leaves out the static ones and the checker the ones that do not compile): what is left.
 *
 *   node scripts/mutation-score.js [--runs DIR] [--keep NAME] [--open] [--count]
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const sha256 = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

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

/**
 * The summary kept in git of one Stryker report (mutation.json): per file the hash of its text,
 * its detected and undetected counts and its undetected mutants, in order of place.
 */
function summarize(report, name, keptAt) {
  const files = {};
  for (const [file, entry] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    let detected = 0;
    const survivors = [];
    for (const m of entry.mutants) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) {
        survivors.push({ line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement ?? '', status: m.status });
      }
    }
    survivors.sort((a, b) => a.line - b.line || a.column - b.column || a.replacement.localeCompare(b.replacement));
    files[file.split(path.sep).join('/')] = { sha256: sha256(entry.source), detected, undetected: survivors.length, survivors };
  }
  const tests = Object.keys(report.testFiles ?? {}).map((t) => t.split(path.sep).join('/')).filter(Boolean).sort();
  return { run: name, keptAt, tests, files };
}

/** The kept summaries, newest first; a file that is not a summary is named, not read. */
function keptRuns(runsDir) {
  if (!fs.existsSync(runsDir)) return { runs: [], unreadable: [] };
  const runs = [];
  const unreadable = [];
  for (const name of fs.readdirSync(runsDir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const summary = JSON.parse(fs.readFileSync(path.join(runsDir, name), 'utf8'));
      if (!summary || typeof summary.files !== 'object' || typeof summary.keptAt !== 'string') throw new Error('not a summary');
      runs.push({ name: name.replace(/\.json$/, ''), summary });
    } catch {
      unreadable.push(name);
    }
  }
  // keptAt, not the file's time: a fresh clone gives every file the same time.
  runs.sort((a, b) => b.summary.keptAt.localeCompare(a.summary.keptAt) || a.name.localeCompare(b.name));
  return { runs, unreadable };
}

/** A survivor's identity, the same in a kept summary and in equivalent.json. */
const survivorKey = (file, s) => `${file}:${s.line}:${s.column}:${s.replacement}`;

/** The equivalent survivors listed, as a set of survivorKey()s. */
function equivalentKeys(file) {
  if (!fs.existsSync(file)) return new Set();
  const listed = JSON.parse(fs.readFileSync(file, 'utf8'));
  const keys = new Set();
  for (const [src, entries] of Object.entries(listed)) {
    for (const e of entries) {
      if (typeof e.reason !== 'string' || !e.reason.trim()) throw new Error(`${path.basename(file)}: ${src}:${e.line}: an equivalent mutant needs its reason`);
      keys.add(survivorKey(src, e));
    }
  }
  return keys;
}

/**
 * Per file: the run that measured it (its current text) and its counts, or why not ('not run',
 * 'stale': a run holds an older text); its open survivors (neither equivalent nor killed since).
 * Totals over the measured files.
 */
function mutationScore(root, runsDir, globs, equivalentFile) {
  const { runs, unreadable } = keptRuns(runsDir);
  const equivalent = equivalentKeys(equivalentFile ?? path.join(runsDir, '..', 'equivalent.json'));
  const files = mutatedFiles(root, globs).map((file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const held = runs.filter((r) => r.summary.files[file]);
    const hash = sha256(source);
    const current = held.find((r) => r.summary.files[file].sha256 === hash);
    if (!current) return { file, lines, state: held.length ? 'stale' : 'not run' };
    const entry = current.summary.files[file];
    const open = entry.survivors.filter((s) => !equivalent.has(survivorKey(file, s)));
    return { file, lines, state: 'measured', run: current.name, detected: entry.detected, undetected: entry.undetected, equivalent: entry.undetected - open.length, open };
  });
  const measured = files.filter((f) => f.state === 'measured');
  const sum = (key) => measured.reduce((n, f) => n + f[key], 0);
  const detected = sum('detected');
  const undetected = sum('undetected');
  return {
    files,
    unreadable,
    total: { detected, undetected, equivalent: sum('equivalent'), score: detected + undetected ? (100 * detected) / (detected + undetected) : null },
    lines: { measured: sum('lines'), all: files.reduce((n, f) => n + f.lines, 0) },
  };
}

const percent = (d, u) => (d + u ? `${((100 * d) / (d + u)).toFixed(2)} %` : '—');

function print(result, showOpen) {
  const measured = result.files.filter((f) => f.state === 'measured');
  const width = Math.max(4, ...measured.map((f) => f.file.length));
  console.log(`${'file'.padEnd(width)}  ${'score'.padStart(8)}  detected / valid  open  run`);
  for (const f of measured) {
    console.log(`${f.file.padEnd(width)}  ${percent(f.detected, f.undetected).padStart(8)}  ${`${f.detected} / ${f.detected + f.undetected}`.padEnd(16)}  ${String(f.open.length).padStart(4)}  ${f.run}`);
    if (showOpen) for (const s of f.open) console.log(`    ${f.file}:${s.line}:${s.column} ${s.mutator} ${s.status}: ${JSON.stringify(s.replacement)}`);
  }
  for (const f of result.files.filter((x) => x.state === 'stale')) console.log(`stale (changed since its run): ${f.file}`);
  for (const name of result.unreadable) console.log(`not a kept summary, left out: ${name}`);
  const { detected, undetected, equivalent } = result.total;
  const notRun = result.files.filter((f) => f.state === 'not run').length;
  const open = measured.reduce((n, f) => n + f.open.length, 0);
  console.log(
    `measured ${measured.length} of ${result.files.length} files (${result.lines.measured} of ${result.lines.all} lines); ` +
      `not run ${notRun}; score of the measured files ${percent(detected, undetected)} (${detected} / ${detected + undetected}); ` +
      `survivors: ${equivalent} listed equivalent, ${open} open`,
  );
}

/** The mutants Stryker's instrumenter places in each file (no test run, no type check). */
async function countMutants(root, files) {
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => false;
  const noop = () => undefined;
  const logger = { isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet, trace: noop, debug: noop, info: noop, warn: noop, error: noop, fatal: noop };
  const input = files.map((name) => ({ name, content: fs.readFileSync(path.join(root, name), 'utf8'), mutate: true }));
  const { mutants } = await new Instrumenter(logger).instrument(input, { plugins: null, excludedMutations: [], ignorers: [], noHeader: true });
  const counts = new Map(files.map((f) => [f, 0]));
  for (const m of mutants) counts.set(m.fileName, (counts.get(m.fileName) ?? 0) + 1);
  return counts;
}

module.exports = { globToRegExp, mutatedFiles, mutationScore, summarize, countMutants };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const runsDir = option('--runs') ?? path.join(root, 'docs', 'mutation', 'runs');
  const keep = option('--keep');
  if (keep !== undefined) {
    if (!/^[\w.-]+$/.test(keep)) {
      console.error(`--keep: a run name of letters, digits, ".", "_" and "-" (got "${keep}")`);
      process.exit(1);
    }
    const report = JSON.parse(fs.readFileSync(path.join(root, 'reports', 'mutation', 'mutation.json'), 'utf8'));
    const summary = summarize(report, keep, new Date().toISOString());
    fs.mkdirSync(runsDir, { recursive: true });
    const out = path.join(runsDir, `${keep}.json`);
    fs.writeFileSync(out, `${JSON.stringify(summary, null, 1)}\n`);
    console.log(`kept the summary of reports/mutation/mutation.json as ${path.relative(root, out)}`);
  }
  const config = JSON.parse(fs.readFileSync(path.join(root, 'stryker.config.json'), 'utf8'));
  const result = mutationScore(root, runsDir, config.mutate);
  print(result, args.includes('--open'));
  if (args.includes('--count')) {
    const left = result.files.filter((f) => f.state !== 'measured').map((f) => f.file);
    countMutants(root, left).then((counts) => {
      const byFolder = new Map();
      for (const [file, n] of counts) {
        const folder = file.split('/').slice(0, 3).join('/').replace(/\.ts$/, '');
        byFolder.set(folder, (byFolder.get(folder) ?? 0) + n);
      }
      for (const [folder, n] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`not measured: ${folder} ${n} mutants`);
      console.log(`not measured in all: ${left.length} files, ${[...counts.values()].reduce((a, b) => a + b, 0)} mutants (before static and non-compiling ones are left out)`);
    });
  }
}
