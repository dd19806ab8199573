/**
 * An insertion is all or nothing from the user's view: whichever sync fails — before any of its
 * operations ran, half-way, or at its last one — the workbook is left exactly as it was (the same
 * sheets, by Excel's id, with their names, places, cells, protection and conditional formats; the
 * same defined names; the same active sheet) and the user gets one message. Sheets replaced with the
 * user's consent are kept (hidden), never deleted, so a failure anywhere is undone; only an old sheet
 * replaced without being asked about (the hidden identity sheet, when another annex is added) is
 * deleted, and a failure after deletions began completes the insertion instead, since there is
 * nothing left to go back to. For templates and for a merged summary, first inserted and replacing an
 * earlier one.
 */
import { mergeSubmissions } from '../../src/core/merge/merge';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { summaryWorkbook } from '../../src/core/summary';
import { HostError } from '../../src/excel/host';
import { describeHostError } from '../../src/excel/host-error-text';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { directUnits, figuresOf, pack, submission } from '../core/merge/helpers';
import { installOfficeGlobals, WorkbookSimulator } from '../simulator';

jest.setTimeout(300_000);

/**
 * Everything of the workbook the user could see or rely on. Sheets and conditional formats the
 * workbook had before the insertion are told by their ids (as "was #n"), so that one deleted and
 * recreated alike would differ.
 */
function state(sim: WorkbookSimulator, ids: Map<string, number>): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: sim.workbook.sheets.map((s) => ({
        id: ids.has(s.id) ? `was #${ids.get(s.id)}` : 'new',
        name: s.name,
        visibility: s.visibility,
        protection: s.protection,
        freeze: s.freeze,
        pageLayout: s.pageLayout,
        merges: s.merges,
        widths: [...s.columnWidths],
        heights: [...s.rowHeights],
        formats: s.conditionalFormats.map((cf) => ({ ...cf, id: ids.has(cf.id) ? `was #${ids.get(cf.id)}` : 'new' })),
        // What the user's own formulas show (the inserted ones are compared as text: their values follow).
        cells: s.entries().map(({ row, col, cell }) => ({ row, col, ...cell, bound: undefined, shown: cell.formula && s.name === 'Của tôi' ? sim.value(s.name, a1(row, col)) : undefined })),
      })),
      // Excel lists defined names by name (Name Manager, workbook.names): their creation order is not the user's.
      names: [...sim.workbook.names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      active: sim.activeSheetName,
    }),
  );
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** A workbook of the user's: a sheet with a figure and a name, and whatever `setup` inserts first. */
async function workbook(setup?: WorkbookModel): Promise<{ sim: WorkbookSimulator; host: OfficeExcelHost; restore: () => void; ids: Map<string, number> }> {
  const sim = new WorkbookSimulator({ sheets: ['Của tôi'], excelApi: '1.9' });
  const restore = installOfficeGlobals(sim, { displayLanguage: 'vi-VN', supportedExcelApi: '1.9' });
  sim.typeInto('Của tôi', 'A1', '125');
  await sim.run(async (ctx) => void ctx.workbook.names.add('CUA_TOI', "='Của tôi'!$A$1"));
  const host = new OfficeExcelHost();
  if (setup) {
    await host.insertWorkbookModel(setup, []);
    // The user's own formula over the earlier summary: after a failed replacement it still shows the same.
    const first = setup.sheets[0];
    sim.typeInto('Của tôi', 'B1', `=COUNTIF('${first.name}'!A1:Z60,"*")`);
  }
  sim.resetCounters();
  const known = [...sim.workbook.sheets.map((sheet) => sheet.id), ...sim.workbook.sheets.flatMap((sheet) => sheet.conditionalFormats.map((cf) => cf.id))];
  return { sim, host, restore, ids: new Map(known.map((id, i) => [id, i])) };
}

