import type { Message } from '../i18n/format';
import type { ReportingUnit, TemplatePack } from '../pack/types';
import type { Finding } from '../rules/finding';
import { UnknownAnnexError, UnknownUnitError } from '../pack/find';
import { findDoubleCounting } from './double-counting';
import type { Examined, ExaminedForm, NotFromPack } from './examine';
import type { FileInfo } from './submission';
import type { SummaryContents } from './summary-identity';
import { timelinessOf, type Timeliness } from './timeliness';
import { unitTree } from './unit-tree';
import { kindForm } from '../pack/kind-form';

/**
 * Step 2 of a merge: given every examined file, the merging unit, the annexes and the user's
 * overrides, decide for each file whether it is merged and why not. Pure and order-independent: the
 * same files in any order give the same plan. The task pane calls it again whenever the user adds a
 * file or an override, to show the table of statuses before merging.
 *
 * Rules, in this order:
 * 1. scope — a file counts for a unit strictly below the merging unit; the merging unit's own form
 *    (not a summary) is its OWN figures (own budget, own activities, own congress targets): status
 *    `own`, merged beside its units' and never overlapping them (it covers the merging unit only);
 * 2. resubmissions — of several files of one unit the newest wins (saved time, then file name);
 * 3. errors — a unit with errors in the merged annexes is left out unless the user includes it with a reason;
 * 4. double counting — a unit's figures may enter once: directly, or inside one summary. A unit's own
 *    form also covers the units below it (a district reports its whole district), so a district's form
 *    and one of its grassroots unions overlap too. The source nearest the merging unit wins, then the
 *    one covering more units; the other is left out, naming both.
 */

export interface Override {
  unitCode: string;
  /** Why the unit is merged despite its errors; kept in the log. Must not be empty. */
  reason: string;
}

export interface MergeOptions {
  /** Code of the merging unit (default: the pack's issuer, the province). */
  mergingUnit?: string;
  /** Annexes to merge, already resolved (see resolveAnnexSelection); default: all of the pack's. */
  annexIds?: readonly string[];
  overrides?: readonly Override[];
}

export type FileStatus = 'own' | 'ready' | 'warnings' | 'errors' | 'duplicate' | 'doubleCounted' | 'outOfScope' | 'notFromPack' | 'unknownUnit' | 'unreadable' | 'needsPassword';

/** What happened to a file. Only the first four merge it; every other one says why not. */
export type Decision =
  /** The merging unit's own report ("Báo cáo của chính đơn vị"), merged as its own figures. */
  | { merged: true; status: 'own' }
  | { merged: true; status: 'ready' }
  | { merged: true; status: 'warnings' }
  | { merged: true; status: 'errors'; override: string }
  | { merged: false; status: 'errors' }
  | { merged: false; status: 'duplicate'; replacedBy: string }
  | { merged: false; status: 'doubleCounted'; units: readonly string[]; countedIn: string; countedInUnit: string }
  | { merged: false; status: 'outOfScope'; relation: 'self' | 'notBelow'; mergingUnit: string }
  | { merged: false; status: 'notFromPack'; found: NotFromPack }
  | { merged: false; status: 'unknownUnit' }
  | { merged: false; status: 'unreadable'; message: Message }
  /** Encrypted, its password not given or wrong: not broken; merged once the password is given. */
  | { merged: false; status: 'needsPassword'; wrongPassword: boolean; message: Message };

export interface LogEntry {
  file: FileInfo;
  /** The unit the file says it is of; null when it could not be told. */
  unitCode: string | null;
  unitName: string | null;
  /** Set for a summary: the units inside it. */
  summary: SummaryContents | null;
  /** Errors and warnings found in the annexes merged; null when the file was not validated. */
  validation: { errors: number; warnings: number } | null;
  /** Those errors and warnings, errors first (for the pane's "why"). */
  findings: readonly Finding[];
  timeliness: Timeliness;
  /** Older files of the same unit that this one replaced. */
  replaces: readonly string[];
  /** Input cells whose values were computed because the file saved its formulas without results (0: none). */
  recalculated: number;
  decision: Decision;
}

export interface MergePlan {
  mergingUnit: ReportingUnit;
  annexIds: readonly string[];
  /** One per file, sorted by unit code, then saved time, then file name. */
  entries: readonly LogEntry[];
  /** The files to merge, sorted by unit code. */
  accepted: readonly ExaminedForm[];
  /** Overrides that matched no unit with errors (misspelt code, or the unit had none). */
  unusedOverrides: readonly Override[];
}

