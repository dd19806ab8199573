import { withAnnexMarks } from '../checks/add-check-sheet';
import { checkSheetBody, stampUnit, type CheckSheetBuild } from '../checks/check-sheet';
import { annexesOf, unitOf } from '../pack/find';
import type { TemplatePack } from '../pack/types';
import { identityNames, metaSheetModel } from '../sheet/identity';
import type { SheetModel, WorkbookModel } from '../sheet/model';
import { annexBody, stampAnnex } from '../sheet/render';

export interface RenderOptions {
  /**
   * The check sheet "Kiểm tra" (core/checks): the pack's rules as formulas, the counts at the top of
   * each annex and the shading of failing cells. Default true; false gives the annexes alone.
   */
  checks?: boolean;
}

/**
 * The templates of many units of one pack, the work done once: a blank template differs from unit to
 * unit only in the unit's line and identity, so the annexes' bodies, the check sheet — its lines,
 * formulas and cached verdicts, the same for every blank template — and the annexes' check marks are
 * built for the first unit and stamped for every other. `workbook(code)` equals the general
 * composition, addCheckSheet(renderAnnexes(pack, code, annexIds), pack), which also serves models
 * with figures and summaries (test/core/workbook/template-factory.test.ts).
 * The models it gives share their unchanging parts: write them, do not change them.
 */
export class TemplateFactory {
  private readonly bodies: SheetModel[];
  private checks: { build: CheckSheetBuild; marked: SheetModel[] } | null = null;

  constructor(
    private readonly pack: TemplatePack,
    annexIds?: readonly string[],
    private readonly opts: RenderOptions = {},
  ) {
    this.bodies = annexesOf(pack, annexIds).map((a) => annexBody(pack, a));
  }

  workbook(unitCode: string): WorkbookModel {
    const unit = unitOf(this.pack, unitCode);
    if (this.opts.checks === false) return this.model(this.bodies.map((b) => stampAnnex(b, unit)), unit);
    if (!this.checks) {
      const first = this.model(this.bodies.map((b) => stampAnnex(b, unit)), unit);
      // The check sheet of a blank template: its cached values are those of empty annexes, whoever the unit.
      const build = checkSheetBody({ pack: this.pack, sheets: first.sheets, metaSheet: first.metaSheet, names: first.names });
      this.checks = { build, marked: this.bodies.map((b) => withAnnexMarks(b, build)) };
    }
    const annexes = this.model(this.checks.marked.map((b) => stampAnnex(b, unit)), unit);
    const checks = stampUnit(this.checks.build, this.pack, unit);
    return { ...annexes, sheets: [...annexes.sheets, checks.sheet], names: [...annexes.names, ...checks.names] };
  }

  private model(sheets: SheetModel[], unit: ReturnType<typeof unitOf>): WorkbookModel {
    return { sheets, metaSheet: metaSheetModel(this.pack, unit, sheets), names: identityNames(sheets) };
  }
}
