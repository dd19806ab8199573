import { addCheckSheet } from '../checks/add-check-sheet';
import type { TemplatePack } from '../pack/types';
import type { WorkbookModel } from '../sheet/model';
import { renderAnnexes } from '../sheet/render';

/**
 * A unit's workbook, composed: the annexes (sheet/render.ts) and, after them, the check sheet
 * "Kiểm tra" (checks/add-check-sheet.ts). Neither part calls the other; this module, above both,
 * puts them together.
 */

export interface RenderOptions {
  /**
   * The check sheet "Kiểm tra" (core/checks): the pack's rules as formulas, the counts at the top of
   * each annex and the shading of failing cells. Default true; false gives the annexes alone.
   */
  checks?: boolean;
}

/** Every requested annex of the pack for one unit, with the identity sheet and names (and the check sheet unless `checks: false`). */
export function renderWorkbook(pack: TemplatePack, unitCode: string, annexIds?: readonly string[], opts: RenderOptions = {}): WorkbookModel {
  const model = renderAnnexes(pack, unitCode, annexIds);
  return opts.checks === false ? model : addCheckSheet(model, pack);
}
