import { findUnit } from './find';
import type { Annex, CellOverride, IndicatorRow, TemplatePack, UnitKind } from './types';

/**
 * The form a kind of unit fills: the annexes its kind is asked for (`annex.forKinds`), and in them
 * the rows its kind is not asked for (`row.forKinds`) left empty — every cell `none`, as the form
 * leaves a heading's cells. A form is a TemplatePack like the pack it comes from (same id, version,
 * units, rules), so everything that works on a pack — the renderer, the report reader, validation,
 * the check sheet, the summary — works on a unit's form unchanged; the pack's rules are compiled once
 * and kept to what the form holds (rules/check-rules.ts). A pack without `forKinds` is its own form.
 */

const forms = new WeakMap<TemplatePack, Map<UnitKind, TemplatePack>>();
const bases = new WeakMap<TemplatePack, TemplatePack>();
const notAsked = new WeakSet<IndicatorRow>();

/** The pack a form was cut from; undefined for a pack that is not a form. */
export function formBase(form: TemplatePack): TemplatePack | undefined {
  return bases.get(form);
}

/** The pack itself, whether given the pack or one of its forms. */
export function basePack(pack: TemplatePack): TemplatePack {
  return bases.get(pack) ?? pack;
}

export function annexForKind(annex: Pick<Annex, 'forKinds'>, kind: UnitKind): boolean {
  return !annex.forKinds || annex.forKinds.includes(kind);
}

/** A row left empty in this form because the unit's kind is not asked for it (rendered "—"). */
export function rowNotAsked(row: IndicatorRow): boolean {
  return notAsked.has(row);
}

function usesKinds(pack: TemplatePack): boolean {
  return pack.annexes.some((a) => a.forKinds || a.rows.some((r) => r.forKinds));
}

function formAnnex(annex: Annex, kind: UnitKind): Annex {
  if (!annex.rows.some((r) => r.forKinds && !r.forKinds.includes(kind))) return annex;
  const none: Record<string, CellOverride> = Object.fromEntries(annex.columns.map((c) => [c.code, 'none' as const]));
  const rows = annex.rows.map((r) => {
    if (!r.forKinds || r.forKinds.includes(kind)) return r;
    const row: IndicatorRow = { ...r, cells: none, required: false };
    notAsked.add(row);
    return row;
  });
  return { ...annex, rows };
}

/** The form units of `kind` fill (the pack itself when it asks every kind the same). */
export function kindForm(pack: TemplatePack, kind: UnitKind): TemplatePack {
  const base = basePack(pack);
  if (!usesKinds(base)) return base;
  let byKind = forms.get(base);
  if (!byKind) forms.set(base, (byKind = new Map()));
  let form = byKind.get(kind);
  if (!form) {
    form = { ...base, annexes: base.annexes.filter((a) => annexForKind(a, kind)).map((a) => formAnnex(a, kind)) };
    bases.set(form, base);
    byKind.set(kind, form);
  }
  return form;
}

/** The form of a unit of the pack (the pack itself for an unknown unit). */
export function unitForm(pack: TemplatePack, unitCode: string | null | undefined): TemplatePack {
  const unit = unitCode ? findUnit(basePack(pack), unitCode) : undefined;
  return unit ? kindForm(pack, unit.kind) : basePack(pack);
}
