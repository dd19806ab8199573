/**
 * The summary's formulas recalculated by LibreOffice equal the merge's own exact results. The summary
 * is written with every formula's cached value removed (LibreOffice 7.4 keeps a cached result rather
 * than recalculating it), so what comes back is LibreOffice's own computation: the SUMs over the detail
 * sheet, the ratios and "% of target" of the template's formulas, the sum of the units' targets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { examineSubmission } from '../../src/core/merge/examine';
import { mergeSubmissions } from '../../src/core/merge/merge';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { summaryWorkbook } from '../../src/core/summary';
import { cellAt, readWorkbook, type ReadWorkbook } from '../../src/xlsx/read';
import { toCellSource } from '../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../src/xlsx/write';
import { directUnits, figuresOf, pack, submission } from '../core/merge/helpers';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice, runs } = requiring(libreOffice(), 'merge interop suite');

jest.setTimeout(120_000);

let workDir = '';
let model: WorkbookModel;
let recalculated: ReadWorkbook;

beforeAll(async () => {
  if (!runs) return;
  workDir = mkdtempSync(join(tmpdir(), 'lo-merge-'));
  const files = directUnits().map((u) => submission(u, { figures: figuresOf(u) }));
  model = summaryWorkbook(pack, mergeSubmissions(pack, files));
  const withoutCache: WorkbookModel = { ...model, sheets: model.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)) })) };
  const input = join(workDir, 'tong-hop.xlsx');
  writeFileSync(input, writeWorkbook(withoutCache));
  const output = await convertWithLibreOffice(input, 'xlsx', join(workDir, 'out'));
  const read = readWorkbook(new Uint8Array(readFileSync(output)));
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  recalculated = read.workbook;
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describeLibreOffice('LibreOffice recalculates the summary to the merge\'s values', () => {
  it('every formula of every annex sheet', () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const sheet of model.sheets.filter((s) => s.layout.codeRow >= 0 && (s.role ?? 'annex') === 'annex')) {
      const lo = recalculated.sheets.find((s) => s.name === sheet.name)!;
      for (const c of sheet.cells) {
        if (!c.formula) continue;
        const got = cellAt(lo, c.row, c.col);
        const value = got?.value ?? null;
        if (typeof c.value === 'number') {
          if (typeof value !== 'number' || Math.abs(value - c.value) > 1e-9 * Math.max(1, Math.abs(c.value))) mismatches.push(`${sheet.name}!${c.row},${c.col} ${c.formula}: merge ${c.value}, LibreOffice ${String(value)}`);
          compared++;
        } else if (typeof value === 'number' && value !== 0) {
          // Empty in the merge: nobody reported the inputs (LibreOffice shows 0 or "").
          mismatches.push(`${sheet.name}!${c.row},${c.col} ${c.formula}: merge empty, LibreOffice ${String(value)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(250);
    // The summary carries its own check sheet; recalculated, it finds the consistent summary clean.
    const countLine = cellAt(recalculated.sheets.find((s) => s.name === model.sheets[0].name)!, 2, 0)?.value;
    expect(String(countLine)).toContain('cả sổ làm việc: 0 lỗi');
  });

  it('the input cells are SUMs over the detail sheet', () => {
    const pl07 = model.sheets.find((s) => s.identity.annexId === 'PL07')!;
    const c = pl07.cells.find((x) => x.row === pl07.layout.rows['22'] && x.col === pl07.layout.cols['1'])!;
    expect(c.formula).toMatch(/^SUM\('Chi tiết PL07'!/);
    expect(cellAt(recalculated.sheets.find((s) => s.name === pl07.name)!, c.row, c.col)?.value).toBe(c.value);
  });

  it('the summary saved by LibreOffice is still a summary: merged one level up, it knows its units', () => {
    const source = toCellSource(recalculated, 'tong-hop-LO.xlsx');
    // The same pack one level up: the national federation above the province.
    const national = { ...pack, issuer: { code: 'VN', name: 'Tổng Liên đoàn Lao động Việt Nam' }, units: [...pack.units, { code: 'T00', name: pack.issuer.name, kind: 'province' as const, parent: 'VN' }] };
    const examined = examineSubmission(national, {
      fileName: 'tong-hop-LO.xlsx',
      savedAt: null,
      sha256: '',
      content: { kind: 'workbook', source },
    });
    expect(examined.kind).toBe('form');
    if (examined.kind !== 'form') return;
    expect(examined.summary).toEqual({ of: 'T00', units: [...directUnits()].sort() });
    expect(examined.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
