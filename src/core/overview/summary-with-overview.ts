import type { Lang } from '../i18n/format';
import type { MergeResult } from '../merge/merge';
import type { TemplatePack } from '../pack/types';
import { sourceFromModel } from '../report/model-source';
import type { WorkbookModel } from '../sheet/model';
import { summaryWorkbook, type SummaryOptions } from '../summary';
import { buildOverview, type Overview } from './overview-data';
import { overviewSheet } from './overview-sheet';
import { readSummary, type SummaryView } from './read-summary';
import { overviewSentences, type Sentence } from './sentences';

/**
 * A merged summary with its overview "Tổng quan" as its first sheet — what the CLI writes and the
 * pane inserts, the same cells. The overview is read from the summary itself, as `annex report`
 * reads it from the file: the same figures, the same sentences.
 */

export interface OverviewResult {
  overview: Overview;
  sentences: Sentence[];
}

export interface SummaryWithOverview extends OverviewResult {
  model: WorkbookModel;
  /** The summary as read, for the draft reports (draft-report.ts) built from the same figures. */
  view: SummaryView;
}

export function summaryWithOverview(pack: TemplatePack, result: MergeResult, options: SummaryOptions = {}): SummaryWithOverview {
  const lang = options.lang ?? 'vi';
  const model = summaryWorkbook(pack, result, options);
  const view = readSummary(sourceFromModel(model, result.mergingUnit.code), pack);
  const read = overviewOf(view, lang);
  const sheet = overviewSheet({ pack, overview: read.overview, sentences: read.sentences, detail: view.detail, lang });
  return { model: { ...model, sheets: [sheet, ...model.sheets] }, ...read, view };
}

/** The overview and its sentences of a summary as read (from a model or a file). */
export function overviewOf(view: SummaryView, lang: Lang): OverviewResult {
  const overview = buildOverview(view);
  return { overview, sentences: overviewSentences(overview, view.pack, lang) };
}
