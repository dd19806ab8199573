import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

interface Survivor { line: number; column: number; mutator: string; replacement: string; status: string }
interface Summary { run: string; keptAt: string; tests: string[]; files: Record<string, { sha256: string; detected: number; undetected: number; survivors: Survivor[] }> }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globToRegExp, mutationScore, summarize } = require('../../scripts/mutation-score.js') as {
  globToRegExp: (glob: string) => RegExp;
  summarize: (report: unknown, name: string, keptAt: string) => Summary;
  mutationScore: (root: string, runsDir: string, globs: string[], equivalentFile?: string) => {
    files: Array<{ file: string; state: string; run?: string; detected?: number; undetected?: number; equivalent?: number; open?: Survivor[] }>;
    unreadable: string[];
    total: { detected: number; undetected: number; equivalent: number; score: number | null };
  };
};

const SCRIPT = join(__dirname, '../../scripts/mutation-score.js');
const GLOBS = JSON.parse(readFileSync(join(__dirname, '../../stryker.config.json'), 'utf8')).mutate as string[];
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mutation-score-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** A Stryker report (mutation.json) of file → [source, statuses]; mutant i sits on line i + 1. */
const report = (files: Record<string, [string, string[]]>) => ({
  files: Object.fromEntries(
    Object.entries(files).map(([f, [source, statuses]]) => [
      f,
      { source, mutants: statuses.map((status, i) => ({ id: String(i), status, mutatorName: 'EqualityOperator', replacement: `r${i}`, location: { start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 9 } } })) },
    ]),
  ),
  testFiles: { 'test/t.test.ts': {} },
});

