/**
 * The README is true: every path it cites exists, every `npm run` script it names is in
 * package.json, the reader's limits it states are those of src/xlsx/guards/limits.ts, and the
 * benchmark command it gives for its table is one the benchmark script accepts.
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { DEFAULT_MAX_TOTAL_BYTES, DEFAULT_READ_LIMITS } from '../src/xlsx/guards/limits';

const ROOT = resolve(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** "10,000" / "10 000" / "1 016" → 10000. */
const figure = (text: string) => Number(text.replace(/[,\s\u00a0]/g, ''));

test('every file or folder of the project the README names exists', () => {
  const cited = new Set<string>();
  for (const m of README.matchAll(/`((?:src|test|scripts|bench|docs|bin|packs|\.ci)\/[^`\s*…{}<>|]+)`/g)) cited.add(m[1].replace(/[),.:;]+$/, ''));
  // Paths inside prose links and parentheses too: (src/xlsx/open-workbook.ts)
  for (const m of README.matchAll(/[(\s]((?:src|test|scripts|bench|docs)\/[\w./-]+\.(?:ts|tsx|js|json|md))/g)) cited.add(m[1].replace(/[),.:;]+$/, ''));
  const missing = [...cited].filter((p) => !existsSync(join(ROOT, p)));
  expect(missing).toEqual([]);
  expect(cited.size).toBeGreaterThan(20);
});

test('every `npm run` script the README names is in package.json', () => {
  const named = new Set([...README.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
  expect([...named].filter((n) => !(n in pkg.scripts))).toEqual([]);
  expect(named.size).toBeGreaterThan(3);
});

test("the reader's limits the README states are the code's", () => {
  const at = README.indexOf('zip parts inflated only on demand');
  expect(at).toBeGreaterThan(0);
  const text = README.slice(at, README.indexOf('a cell written twice refused', at));
  const grab = (re: RegExp) => {
    const m = re.exec(text);
    if (!m) throw new Error(`README: no match for ${re}`);
    return m;
  };
  const mb = 1024 * 1024;
  expect(figure(grab(/([\d,]+) MB for the file/)[1]) * mb).toBe(DEFAULT_READ_LIMITS.maxUncompressedBytes);
  const ratio = grab(/ratio of ([\d,]+):1 \(parts over ([\d,]+) MB\)/);
  expect(figure(ratio[1])).toBe(DEFAULT_READ_LIMITS.maxRatio);
  expect(figure(ratio[2]) * mb).toBe(DEFAULT_READ_LIMITS.ratioFloorBytes);
  expect(figure(grab(/at most ([\d,]+) zip entries/)[1])).toBe(DEFAULT_READ_LIMITS.maxZipEntries);
  expect(figure(grab(/over ([\d,]+) deep refused/)[1])).toBe(DEFAULT_READ_LIMITS.maxXmlDepth);
  const cells = grab(/([\d,]+) non-empty cells and ([\d,]+) sheets/);
  expect(figure(cells[1])).toBe(DEFAULT_READ_LIMITS.maxCells);
  expect(figure(cells[2])).toBe(DEFAULT_READ_LIMITS.maxSheets);
  expect(figure(grab(/([\d,]+) s per file/)[1]) * 1000).toBe(DEFAULT_READ_LIMITS.maxMillis);
  expect(DEFAULT_MAX_TOTAL_BYTES).toBeGreaterThan(DEFAULT_READ_LIMITS.maxFileBytes);
});

test('the benchmark command the README gives for its table is one the benchmark script documents and parses', () => {
  const m = /`npm run bench -- ([\d ]+) --checks (\d+)`/.exec(README);
  expect(m).not.toBeNull();
  const bench = readFileSync(join(ROOT, 'bench/merge-bench.ts'), 'utf8');
  expect(bench).toContain("args.indexOf('--checks')");
  // The table's rows are the sizes that command runs: two annexes-only rows and one with the check sheet.
  const sizes = m![1].trim().split(/\s+/).map(Number);
  const rows = [...README.matchAll(/^\| 7 annexes, ~24 KB \| ([\d ]+) \|/gm)].map((r) => figure(r[1]));
  expect(rows).toEqual(sizes);
  expect(README).toMatch(new RegExp(`^\\| as \`annex template\` writes them \\(\\+ check sheet\\), ~\\d+ KB \\| ${m![2].replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} \\|`, 'm'));
});
