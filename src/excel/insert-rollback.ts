import { HostError } from './host';
import type { InsertPlan } from './insert-plan';
import { isOfficeError } from './office-errors';

/**
 * Puts the workbook back as it was when an insertion fails half-way (Excel does not roll a failed
 * batch back, and an insertion is several batches). Two syncs: what is there now (sheets by id, which
 * renaming does not change, and names), then in one batch:
 * - every sheet the insertion added is deleted (a sheet whose id the first survey did not list);
 * - every replaced sheet gets its name and visibility back (it was only renamed away);
 * - if the last batch had started: the defined names the insertion writes are put back as the survey
 *   found them, and the sheet that was active is activated again.
 * If the last batch failed after it had already deleted some old sheets, there is nothing left to go
 * back to: the insertion is completed instead (the remaining old sheets deleted), and reported done.
 * If this fails too, HostError('insertLeftovers') names the sheets that may be left over.
 */

export interface SurveyName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export interface Progress {
  /** 'finishing' once the last batch (identity sheet, names, moves, deletions) has been queued. */
  phase: 'writing' | 'finishing';
}

interface Before {
  sheets: ReadonlyMap<string, { id: string }>;
  names: readonly SurveyName[];
  active: string | null;
  /** Names the insertion writes (the model's). */
  modelNames: readonly string[];
}

const key = (name: string) => name.toLowerCase();

export async function undoInsertion(context: Excel.RequestContext, plan: InsertPlan, before: Before, progress: Progress, failure: unknown): Promise<'rolledBack' | 'completed'> {
  try {
    const sheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
    const names = context.workbook.names.load('items/name');
    await context.sync();

    const knownIds = new Set([...before.sheets.values()].map((s) => s.id));
    const now = new Map(sheets.items.map((ws) => [ws.id, ws]));
    const oldGone = plan.replaced.some((r) => !now.has(r.old.id));

    if (progress.phase === 'finishing' && oldGone) {
      // The deletions had begun: the new sheets are complete; finish.
      for (const r of plan.replaced) {
        const ws = now.get(r.old.id);
        if (!ws) continue;
        if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
        ws.delete();
      }
      await context.sync();
      return 'completed';
    }

    for (const ws of sheets.items) if (!knownIds.has(ws.id)) ws.delete();
    for (const r of plan.replaced) {
      const ws = now.get(r.old.id);
      if (!ws) continue;
      if (ws.name !== r.old.name) ws.name = r.old.name;
      if (ws.visibility !== r.old.visibility) ws.visibility = r.old.visibility as Excel.SheetVisibility;
    }
    if (progress.phase === 'finishing') {
      const wanted = new Set(before.modelNames.map(key));
      for (const n of names.items) if (wanted.has(key(n.name))) n.delete();
      for (const old of before.names) {
        if (!wanted.has(key(old.name))) continue;
        const item = context.workbook.names.add(old.name, old.formula, old.comment || undefined);
        if (!old.visible) item.visible = false;
      }
      if (before.active) context.workbook.worksheets.getItem(before.active).activate();
    }
    await context.sync();
    return 'rolledBack';
  } catch (undoFailure) {
    const reason = failure instanceof HostError ? failure.detail : isOfficeError(failure) ? failure.message || failure.code : failure instanceof Error ? failure.message : String(failure);
    const added = plan.added.join(', ');
    const renamed = plan.replaced.map((r) => `${r.temporary} → ${r.old.name}`).join(', ');
    throw new HostError('insertLeftovers', added, { reason, renamed, undo: isOfficeError(undoFailure) ? undoFailure.message : String(undoFailure) });
  }
}
