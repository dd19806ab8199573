/**
 * Issue 16's "done when", with the real program: a district's summary re-saved by openpyxl (Debian
 * python3-openpyxl: load_workbook + save keeps every formula and drops every cached result) merges
 * into the province to the same totals as the original file.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSubmission } from '../../src/cli/merge-read';
import { summaryValue } from '../../src/core/merge/aggregate';
import { mergeSubmissions, type MergeResult } from '../../src/core/merge/merge';
import { summaryWorkbook } from '../../src/core/summary';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack, submission } from '../core/merge/helpers';
import { requiring } from '../support/requires';

const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
const openpyxl = { what: 'openpyxl (Debian python3-openpyxl)', how: 'apt-get install python3-openpyxl', present: !probe.error && probe.status === 0 };

const RESAVE = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb.save(sys.argv[2])
`;

function totals(r: MergeResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, cell] of r.cells) out[id] = cell.kind === 'text' ? `t:${cell.text}` : (summaryValue(cell)?.toString() ?? '∅');
  return out;
}

requiring(openpyxl, 'a summary re-saved by openpyxl').describe('a district summary re-saved by openpyxl', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'summary-openpyxl-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges into the province to the same totals as the original', () => {
    const units = pack.units.filter((u) => u.parent === 'H02').map((u) => u.code);
    const summary = summaryWorkbook(pack, mergeSubmissions(pack, units.map((u) => submission(u)), { mergingUnit: 'H02' }));
    const original = join(dir, 'H02-tong-hop.xlsx');
    const resaved = join(dir, 'H02-openpyxl.xlsx');
    writeFileSync(original, writeWorkbook(summary));
    const r = spawnSync(PYTHON, ['-c', RESAVE, original, resaved], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // openpyxl did drop the cached results: not one formula cell of an annex keeps a value.
    const read = readWorkbook(new Uint8Array(readFileSync(resaved)));
    if (!read.ok) throw new Error('unreadable');
    const pl02 = read.workbook.sheets.find((s) => s.name === pack.annexes.find((a) => a.id === 'PL02')!.sheetName)!;
    const formulas = [...pl02.cells.values()].filter((c) => c.hasFormula);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.filter((c) => c.value !== null && c.value !== '')).toEqual([]);

    const others = ['H01', 'H03'].map((u) => submission(u));
    const fromOriginal = mergeSubmissions(pack, [readSubmission(original), ...others]);
    const fromResaved = mergeSubmissions(pack, [readSubmission(resaved), ...others]);
    expect(fromResaved.entries.map((e) => e.decision.merged)).toEqual([true, true, true]);
    expect(totals(fromResaved)).toEqual(totals(fromOriginal));
    expect(totals(mergeSubmissions(pack, others))).not.toEqual(totals(fromOriginal));
  });
});
