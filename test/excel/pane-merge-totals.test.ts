/**
 * The Tổng hợp tab's merge, written into a workbook by the Office adapter, shows in Excel the totals
 * the CLI's summary file holds — cell for cell, as the strict simulator computes them (formulas bound
 * to sheets when written, #REF! when their sheet is missing or deleted). Both on a first insertion
 * (the annexes' SUMs name "Chi tiết", which must exist when they are written) and when an earlier
 * summary is replaced (the new SUMs must never bind to the old "Chi tiết", which is then deleted).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { mergeFiles } from '../../src/cli/merge-command';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { examineSubmission } from '../../src/core/merge/examine';
import { defaultPack } from '../../src/core/load/load-pack';
import { withFigures } from '../../src/core/report/model-source';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { columnLetters } from '../../src/core/sheet/address';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { summaryWorkbook } from '../../src/core/summary';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { buildSummary, planMerge, ReadBudget, sha256Hex, submissionFromBytes } from '../../src/taskpane/merge/merge-engine';
import { writeWorkbook } from '../../src/xlsx/write';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';

jest.setTimeout(120_000);

const pack = defaultPack();
const dir = mkdtempSync(join(tmpdir(), 'pane-totals-'));

function unitFile(unit: string, bump = 0): string {
  const figures = JSON.parse(JSON.stringify(exampleFigures(pack, unit)));
  if (bump) figures.PL02['2']['1'] = (figures.PL02['2']['1'] as number) + bump;
  const path = join(dir, `${unit}-${bump}.xlsx`);
  writeFileSync(path, writeWorkbook(withFigures(renderWorkbook(pack, unit), figures), { modified: new Date('2020-12-20T08:00:00Z') }));
  return path;
}

async function paneModel(files: string[]): Promise<WorkbookModel> {
  const budget = new ReadBudget();
  const examined = [];
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    examined.push(examineSubmission(pack, submissionFromBytes(path, bytes, await sha256Hex(bytes), statSync(path).mtimeMs, budget)));
  }
  return buildSummary(pack, planMerge(pack, examined, { mergingUnit: pack.issuer.code }), 'vi').model;
}

function cliModel(files: string[]): WorkbookModel {
  return summaryWorkbook(pack, mergeFiles(pack, files, { mergingUnit: pack.issuer.code }, { threads: 1 }));
}

/** Every formula cell of the annex sheets: what Excel shows against what the CLI wrote in its file. */
function differences(sim: WorkbookSimulator, cli: WorkbookModel): { compared: number; differing: string[] } {
  const differing: string[] = [];
  let compared = 0;
  for (const sheet of cli.sheets.filter((s) => (s.role ?? 'annex') === 'annex' && s.layout.codeRow >= 0)) {
    for (const c of sheet.cells) {
      if (!c.formula || typeof c.value !== 'number') continue;
      compared++;
      const address = `${columnLetters(c.col)}${c.row + 1}`;
      const shown = sim.value(sheet.name, address);
      if (shown !== c.value) differing.push(`${sheet.name}!${address} ${c.formula}: Excel ${JSON.stringify(shown)}, CLI ${c.value}`);
    }
  }
  return { compared, differing };
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

test('first insertion, then replacing it with a newer merge: the totals equal the CLI summary\'s, cell for cell', async () => {
  const first = ['H01', 'H02', 'N01', 'CS02'].map((u) => unitFile(u));
  const sim = new WorkbookSimulator({ sheets: ['Sheet1'], excelApi: '1.8' });
  restore = installOfficeGlobals(sim, { displayLanguage: 'vi-VN', supportedExcelApi: '1.8' });
  const host = new OfficeExcelHost();

  const model1 = await paneModel(first);
  await host.insertWorkbookModel(model1, []);
  const cli1 = cliModel(first);
  const one = differences(sim, cli1);
  expect(one.differing).toEqual([]);
  expect(one.compared).toBeGreaterThan(250);

  // A newer round: one more unit, and a corrected figure — the user replaces the summary.
  const second = [...first.slice(0, 3), unitFile('CS02', 15), unitFile('H03')];
  const model2 = await paneModel(second);
  const replace = model2.sheets.map((s) => s.name).filter((n) => sim.hasSheet(n));
  expect(replace.length).toBe(model1.sheets.length);
  await host.insertWorkbookModel(model2, replace);
  const cli2 = cliModel(second);
  const two = differences(sim, cli2);
  expect(two.differing).toEqual([]);
  expect(two.compared).toBeGreaterThan(250);
  // The totals did change, so the comparison is not of stale values.
  expect(differences(sim, cli1).differing.length).toBeGreaterThan(0);
  // Visible: the user's own sheet and the new summary; the earlier summary and identity sheet are kept, hidden, next to them.
  const shown = sim.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
  expect(shown).toEqual(['Sheet1', ...model2.sheets.map((s) => s.name)]);
  const kept = sim.workbook.sheets.filter((s) => /^~bản cũ \d+$/.test(s.name));
  expect(kept.length).toBe(model1.sheets.length + 1);
  expect(kept.every((s) => s.visibility === 'Hidden')).toBe(true);
  // And no formula anywhere refers to a deleted or missing sheet, nor computes to #REF!.
  const broken = sim.workbook.sheets.flatMap((s) =>
    s
      .entries()
      .filter(({ row, col, cell }) => cell.bound && (cell.bound.parsed.hasDeletedRef || cell.bound.sheets.includes(null) || sim.value(s.name, `${columnLetters(col)}${row + 1}`) === '#REF!'))
      .map(({ row, col }) => `${s.name}!${columnLetters(col)}${row + 1}`),
  );
  expect(broken).toEqual([]);

  // "Khôi phục bản cũ": the earlier summary is back, with the earlier totals; the newer one is kept in turn.
  const info = await host.backups();
  expect(info?.sheets).toEqual([...model2.sheets.map((s) => s.name), model2.metaSheet.name]);
  await host.restoreBackups();
  expect(differences(sim, cli1).differing).toEqual([]);
  expect(sim.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['Sheet1', ...model1.sheets.map((s) => s.name)]);
  // And swapped back again: nothing was lost either way.
  await host.restoreBackups();
  expect(differences(sim, cli2).differing).toEqual([]);
});
