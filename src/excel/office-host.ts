import type { WorkbookModel } from '../core/sheet/model';
import { Backups, recordOf } from './backups';
import { HostError, type BackupInfo, type ExcelHost, type InsertOutcome } from './host';
import { planInsertion, type ExistingSheet } from './insert-plan';
import { undoInsertion, type Progress, type SurveyName } from './insert-rollback';
import { isOfficeError, runExcel } from './office-errors';
import { metaRowsFrom, queueMetaSheet, queueNames } from './queue-meta';
import { contentBlocks, queueContentRows, queueSheet, type HostFeatures } from './queue-sheet';
import { checkRequirements } from './requirements';
import { planSheet } from './sheet-plan';

/**
 * ExcelHost over Office.js. An insertion of N sheets takes N + 2 syncs whatever the number of cells
 * (plus one per further ~2 MB block of a very large sheet):
 * 1. survey: sheets, names, the identity sheet's rows — nothing is written before it has shown that
 *    no sheet would be overwritten without consent;
 * 2. the replaced sheets renamed away, every new sheet added under its final name (so that every
 *    formula finds the sheet it names: insert-plan.ts), and the first sheet's contents;
 * 3 … N+1. the other sheets' contents, one sync each;
 * N+2. the identity sheet, the defined names, the new sheets moved to the old ones' places, the old
 *    sheets hidden and kept where the user consented to replacing sheets (backups.ts: restorable until
 *    the next replacement, whose older kept sheets are deleted here), else deleted (last).
 * All or nothing from the user's view: if a sync fails, the sheets added are deleted and the
 * replaced ones renamed back (insert-rollback.ts, two more syncs), and the user is told once
 * (HostError 'insertFailed'); if even that fails, what is left is named ('insertLeftovers').
 */

export interface OfficeHostOptions {
  /** Font of written cells; the .xlsx writer's default, so both paths look alike. null keeps the workbook's. */
  fontName?: string | null;
  /** Where the record of kept sheets lives (default: the workbook's settings). */
  backups?: Backups;
}

interface Survey {
  sheets: Map<string, ExistingSheet>;
  names: SurveyName[];
  /** Key/value rows of an identity sheet already there. */
  metaRows: Array<[string, string]>;
  active: string | null;
}

const key = (name: string) => name.toLowerCase();

export class OfficeExcelHost implements ExcelHost {
  private readonly fontName: string | null;
  private readonly kept: Backups;

  constructor(options: OfficeHostOptions = {}) {
    this.fontName = options.fontName === undefined ? 'Times New Roman' : options.fontName;
    this.kept = options.backups ?? new Backups();
  }

  backups(): Promise<BackupInfo | null> {
    return this.kept.info();
  }

  restoreBackups(): Promise<BackupInfo> {
    return this.kept.restore();
  }

