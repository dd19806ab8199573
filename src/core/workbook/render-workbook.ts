import { withChecks } from '../checks/add-check-sheet';
import { unitGlance } from '../checks/unit-glance';
import { unitForm } from '../pack/kind-form';
import { withFigures, type FigureMap } from '../report/model-source';
import type { WorkbookModel } from '../sheet/model';
import { unitOf } from '../pack/find';
import type { TemplatePack } from '../pack/types';
import { TemplateFactory, type RenderOptions } from './template-factory';

/**
 * A unit's workbook, composed: the annexes (sheet/render.ts) and, after them, the check sheet
 * "Kiểm tra" (checks/) and the unit's glance at its targets "Tổng quan" (checks/unit-glance.ts). Neither part calls the other; this folder, above both, puts them together —
 * for one unit as for every unit of a pack (template-factory.ts).
 */
export function renderWorkbook(pack: TemplatePack, unitCode: string, annexIds?: readonly string[], opts: RenderOptions = {}): WorkbookModel {
  unitOf(pack, unitCode); // an unknown unit is said before an unknown annex
  return new TemplateFactory(pack, annexIds, opts).workbook(unitCode);
}

/**
 * A unit's workbook with its figures typed in, every cached result computed for them — the check
 * sheet's verdicts and counts, the annexes' totals — as Excel would have saved it (the demo's units,
 * the tests' filled workbooks). Filling a template afterwards (withFigures) leaves the results to
 * the program that opens the file.
 */
export function filledWorkbook(pack: TemplatePack, unitCode: string, figures: FigureMap, annexIds?: readonly string[]): WorkbookModel {
  return withUnitGlance(pack, unitCode, withFigures(renderWorkbook(pack, unitCode, annexIds, { checks: false }), figures));
}

/**
 * Any model of one unit's annexes (no check sheet yet) with the check sheet and the unit's glance,
 * their cached values those of the figures it holds: what `renderWorkbook` gives for a blank template.
 */
export function withUnitGlance(pack: TemplatePack, unitCode: string, annexes: WorkbookModel): WorkbookModel {
  const { model, checks } = withChecks(annexes, pack);
  const unit = unitOf(pack, unitCode);
  const glance = unitGlance(unitForm(pack, unitCode), checks, { code: unit.code, name: unit.name });
  return glance ? { ...model, sheets: [...model.sheets, glance] } : model;
}
