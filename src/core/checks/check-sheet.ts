import { cachedLiteral, modelValues } from '../sheet/model-values';
import type { ChecksMessageKey } from '../i18n/checks-messages';
import { fill } from '../i18n/format';
import { sheetMessages } from '../i18n/sheet-messages';
import { FORMULA_LIMITS, type FormulaLimits } from '../expr/formula-text';
import { cellKeyId } from '../pack/cell-key';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import { packRules } from '../rules/check-rules';
import { VERDICT } from '../rules/compile-formula';
import { columnLetters, quoteSheet } from '../sheet/address';
import { identityText } from '../sheet/identity';
import type { CellModel, CellRange, CellStyle, ConditionalFormatModel, DefinedNameModel, MetaSheetModel, SheetModel } from '../sheet/model';
import { PALETTE, VERDICT_LOOKS } from '../sheet/palette';
import { SheetBuilder } from '../sheet/sheet-builder';
import { CHECK_SHEET_NAME } from '../sheet/sheet-names';
import { structureArrays } from './annex-structure';
import { CheckCache } from './check-cache';
import { CheckContext } from './check-context';
import { draftLines, type CheckLine } from './check-lines';
import { writeFigureTable } from './figure-table';
import { collectFigures, type SheetFigure } from './figures';
import { CHECK_IDENTITY_ID, CHECK_NAMES, COUNT_COL, FIG, LAST_COL, LINE, ROW } from './layout';
import { writeLine } from './line-writers';
import { abs, T } from './sheet-refs';

/**
 * The check sheet "Kiểm tra": the pack's rules and built-in checks as formulas (compile-formula.ts,
 * figure-formula.ts) over the annexes of one workbook, with the values they have for the workbook
 * as written (check-cache.ts). Honest coverage: a rule that needs the add-in — a check no formula
 * of Excel 2010 can express, or a formula past Excel's limits — keeps its line, marked
 * "kiểm tra bằng add-in", and is never dropped.
 *
 * Blocks, top to bottom: the title, unit and identity; the two counts (SO_LOI, SO_CANH_BAO); part I,
 * one line per check (line-writers.ts); part II, the figure table (figure-table.ts). Everything but
 * the unit's two lines depends on the annexes and their figures only: `checkSheetBody` builds it,
 * `stampUnit` adds the unit — so a template's check sheet is built once per pack and stamped per unit.
 */

export type { CheckLine, CheckLineKind } from './check-lines';

export interface CheckSheetInput {
  pack: TemplatePack;
  /** The annex sheets, in tab order. */
  sheets: readonly SheetModel[];
  metaSheet: MetaSheetModel;
  names: readonly DefinedNameModel[];
  unit: { code: string; name: string };
  limits?: FormulaLimits;
}

export interface CheckSheetBuild {
  sheet: SheetModel;
  names: DefinedNameModel[];
  lines: CheckLine[];
  /** cellKeyId → sheet row of the cell in the figure table. */
  figureRows: Map<string, number>;
  /** Cached counts, in all and per annex (the annex lines' hint). */
  counts: { errors: number; warnings: number; byAnnex: Map<string, { errors: number; warnings: number }> };
  /**
   * cellKeyId → the number a computed annex cell shows for the figures as written (its formula's
   * result): the annexes' cached values, so that a viewer that does not recalculate shows the truth.
   * Cells that show an error or nothing (a ratio of blanks) are absent.
   */
  computedValues: Map<string, number>;
}

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 14 },
  unitLine: { bold: true },
  identity: { italic: true, size: 8, color: PALETTE.grey },
  countLabel: { bold: true, size: 12, align: 'right' },
  count: { bold: true, size: 14, border: true, align: 'center', numberFormat: '0' },
  countNote: { italic: true, size: 9, color: PALETTE.hint },
  note: { italic: true, size: 9, wrap: true },
  section: { bold: true, size: 11 },
  header: { bold: true, border: true, fill: PALETTE.headerFill, align: 'center', wrap: true },
  text: { border: true, wrap: true },
  center: { border: true, align: 'center' },
  number: { border: true, align: 'right' },
  status: { bold: true, border: true, align: 'center' },
  small: { border: true, size: 8, color: PALETTE.grey },
  smallHeader: { bold: true, border: true, fill: PALETTE.computedFill, align: 'center', wrap: true, size: 8 },
};