  async sheetNames(): Promise<string[]> {
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async insertWorkbookModel(model: WorkbookModel, replace: readonly string[]): Promise<InsertOutcome> {
    const { api19 } = checkRequirements();
    const features: HostFeatures = { api19, ...(this.fontName && { fontName: this.fontName }) };
    return runExcel(async (context) => {
      try {
        return await this.insert(context, model, replace, features);
      } catch (e) {
        // One message for whatever Excel refused, the survey included (which wrote nothing).
        if (!(e instanceof HostError) && isOfficeError(e)) throw new HostError('insertFailed', e.message || e.code);
        throw e;
      }
    });
  }

  private async insert(context: Excel.RequestContext, model: WorkbookModel, replace: readonly string[], features: HostFeatures): Promise<InsertOutcome> {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const worksheets = context.workbook.worksheets;

    const survey = await surveyWorkbook(context, model.metaSheet.name, sync);
    const consented = new Set(replace.map(key));
    const refused = model.sheets.filter((s) => survey.sheets.has(key(s.name)) && !consented.has(key(s.name)));
    if (refused.length) throw new HostError('sheetExists', refused.map((s) => s.name).join(', '));

    const plan = planInsertion(model.sheets.map((s) => s.name), model.metaSheet.name, survey.sheets);
    // The user's sheets were replaced with consent: kept (hidden) rather than deleted, one generation.
    const keep = plan.replaced.some((r) => consented.has(key(r.name)));
    const record = keep ? this.kept.record() : null;
    const replacedIds = new Set(plan.replaced.map((r) => r.old.id));
    const older = record ? record.sheets.flatMap((e) => (e.backup && !replacedIds.has(e.backup) ? [...survey.sheets.values()].filter((s) => s.id === e.backup) : [])) : [];
    const outcome = (): InsertOutcome => {
      const own = new Set(model.sheets.map((s) => key(s.name)));
      const replaced = plan.replaced.map((r) => r.name).filter((n) => own.has(key(n)));
      return { written: model.sheets.map((s) => s.name), replaced, kept: keep ? replaced : [], syncs };
    };
    const progress: Progress = { phase: 'writing' };
    try {
      // Renamed away first: formulas that point at an old sheet follow it, and its name is free.
      for (const r of plan.replaced) worksheets.getItem(r.old.name).name = r.temporary;
      const added = new Map(plan.added.map((name) => [name, worksheets.add(name)]));

      for (const sheet of model.sheets) {
        const ws = added.get(sheet.name)!;
        const cells = planSheet(sheet);
        const blocks = contentBlocks(cells);
        const lastFrom = blocks.length ? blocks[blocks.length - 1][0] : 0;
        // Large sheets: every block but the last in a sync of its own, before formats and protection.
        for (const [from, to] of blocks.slice(0, -1)) {
          queueContentRows(ws, cells, from, to, features);
          await sync();
        }
        queueSheet(ws, sheet, cells, features, lastFrom);
        await sync();
      }

      progress.phase = 'finishing';
      queueMetaSheet(added.get(model.metaSheet.name)!, model.metaSheet, survey.metaRows, features);
      queueNames(context.workbook.names, model.names, new Set(survey.names.map((n) => key(n.name))));
      for (const move of plan.moves) added.get(move.name)!.position = move.position;
      if (model.sheets.length) added.get(model.sheets[0].name)!.activate();
      // Last: the old sheets, kept hidden or deleted. Excel refuses to delete a very hidden sheet.
      for (const r of plan.replaced) {
        const old = worksheets.getItem(r.temporary);
        if (keep) {
          if (r.old.visibility === 'Visible') old.visibility = 'Hidden';
          continue;
        }
        if (r.old.visibility === 'VeryHidden') old.visibility = 'Hidden';
        old.delete();
      }
      for (const s of older) {
        const ws = worksheets.getItem(s.id);
        if (s.visibility === 'VeryHidden') ws.visibility = 'Hidden';
        ws.delete();
      }
      await sync();
    } catch (failure) {
      const undone = await undoInsertion(context, plan, { ...survey, modelNames: model.names.map((n) => n.name) }, progress, failure);
      if (undone === 'completed') return outcome();
      throw failure;
    }
    if (keep) await this.kept.save(recordOf(plan, model.names.map((n) => n.name), survey.names, new Date()));
    return outcome();
  }
}

/** First sync: sheets (ids, names, positions, visibility), the active sheet, defined names, and an identity sheet's rows. */
async function surveyWorkbook(context: Excel.RequestContext, metaName: string, sync: () => Promise<void>): Promise<Survey> {
  const sheets = context.workbook.worksheets.load('items/id,items/name,items/position,items/visibility');
  const active = context.workbook.worksheets.getActiveWorksheet().load('name');
  const names = context.workbook.names.load('items/name,items/formula,items/visible,items/comment');
  const meta = context.workbook.worksheets.getItemOrNullObject(metaName);
  const metaUsed = meta.getUsedRangeOrNullObject(true);
  metaUsed.load('address,values');
  await sync();

  return {
    sheets: new Map(sheets.items.map((s): [string, ExistingSheet] => [key(s.name), { id: s.id, name: s.name, position: s.position, visibility: s.visibility }])),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula, visible: n.visible, comment: n.comment })),
    metaRows: meta.isNullObject || metaUsed.isNullObject ? [] : metaRowsFrom(metaUsed.address, metaUsed.values as unknown[][]),
    active: active.name,
  };
}
