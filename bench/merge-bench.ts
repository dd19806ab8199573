/**
 * `npm run bench` (not a test): the merge of N generated full-pack unit workbooks through the CLI's
 * own path (read bytes → hash → saved time → .xlsx reader → examine → merge → summary → write), for
 * N = 100 and 1000, on one thread and on two, against a bare parse of the same files by the reader
 * alone, in the same run; and `annex template --all` for a pack of 1 000 more units (1 022 in all).
 * Each measurement runs in its own Node process, so that peak memory (maxRSS) belongs to it alone.
 *
 *   npm run bench                       N = 100 and 1000 (annexes only), N = 100 with the check sheet,
 *                                       template --all for 1 022 units
 *   npm run bench -- 50 200 --checks 50  other sizes
 *
 * Workbooks are generated two ways: the seven annexes a unit fills ("annexes only"), and as
 * `annex template` writes them now, with the check sheet "Kiểm tra" (the pack's rules as formulas,
 * about 1.3 MB of XML that the reader parses and the merge never reads).
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join, resolve } from 'path';
import { mergeFiles, summarySavedAt } from '../src/cli/merge-command';
import { main } from '../src/cli/main';
import { thisMachine, threadsFor } from '../src/cli/merge-parallel';
import { exampleFigures } from '../src/core/demo/example-figures';
import { mergeCounts } from '../src/core/merge/merge';
import { withFigures } from '../src/core/report/model-source';
import { TemplateFactory } from '../src/core/workbook/template-factory';
import { summaryWorkbook } from '../src/core/summary';
import { openWorkbookFile } from '../src/xlsx/open-workbook';
import { skipCheckSheet } from '../src/xlsx/submission';
import { writeWorkbook } from '../src/xlsx/write';
import { benchPack, benchUnit } from './bench-pack';
import { bundleSizes } from './bundle-sizes';

const ROOT = resolve(__dirname, '..', '..', '..');

/** merge1, merge2: the merge on one thread, on two; template: `annex template --all` of a pack of N + 22 units. */
type Mode = 'parse' | 'merge1' | 'merge2' | 'template';

interface Measure {
  mode: Mode;
  n: number;
  ms: number;
  /** CPU time of the process, every thread. */
  cpuMs: number;
  threads: number;
  maxRssMb: number;
  /** Heap in use after a full GC, less the same before the first file: for the merge, what it keeps once every file is examined and merged. */
  heapMb: number;
  merged?: number;
  summaryBytes?: number;
}

