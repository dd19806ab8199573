/**
 * The strict simulator's computation against LibreOffice's, on the same workbooks: a merged summary
 * (annex SUMs over "Chi tiết", ratios, targets, its check sheet) and a unit's workbook with numbers
 * typed as text and a text that looks like a formula (the check sheet's LEN/MID/SUBSTITUTE parsing).
 * Each is inserted into the simulator by the Office adapter, and written to .xlsx without cached
 * values (so LibreOffice computes every formula itself, as the merge suite does) and converted by
 * soffice --headless; every formula cell must show the same value in both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { withFigures } from '../../src/core/report/model-source';
import { columnLetters } from '../../src/core/sheet/address';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { summaryWorkbook } from '../../src/core/summary';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { cellAt, readWorkbook, type ReadWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { directUnits, figuresOf, pack, submission } from '../core/merge/helpers';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice, runs } = requiring(libreOffice(), 'simulator/LibreOffice cross-check');

jest.setTimeout(240_000);

let workDir = '';

/** A unit's figures with two numbers typed as text ("1.250" and "12,5") and a text starting with "=". */
function trickyUnit(): WorkbookModel {
  const figures = figuresOf('H03');
  figures.PL02['2']['1'] = '1.250';
  figures.PL07['22']['1'] = '12,5';
  figures.PL05['1']['1'] = '=abc';
  return withFigures(renderWorkbook(pack, 'H03'), figures);
}

const workbooks: Array<[string, () => WorkbookModel]> = [
  ['summary', () => summaryWorkbook(pack, mergeSubmissions(pack, directUnits().map((u) => submission(u, { figures: figuresOf(u) }))))],
  ['unit', trickyUnit],
];

async function recalculatedByLibreOffice(name: string, model: WorkbookModel): Promise<ReadWorkbook> {
  const withoutCache: WorkbookModel = { ...model, sheets: model.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)) })) };
  const input = join(workDir, `${name}.xlsx`);
  writeFileSync(input, writeWorkbook(withoutCache));
  const output = await convertWithLibreOffice(input, 'xlsx', join(workDir, 'out'));
  const read = readWorkbook(new Uint8Array(readFileSync(output)));
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.workbook;
}

async function simulated(model: WorkbookModel): Promise<WorkbookSimulator> {
  const sim = new WorkbookSimulator({ sheets: ['Sheet1'], platform: 'web' });
  const restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
  try {
    await new OfficeExcelHost().insertWorkbookModel(model, []);
  } finally {
    restore();
  }
  return sim;
}

beforeAll(() => {
  if (runs) workDir = mkdtempSync(join(tmpdir(), 'lo-sim-'));
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describeLibreOffice('the simulator computes what LibreOffice computes, formula by formula', () => {
  it.each(workbooks)('%s', async (name, build) => {
    const model = build();
    const [lo, sim] = await Promise.all([recalculatedByLibreOffice(name, model), simulated(model)]);
    let compared = 0;
    let numbers = 0;
    let texts = 0;
    const differing: string[] = [];
    for (const sheet of model.sheets) {
      const loSheet = lo.sheets.find((s) => s.name === sheet.name)!;
      for (const c of sheet.cells) {
        if (!c.formula) continue;
        compared++;
        const address = `${columnLetters(c.col)}${c.row + 1}`;
        const ours = sim.value(sheet.name, address);
        const theirs = cellAt(loSheet, c.row, c.col);
        const theirValue = theirs?.value ?? '';
        if (typeof ours === 'number' && ours !== 0) numbers++;
        if (typeof ours === 'string' && ours !== '') texts++;
        const same = typeof ours === 'number' && typeof theirValue === 'number' ? Math.abs(ours - theirValue) <= 1e-9 * Math.max(1, Math.abs(ours)) : ours === theirValue;
        if (!same) differing.push(`${sheet.name}!${address} ${c.formula.slice(0, 120)}: simulator ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirValue)} (${theirs?.type ?? 'none'})`);
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
    // Not a comparison of empty cells: thousands of numbers and texts (messages, statuses, codes).
    expect([numbers > 1000, texts > 500]).toEqual([true, true]);
  });
});