function keep(root: string, name: string, keptAt: string, files: Record<string, [string, string[]]>): void {
  const file = join(root, 'runs', `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(summarize(report(files), name, keptAt)));
}

describe('scripts/mutation-score.js: the score of the tree from scoped runs', () => {
  test("the globs are stryker.config.json's: src/core and src/xlsx, without i18n and .d.ts", () => {
    const selected = (file: string) => GLOBS.filter((g) => !g.startsWith('!')).some((g) => globToRegExp(g).test(file)) && !GLOBS.filter((g) => g.startsWith('!')).some((g) => globToRegExp(g.slice(1)).test(file));
    expect(['src/core/expr/parser.ts', 'src/xlsx/zip.ts', 'src/core/a.ts'].filter(selected)).toEqual(['src/core/expr/parser.ts', 'src/xlsx/zip.ts', 'src/core/a.ts']);
    expect(['src/core/i18n/messages.ts', 'src/core/types.d.ts', 'src/excel/adapter.ts', 'src/core/expr/parser.tsx', 'test/core/a.ts'].filter(selected)).toEqual([]);
  });

  test('a summary keeps the hash of the text, the counts and each undetected mutant, not the text', () => {
    const source = 'export const a = 1;\n';
    const s = summarize(report({ 'src/core/a.ts': [source, ['Killed', 'Survived', 'Timeout', 'NoCoverage', 'CompileError', 'Ignored']] }), 'r', '2026-12-07T10:00:00.000Z');
    expect(s).toEqual({
      run: 'r',
      keptAt: '2026-12-07T10:00:00.000Z',
      tests: ['test/t.test.ts'],
      files: {
        'src/core/a.ts': {
          sha256: createHash('sha256').update(source).digest('hex'),
          detected: 2,
          undetected: 2,
          survivors: [
            { line: 2, column: 3, mutator: 'EqualityOperator', replacement: 'r1', status: 'Survived' },
            { line: 4, column: 3, mutator: 'EqualityOperator', replacement: 'r3', status: 'NoCoverage' },
          ],
        },
      },
    });
    expect(JSON.stringify(s)).not.toContain('export const');
  });

  test('each file counts from the newest run that holds its current text; a changed file is stale; totals as Stryker counts', () => {
    const root = tree({
      'src/core/a.ts': 'export const a = 1;\n',
      'src/xlsx/b.ts': 'export const b = 2;\n',
      'src/core/c.ts': 'export const c = 3; // changed\n',
      'src/core/d.ts': 'export const d = 4;\n',
      'src/core/i18n/m.ts': 'export const m = 5;\n',
    });
    // "newer" sorts first by name but was kept later: the order is keptAt's, not the name's or the file time's.
    keep(root, 'z-older', '2026-12-01T00:00:00.000Z', { 'src/core/a.ts': ['export const a = 1;\n', ['Killed', 'Killed', 'Killed', 'Survived', 'CompileError']] });
    keep(root, 'a-newer', '2026-12-02T00:00:00.000Z', {
      'src/core/a.ts': ['export const a = 0;\n', ['Killed']],
      'src/xlsx/b.ts': ['export const b = 2;\n', ['Timeout', 'NoCoverage', 'Ignored', 'RuntimeError']],
      'src/core/c.ts': ['export const c = 3;\n', ['Killed']],
    });
    keep(root, 'm-newest', '2026-12-03T00:00:00.000Z', { 'src/xlsx/b.ts': ['export const b = 2;\n', ['Killed', 'Killed']] });
    writeFileSync(join(root, 'runs', 'notes.json'), '{ not json');
    writeFileSync(join(root, 'runs', 'report.json'), JSON.stringify(report({ 'src/core/d.ts': ['export const d = 4;\n', ['Killed']] })));
    const result = mutationScore(root, join(root, 'runs'), GLOBS);
    expect(result.files.map(({ open, ...f }) => ({ ...f, open: open?.length }))).toEqual([
      { file: 'src/core/a.ts', lines: 1, state: 'measured', run: 'z-older', detected: 3, undetected: 1, equivalent: 0, open: 1 },
      { file: 'src/core/c.ts', lines: 1, state: 'stale', open: undefined },
      { file: 'src/core/d.ts', lines: 1, state: 'not run', open: undefined },
      { file: 'src/xlsx/b.ts', lines: 1, state: 'measured', run: 'm-newest', detected: 2, undetected: 0, equivalent: 0, open: 0 },
    ]);
    expect(result.unreadable).toEqual(['notes.json', 'report.json']);
    expect(result.total).toEqual({ detected: 5, undetected: 1, equivalent: 0, score: (100 * 5) / 6 });
  });

  test('a survivor listed as equivalent, with its reason, is not open; one without a reason is refused', () => {
    const root = tree({ 'src/core/a.ts': 'export const a = 1;\n' });
    keep(root, 'r', '2026-12-01T00:00:00.000Z', { 'src/core/a.ts': ['export const a = 1;\n', ['Survived', 'Survived', 'Killed']] });
    const listed = join(root, 'equivalent.json');
    writeFileSync(listed, JSON.stringify({ 'src/core/a.ts': [{ line: 2, column: 3, replacement: 'r1', reason: 'both give the same text' }, { line: 1, column: 4, replacement: 'r0', reason: 'another place' }] }));
    const result = mutationScore(root, join(root, 'runs'), GLOBS, listed);
    expect(result.files[0]).toMatchObject({ equivalent: 1, open: [{ line: 1, column: 3, replacement: 'r0' }] });
    expect(result.total.equivalent).toBe(1);
    writeFileSync(listed, JSON.stringify({ 'src/core/a.ts': [{ line: 2, column: 3, replacement: 'r1', reason: ' ' }] }));
    expect(() => mutationScore(root, join(root, 'runs'), GLOBS, listed)).toThrow('src/core/a.ts:2: an equivalent mutant needs its reason');
  });

  test("--count: Stryker's instrumenter counts the mutants of each file; a file of types has none", async () => {
    const root = tree({ 'src/core/f.ts': 'export const f = (a: number): boolean => a > 1;\n', 'src/core/t.ts': 'export type T = { a: number };\n' });
    // In its own node: the instrumenter is an ES module, which jest's sandbox does not import.
    const script = `require(${JSON.stringify(SCRIPT)}).countMutants(${JSON.stringify(root)}, ['src/core/f.ts', 'src/core/t.ts']).then((m) => console.log(JSON.stringify([...m])))`;
    const counts = new Map(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Array<[string, number]>);
    // a > 1 → a >= 1, a < 1, true, false; the arrow's body → undefined.
    expect(counts.get('src/core/f.ts')).toBe(5);
    expect(counts.get('src/core/t.ts')).toBe(0);
  });

  test('no runs kept: nothing measured, no score', () => {
    const root = tree({ 'src/core/a.ts': 'x\n' });
    const result = mutationScore(root, join(root, 'runs'), GLOBS);
    expect(result.files.map((f) => f.state)).toEqual(['not run']);
    expect(result.total.score).toBeNull();
  });
});
