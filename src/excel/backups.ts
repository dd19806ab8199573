import { HostError, type BackupInfo } from './host';
import { temporaryNames as backupNames, type InsertPlan } from './insert-plan';
import type { SurveyName } from './insert-rollback';
import { runExcel } from './office-errors';
import { OfficeSettingsStore, type SettingsStore } from './settings';

/**
 * Nothing of the user's is lost when sheets are replaced: the sheets a consented replacement takes
 * away are kept in the workbook, hidden (named "~bản cũ N"), with a record of what they were in the
 * workbook's settings. "Khôi phục" swaps them back — the sheets that had replaced them are kept in
 * turn, so a restore can itself be undone. The next consented replacement deletes the older kept
 * sheets first: one generation is kept.
 *
 * Formulas follow a renamed sheet (Excel binds them when written): a formula of the user's own that
 * pointed at a replaced annex keeps pointing at the kept copy, and at the restored one after a
 * restore. The defined names the insertion writes are swapped with the sheets.
 */

export const BACKUP_KEY = 'backups';

export interface BackupEntry {
  /** The sheet's name in the workbook. */
  name: string;
  /** Excel's id of the kept (hidden) sheet of that name; null: nothing was there before. */
  backup: string | null;
  /** The visibility the kept sheet had, given back when it is restored. */
  visibility: string;
}

export interface BackupRecord {
  version: 1;
  /** When the sheets were replaced (ISO time). */
  at: string;
  sheets: BackupEntry[];
  /** The defined names the insertion writes, as they were before it (null: the name did not exist). */
  names: Array<{ name: string; before: SurveyName | null }>;
}

const key = (name: string) => name.toLowerCase();

export function isBackupRecord(value: unknown): value is BackupRecord {
  const r = value as BackupRecord | null;
  return !!r && r.version === 1 && typeof r.at === 'string' && Array.isArray(r.sheets) && Array.isArray(r.names);
}

/** The record of an insertion that replaced sheets with consent: each sheet written, and what it replaced. */
export function recordOf(plan: InsertPlan, modelNames: readonly string[], before: readonly SurveyName[], at: Date): BackupRecord {
  const replaced = new Map(plan.replaced.map((r) => [key(r.name), r.old]));
  const defined = new Map(before.map((n) => [key(n.name), n]));
  return {
    version: 1,
    at: at.toISOString(),
    sheets: plan.added.map((name) => {
      const old = replaced.get(key(name));
      return { name, backup: old ? old.id : null, visibility: old ? old.visibility : 'Visible' };
    }),
    names: modelNames.map((name) => ({ name, before: defined.get(key(name)) ?? null })),
  };
}

/**
 * Sequential moves that put each restored sheet where the sheet it swaps with stands, as Excel
 * applies `position` one after the other (remove, then insert at that index). Pure.
 */
export function swapMoves(order: readonly string[], pairs: ReadonlyArray<{ restored: string; current: string }>): Array<{ id: string; position: number }> {
  const ids = [...order];
  const moves: Array<{ id: string; position: number }> = [];
  for (const { restored, current } of pairs) {
    const from = ids.indexOf(restored);
    if (from < 0 || ids.indexOf(current) < 0) continue;
    ids.splice(from, 1);
    const to = ids.indexOf(current);
    ids.splice(to, 0, restored);
    moves.push({ id: restored, position: to });
  }
  return moves;
}

interface LoadedSheet {
  id: string;
  name: string;
  visibility: string;
  position: number;
}

/** The kept sheets and when, if the record names any that are still in the workbook. */
export class Backups {
  /** The record when the workbook's settings cannot keep it (saved there too whenever possible). */
  private memory: BackupRecord | null = null;

  constructor(private readonly settings: SettingsStore = new OfficeSettingsStore()) {}

  record(): BackupRecord | null {
    const saved = this.settings.workbook(BACKUP_KEY);
    return isBackupRecord(saved) ? saved : this.memory;
  }

  async save(record: BackupRecord): Promise<void> {
    this.memory = record;
    await this.settings.setWorkbook(BACKUP_KEY, record);
  }

  async info(): Promise<BackupInfo | null> {
    const record = this.record();
    if (!record || !record.sheets.some((s) => s.backup)) return null;
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id');
      await context.sync();
      const ids = new Set(sheets.items.map((s) => s.id));
      const kept = record.sheets.filter((s) => s.backup && ids.has(s.backup));
      return kept.length ? { sheets: kept.map((s) => s.name), at: record.at } : null;
    });
  }

  /** Swaps the kept sheets with the current ones of the same names (two syncs); the record is swapped too. */
  async restore(): Promise<BackupInfo> {
    const record = this.record();
    if (!record) throw new HostError('noBackup', '');
    const swapped = await runExcel(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets.load('items/id,items/name,items/visibility,items/position');
      const names = wb.names.load('items/name,items/formula,items/visible,items/comment');
      await context.sync();
      const sheets: LoadedSheet[] = worksheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, position: s.position }));
      const byId = new Map(sheets.map((s) => [s.id, s]));
      const byName = new Map(sheets.map((s) => [key(s.name), s]));
      const entries = record.sheets.map((e) => ({ e, kept: e.backup ? byId.get(e.backup) : undefined, current: byName.get(key(e.name)) }));
      if (!entries.some((x) => x.kept)) throw new HostError('noBackup', '');

      const fresh = backupNames(entries.length, sheets.map((s) => s.name));
      const next: BackupEntry[] = [];
      entries.forEach(({ e, current }, i) => {
        if (current) worksheets.getItem(current.id).name = fresh[i];
        next.push({ name: e.name, backup: current ? current.id : null, visibility: current ? current.visibility : 'Visible' });
      });
      for (const { e, kept } of entries) {
        if (!kept) continue;
        const ws = worksheets.getItem(kept.id);
        ws.name = e.name;
        if (kept.visibility !== e.visibility) ws.visibility = e.visibility as Excel.SheetVisibility;
      }
      // Hidden after the kept ones are shown: a workbook always keeps a visible sheet.
      for (const { current } of entries) if (current && current.visibility === 'Visible') worksheets.getItem(current.id).visibility = 'Hidden';
      const pairs = entries.flatMap(({ kept, current }) => (kept && current ? [{ restored: kept.id, current: current.id }] : []));
      for (const move of swapMoves([...sheets].sort((a, b) => a.position - b.position).map((s) => s.id), pairs)) worksheets.getItem(move.id).position = move.position;

      const nowDefined = new Map(names.items.map((n) => [key(n.name), { name: n.name, formula: n.formula, visible: n.visible, comment: n.comment }]));
      for (const { name } of record.names) if (nowDefined.has(key(name))) wb.names.getItem(name).delete();
      for (const { before } of record.names) {
        if (!before) continue;
        const item = before.comment ? wb.names.add(before.name, before.formula, before.comment) : wb.names.add(before.name, before.formula);
        if (!before.visible) item.visible = false;
      }
      const firstShown = entries.find((x) => x.kept && x.e.visibility === 'Visible');
      if (firstShown) worksheets.getItem(firstShown.kept!.id).activate();
      await context.sync();
      const swappedRecord: BackupRecord = { version: 1, at: new Date().toISOString(), sheets: next, names: record.names.map(({ name }) => ({ name, before: nowDefined.get(key(name)) ?? null })) };
      return { record: swappedRecord, restored: entries.filter((x) => x.kept).map((x) => x.e.name) };
    });
    await this.save(swapped.record);
    return { sheets: swapped.restored, at: swapped.record.at };
  }
}