/** A full collection, its time left out of the measurement (the child runs with --expose-gc). */
function collect(): number {
  const t = process.hrtime.bigint();
  (globalThis as { gc?: () => void }).gc?.();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Child: one measurement, printed as one JSON line. */
function child(mode: Mode, dir: string, n: number): void {
  if (mode === 'template') return templateChild(dir, n);
  const files = Array.from({ length: n }, (_, i) => join(dir, `${benchUnit(i)}.xlsx`));
  const pack = benchPack(n);
  let result: Measure;
  collect();
  const baseline = process.memoryUsage().heapUsed / 2 ** 20;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  if (mode === 'parse') {
    let sheets = 0;
    for (const f of files) {
      // The reader alone, on the parts the merge reads (the check sheet is skipped by both).
      const read = openWorkbookFile({ name: f, bytes: new Uint8Array(readFileSync(f)) }, { skipSheet: skipCheckSheet });
      if (read.ok) sheets += read.workbook.sheets.length;
    }
    const ms = elapsed(started);
    collect();
    result = { mode, n, ms, cpuMs: 0, threads: 1, maxRssMb: 0, heapMb: process.memoryUsage().heapUsed / 2 ** 20 - baseline, merged: sheets };
  } else {
    const threads = mode === 'merge1' ? 1 : 2;
    const merged = mergeFiles(pack, files, { mergingUnit: pack.issuer.code }, { threads });
    const used = threadsFor(n, threads);
    const gcMs = collect();
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20 - baseline;
    const bytes = writeWorkbook(summaryWorkbook(pack, merged), { modified: summarySavedAt(merged) });
    writeFileSync(join(dir, '..', `tong-hop-${n}.xlsx`), bytes);
    result = { mode, n, ms: elapsed(started) - gcMs, cpuMs: 0, threads: used, maxRssMb: 0, heapMb, merged: mergeCounts(merged).merged, summaryBytes: bytes.length };
  }
  const used = process.cpuUsage(cpu);
  result.cpuMs = (used.user + used.system) / 1000;
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** `annex template --all` as a user runs it, on the bench pack written as a pack file. */
function templateChild(dir: string, n: number): void {
  const pack = benchPack(n);
  const packFile = join(dir, 'pack.json');
  writeFileSync(packFile, JSON.stringify(pack));
  const out = join(dir, 'templates');
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const code = main(['template', '--pack', packFile, '--all', '--out-dir', out], { out: () => undefined, err: (s) => process.stderr.write(`${s}\n`) });
  const ms = elapsed(started);
  if (code !== 0) throw new Error(`annex template exited with ${code}`);
  const used = process.cpuUsage(cpu);
  const result: Measure = { mode: 'template', n: pack.units.length, ms, cpuMs: (used.user + used.system) / 1000, threads: 1, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: 0, merged: pack.units.length, summaryBytes: readFileSync(join(out, readdirSync(out)[0])).length };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function elapsed(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function generate(dir: string, n: number, checks: boolean): void {
  const pack = benchPack(n);
  const modified = new Date(Date.UTC(2020, 11, 20, 3));
  // The same models as renderWorkbook's, the parts every unit shares built once.
  const templates = new TemplateFactory(pack, undefined, { checks });
  for (let i = 0; i < n; i++) {
    const unit = benchUnit(i);
    writeFileSync(join(dir, `${unit}.xlsx`), writeWorkbook(withFigures(templates.workbook(unit), exampleFigures(pack, unit)), { modified }));
  }
}

function measure(mode: Mode, dir: string, n: number): Measure {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', mode, dir, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${mode} ${n} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);

function variant(label: string, checks: boolean, sizes: number[], runs: number): void {
  if (sizes.length === 0) return;
  const max = Math.max(...sizes);
  const work = mkdtempSync(join(tmpdir(), 'annex-bench-'));
  const dir = join(work, 'units');
  mkdirSync(dir);
  try {
    const t0 = Date.now();
    generate(dir, max, checks);
    const size = readFileSync(join(dir, `${benchUnit(0)}.xlsx`)).length;
    console.log(`\n${label}: ${max} unit workbooks of ~${(size / 1024).toFixed(0)} KB, generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log('     N  what                      total s    ms/wb   CPU s  maxRSS MB  kept MB   ÷ bare parse (time, CPU)');
    for (const n of sizes) {
      // The first N files of the same set; the better of `runs` runs of each is kept.
      const best = (mode: Mode) => Array.from({ length: runs }, () => measure(mode, dir, n)).sort((a, b) => a.ms - b.ms)[0];
      const parse = best('parse');
      const rows: Array<[string, Measure]> = [['bare parse (reader alone)', parse], ['merge, 1 thread', best('merge1')]];
      if (n >= 48) rows.push(['merge, 2 threads', best('merge2')]);
      for (const [what, m] of rows) {
        if (m.mode !== 'parse' && m.merged !== n) throw new Error(`merged ${m.merged} of ${n}`);
        const kept = m.mode === 'parse' ? '' : fmt(m.heapMb, 1);
        const ratio = m.mode === 'parse' ? '' : `${fmt(m.ms / parse.ms, 2)}×  ${fmt(m.cpuMs / parse.cpuMs, 2)}×`;
        console.log(`${String(n).padStart(6)}  ${what.padEnd(24)} ${fmt(m.ms / 1000, 2)} ${fmt(m.ms / n, 2)} ${fmt(m.cpuMs / 1000, 2)} ${fmt(m.maxRssMb, 0)}   ${kept.padStart(8)}   ${ratio}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `annex template --all` for the default pack + `n` units, in its own process. */
function templateBench(n: number): void {
  const work = mkdtempSync(join(tmpdir(), 'annex-bench-'));
  try {
    const m = measure('template', work, n);
    console.log(`\nannex template --all (the check sheet built and deflated once, stamped per unit): ${m.n} unit workbooks of ~${((m.summaryBytes ?? 0) / 1024).toFixed(0)} KB`);
    console.log('     N  what                      total s    ms/wb   CPU s  maxRSS MB');
    console.log(`${String(m.n).padStart(6)}  ${'template --all'.padEnd(24)} ${fmt(m.ms / 1000, 2)} ${fmt(m.ms / m.n, 2)} ${fmt(m.cpuMs / 1000, 2)} ${fmt(m.maxRssMb, 0)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(sizes: number[], checkSizes: number[], templateSize: number): void {
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
  variant('Annexes only (the 7 annexes a unit fills)', false, sizes, 2);
  variant('As `annex template` writes them now (+ the check sheet "Kiểm tra")', true, checkSizes, 1);
  const machine = thisMachine();
  const cliThreads = threadsFor(1000);
  console.log(`\nThe CLI's own choice for 1 000 files now: ${cliThreads} thread(s) — one per free core (${machine.cores} cores, 1-minute load ${machine.load.toFixed(2)}), at most one per 24 files.`);
  templateBench(templateSize);
  console.log('\nbare parse = read the file + openWorkbookFile (check sheet skipped), on one thread. merge = for every file: read + SHA-256 + saved time +');
  console.log('openWorkbookFile + read the report + validate + extract the figures (on 1 or 2 worker threads);');
  console.log('then plan, aggregate, build and write the summary workbook. CPU s counts every thread.');
  console.log('kept MB = heap in use (after a full GC) once every file is examined and merged, before the summary is built,');
  console.log('less the same before the first file: the extracted figures, the log, and on one thread the caches of the');
  console.log("pack's compiled rules (the same for any N). Its growth from one N to the next is the cost per unit.");

  const b = bundleSizes(ROOT);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = (list: Array<{ gzip: number }>) => list.reduce((s, x) => s + x.gzip, 0);
  console.log('\nTask pane bundle (dist/, gzip):');
  console.log(`  first load: ${kb(total(b.firstLoad))}  (${b.firstLoad.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`);
  console.log(`  lazy chunks: ${kb(total(b.lazy))}  (${b.lazy.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`);
}

const args = process.argv.slice(2);
if (args[0] === '--child') child(args[1] as Mode, args[2], Number(args[3]));
else {
  const at = args.indexOf('--checks');
  const sizes = (at < 0 ? args : args.slice(0, at)).map(Number);
  const checkSizes = at < 0 ? [100] : args.slice(at + 1).map(Number);
  run(sizes.length ? sizes : [100, 1000], checkSizes, 1000);
}
