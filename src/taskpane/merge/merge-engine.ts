import type { Lang, Message } from '../../core/i18n/format';
import { examineSubmission, type Examined } from '../../core/merge/examine';
import { mergeCounts, mergePlanned, type MergeCounts } from '../../core/merge/merge';
import { planMerge, type MergeOptions, type MergePlan } from '../../core/merge/plan';
import type { Submission } from '../../core/merge/submission';
import type { TemplatePack } from '../../core/pack/types';
import type { WorkbookModel } from '../../core/sheet/model';
import { summaryWithOverview, type OverviewResult } from '../../core/overview/summary-with-overview';
import { draftReports, type DraftReport } from '../../core/overview/draft-report';
import { ReadBudget } from '../../xlsx/open-workbook';
import { webCrypto } from '../../xlsx/crypto/web-crypto';
import { openWorkbookFileAsync } from '../../xlsx/open-workbook';
import { skipCheckSheet, submissionFromBytes as sharedSubmission, submissionOf } from '../../xlsx/submission';
import { openAsking, type PasswordAnswer, type PasswordRequest } from '../unlock';

/** Web Crypto (plus our own MD5, which it lacks): decrypted bytes stay in memory. */
const WEB_CRYPTO = webCrypto();

/**
 * The Tổng hợp tab's heavy half — the guarded workbook reader, validation, the merge and the summary
 * builder — loaded with the tab's first file (dynamic import), so the pane's first load stays small.
 * Everything here is pure apart from reading the picked File's bytes and hashing them.
 */

export { planMerge, ReadBudget };
export type { MergePlan, MergeOptions, Examined };

/** What the pane knows of a picked or dropped file: the browser's File, or bytes (tests). */
export interface PickedFile {
  name: string;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** SHA-256 of the bytes, lower-case hex; '' where Web Crypto is unavailable (not a secure context). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One file → a Submission, exactly as the CLI builds it (src/xlsx/submission.ts). */
export function submissionFromBytes(name: string, bytes: Uint8Array, sha256: string, lastModified: number | null, budget: ReadBudget): Submission {
  const fallbackSavedAt = lastModified !== null && Number.isFinite(lastModified) && lastModified > 0 ? new Date(lastModified) : null;
  return sharedSubmission({ fileName: name, label: name, bytes, sha256, fallbackSavedAt }, budget);
}

export interface ExaminedFile {
  examined: Examined;
  sha256: string;
}

/** How an encrypted file is unlocked: the dialog's callback and the passwords chosen "for every file". */
export interface Unlock {
  ask: (request: PasswordRequest) => Promise<PasswordAnswer | null>;
  shared: string[];
  batch: boolean;
}

/**
 * Reads, hashes and examines one picked file; the workbook itself is let go once examined. An
 * encrypted file is decrypted in memory with Web Crypto (Excel's default password first, silently),
 * asking for its password through `unlock` when it needs one.
 */
export async function examineFile(pack: TemplatePack, file: PickedFile, budget: ReadBudget, cannotOpen: Message, unlock?: Unlock): Promise<ExaminedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    const fallback = file.lastModified > 0 ? new Date(file.lastModified) : null;
    const submission: Submission = { fileName: file.name, savedAt: fallback, sha256: '', content: { kind: 'unreadable', message: cannotOpen } };
    return { examined: examineSubmission(pack, submission), sha256: '' };
  }
  const sha256 = await sha256Hex(bytes);
  const fallbackSavedAt = file.lastModified > 0 ? new Date(file.lastModified) : null;
  const open = (passwords: readonly string[]) => openWorkbookFileAsync({ name: file.name, bytes }, { budget, skipSheet: skipCheckSheet, crypto: WEB_CRYPTO, passwords });
  const opened = unlock ? await openAsking(file.name, unlock.batch, open, unlock.ask, unlock.shared) : await open([]);
  const submission = submissionOf({ fileName: file.name, sha256, fallbackSavedAt }, opened);
  return { examined: examineSubmission(pack, submission), sha256 };
}

export interface BuiltSummary {
  model: WorkbookModel;
  /** What "Tổng quan" shows, for the pane's overview and the draft reports. */
  overview: OverviewResult;
  counts: MergeCounts;
  /** Units whose figures are in the summary. */
  units: number;
  /** Who the counts are: the files left out, the units that sent nothing, those that sent late ("H07 LĐLĐ huyện Ngân Sơn"). */
  named: { leftOut: string[]; missing: string[]; late: string[] };
  /** The draft topical reports (one per department, then the whole) of this summary, built when asked for. */
  drafts: () => DraftReport[];
}

/** The plan's accepted files → the summary WorkbookModel (overview, annex sheets, detail, completeness, log). */
export function buildSummary(pack: TemplatePack, plan: MergePlan, lang: Lang): BuiltSummary {
  const result = mergePlanned(pack, plan);
  const unit = (r: (typeof result.completeness)[number]) => `${r.unit.code} ${r.unit.name}`;
  const named = {
    leftOut: result.entries.filter((e) => !e.decision.merged).map((e) => e.file.fileName),
    missing: result.completeness.filter((r) => r.reporting.kind === 'missing').map(unit),
    late: result.completeness.filter((r) => r.reporting.kind === 'reported' && r.reporting.timeliness === 'late').map(unit),
  };
  const built = summaryWithOverview(pack, result, { lang });
  const overview = { overview: built.overview, sentences: built.sentences };
  const drafts = () => draftReports({ view: built.view, ...overview, lang });
  return { model: built.model, overview, counts: mergeCounts(result), units: result.sources.length, named, drafts };
}
