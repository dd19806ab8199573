import type { SheetModel, WorkbookModel } from '../core/sheet/model';
import { HostError, type ExcelHost, type InsertOutcome } from './host';
import { runExcel } from './office-errors';
import { metaRowsFrom, queueMetaSheet, queueNames, type ExistingMeta } from './queue-meta';
import { contentBlocks, queueContentRows, queueSheet, type HostFeatures } from './queue-sheet';
import { checkRequirements } from './requirements';
import { planSheet } from './sheet-plan';

/**
 * ExcelHost over Office.js. An insertion takes 1 sync to survey the workbook, 1 per annex sheet
 * (everything of the sheet queued, then one sync) and 1 for the identity sheet and names: N + 2,
 * whatever the number of cells. Nothing is written before the survey has shown that no sheet would
 * be overwritten without consent.
 */

export interface OfficeHostOptions {
  /** Font of written cells; the .xlsx writer's default, so both paths look alike. null keeps the workbook's. */
  fontName?: string | null;
}

interface ExistingSheet {
  name: string;
  position: number;
  visibility: string;
}

interface Survey {
  sheets: Map<string, ExistingSheet>;
  names: Set<string>;
  meta: ExistingMeta | null;
}

const key = (name: string) => name.toLowerCase();

export class OfficeExcelHost implements ExcelHost {
  private readonly fontName: string | null;

  constructor(options: OfficeHostOptions = {}) {
    this.fontName = options.fontName === undefined ? 'Times New Roman' : options.fontName;
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

      const taken = new Set([...survey.sheets.keys(), ...model.sheets.map((s) => key(s.name))]);
      const written: string[] = [];
      const replaced: string[] = [];
      let first: Excel.Worksheet | null = null;
      for (const sheet of model.sheets) {
        const old = survey.sheets.get(key(sheet.name));
        const plan = planSheet(sheet);
        const blocks = contentBlocks(plan);
        const lastFrom = blocks.length ? blocks[blocks.length - 1][0] : 0;
        const ws = worksheets.add(old ? temporaryName(taken) : sheet.name);
        // Large sheets: every block but the last in a sync of its own, before formats and protection.
        for (const [from, to] of blocks.slice(0, -1)) {
          queueContentRows(ws, plan, from, to, features);
          await sync();
        }
        queueSheet(ws, sheet, plan, features, lastFrom);
        if (old) takeOver(worksheets, ws, sheet, old);
        first ??= ws;
        await sync();
        written.push(sheet.name);
        if (old) replaced.push(sheet.name);
      }

      queueMetaSheet(worksheets, model.metaSheet, survey.meta, features);
      queueNames(context.workbook.names, model.names, survey.names);
      first?.activate();
      await sync();
      return { written, replaced, syncs };
    });
  }
}

/** First sync: sheet names, positions and visibility, defined names, and the identity sheet if any. */
async function surveyWorkbook(context: Excel.RequestContext, metaName: string, sync: () => Promise<void>): Promise<Survey> {
  const sheets = context.workbook.worksheets.load('items/name,items/position,items/visibility');
  const names = context.workbook.names.load('items/name');
  const meta = context.workbook.worksheets.getItemOrNullObject(metaName);
  meta.load('visibility');
  meta.protection.load('protected');
  const metaUsed = meta.getUsedRangeOrNullObject(true);
  metaUsed.load('address,values');
  await sync();

  const survey: Survey = {
    sheets: new Map(sheets.items.map((s): [string, ExistingSheet] => [key(s.name), { name: s.name, position: s.position, visibility: s.visibility }])),
    names: new Set(names.items.map((n) => key(n.name))),
    meta: null,
  };
  if (!meta.isNullObject) {
    const used = metaUsed.isNullObject ? null : { address: metaUsed.address, values: metaUsed.values as unknown[][] };
    survey.meta = {
      protected: meta.protection.protected,
      visibility: meta.visibility,
      rows: used ? metaRowsFrom(used.address, used.values) : [],
      usedAddress: used ? used.address.slice(used.address.lastIndexOf('!') + 1) : null,
    };
  }
  return survey;
}

/**
 * Replacing: the new sheet was written under a temporary name; now the old one is deleted and the new
 * one takes its name and tab position. Deleting first would fail when the old sheet is the workbook's
 * only visible sheet.
 */
function takeOver(worksheets: Excel.WorksheetCollection, ws: Excel.Worksheet, sheet: SheetModel, old: ExistingSheet): void {
  const previous = worksheets.getItem(old.name);
  // Excel refuses to delete a very hidden sheet.
  if (old.visibility === 'VeryHidden') previous.visibility = 'Hidden';
  previous.delete();
  ws.name = sheet.name;
  ws.position = old.position;
}

function temporaryName(taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `~annex-${i}`;
    if (!taken.has(key(name))) {
      taken.add(key(name));
      return name;
    }
  }
}