async function sweep(label: string, model: WorkbookModel, before?: WorkbookModel): Promise<{ completed: number; kept: number }> {
  const replace = (sim: WorkbookSimulator) => model.sheets.map((s) => s.name).filter((n) => sim.hasSheet(n));

  // The reference: the insertion without failure, its syncs and operations.
  const ref = await workbook(before);
  const initial = state(ref.sim, ref.ids);
  const consented = replace(ref.sim);
  const refOutcome = await ref.host.insertWorkbookModel(model, consented);
  const done = state(ref.sim, ref.ids);
  const perSync = [...ref.sim.operationsPerRoundTrip];
  ref.restore();
  expect(perSync.length).toBe(model.sheets.length + 2);

  // Replaced with consent: every old sheet is kept (hidden). Otherwise an old identity sheet is deleted
  // by the last operation of the last sync.
  const deletions = !before ? 0 : consented.length ? 0 : 1;
  const outcomes: string[] = [];
  for (let k = 1; k <= perSync.length; k++) {
    const ops = perSync[k - 1];
    const last = k === perSync.length;
    // Before any operation ran, and before the last one; in the last sync, around the first deletion too.
    const points = last ? [0, ops - deletions - 1, ops - deletions, ops - deletions + 1, ops - 1] : [0, ops - 1];
    for (const after of [...new Set(points.filter((n) => n >= 0 && n < ops))]) {
      const { sim, host, restore, ids } = await workbook(before);
      try {
        expect(state(sim, ids)).toEqual(initial);
        sim.failAt(k, after);
        let error: unknown = null;
        await host.insertWorkbookModel(model, replace(sim)).catch((e: unknown) => (error = e));
        // Completed only when the failure came after the first old sheet was deleted.
        expect([k, after, error === null]).toEqual([k, after, last && after > ops - deletions]);
        if (error === null) {
          expect(state(sim, ids)).toEqual(done);
          outcomes.push(`${k}.${after}:completed`);
        } else {
          expect(error).toBeInstanceOf(HostError);
          expect((error as HostError).code).toBe('insertFailed');
          expect(describeHostError(error as HostError, 'vi')).toContain('Sổ làm việc đã được trả lại như trước khi chèn');
          expect([`${label} sync ${k} after ${after}`, state(sim, ids)]).toEqual([`${label} sync ${k} after ${after}`, initial]);
          outcomes.push(`${k}.${after}:undone`);
        }
      } finally {
        restore();
      }
    }
  }
  expect(outcomes.filter((o) => o.endsWith('undone')).length).toBeGreaterThanOrEqual(perSync.length * 2);
  return { completed: outcomes.filter((o) => o.endsWith('completed')).length, kept: refOutcome.kept.length };
}

const template = renderWorkbook(pack, 'H02', ['PL05']);
const summary = (units: string[]) => summaryWorkbook(pack, mergeSubmissions(pack, units.map((u) => submission(u, { figures: figuresOf(u), annexIds: ['PL05'] })), { annexIds: ['PL05'] }));

test('templates: a failure at any sync leaves the workbook as it was', async () => {
  await sweep('templates', template);
});

test('templates replacing earlier ones: a failure at any sync leaves the earlier ones as they were (kept, never deleted)', async () => {
  expect(await sweep('templates again', template, template)).toEqual({ completed: 0, kept: template.sheets.length });
});

test('another annex beside earlier ones: only the old identity sheet is deleted, and a failure is undone', async () => {
  // Without check sheets, no sheet of the new insertion exists already: nothing to ask, nothing kept.
  const annexOnly = (id: string) => renderWorkbook(pack, 'H02', [id], { checks: false });
  expect(await sweep('another annex', annexOnly('PL04'), annexOnly('PL05'))).toEqual({ completed: 0, kept: 0 });
});

test('a merged summary, first inserted: a failure at any sync leaves the workbook as it was', async () => {
  await sweep('summary', summary(directUnits().slice(0, 3)));
});

test('a merged summary replacing an earlier one: a failure at any sync leaves the earlier summary as it was', async () => {
  const model = summary(directUnits().slice(0, 4));
  expect(await sweep('summary again', model, summary(directUnits().slice(0, 3)))).toEqual({ completed: 0, kept: model.sheets.length });
});

test('when putting the workbook back fails too, the message names what may be left and how the old sheets were renamed', async () => {
  const before = summary(directUnits().slice(0, 3));
  const { sim, host, restore } = await workbook(before);
  try {
    // The third sync (a content sync) fails, then the first sync of the undoing.
    sim.failAt(3, 0);
    sim.failAt(4, 0);
    const model = summary(directUnits().slice(0, 4));
    const error = await host.insertWorkbookModel(model, model.sheets.map((s) => s.name)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    const e = error as HostError;
    expect(e.code).toBe('insertLeftovers');
    const text = describeHostError(e, 'vi');
    expect(text).toContain('không trả lại được sổ làm việc như cũ');
    for (const sheet of model.sheets) expect(text).toContain(sheet.name);
    expect(text).toContain(`~bản cũ 1 → ${before.sheets[0].name}`);
    // What the message says is what the workbook holds: the old sheets under the names it gives.
    for (const [temporary, original] of (e.params.renamed ?? '').split(', ').map((pair) => pair.split(' → '))) {
      expect(sim.hasSheet(temporary)).toBe(true);
      expect(before.sheets.map((s) => s.name).concat(before.metaSheet.name)).toContain(original);
    }
  } finally {
    restore();
  }
});