export function buildCheckSheet(input: CheckSheetInput): CheckSheetBuild {
  return stampUnit(checkSheetBody(input), input.pack, input.unit);
}

/** Where the blocks of the sheet fall, given the number of lines and figures. */
interface Rows {
  firstLine: number;
  lastLine: number;
  sectionFigures: number;
  firstFigure: number;
  lastFigure: number;
}

/** The check sheet without its unit (the unit line and the identity line are empty, the identity's unit ''). */
export function checkSheetBody(input: Omit<CheckSheetInput, 'unit'>): CheckSheetBuild {
  const { pack, sheets } = input;
  const index = packIndex(pack);
  // Structure of each annex as written: its codes where the layout says (a tampered model caches LỖI).
  const structure = new Map(sheets.map((s) => [s.identity.annexId, structureArrays(s)]));
  const broken = new Set([...structure].filter(([, s]) => !s.intact).map(([id]) => id));
  const cache = new CheckCache(pack, sheets, input.metaSheet, [...input.names], broken);

  const figureDrafts = collectFigures(index, sheets);
  const drafts = draftLines(index, sheets, packRules(pack), figureDrafts);
  const firstLine = ROW.firstLine;
  const lastLine = firstLine + Math.max(drafts.length, 1) - 1;
  const firstFigure = lastLine + 4;
  const rows: Rows = { firstLine, lastLine, sectionFigures: lastLine + 2, firstFigure, lastFigure: firstFigure + Math.max(figureDrafts.length, 1) - 1 };
  const figures: SheetFigure[] = figureDrafts.map((f, i) => ({ ...f, row: firstFigure + i, markedBy: [] }));
  const structureRow = new Map(drafts.flatMap((d, i) => (d.kind === 'structure' ? [[d.annexId, firstLine + i] as const] : [])));

  const cells = new SheetBuilder(STYLES);
  const ctx = new CheckContext(pack, index, sheets, cells, cache, structure, figures, firstLine, input.limits ?? FORMULA_LIMITS, structureRow);
  const figureOf = new Map(figures.map((f) => [f.id, f]));
  const lines = drafts.map((d, i) => {
    const line = writeLine(ctx, d, firstLine + i);
    // Every line a cell takes part in can mark it, whatever its verdict now: the marks are live.
    if (line.kind !== 'addIn') for (const k of line.keys) figureOf.get(cellKeyId(k))?.markedBy.push(line.row);
    return line;
  });
  writeFigureTable(ctx, rows.sectionFigures, lines);
  const counts = writeTop(cells, lines, rows);
  const names = definedNames(rows);
  const sheet: SheetModel = {
      name: CHECK_SHEET_NAME,
      role: 'checks',
      cells: cells.sorted(),
      styles: cells.styles,
      merges: cells.merges,
      columnWidths: Array.from({ length: LAST_COL + 1 }, (_, c) => COLUMN_WIDTHS[c] ?? 9),
      rowHeights: rowHeights(cells, lines, rows),
      freeze: { rows: 0, cols: 0 },
      validations: [],
      protection: { enabled: true },
      conditionalFormats: conditionalFormats(rows),
      page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      identity: { packId: pack.id, packVersion: pack.version, annexId: CHECK_IDENTITY_ID, unitCode: '' },
      layout: { codeRow: ROW.header1, rowCodeCol: LINE.id, firstDataRow: firstLine, lastDataRow: rows.lastFigure, rows: {}, cols: {}, identityCell: { row: ROW.identity, col: 0 } },
      size: { rows: rows.lastFigure + 1, cols: LAST_COL + 1 },
  };
  return {
    sheet: withHelperResults(sheet, input, names),
    names,
    lines,
    figureRows: new Map(figures.map((f) => [f.id, f.row])),
    counts,
    computedValues: new Map(figures.flatMap((f) => (f.computed && !cache.brokenAnnexes.has(f.key.annexId) && cache.shown(f.key) === 'number' ? [[f.id, cache.value(f.key)] as const] : []))),
  };
}

