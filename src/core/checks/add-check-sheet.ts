import { cellKeyId } from '../pack/cell-key';
import { checksMessages } from '../i18n/checks-messages';
import { fill } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { unitForm } from '../pack/kind-form';
import { excelString, liveText, type FormulaLimits } from '../expr/formula-text';
import { columnLetters } from '../sheet/address';
import { META_KEYS } from '../sheet/identity';
import { isAnnexSheet, type CellModel, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from '../sheet/model';
import { PALETTE, VERDICT_LOOKS } from '../sheet/palette';
import { buildCheckSheet, type CheckSheetBuild } from './check-sheet';
import { CHECK_NAMES } from './layout';
import { CHECK_SHEET_NAME } from '../sheet/sheet-names';
import { isUnitGlance, unitGlance } from './unit-glance';

/**
 * Adds the check sheet "Kiểm tra" to a workbook model: the sheet itself (last, after the annexes),
 * its defined names (SO_LOI, SO_CANH_BAO and the ranges the annexes' formulas read), and on every
 * annex a line at the top with the counts and a pointer to the check sheet, and conditional formats
 * that shade the cells of a failing check red (error) or yellow (warning).
 *
 * Works on any model whose sheets carry an identity and a layout: a unit's template as rendered, the
 * same with figures typed in, or a merged summary. Idempotent: a model that already has a check
 * sheet gets a fresh one. The cached values are those of the figures the model holds.
 */

export const CHECK_HINT_STYLE = 'checkHint';
const HINT_STYLE = { bold: true, size: 10, color: PALETTE.alert };
const ourName = (name: string) => (Object.values(CHECK_NAMES) as string[]).includes(name);

export interface CheckOptions {
  /** Excel's limits by default; lower ones exercise the "kiểm tra bằng add-in" fallback in tests. */
  limits?: FormulaLimits;
}

export interface WorkbookWithChecks {
  model: WorkbookModel;
  checks: CheckSheetBuild;
}

/** The model with its check sheet. Hand this to the merge: `addCheckSheet(summaryModel, pack)`. */
export function addCheckSheet(model: WorkbookModel, pack: TemplatePack, opts: CheckOptions = {}): WorkbookModel {
  return withChecks(model, pack, opts).model;
}

/** Same as addCheckSheet, with what was built (lines, coverage, cached counts) for the CLI and tests. */
export function withChecks(model: WorkbookModel, pack: TemplatePack, opts: CheckOptions = {}): WorkbookWithChecks {
  const annexes = withoutChecks(model);
  const meta = new Map(model.metaSheet.rows);
  // A summary's own tables (detail, completeness, log) and an overview stay as they are.
  const isAnnex = isAnnexSheet;
  const unitCode = annexes.sheets.find(isAnnex)?.identity.unitCode ?? meta.get(META_KEYS.unitCode) ?? '';
  const unitName = meta.get(META_KEYS.unitName) ?? (pack.units.find((u) => u.code === unitCode)?.name || (unitCode === pack.issuer.code ? pack.issuer.name : unitCode));
  // The rules of the unit's form: a row or an annex its kind is not asked for has no line.
  const checks = buildCheckSheet({ pack: unitForm(pack, unitCode), sheets: annexes.sheets.filter(isAnnex), metaSheet: annexes.metaSheet, names: annexes.names, unit: { code: unitCode, name: unitName }, ...(opts.limits && { limits: opts.limits }) });
  const sheets = annexes.sheets.map((s) => (isAnnex(s) ? withAnnexMarks(s, checks) : s));
  // A unit's glance reads the check sheet's lines: rebuilt with it, after it.
  const glance = model.sheets.some(isUnitGlance) ? unitGlance(unitForm(pack, unitCode), checks, { code: unitCode, name: unitName }) : null;
  return { model: { ...annexes, sheets: [...sheets, checks.sheet, ...(glance ? [glance] : [])], names: [...annexes.names, ...checks.names] }, checks };
}

/** The model without any check sheet, unit's glance (it reads the check sheet), hint line, shading or name of ours (the annexes as rendered). */
export function withoutChecks(model: WorkbookModel): WorkbookModel {
  const sheets = model.sheets
    .filter((s) => s.role !== 'checks' && s.name !== CHECK_SHEET_NAME && !isUnitGlance(s))
    .map((s) => {
      const hintRows = new Set(s.cells.filter((c) => c.style === CHECK_HINT_STYLE).map((c) => c.row));
      if (!hintRows.size && !s.conditionalFormats?.some(isOurs)) return s;
      const styles = { ...s.styles };
      delete styles[CHECK_HINT_STYLE];
      const rest = { ...s, styles, cells: s.cells.filter((c) => !hintRows.has(c.row)), merges: s.merges.filter((m) => !hintRows.has(m.row)) };
      const formats = (s.conditionalFormats ?? []).filter((cf) => !isOurs(cf));
      if (formats.length) return { ...rest, conditionalFormats: formats };
      delete (rest as Partial<SheetModel>).conditionalFormats;
      return rest;
    });
  return { ...model, sheets, names: model.names.filter((n) => !ourName(n.name)) };
}

function isOurs(cf: ConditionalFormatModel): boolean {
  return cf.formula.includes(CHECK_NAMES.figureMark);
}

/** The first row above the header that holds nothing (the title block's empty row); null when there is none. */
export function freeHintRow(sheet: SheetModel): number | null {
  const used = new Set(sheet.cells.map((c) => c.row));
  for (const m of sheet.merges) for (let r = m.row; r < m.row + m.rows; r++) used.add(r);
  const limit = Math.min(sheet.layout.codeRow, sheet.layout.identityCell.row + 10);
  for (let r = 1; r < limit; r++) if (!used.has(r)) return r;
  return null;
}

/** An annex with its line pointing at the check sheet (the counts, live) and the shading of the cells of failing checks. */
export function withAnnexMarks(sheet: SheetModel, checks: Pick<CheckSheetBuild, 'counts' | 'computedValues'>): SheetModel {
  const annexId = sheet.identity.annexId;
  const cells: CellModel[] = withComputedValues(sheet, checks.computedValues);
  const merges = [...sheet.merges];
  const styles = { ...sheet.styles, [CHECK_HINT_STYLE]: HINT_STYLE };
  const row = freeHintRow(sheet);
  if (row !== null) {
    const counts = checks.counts.byAnnex.get(annexId) ?? { errors: 0, warnings: 0 };
    const template = checksMessages['checks.annexHint'].vi;
    const live = liveText(template, {
      annexErrors: `SUMPRODUCT((${CHECK_NAMES.lineAnnex}=${excelString(annexId)})*${CHECK_NAMES.lineErrors})&""`,
      annexWarnings: `SUMPRODUCT((${CHECK_NAMES.lineAnnex}=${excelString(annexId)})*${CHECK_NAMES.lineWarnings})&""`,
      errors: `${CHECK_NAMES.errors}&""`,
      warnings: `${CHECK_NAMES.warnings}&""`,
      sheet: excelString(CHECK_SHEET_NAME),
    });
    const missing = fill(checksMessages['checks.annexHintMissing'].vi, { sheet: CHECK_SHEET_NAME }, 'vi');
    const cached = fill(template, { annexErrors: String(counts.errors), annexWarnings: String(counts.warnings), errors: String(checks.counts.errors), warnings: String(checks.counts.warnings), sheet: CHECK_SHEET_NAME }, 'vi');
    cells.push({ row, col: 0, value: cached, formula: `IFERROR(${live},${excelString(missing)})`, style: CHECK_HINT_STYLE, locked: true });
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    if (sheet.size.cols > 1) merges.push({ row, col: 0, rows: 1, cols: sheet.size.cols });
  }
  const valueCols = Object.values(sheet.layout.cols);
  const formats = [...(sheet.conditionalFormats ?? [])];
  if (valueCols.length && sheet.layout.lastDataRow >= sheet.layout.firstDataRow) {
    const first = Math.min(...valueCols);
    const last = Math.max(...valueCols);
    const range = { row: sheet.layout.firstDataRow, col: first, rows: sheet.layout.lastDataRow - sheet.layout.firstDataRow + 1, cols: last - first + 1 };
    const rowCode = `$${columnLetters(sheet.layout.rowCodeCol)}${sheet.layout.firstDataRow + 1}`;
    const colCode = `${columnLetters(first)}$${sheet.layout.codeRow + 1}`;
    const key = `${CHECK_NAMES.figureKey}=${excelString(`${annexId}/`)}&${rowCode}&"/"&${colCode}`;
    formats.unshift(
      { ranges: [range], formula: `SUMPRODUCT((${key})*(${CHECK_NAMES.figureMark}=2))>0`, style: VERDICT_LOOKS.error, stopIfTrue: true },
      { ranges: [range], formula: `SUMPRODUCT((${key})*(${CHECK_NAMES.figureMark}=1))>0`, style: VERDICT_LOOKS.warning, stopIfTrue: true },
    );
  }
  return { ...sheet, cells, merges, styles, conditionalFormats: formats };
}

/**
 * The annex's formula cells written without a result get the number their formula gives for the
 * figures as written (what Excel caches after calculating), so that a viewer that does not
 * recalculate — a mail preview, LibreOffice's default for .xlsx — shows the totals, not blanks.
 */
function withComputedValues(sheet: SheetModel, values: ReadonlyMap<string, number>): CellModel[] {
  if (!values.size) return [...sheet.cells];
  const rowCode = new Map(Object.entries(sheet.layout.rows).map(([code, r]) => [r, code]));
  const colCode = new Map(Object.entries(sheet.layout.cols).map(([code, c]) => [c, code]));
  return sheet.cells.map((c) => {
    if (c.formula === undefined || c.value !== null) return c;
    const r = rowCode.get(c.row);
    const k = colCode.get(c.col);
    const v = r !== undefined && k !== undefined ? values.get(cellKeyId({ annexId: sheet.identity.annexId, rowCode: r, colCode: k })) : undefined;
    return v === undefined ? c : { ...c, value: v };
  });
}
