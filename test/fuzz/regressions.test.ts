/**
 * Cases that once went wrong, kept as files (regressions/*.xlsx …) with what must happen to them
 * (regressions/*.json): judged by the fuzz oracle against the committed original of the writers corpus.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { committed, CORPUS_SEED, CORPUS_UNIT, filledModel } from '../corpus/writer-corpus';
import { expectedOf, judge, type Outcome, type Touched } from './oracle';

interface Regression {
  file: string;
  found: string;
  /** What must happen now. */
  outcome: Outcome;
  code?: string;
  touched?: { kind: 'none' } | { kind: 'texts' } | { kind: 'cells'; cells: Record<string, string[]> };
  /** Text a warning must contain, when the file is read with one. */
  warning?: string;
  /** Text some cell must hold, exactly as typed. */
  cellText?: string;
}

const DIR = join(__dirname, 'regressions');
const pack = defaultPack();
const base = (() => {
  const opened = openWorkbookFile({ name: 'original.xlsx', bytes: committed('original.xlsx') });
  if (!opened.ok) throw new Error(opened.error.detail);
  return readUnitReport(opened.source, pack);
})();
const expected = expectedOf(filledModel(pack), exampleFigures(pack, CORPUS_UNIT, CORPUS_SEED), CORPUS_UNIT);
const cases: Regression[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Regression);

function touchedOf(r: Regression): Touched {
  const t = r.touched ?? { kind: 'none' };
  return t.kind === 'cells' ? { kind: 'cells', cells: new Map(Object.entries(t.cells).map(([annex, cells]) => [annex, new Set(cells)])) } : t;
}

describe('fuzz regressions', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    const verdict = judge(file, bytes, base, expected, pack, touchedOf(c), true);
    expect(verdict.failure).toBeUndefined();
    expect(verdict.outcome).toBe(c.outcome);
    if (c.code) expect(verdict.code).toBe(c.code);
    if (c.cellText) {
      const opened = openWorkbookFile({ name: file, bytes });
      const texts = opened.ok ? opened.workbook.sheets.flatMap((s) => [...s.cells.values()].map((cell) => String(cell.value))) : [];
      expect(texts.some((t) => t.startsWith(c.cellText!))).toBe(true);
    }
    if (c.warning) {
      const opened = openWorkbookFile({ name: file, bytes });
      expect(opened.ok && opened.warnings.map((w) => w.en).join(' ')).toContain(c.warning);
    }
  });
});