/** The body with its unit: the unit line and the identity line, and the sheet's identity. */
export function stampUnit(body: CheckSheetBuild, pack: Pick<TemplatePack, 'id' | 'version'>, unit: { code: string; name: string }): CheckSheetBuild {
  const unitLine: CellModel = { row: ROW.unit, col: 0, value: fill(sheetMessages['sheet.unitLine'].vi, { name: unit.name, code: unit.code }, 'vi'), style: 'unitLine', locked: true };
  const id = identityText({ packId: pack.id, packVersion: pack.version, annexId: CHECK_IDENTITY_ID, unitCode: unit.code });
  const identity: CellModel = { row: ROW.identity, col: 0, value: fill(sheetMessages['sheet.identity'].vi, { id }, 'vi'), style: 'identity', locked: true };
  const cells = body.sheet.cells.filter((c) => !((c.row === ROW.unit || c.row === ROW.identity) && c.col === 0));
  const at = cells.findIndex((c) => c.row > ROW.identity);
  cells.splice(at < 0 ? cells.length : at, 0, unitLine, identity);
  return { ...body, sheet: { ...body.sheet, cells, identity: { ...body.sheet.identity, unitCode: unit.code } } };
}

/** Title, the counts (with the lines' cached verdicts), the note and part I's header; returns the counts. */
function writeTop(cells: SheetBuilder, lines: readonly CheckLine[], rows: Rows): CheckSheetBuild['counts'] {
  const wide = LINE.cells + 1;
  cells.set(ROW.title, 0, T('checks.title'), 'title');
  cells.merge(ROW.title, 0, 1, wide);
  cells.merge(ROW.unit, 0, 1, wide);
  cells.merge(ROW.identity, 0, 1, wide);
  const lineCount = (l: CheckLine) => {
    const c = cells.get(l.row, l.cached === VERDICT.error ? LINE.errors : LINE.warnings);
    return typeof c?.value === 'number' ? c.value : 0;
  };
  const total = (verdict: number) => lines.filter((l) => l.cached === verdict).reduce((n, l) => n + lineCount(l), 0);
  const [errors, warnings] = [total(VERDICT.error), total(VERDICT.warning)];
  const lineRange = (col: number) => `${abs(rows.firstLine, col)}:${abs(rows.lastLine, col)}`;
  cells.set(ROW.errors, 0, T('checks.errors'), 'countLabel');
  cells.merge(ROW.errors, 0, 1, COUNT_COL);
  cells.set(ROW.errors, COUNT_COL, errors, 'count', `SUM(${lineRange(LINE.errors)})`);
  cells.set(ROW.errors, COUNT_COL + 1, T('checks.errorsHint'), 'countNote');
  cells.merge(ROW.errors, COUNT_COL + 1, 1, LINE.cells - COUNT_COL);
  cells.set(ROW.warnings, 0, T('checks.warnings'), 'countLabel');
  cells.merge(ROW.warnings, 0, 1, COUNT_COL);
  cells.set(ROW.warnings, COUNT_COL, warnings, 'count', `SUM(${lineRange(LINE.warnings)})`);
  cells.set(ROW.explain, 0, T('checks.explain'), 'note');
  cells.merge(ROW.explain, 0, 1, wide);
  cells.set(ROW.section1, 0, T('checks.sectionRules'), 'section');
  for (const [name, key] of Object.entries(LINE_TITLES) as Array<[keyof typeof LINE, ChecksMessageKey]>) cells.set(ROW.header1, LINE[name], T(key), SMALL_TITLES.has(name) ? 'smallHeader' : 'header');

  const byAnnex = new Map<string, { errors: number; warnings: number }>();
  for (const l of lines) {
    const c = byAnnex.get(l.annexId) ?? { errors: 0, warnings: 0 };
    if (l.cached === VERDICT.error) c.errors += lineCount(l);
    if (l.cached === VERDICT.warning) c.warnings += lineCount(l);
    byAnnex.set(l.annexId, c);
  }
  return { errors, warnings, byAnnex };
}

/** The titles of part I's columns; the last four, the formulas' working columns, in small print. */
const LINE_TITLES: Record<keyof typeof LINE, ChecksMessageKey> = {
  stt: 'checks.col.stt', annex: 'checks.col.annex', id: 'checks.col.rule', text: 'checks.col.message', left: 'checks.col.left', right: 'checks.col.right', diff: 'checks.col.diff',
  status: 'checks.col.status', cells: 'checks.col.cells', errors: 'checks.col.errors', warnings: 'checks.col.warnings', verdict: 'checks.col.verdict', mark: 'checks.col.mark',
};
const SMALL_TITLES = new Set<keyof typeof LINE>(['errors', 'warnings', 'verdict', 'mark']);

