import { withAnnexMarks } from '../checks/add-check-sheet';
import { checkSheetBody, stampUnit, type CheckSheetBuild } from '../checks/check-sheet';
import { unitGlance } from '../checks/unit-glance';
import { AnnexNotForKindError, annexesOf, unitOf } from '../pack/find';
import { kindForm } from '../pack/kind-form';
import type { ReportingUnit, TemplatePack, UnitKind } from '../pack/types';
import { identityNames, metaSheetModel } from '../sheet/identity';
import type { SheetModel, WorkbookModel } from '../sheet/model';
import { annexBody, placeOf, stampAnnex } from '../sheet/render';

export interface RenderOptions {
  /**
   * The check sheet "Kiểm tra" (core/checks): the pack's rules as formulas, the counts at the top of
   * each annex and the shading of failing cells. Default true; false gives the annexes alone.
   */
  checks?: boolean;
  /**
   * An annex asked for that the unit's kind does not fill (`annex.forKinds`): true (the default)
   * refuses with AnnexNotForKindError; false leaves it out for that unit — and refuses only when
   * nothing is left (a campaign's `template --all --annex PL06` skips the grassroots unions).
   */
  strict?: boolean;
}

/** What the templates of one kind of unit share: its form, the annexes' bodies, the check sheet. */
interface KindParts {
  form: TemplatePack;
  bodies: SheetModel[];
  checks: { build: CheckSheetBuild; marked: SheetModel[] } | null;
}

/**
 * The templates of many units of one pack, the work done once per kind of unit: a blank template
 * differs from unit to unit of a kind only in the unit's line and identity, so the annexes' bodies of
 * the kind's form (pack/kind-form.ts), the check sheet — its lines, formulas and cached verdicts, the
 * same for every blank template — and the annexes' check marks are built for the first unit of the
 * kind and stamped for every other. `workbook(code)` equals the general composition,
 * withUnitGlance(pack, code, renderAnnexes(pack, code, annexIds)) (render-workbook.ts), which also serves models with figures and
 * summaries (test/core/workbook/template-factory.test.ts). The models it gives share their
 * unchanging parts: write them, do not change them.
 */
export class TemplateFactory {
  private readonly kinds = new Map<UnitKind, KindParts>();

  constructor(
    private readonly pack: TemplatePack,
    private readonly annexIds?: readonly string[],
    private readonly opts: RenderOptions = {},
  ) {
    // An unknown annex is said at once, whatever the units.
    if (annexIds) annexesOf(pack, annexIds);
  }

  workbook(unitCode: string): WorkbookModel {
    const unit = unitOf(this.pack, unitCode);
    const parts = this.parts(unit.kind);
    const place = placeOf(this.pack, unit);
    if (this.opts.checks === false) return this.model(parts.form, parts.bodies.map((b) => stampAnnex(b, unit, place)), unit);
    if (!parts.checks) {
      const first = this.model(parts.form, parts.bodies.map((b) => stampAnnex(b, unit, place)), unit);
      // The check sheet of a blank template: its cached values are those of empty annexes, whoever the unit.
      const build = checkSheetBody({ pack: parts.form, sheets: first.sheets, metaSheet: first.metaSheet, names: first.names });
      parts.checks = { build, marked: parts.bodies.map((b) => withAnnexMarks(b, build)) };
    }
    const annexes = this.model(parts.form, parts.checks.marked.map((b) => stampAnnex(b, unit, place)), unit);
    const checks = stampUnit(parts.checks.build, parts.form, unit);
    const glance = unitGlance(parts.form, { sheet: checks.sheet, lines: parts.checks.build.lines }, unit);
    return { ...annexes, sheets: [...annexes.sheets, checks.sheet, ...(glance ? [glance] : [])], names: [...annexes.names, ...checks.names] };
  }

  private parts(kind: UnitKind): KindParts {
    let parts = this.kinds.get(kind);
    if (!parts) {
      const form = kindForm(this.pack, kind);
      const held = new Set(form.annexes.map((a) => a.id));
      const wanted = this.annexIds ?? form.annexes.map((a) => a.id);
      const missing = wanted.filter((id) => !held.has(id));
      const ids = wanted.filter((id) => held.has(id));
      if (missing.length && (this.opts.strict !== false || ids.length === 0)) throw new AnnexNotForKindError(missing[0], kind);
      parts = { form, bodies: annexesOf(form, ids).map((a) => annexBody(form, a, kind)), checks: null };
      this.kinds.set(kind, parts);
    }
    return parts;
  }

  private model(form: TemplatePack, sheets: SheetModel[], unit: ReportingUnit): WorkbookModel {
    return { sheets, metaSheet: metaSheetModel(form, unit, sheets), names: identityNames(sheets) };
  }
}