export function planMerge(pack: TemplatePack, examined: readonly Examined[], options: MergeOptions = {}): MergePlan {
  const tree = unitTree(pack);
  const mergingCode = options.mergingUnit ?? pack.issuer.code;
  const mergingUnit = tree.unit(mergingCode);
  if (!mergingUnit) throw new UnknownUnitError(mergingCode);
  const annexIds = options.annexIds ?? pack.annexes.map((a) => a.id);
  for (const id of annexIds) if (!pack.annexes.some((a) => a.id === id)) throw new UnknownAnnexError(id);
  // The summary is the merging unit's form: the annexes its kind fills.
  const form = kindForm(pack, mergingUnit.kind);
  const selected = new Set(annexIds.filter((id) => form.annexes.some((a) => a.id === id)));
  const overrides = new Map((options.overrides ?? []).filter((o) => o.reason.trim() !== '').map((o) => [o.unitCode, o.reason.trim()]));
  const usedOverrides = new Set<string>();

  const entries: LogEntry[] = [];
  const base = (file: FileInfo) => ({ file, timeliness: timelinessOf(file.savedAt, pack.campaign), replaces: [] as string[] });
  const none = { unitCode: null, unitName: null, summary: null, validation: null, findings: [], recalculated: 0 };

  const byUnit = new Map<string, ExaminedForm[]>();
  for (const e of examined) {
    switch (e.kind) {
      case 'unreadable':
        entries.push({ ...base(e.file), ...none, decision: { merged: false, status: 'unreadable', message: e.message } });
        break;
      case 'needsPassword':
        entries.push({ ...base(e.file), ...none, decision: { merged: false, status: 'needsPassword', wrongPassword: e.wrongPassword, message: e.message } });
        break;
      case 'notFromPack':
        entries.push({ ...base(e.file), ...none, decision: { merged: false, status: 'notFromPack', found: e.found } });
        break;
      case 'unknownUnit':
        entries.push({ ...base(e.file), ...none, unitCode: e.unitCode, decision: { merged: false, status: 'unknownUnit' } });
        break;
      case 'form': {
        const own = e.unit.code === mergingUnit.code && e.summary === null;
        if (!own && !tree.isBelow(e.unit.code, mergingUnit.code)) {
          const relation = e.unit.code === mergingUnit.code ? 'self' : 'notBelow';
          entries.push({ ...formEntry(e, selected, base(e.file)), decision: { merged: false, status: 'outOfScope', relation, mergingUnit: mergingUnit.code } });
        } else byUnit.set(e.unit.code, [...(byUnit.get(e.unit.code) ?? []), e]);
      }
    }
  }

  const candidates: Array<{ form: ExaminedForm; entry: LogEntry }> = [];
  for (const forms of byUnit.values()) {
    const [winner, ...older] = [...forms].sort(newestFirst);
    for (const old of older) entries.push({ ...formEntry(old, selected, base(old.file)), decision: { merged: false, status: 'duplicate', replacedBy: winner.file.fileName } });
    const entry = { ...formEntry(winner, selected, base(winner.file)), replaces: older.map((o) => o.file.fileName).sort() };
    const errors = entry.validation!.errors;
    const override = overrides.get(winner.unit.code);
    if (errors > 0 && override === undefined) {
      entries.push({ ...entry, decision: { merged: false, status: 'errors' } });
      continue;
    }
    if (errors > 0) usedOverrides.add(winner.unit.code);
    const own = winner.unit.code === mergingUnit.code;
    const decision: Decision =
      errors > 0 ? { merged: true, status: 'errors', override: override! } : own ? { merged: true, status: 'own' } : entry.validation!.warnings > 0 ? { merged: true, status: 'warnings' } : { merged: true, status: 'ready' };
    candidates.push({ form: winner, entry: { ...entry, decision } });
  }

  // The own report covers the merging unit alone: it never overlaps its units' figures.
  const isOwn = (f: ExaminedForm) => f.unit.code === mergingUnit.code;
  const conflicts = findDoubleCounting(tree, mergingUnit.code, candidates.map((c) => c.form).filter((f) => !isOwn(f)));
  const accepted: ExaminedForm[] = [];
  for (const c of candidates) {
    const conflict = conflicts.get(c.form);
    if (conflict) {
      entries.push({ ...c.entry, decision: { merged: false, status: 'doubleCounted', units: conflict.units, countedIn: conflict.with.file.fileName, countedInUnit: conflict.with.unit.code } });
    } else {
      entries.push(c.entry);
      accepted.push(c.form);
    }
  }

  return {
    mergingUnit,
    annexIds: pack.annexes.filter((a) => selected.has(a.id)).map((a) => a.id),
    entries: entries.sort(entryOrder),
    accepted: accepted.sort((a, b) => compareText(a.unit.code, b.unit.code)),
    unusedOverrides: (options.overrides ?? []).filter((o) => !usedOverrides.has(o.unitCode)),
  };
}

function formEntry(e: ExaminedForm, selected: ReadonlySet<string>, base: Pick<LogEntry, 'file' | 'timeliness' | 'replaces'>): Omit<LogEntry, 'decision'> {
  const findings = e.findings.filter((f) => f.annexId === null || selected.has(f.annexId));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    ...base,
    unitCode: e.unit.code,
    unitName: e.unit.name,
    summary: e.summary,
    validation: { errors, warnings: findings.length - errors },
    findings,
    recalculated: e.recalculated,
  };
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest saved time first (unknown counts as oldest), then the later file name, then the hash: a total order. */
function newestFirst(a: ExaminedForm, b: ExaminedForm): number {
  const ta = a.file.savedAt?.getTime() ?? -Infinity;
  const tb = b.file.savedAt?.getTime() ?? -Infinity;
  if (ta !== tb) return tb > ta ? 1 : -1;
  return compareText(b.file.fileName, a.file.fileName) || compareText(b.file.sha256, a.file.sha256);
}

function entryOrder(a: LogEntry, b: LogEntry): number {
  const ua = a.unitCode ?? '\uffff';
  const ub = b.unitCode ?? '\uffff';
  const ta = a.file.savedAt?.getTime() ?? -Infinity;
  const tb = b.file.savedAt?.getTime() ?? -Infinity;
  return compareText(ua, ub) || (ta === tb ? 0 : ta < tb ? -1 : 1) || compareText(a.file.fileName, b.file.fileName) || compareText(a.file.sha256, b.file.sha256);
}
