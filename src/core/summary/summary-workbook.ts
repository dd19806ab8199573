import { addCheckSheet } from '../checks/add-check-sheet';
import type { Lang } from '../i18n/format';
import type { MergeResult } from '../merge/merge';
import { summaryMetaRows } from '../merge/summary-identity';
import type { TemplatePack } from '../pack/types';
import { kindForm } from '../pack/kind-form';
import { identityNames, metaSheetModel } from '../sheet/identity';
import type { WorkbookModel } from '../sheet/model';
import { summaryAnnexSheet } from './annex-sheet';
import { completenessSheet } from './completeness-sheet';
import { detailSheet } from './detail-sheet';
import { logSheet } from './log-sheet';
import { reportingMetaRows } from './reporting-meta';

export interface SummaryOptions {
  /** Language of the texts in the detail, log and completeness sheets (the annex sheets are the pack's, Vietnamese). Default vi. */
  lang?: Lang;
  /** Add the check sheet "Kiểm tra" (default true). */
  checks?: boolean;
}

/**
 * The summary as a WorkbookModel — `writeWorkbook` writes it to a file, the pane's Office adapter
 * inserts it into the open workbook, both the same cells: the annex sheets (merged annexes, in pack
 * order), then the detail ("Chi tiết PL01" …, one per annex, each within a .xls sheet's 256 columns), "Tình hình nộp" (completeness), "Nhật ký" (log); the hidden
 * identity sheet says the workbook is unit X's summary and lists the units inside it, so that it can
 * be merged one level up.
 */
export function summaryWorkbook(pack: TemplatePack, result: MergeResult, options: SummaryOptions = {}): WorkbookModel {
  const lang = options.lang ?? 'vi';
  // The merging unit's form: the annexes and rows its kind fills (the province's: every one).
  const form = kindForm(pack, result.mergingUnit.kind);
  const detail = detailSheet(form, result, lang);
  const annexSheets = result.annexIds.map((id) => summaryAnnexSheet(form, form.annexes.find((a) => a.id === id)!, result, detail, lang));
  const meta = metaSheetModel(form, result.mergingUnit, annexSheets);
  const model: WorkbookModel = {
    sheets: [...annexSheets, ...detail.sheets, completenessSheet(pack, result, lang), logSheet(pack, result, lang)],
    metaSheet: { ...meta, rows: [...meta.rows, ...summaryMetaRows({ of: result.mergingUnit.code, units: result.contains }), ...reportingMetaRows(result.completeness)] },
    names: identityNames(annexSheets),
  };
  // The summary checks itself like a unit's form, so a district's summary is checked before it goes up.
  return options.checks === false ? model : addCheckSheet(model, pack);
}
