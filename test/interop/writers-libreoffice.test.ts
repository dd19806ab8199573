/**
 * The writers corpus, live: the CURRENT filled template through LibreOffice into .xlsx, .ods and .xls,
 * read back through openWorkbookFile, must give the same unit, figures and findings as the file we
 * wrote (test/corpus/writers.test.ts does the same on committed files without LibreOffice). And two
 * safety properties through a real spreadsheet program: text that begins with "=", "+", "-" or "@",
 * written by writeWorkbook, stays text after LibreOffice opens, recalculates and saves it; sheets,
 * names and texts called "__proto__", "constructor" … survive as data in every format, polluting nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { cellAt, type ReadWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { extract, filledModel } from '../corpus/writer-corpus';
import { sampleSheet, sampleWorkbook } from '../xlsx/fixtures';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice } = requiring(libreOffice(), 'writers interop suite');

jest.setTimeout(180_000);

const FORMATS = ['xlsx', 'ods', 'xls'] as const;
const NAMES = ['__proto__', 'constructor', 'prototype'];
const FORMULA_TEXTS = ['=1+2', '+84912345678', '-5', '@SUM(A1:A2)', '=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0"];

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'lo-writers-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Writes the model, has LibreOffice save it in each format (two at a time), opens each result. */
async function throughLibreOffice(name: string, model: WorkbookModel): Promise<Record<(typeof FORMATS)[number], ReturnType<typeof openWorkbookFile>>> {
  const dir = mkdtempSync(join(workDir, `${name}-`));
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, writeWorkbook(model));
  const paths = [await convertWithLibreOffice(input, 'xlsx', join(dir, 'xlsx')), ...(await Promise.all(['ods', 'xls'].map((f) => convertWithLibreOffice(input, f, join(dir, f)))))];
  const [xlsx, ods, xls] = paths.map((p) => openWorkbookFile({ name: p, bytes: new Uint8Array(readFileSync(p)) }));
  return { xlsx, ods, xls };
}

function workbookOf(result: ReturnType<typeof openWorkbookFile>): ReadWorkbook {
  if (!result.ok) throw new Error(`${result.name}: ${result.error.code} ${result.error.detail}`);
  return result.workbook;
}

describeLibreOffice('the filled template through LibreOffice', () => {
  const pack = defaultPack();
  const model = filledModel(pack);
  const original = openWorkbookFile({ name: 'original.xlsx', bytes: writeWorkbook(model) });
  let results: Awaited<ReturnType<typeof throughLibreOffice>>;
  beforeAll(async () => {
    results = await throughLibreOffice('filled', model);
  });

  it.each(FORMATS)('.%s gives the same unit, figures and findings', (format) => {
    if (!original.ok) throw new Error(original.error.detail);
    const result = results[format];
    workbookOf(result);
    if (result.ok) {
      expect(result.format).toBe(format);
      expect(extract(result.source, pack)).toEqual(extract(original.source, pack));
    }
  });
});

describeLibreOffice('hostile texts and names through LibreOffice', () => {
  let results: Awaited<ReturnType<typeof throughLibreOffice>>;
  beforeAll(async () => {
    const sheets = NAMES.map((name, i) => {
      const s = sampleSheet({ name });
      s.cells.push({ row: 10, col: 0, value: NAMES[(i + 1) % NAMES.length], style: 'label', locked: true });
      FORMULA_TEXTS.forEach((text, k) => s.cells.push({ row: 20 + k, col: 0, value: text, style: 'label', locked: true }));
      return s;
    });
    const model = sampleWorkbook(sheets);
    model.names.push(...NAMES.map((n) => ({ name: `${n}_x`, formula: `'${n}'!$A$1` })));
    results = await throughLibreOffice('hostile', model);
  });

  it.each(FORMATS)('.%s: "=", "+", "-", "@" texts are still text, not formulas, after LibreOffice recalculated and saved', (format) => {
    const wb = workbookOf(results[format]);
    for (const sheet of wb.sheets.slice(0, NAMES.length)) {
      FORMULA_TEXTS.forEach((text, k) => {
        const cell = cellAt(sheet, 20 + k, 0);
        expect({ sheet: sheet.name, type: cell?.type, value: cell?.value, formula: cell?.formula, hasFormula: cell?.hasFormula }).toEqual({
          sheet: sheet.name,
          type: 'text',
          value: text,
          formula: undefined,
          hasFormula: false,
        });
      });
    }
  });

  it.each(FORMATS)('.%s: sheets, names and texts called __proto__, constructor, prototype are read as data', (format) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const wb = workbookOf(results[format]);
    expect(wb.sheets.map((s) => s.name)).toEqual([...NAMES, '_annex_meta']);
    wb.sheets.slice(0, NAMES.length).forEach((s, i) => {
      expect([s.name, cellAt(s, 10, 0)?.value, cellAt(s, 4, 2)?.value]).toEqual([s.name, NAMES[(i + 1) % NAMES.length], 1250]);
    });
    expect(wb.names.map((n) => n.name)).toEqual(expect.arrayContaining(NAMES.map((n) => `${n}_x`)));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
