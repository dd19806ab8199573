import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkImports, LAYERS } = require('../../scripts/check-imports.js') as { checkImports: (dir: string) => { files: number; problems: string[] }; LAYERS: string[] };
const ORDER = LAYERS.join(' → ');

/** A throw-away src/ tree: path → source text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-imports-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const roots: string[] = [];
const problemsOf = (files: Record<string, string>) => {
  const root = tree(files);
  roots.push(root);
  return checkImports(root).problems;
};
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('scripts/check-imports.js, run by npm run lint', () => {
  test('the project itself has the shape: no cycle, layers in order, each area importing what it may', () => {
    const result = checkImports(join(__dirname, '..', '..', 'src'));
    expect(result.problems).toEqual([]);
    expect(result.files).toBeGreaterThan(150);
  });

  test('a cycle between two files is refused, naming the loop', () => {
    const problems = problemsOf({
      'core/pack/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'core/pack/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(problems).toEqual(['import cycle between 2 files: core/pack/a.ts → core/pack/b.ts → core/pack/a.ts']);
  });

  test('a cycle of types only is a cycle too', () => {
    const problems = problemsOf({
      'core/rules/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'core/rules/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^import cycle between 2 files/);
  });

  test('a cycle between folders is refused even when the files do not form one', () => {
    const problems = problemsOf({
      'taskpane/merge/tab.ts': "import { x } from '../templates/errors';\nexport const tab = x;\n",
      'taskpane/merge/engine.ts': 'export const engine = 1;\n',
      'taskpane/templates/errors.ts': 'export const x = 1;\n',
      'taskpane/templates/tab.ts': "import { engine } from '../merge/engine';\nexport const t = engine;\n",
    });
    expect(problems).toEqual(['import cycle between 2 folders: taskpane/merge → taskpane/templates → taskpane/merge']);
  });

  test('a folder and its own subfolder are one folder', () => {
    expect(
      problemsOf({
        'xlsx/read.ts': "import { guard } from './guards/guard';\nexport const read = guard;\n",
        'xlsx/errors.ts': 'export class ReadError extends Error {}\n',
        'xlsx/guards/guard.ts': "import { ReadError } from '../errors';\nexport const guard = ReadError;\n",
      }),
    ).toEqual([]);
  });

  test('a core folder importing one above it in the layer order is refused', () => {
    const problems = problemsOf({
      'core/pack/schema.ts': "import { compileRules } from '../rules/check-rules';\nexport const s = compileRules;\n",
      'core/rules/check-rules.ts': 'export const compileRules = 1;\n',
    });
    expect(problems).toEqual([`core/pack/schema.ts:1: core/pack imports core/rules, which is above it in the layer order ${ORDER}`]);
  });

  test('the core imports nothing outside src/core: no Node module, no file format, no other area', () => {
    const problems = problemsOf({
      'core/report/a.ts': "import { readFileSync } from 'fs';\nimport { zipSync } from 'fflate';\nimport { w } from '../../xlsx/write';\nexport const a = [readFileSync, zipSync, w];\n",
      'xlsx/write.ts': 'export const w = 1;\n',
    });
    expect(problems).toEqual([
      'core/report/a.ts:1: the core imports "fs"; src/core imports nothing outside src/core',
      'core/report/a.ts:2: the core imports "fflate"; src/core imports nothing outside src/core',
      'core/report/a.ts:3: src/core may not import src/xlsx ("../../xlsx/write")',
    ]);
  });

  test('JSBI (exact decimals without BigInt) is the one package the core may use, and only in core/numbers', () => {
    const problems = problemsOf({
      'core/numbers/ints.ts': "import JSBI from 'jsbi';\nexport const i = JSBI;\n",
      'core/rules/a.ts': "import JSBI from 'jsbi';\nexport const a = JSBI;\n",
    });
    expect(problems).toEqual(['core/rules/a.ts:1: the core imports "jsbi"; src/core imports nothing outside src/core']);
  });

  test('packages stay in their area: fflate in xlsx, React in the task pane, Node in the CLI', () => {
    const problems = problemsOf({
      'excel/a.ts': "import { zipSync } from 'fflate';\nexport const a = zipSync;\n",
      'xlsx/b.ts': "import { useState } from 'react';\nimport { join } from 'path';\nexport const b = [useState, join];\n",
      'cli/c.ts': "import { readFileSync } from 'node:fs';\nimport { zipSync } from 'fflate';\nexport const c = [readFileSync, zipSync];\n",
    });
    expect(problems).toEqual([
      'cli/c.ts:2: the file formats (fflate, SheetJS) only in src/xlsx, not in src/cli ("fflate")',
      'excel/a.ts:1: the file formats (fflate, SheetJS) only in src/xlsx, not in src/excel ("fflate")',
      "xlsx/b.ts:1: React and Fluent UI only in src/taskpane, not in src/xlsx (\"react\")",
      "xlsx/b.ts:2: Node's modules only in src/cli, not in src/xlsx (\"path\")",
    ]);
  });

  test('the Word writer (docx) only in src/report-docx, which uses the core alone and serves the CLI and the pane', () => {
    const problems = problemsOf({
      'report-docx/render.ts': "import { Document } from 'docx';\nimport { d } from '../core/overview/d';\nimport { x } from '../xlsx/x';\nexport const r = [Document, d, x];\n",
      'core/overview/d.ts': 'export const d = 1;\n',
      'xlsx/x.ts': 'export const x = 1;\n',
      'cli/report.ts': "import { r } from '../report-docx/render';\nexport const c = r;\n",
      'taskpane/lazy.ts': "export const load = () => import('../report-docx/render');\n",
      'excel/e.ts': "import { Packer } from 'docx';\nimport { r } from '../report-docx/render';\nexport const e = [Packer, r];\n",
    });
    expect(problems).toEqual([
      'excel/e.ts:1: the Word writer (docx) only in src/report-docx, not in src/excel ("docx")',
      'excel/e.ts:2: src/excel may not import src/report-docx ("../report-docx/render")',
      'report-docx/render.ts:3: src/report-docx may not import src/xlsx ("../xlsx/x")',
    ]);
  });

  test('dynamic imports count', () => {
    const problems = problemsOf({
      'core/sheet/a.ts': "export const load = () => import('../summary/b');\n",
      'core/summary/b.ts': 'export const b = 1;\n',
    });
    expect(problems).toEqual([`core/sheet/a.ts:1: core/sheet imports core/summary, which is above it in the layer order ${ORDER}`]);
  });
});