const COLUMN_WIDTHS: Record<number, number> = { 0: 6, 1: 8, 2: 30, 3: 70, 4: 13, 5: 13, 6: 13, 7: 14, 8: 26, 9: 7, 10: 9, 11: 7, 12: 7 };

/** Fixed heights of the top rows; a line's height follows the length of its message. */
function rowHeights(cells: SheetBuilder, lines: readonly CheckLine[], rows: Rows): Record<number, number> {
  const heights: Record<number, number> = { [ROW.title]: 22, [ROW.explain]: 48, [ROW.header1]: 30, [rows.firstFigure - 1]: 30 };
  for (const l of lines) {
    const text = cells.get(l.row, LINE.text)?.value;
    const n = Math.ceil(((typeof text === 'string' ? text.length : 0) * 1.1) / 70);
    if (n > 1) heights[l.row] = Math.min(15 * n, 120);
  }
  return heights;
}

/** The names the annexes' hint lines and shading read. */
function definedNames(rows: Rows): DefinedNameModel[] {
  const q = quoteSheet(CHECK_SHEET_NAME);
  const lineRange = (col: number) => `${q}!${abs(rows.firstLine, col)}:${abs(rows.lastLine, col)}`;
  const figRange = (col: number) => `${q}!${abs(rows.firstFigure, col)}:${abs(rows.lastFigure, col)}`;
  return [
    { name: CHECK_NAMES.errors, formula: `${q}!${abs(ROW.errors, COUNT_COL)}` },
    { name: CHECK_NAMES.warnings, formula: `${q}!${abs(ROW.warnings, COUNT_COL)}` },
    { name: CHECK_NAMES.lineAnnex, formula: lineRange(LINE.annex) },
    { name: CHECK_NAMES.lineErrors, formula: lineRange(LINE.errors) },
    { name: CHECK_NAMES.lineWarnings, formula: lineRange(LINE.warnings) },
    { name: CHECK_NAMES.figureKey, formula: figRange(FIG.key) },
    { name: CHECK_NAMES.figureMark, formula: figRange(FIG.mark) },
  ];
}

/** The status column and the two counts, red, yellow or green by verdict. */
function conditionalFormats(rows: Rows): ConditionalFormatModel[] {
  const { error: RED, warning: YELLOW, passed: GREEN } = VERDICT_LOOKS;
  const statusRange: CellRange = { row: rows.firstLine, col: LINE.status, rows: rows.lastLine - rows.firstLine + 1, cols: 1 };
  const verdictOf = `$${columnLetters(LINE.verdict)}${rows.firstLine + 1}`;
  const countCell = { row: ROW.errors, col: COUNT_COL, rows: 1, cols: 1 };
  return [
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.error}`, style: RED, stopIfTrue: true },
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.warning}`, style: YELLOW, stopIfTrue: true },
    { ranges: [statusRange], formula: `${verdictOf}=${VERDICT.passed}`, style: GREEN, stopIfTrue: true },
    { ranges: [countCell], formula: `${abs(ROW.errors, COUNT_COL)}>0`, style: RED, stopIfTrue: true },
    { ranges: [countCell], formula: `${abs(ROW.errors, COUNT_COL)}=0`, style: GREEN },
    { ranges: [{ ...countCell, row: ROW.warnings }], formula: `${abs(ROW.warnings, COUNT_COL)}>0`, style: YELLOW, stopIfTrue: true },
    { ranges: [{ ...countCell, row: ROW.warnings }], formula: `${abs(ROW.warnings, COUNT_COL)}=0`, style: GREEN },
  ];
}

/**
 * The figure table's helper columns (the steps that read a number typed as text) are computed by
 * the spreadsheet evaluator, so that the file carries every result, as Excel would have saved it.
 */
function withHelperResults(sheet: SheetModel, input: Omit<CheckSheetInput, 'unit'>, names: DefinedNameModel[]): SheetModel {
  const values = modelValues({ sheets: [...input.sheets, sheet], metaSheet: input.metaSheet, names: [...input.names, ...names] });
  return { ...sheet, cells: sheet.cells.map((c) => (c.formula !== undefined && c.value === null ? { ...c, value: cachedLiteral(values(sheet, c.row, c.col)) } : c)) };
}
