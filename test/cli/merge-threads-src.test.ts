/**
 * The merge on worker threads, run from the TypeScript sources (the worker transpiles them as it
 * loads them), on realistic files: numbers typed as text, money, decimals, and a district's summary
 * among the units' workbooks. Two threads must give the same decisions and the same summary bytes as
 * one; the exact figures (Decimals) cross the thread boundary as text and must come back exact.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { examineInThreads } from '../../src/cli/merge-parallel';
import { mergeFiles } from '../../src/cli/merge-command';
import { readSubmission } from '../../src/cli/merge-read';
import { examineSubmission } from '../../src/core/merge/examine';
import { mergeExamined, mergeSubmissions } from '../../src/core/merge/merge';
import { Decimal } from '../../src/core/numbers/decimal';
import { summaryWorkbook } from '../../src/core/summary';
import { filledWorkbook } from '../../src/core/workbook/render-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { num, put, viGrouped } from '../core/checks/scenarios';
import { directUnits, figuresOf, pack, submission } from '../core/merge/helpers';

jest.setTimeout(300_000);

/** A worker script that loads src/cli/merge-worker.ts, transpiling each .ts file it requires. */
const FROM_SOURCES = `
const ts = require(${JSON.stringify(require.resolve('typescript'))});
const fs = require('fs');
require.extensions['.ts'] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
  });
  m._compile(out.outputText, filename);
};
require(${JSON.stringify(resolve(__dirname, '../../src/cli/merge-worker.ts'))});
`;

const dir = mkdtempSync(join(tmpdir(), 'annex-threads-src-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(): string[] {
  const out: string[] = [];
  for (const unit of directUnits()) {
    if (unit === 'H02') continue; // its summary comes instead, below
    const f = figuresOf(unit);
    // The same values, typed as text the ways staff type them: grouped with dots, with commas, a
    // decimal comma, money in đồng.
    put(f, 'PL02', '1', '1', viGrouped(num(f, 'PL02', '1', '1')));
    put(f, 'PL02', '2', '2', String(num(f, 'PL02', '2', '2')).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    put(f, 'PL03', '8.1', '1', String(num(f, 'PL03', '8.1', '1')).replace('.', ','));
    put(f, 'PL07', '22', '1', viGrouped(num(f, 'PL07', '22', '1')));
    const file = join(dir, `${unit}.xlsx`);
    writeFileSync(file, writeWorkbook(filledWorkbook(pack, unit, f)));
    out.push(file);
  }
  const district = mergeSubmissions(pack, ['H02.CS01', 'H02.CS02', 'H02.CS03'].map((u) => submission(u)), { mergingUnit: 'H02' });
  const summary = join(dir, 'H02-tong-hop.xlsx');
  writeFileSync(summary, writeWorkbook(summaryWorkbook(pack, district)));
  out.push(summary);
  writeFileSync(join(dir, 'hong.xlsx'), 'not a workbook');
  out.push(join(dir, 'hong.xlsx'));
  return out;
}

test('two threads from the sources give the same decisions and the same summary bytes as one thread', () => {
  const paths = files();
  const one = mergeFiles(pack, paths, {}, { threads: 1 });
  // The files do carry exact figures that are not plain doubles: the test is about their journey.
  const examinedHere = paths.map((p) => examineSubmission(pack, readSubmission(p)));
  expect(examinedHere.some((e) => e.kind === 'form' && e.figures.some((f) => f instanceof Decimal))).toBe(true);
  expect(one.entries.filter((e) => e.decision.merged).length).toBeGreaterThanOrEqual(paths.length - 2);

  const two = mergeExamined(pack, examineInThreads(pack, paths, 2, [], { eval: FROM_SOURCES }), {});
  expect(two.entries).toEqual(one.entries);
  expect(Buffer.from(writeWorkbook(summaryWorkbook(pack, two))).equals(Buffer.from(writeWorkbook(summaryWorkbook(pack, one))))).toBe(true);
});
