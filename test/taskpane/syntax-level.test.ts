import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';

/**
 * scripts/check-syntax-level.js, the check that every emitted script parses in EdgeHTML 18 and Safari 13
 * (ES2017), run on the release in test/e2e/production.test.ts: here, that it fails on each construct above
 * the line and passes what is at it.
 */
const { checkSource, checkFolder } = createRequire(__filename)(path.resolve(__dirname, '..', '..', 'scripts', 'check-syntax-level.js')) as {
  checkSource: (source: string, ecmaVersion: number) => { message: string; line: number } | null;
  checkFolder: (dir: string, ecmaVersion: number) => Array<{ file: string; problem: { message: string } | null }>;
};

test.each([
  ['optional chaining', 'var a = b?.c;'],
  ['nullish coalescing', 'var a = b ?? c;'],
  ['object spread', 'var a = { ...b };'],
  ['object rest', 'var { a, ...rest } = b;'],
  ['class field', 'class A { x = 1; }'],
  ['class static block', 'class A { static { init(); } }'],
  ['private method', 'class A { #m() {} }'],
  ['optional catch binding', 'try { f(); } catch { g(); }'],
  ['async iteration', 'async function f(xs) { for await (const x of xs) g(x); }'],
  ['numeric separator', 'var a = 1_000;'],
  ['BigInt literal', 'var a = 10n;'],
  ['regexp lookbehind', 'var r = /(?<=a)b/;'],
  ['regexp named group', 'var r = /(?<year>\\d{4})/;'],
  ['regexp dotAll flag', 'var r = /a.b/s;'],
  ['regexp Unicode property', 'var r = /\\p{L}/u;'],
  ['logical assignment', 'a ||= b;'],
])('%s is above ES2017', (_name, source) => {
  expect(checkSource(source, 2017)).not.toBeNull();
});

test('ES2017 itself passes: async functions, classes, destructuring, spread in arrays and calls, **, template literals', () => {
  const source = [
    'class A extends B { constructor(x) { super(x); this.x = x; } static f() { return 1; } get y() { return 2; } }',
    'const f = async (a = 1, ...rest) => { const [b, c] = rest; const { d, e: g } = a; await h(...rest, `t${b}`); return 2 ** 3; };',
    'for (const [k, v] of Object.entries(o)) m.set(k, v);',
    'var r = /a+b/gimuy;',
  ].join('\n');
  expect(checkSource(source, 2017)).toBeNull();
});

test('a folder: every .js file, subfolders included, each with where it fails', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-'));
  try {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'ok.js'), 'var a = [1, 2].map((x) => x * 2);');
    fs.writeFileSync(path.join(dir, 'sub', 'bad.js'), 'var a = 1;\nvar b = a?.c;');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'a?.b');
    const results = checkFolder(dir, 2017);
    expect(results.map((r) => path.relative(dir, r.file))).toEqual(['ok.js', path.join('sub', 'bad.js')]);
    expect(results[0].problem).toBeNull();
    expect(results[1].problem?.message).toMatch(/\(2:/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
