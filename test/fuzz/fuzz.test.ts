/**
 * Fuzzing the reader: thousands of seeded mutations (mutate.ts) of valid unit workbooks — ours, and
 * LibreOffice's .xlsx, .ods and .xls of the same template — each judged by the oracle (oracle.ts):
 * the right figures, a clear refusal, or findings; never an exception, a hang or a wrong figure.
 * Bounded and reproducible: FUZZ_SEED (default 20201231) and FUZZ_SCALE (default 1; 10 for a long
 * run) choose the cases. A failing case is written to test-output/fuzz-failures/ with its story;
 * once understood and fixed it is kept under regressions/ (see regressions.test.ts).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { SeededRandom } from '../../src/core/demo/random';
import { defaultPack } from '../../src/core/load/load-pack';
import { withFigures } from '../../src/core/report/model-source';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import type { UnitReport } from '../../src/core/report/unit-report';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { committed, CORPUS_SEED, CORPUS_UNIT, filledModel } from '../corpus/writer-corpus';
import { biffMap } from './biff';
import { mutate, unzipText, type Base, type Family } from './mutate';
import { expectedOf, judge, type Expected, type Outcome } from './oracle';

const SEED = Number(process.env.FUZZ_SEED ?? 20201231);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const pack = defaultPack();

jest.setTimeout(120_000 * SCALE);

/** Base workbook + its original report + what the generator wrote into it + how many mutations of each family. */
interface Plan {
  base: Base;
  report: UnitReport;
  expected: Expected;
  runs: Partial<Record<Family, number>>;
}

function baseOf(name: string, bytes: Uint8Array, format: Base['format'], expected: Expected): { base: Base; report: UnitReport; expected: Expected } {
  const opened = openWorkbookFile({ name, bytes });
  if (!opened.ok) throw new Error(`${name}: ${opened.error.detail}`);
  const report = readUnitReport(opened.source, pack);
  const annexOfSheet = new Map([...report.annexes.values()].map((a) => [a.sheetName, a.annexId]));
  const annexOfPart = new Map<string, string>();
  let parts: Map<string, string> | undefined;
  if (format !== 'xls') {
    parts = unzipText(bytes);
    if (format === 'ods') {
      for (const [sheet, annex] of annexOfSheet) annexOfPart.set(sheet, annex);
    } else {
      const rels = new Map([...parts.get('xl/_rels/workbook.xml.rels')!.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      for (const m of parts.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
        const annex = annexOfSheet.get(m[1].replace(/&amp;/g, '&'));
        const target = rels.get(m[2]);
        if (annex && target) annexOfPart.set(`xl/${target.replace(/^\/?xl\//, '')}`, annex);
      }
    }
  }
  const biff = format === 'xls' ? { map: biffMap(bytes), annexOfSheet } : undefined;
  return { base: { name, bytes, format, parts, annexOfPart, ...(biff && { biff }) }, report, expected };
}

function plans(): Plan[] {
  // Two annexes and no check sheet: small enough for thousands of runs; the other bases are whole workbooks.
  // What each base was generated from — the oracle's expectation, independent of the reader.
  const figures = exampleFigures(pack, CORPUS_UNIT);
  const model = withFigures(renderWorkbook(pack, CORPUS_UNIT, ['PL02', 'PL07'], { checks: false }), figures);
  const ours = expectedOf(model, figures, CORPUS_UNIT);
  const corpus = expectedOf(filledModel(pack), exampleFigures(pack, CORPUS_UNIT, CORPUS_SEED), CORPUS_UNIT);
  const n = (k: number) => Math.round(k * SCALE);
  return [
    { ...baseOf('ours-2-annexes.xlsx', writeWorkbook(model), 'xlsx', ours), runs: { bytes: n(350), xml: n(550), cell: n(450), table: n(300) } },
    { ...baseOf('libreoffice.xlsx', committed('libreoffice.xlsx'), 'xlsx', corpus), runs: { bytes: n(30), xml: n(50), cell: n(50), table: n(20) } },
    { ...baseOf('libreoffice.ods', committed('libreoffice.ods'), 'ods', corpus), runs: { bytes: n(30), xml: n(50), cell: n(20) } },
    { ...baseOf('libreoffice.xls', committed('libreoffice.xls'), 'xls', corpus), runs: { bytes: n(200) } },
  ];
}

describe('fuzzing the reader', () => {
  it(`mutated workbooks give the right figures, a clear refusal or findings (seed ${SEED}, scale ${SCALE})`, () => {
    const started = Date.now();
    const rng = new SeededRandom(SEED);
    const counts: Record<Outcome, number> = { refused: 0, same: 0, findings: 0 };
    const codes = new Map<string, number>();
    const failures: string[] = [];
    let total = 0;
    const perBase: string[] = [];
    const said = new Map<string, number>();
    let xlsStructural = 0;
    for (const { base, report, expected, runs } of plans()) {
      // The unmutated file itself must read as the generator wrote it: otherwise the expectation is wrong.
      const clean = judge(base.name, base.bytes, report, expected, pack, { kind: 'none' }, true);
      expect([base.name, clean]).toEqual([base.name, { outcome: 'same' }]);
      const baseStarted = Date.now();
      let baseRuns = 0;
      for (const [family, runsOf] of Object.entries(runs) as Array<[Family, number]>) {
        baseRuns += runsOf;
        for (let i = 0; i < runsOf; i++) {
          const mutant = mutate(base, rng, family);
          const name = `fuzz-${base.name}-${family}-${i}.${base.format}`;
          const verdict = judge(name, mutant.bytes, report, expected, pack, mutant.touched, i % 10 === 0);
          total++;
          counts[verdict.outcome]++;
          for (const id of new Set(verdict.said)) said.set(id, (said.get(id) ?? 0) + 1);
          const t = mutant.touched;
          if (t.kind === 'bytes' && !t.texts && t.cells.size === 0 && t.annexes.size === 0) xlsStructural++;
          if (verdict.code) codes.set(verdict.code, (codes.get(verdict.code) ?? 0) + 1);
          if (verdict.failure) {
            failures.push(`${name}: ${mutant.what} → ${verdict.failure}`);
            const dir = join(__dirname, '../../test-output/fuzz-failures');
            mkdirSync(dir, { recursive: true });
            writeFileSync(join(dir, name), mutant.bytes);
            writeFileSync(join(dir, `${name}.json`), JSON.stringify({ base: base.name, family, what: mutant.what, failure: verdict.failure, touched: mutant.touched.kind }, null, 2));
          }
        }
      }
      perBase.push(`${base.name} ${baseRuns} in ${((Date.now() - baseStarted) / 1000).toFixed(1)} s`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${total} mutations in ${seconds} s — ${counts.same} read with the same figures, ${counts.findings} read with changed identity/layout (findings), ` +
        `${counts.refused} refused (${[...codes].map(([c, k]) => `${c} ${k}`).join(', ')}); findings said: ${[...said].map(([c, k]) => `${c} ${k}`).join(', ')}; ` +
        `${xlsStructural} .xls byte mutations outside figure records, checked against the written figures; ${failures.length} failures (${perBase.join('; ')})`,
    );
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(2000 * Math.min(1, SCALE));
  });
});
