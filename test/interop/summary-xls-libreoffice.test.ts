/**
 * A district's summary saved as .xls by LibreOffice, twice (issue 16, item 2). The .xls grid stops at
 * column IV (256): with a single detail sheet of 336 columns, LibreOffice rewrote the annexes' formulas
 * as SUM(#REF!) and the figures were #REF! after the second save. The detail is now one sheet per
 * annex, each within 256 columns: the summary saved .xlsx → .xls → .xls keeps every formula, reads
 * with no error and merges into the province to the same totals as the original.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { summaryValue } from '../../src/core/merge/aggregate';
import { mergeSubmissions, type MergeResult } from '../../src/core/merge/merge';
import type { Submission } from '../../src/core/merge/submission';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import { validateSource } from '../../src/core/rules/validate';
import { summaryWorkbook } from '../../src/core/summary';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack, submission, submissionFromModel } from '../core/merge/helpers';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice, runs } = requiring(libreOffice(), 'summary .xls interop suite');

jest.setTimeout(240_000);

const H02_UNITS = pack.units.filter((u) => u.parent === 'H02').map((u) => u.code);
const OTHERS = ['H01', 'H03'];

function totals(r: MergeResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, cell] of r.cells) out[id] = cell.kind === 'text' ? `t:${cell.text}` : (summaryValue(cell)?.toString() ?? '∅');
  return out;
}

let workDir = '';
let original: Submission;
let twice: Submission;

beforeAll(async () => {
  if (!runs) return;
  workDir = mkdtempSync(join(tmpdir(), 'lo-summary-xls-'));
  const model = summaryWorkbook(pack, mergeSubmissions(pack, H02_UNITS.map((u) => submission(u)), { mergingUnit: 'H02' }));
  original = submissionFromModel(model, 'H02-tong-hop.xlsx');
  const input = join(workDir, 'H02-tong-hop.xlsx');
  writeFileSync(input, writeWorkbook(model));
  mkdirSync(join(workDir, 'first'));
  mkdirSync(join(workDir, 'second'));
  const first = await convertWithLibreOffice(input, 'xls', join(workDir, 'first'));
  const second = await convertWithLibreOffice(first, 'xls', join(workDir, 'second'));
  const opened = openWorkbookFile({ name: 'H02-tong-hop.xls', bytes: new Uint8Array(readFileSync(second)) });
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.detail}`);
  expect(opened.format).toBe('xls');
  twice = { fileName: 'H02-tong-hop.xls', savedAt: original.savedAt, sha256: 'lo-twice', content: { kind: 'workbook', source: opened.source } };
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describeLibreOffice('a summary saved twice as .xls by LibreOffice', () => {
  it('keeps every formula of its input cells, none lost to #REF!', () => {
    if (twice.content.kind !== 'workbook' || original.content.kind !== 'workbook') throw new Error('not a workbook');
    const before = readUnitReport(original.content.source, pack);
    const after = readUnitReport(twice.content.source, pack);
    let formulas = 0;
    const broken: string[] = [];
    for (const [annexId, annex] of before.annexes) {
      for (const [rowCode, cols] of annex.cells) {
        for (const [colCode, cell] of cols) {
          if (!cell.hasFormula) continue;
          formulas++;
          const now = after.annexes.get(annexId)?.cells.get(rowCode)?.get(colCode);
          if (!now?.hasFormula || now.formulaNote) broken.push(`${annexId}!${cell.address} ${now?.formulaNote?.kind ?? 'no formula'}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(formulas).toBeGreaterThan(150);
  });

  it('validates with no error and merges into the province to the same totals as the original', () => {
    if (twice.content.kind !== 'workbook') throw new Error('not a workbook');
    const v = validateSource(twice.content.source, pack);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.annexId}!${f.address}`)).toEqual([]);
    const want = mergeSubmissions(pack, [original, ...OTHERS.map((u) => submission(u))]);
    const got = mergeSubmissions(pack, [twice, ...OTHERS.map((u) => submission(u))]);
    expect(got.entries.find((e) => e.file.fileName === 'H02-tong-hop.xls')!.decision).toEqual({ merged: true, status: 'ready' });
    expect(totals(got)).toEqual(totals(want));
  });
});
