import type { TemplatePack } from '../pack/types';
import { layoutFingerprint } from '../pack/layout';
import { packIndex } from '../pack/pack-index';
import { a1 } from '../sheet/address';
import { META_KEYS } from '../sheet/identity';
import { findUnit } from '../pack/find';
import { kindForm } from '../pack/kind-form';
import type { CellSource, SourceSheet } from './cell-source';
import { FormulaValues, lostReference, parsedFormula, sameValue, toCellValue } from './formula-values';
import { expectedAnnexes, locateAnnexes, type LocatedAnnex } from './locate-annex';
import { readLayout } from './read-layout';
import type { StructureIssue } from './structure';
import type { AnnexReport, ReportCell, UnitReport, WorkbookIssue } from './unit-report';

/**
 * CellSource + pack → UnitReport: finds each annex's sheet, its layout, and reads every value cell
 * by row code × column code — of the unit's form (pack/kind-form.ts): the annexes and rows its kind
 * of unit is asked for. Never throws on a strange workbook: what is wrong is recorded as
 * structure issues, for validation to report once per annex.
 */
export function readUnitReport(source: CellSource, pack: TemplatePack): UnitReport {
  const located = locateAnnexes(source, pack);
  const issues: WorkbookIssue[] = [];
  const base = { source: source.label, packId: pack.id, packVersion: pack.version };

  if (located.annexes.size === 0) {
    const metaPack = located.meta.get(META_KEYS.packId);
    const other = located.foreign[0] ?? (metaPack && metaPack !== pack.id ? { packId: metaPack, packVersion: located.meta.get(META_KEYS.packVersion) ?? '?' } : null);
    issues.push(other ? { kind: 'otherPack', found: `${other.packId} ${other.packVersion}` } : { kind: 'notPackWorkbook' });
    return { ...base, unitCode: null, unitName: null, annexes: new Map(), issues, recalculated: 0 };
  }

  const unitCode = mostCommon([...located.annexes.values()].flatMap((l) => (l.identity ? [l.identity.unitCode] : []))) ?? (located.meta.get(META_KEYS.unitCode) || null);
  const unit = unitCode ? findUnit(pack, unitCode) : undefined;
  if (!unitCode) issues.push({ kind: 'unitMissing' });
  else if (!unit) issues.push({ kind: 'unitUnknown', code: unitCode });
  // The unit's form: the annexes and rows its kind is asked for (the pack itself for an unknown unit).
  const form = unit ? kindForm(pack, unit.kind) : pack;
  const inForm = new Set(form.annexes.map((a) => a.id));
  for (const annex of expectedAnnexes(form, located.meta)) {
    if (!located.annexes.has(annex.id)) issues.push({ kind: 'annexMissing', annexId: annex.id });
  }
  for (const annex of pack.annexes) {
    if (unit && located.annexes.has(annex.id) && !inForm.has(annex.id)) issues.push({ kind: 'annexNotForKind', annexId: annex.id, unitKind: unit.kind });
  }
  const versions = new Set([...located.annexes.values()].flatMap((l) => versionOf(l, located.meta) ?? []));
  const [onlyVersion] = versions;
  const wholeWorkbookVersion = versions.size === 1 && onlyVersion !== undefined && onlyVersion !== pack.version;
  if (wholeWorkbookVersion) {
    // A pack re-issued with the same layout (rules, messages changed) reads its earlier versions' workbooks.
    // The workbook carries its form's fingerprint (render.ts writes the meta of the unit's form).
    const sameLayout = located.meta.get(META_KEYS.packLayout) === layoutFingerprint(form);
    issues.push({ kind: sameLayout ? 'earlierVersion' : 'otherVersion', found: onlyVersion });
  }

  // An annex the unit's kind does not fill is said once (above) and not read: its figures are not merged.
  const annexes = new Map<string, AnnexReport>();
  const values = new FormulaValues(source);
  for (const annex of form.annexes) {
    const l = located.annexes.get(annex.id);
    if (l) annexes.set(annex.id, readAnnex(l, form, unitCode, located.meta, !wholeWorkbookVersion, values));
  }
  let recalculated = 0;
  for (const a of annexes.values()) for (const cols of a.cells.values()) for (const cell of cols.values()) if (cell.formulaNote?.kind === 'computed') recalculated++;
  return { ...base, unitCode, unitName: unit?.name ?? null, annexes, issues, recalculated };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The pack version a sheet says it is of: its identity cell, else the meta sheet; undefined when neither says. */
function versionOf(l: LocatedAnnex, meta: Map<string, string>): string | undefined {
  return l.identity?.packVersion ?? (meta.get(META_KEYS.packVersion) || undefined);
}

function readAnnex(l: LocatedAnnex, pack: TemplatePack, unitCode: string | null, meta: Map<string, string>, checkVersion: boolean, values: FormulaValues): AnnexReport {
  const index = packIndex(pack).annex(l.annex.id)!;
  const issues: StructureIssue[] = [];
  if (l.foundBy !== 'identity') issues.push({ kind: 'foundBy', by: l.foundBy });
  for (const sheet of l.duplicates) issues.push({ kind: 'duplicateSheet', sheet });
  const version = versionOf(l, meta);
  if (checkVersion && version !== undefined && version !== pack.version) issues.push({ kind: 'otherVersion', found: version, expected: pack.version });
  if (l.identity && unitCode && l.identity.unitCode !== unitCode) issues.push({ kind: 'otherUnit', found: l.identity.unitCode, expected: unitCode });

  const { layout, issues: layoutIssues } = readLayout(l.sheet, index);
  issues.push(...layoutIssues);
  const cells = new Map<string, Map<string, ReportCell>>();
  if (layout) {
    for (const [rowCode, row] of layout.rows) {
      const byCol = new Map<string, ReportCell>();
      for (const [colCode, col] of layout.cols) {
        const role = index.role(rowCode, colCode);
        if (role === undefined || role === 'none') continue;
        const cell = l.sheet.cell(row, col);
        // Computed cells are never read as figures (recomputed from the inputs with the pack's formulas).
        const read = cell.formula !== undefined && role === 'input' ? formulaCell(values, l.sheet, row, col) : { value: cell.value };
        byCol.set(colCode, { ...read, hasFormula: cell.formula !== undefined, row, col, address: a1(row, col) });
      }
      cells.set(rowCode, byCol);
    }
  }
  return { annexId: l.annex.id, sheetName: l.sheet.name, foundBy: l.foundBy, identity: l.identity, layout, cells, issues };
}

/**
 * A figure's formula cell (an input or notes cell holding a formula): its saved result; computed from
 * the workbook when the file saved none; when the formula names another sheet, the saved result
 * cross-checked against the formula recomputed — the detail sheet is what a summary's figure is made
 * of, so on disagreement the recomputation counts and the note says so.
 */
function formulaCell(values: FormulaValues, sheet: SourceSheet, row: number, col: number): Pick<ReportCell, 'value' | 'formulaNote'> {
  const cell = sheet.cell(row, col);
  const formula = cell.formula ?? '';
  const parsed = parsedFormula(formula);
  if (parsed.ok ? lostReference(parsed.formula) : /#REF!/i.test(formula)) {
    return { value: cell.value.kind === 'blank' ? { kind: 'error', code: '#REF!' } : cell.value, formulaNote: { kind: 'brokenRef', formula } };
  }
  if (cell.value.kind === 'blank') {
    const computed = values.compute(sheet, row, col);
    if (computed.ok) return { value: toCellValue(computed.value), formulaNote: { kind: 'computed' } };
    return { value: cell.value, formulaNote: { kind: 'uncomputable', formula, trouble: computed.trouble } };
  }
  // Nothing to cross-check against: a formula on its own sheet, or naming a sheet the workbook lacks.
  if (!parsed.ok || parsed.formula.sheets.length === 0 || !parsed.formula.sheets.every((m) => values.hasSheet(m.name))) return { value: cell.value };
  const computed = values.compute(sheet, row, col);
  if (!computed.ok || sameValue(cell.value, computed.value)) return { value: cell.value };
  return { value: toCellValue(computed.value), formulaNote: { kind: 'disagrees', formula, cached: cell.value } };
}
