import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globToRegExp, mutationScore } = require('../../scripts/mutation-score.js') as {
  globToRegExp: (glob: string) => RegExp;
  mutationScore: (root: string, runsDir: string, globs: string[]) => {
    files: Array<{ file: string; state: string; run?: string; detected?: number; undetected?: number }>;
    unreadable: string[];
    total: { detected: number; undetected: number; score: number | null };
  };
};

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

const mutants = (...statuses: string[]) => statuses.map((status, i) => ({ id: String(i), status }));

/** A kept run: file → [source, statuses], written with a modification time (seconds). */
function keep(root: string, name: string, seconds: number, files: Record<string, [string, string[]]>): void {
  const report = { files: Object.fromEntries(Object.entries(files).map(([f, [source, st]]) => [f, { source, mutants: mutants(...st) }])), testFiles: { 't.test.ts': {} } };
  const file = join(root, 'runs', `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report));
  utimesSync(file, seconds, seconds);
}

describe('scripts/mutation-score.js: the score of the tree from scoped runs', () => {
  test("the globs are stryker.config.json's: src/core and src/xlsx, without i18n and .d.ts", () => {
    const selected = (file: string) => GLOBS.filter((g) => !g.startsWith('!')).some((g) => globToRegExp(g).test(file)) && !GLOBS.filter((g) => g.startsWith('!')).some((g) => globToRegExp(g.slice(1)).test(file));
    expect(['src/core/expr/parser.ts', 'src/xlsx/zip.ts', 'src/core/a.ts'].filter(selected)).toEqual(['src/core/expr/parser.ts', 'src/xlsx/zip.ts', 'src/core/a.ts']);
    expect(['src/core/i18n/messages.ts', 'src/core/types.d.ts', 'src/excel/adapter.ts', 'src/core/expr/parser.tsx', 'test/core/a.ts'].filter(selected)).toEqual([]);
  });

  test('each file counts from the newest run that holds its current text; a changed file is stale; totals as Stryker counts', () => {
    const root = tree({
      'src/core/a.ts': 'export const a = 1;\n',
      'src/xlsx/b.ts': 'export const b = 2;\n',
      'src/core/c.ts': 'export const c = 3; // changed\n',
      'src/core/d.ts': 'export const d = 4;\n',
      'src/core/i18n/m.ts': 'export const m = 5;\n',
    });
    keep(root, 'older', 1000, { 'src/core/a.ts': ['export const a = 1;\n', ['Killed', 'Killed', 'Killed', 'Survived', 'CompileError']] });
    keep(root, 'newer', 2000, {
      'src/core/a.ts': ['export const a = 0;\n', ['Killed']],
      'src/xlsx/b.ts': ['export const b = 2;\n', ['Timeout', 'NoCoverage', 'Ignored', 'RuntimeError']],
      'src/core/c.ts': ['export const c = 3;\n', ['Killed']],
    });
    writeFileSync(join(root, 'runs', 'notes.json'), '{ not json');
    const result = mutationScore(root, join(root, 'runs'), GLOBS);
    expect(result.files).toEqual([
      { file: 'src/core/a.ts', lines: 1, state: 'measured', run: 'older', tests: 1, detected: 3, undetected: 1 },
      { file: 'src/core/c.ts', lines: 1, state: 'stale' },
      { file: 'src/core/d.ts', lines: 1, state: 'not run' },
      { file: 'src/xlsx/b.ts', lines: 1, state: 'measured', run: 'newer', tests: 1, detected: 1, undetected: 1 },
    ]);
    expect(result.unreadable).toEqual(['notes.json']);
    expect(result.total).toEqual({ detected: 4, undetected: 2, score: (100 * 4) / 6 });
  });

  test('no runs kept: nothing measured, no score', () => {
    const root = tree({ 'src/core/a.ts': 'x\n' });
    const result = mutationScore(root, join(root, 'runs'), GLOBS);
    expect(result.files.map((f) => f.state)).toEqual(['not run']);
    expect(result.total.score).toBeNull();
  });
});
