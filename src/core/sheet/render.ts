import { fill } from '../i18n/format';
import { sheetMessages } from '../i18n/sheet-messages';
import type { RefNode } from '../expr/ast';
import { parseExpression } from '../expr/parser';
import { cellDecimals, cellRole, cellType } from '../pack/cells';
import { AnnexNotForKindError, annexesOf, unitOf } from '../pack/find';
import { kindForm, rowNotAsked } from '../pack/kind-form';
import { columnEstimated } from '../pack/estimates';
import type { Annex, NumberType, ReportingUnit, SignatureSpec, TemplatePack, UnitKind, ValueColumn } from '../pack/types';
import { rangeA1 } from './address';
import { toExcelFormula } from './formula';
import { identityText, metaSheetModel, identityNames } from './identity';
import type { DataValidationModel, SheetLayout, SheetModel, ValidationRule, WorkbookModel } from './model';
import { placeCells, SheetBuilder } from './sheet-builder';
import { SHEET_STYLES, labelStyle, valueStyle, valueStyleKey } from './styles';

/**
 * The one renderer: (pack, annex, unit) → SheetModel. Layout, top to bottom: title block (issuer,
 * unit, title, reference, identity), header (two rows when columns are grouped), the column-code row
 * (A B C D 1 2 3 …), then one row per indicator with its "Mã số", and a signature block.
 * Fixed columns: A = STT, B = Chỉ tiêu, C = Mã số, D = Đơn vị tính; value columns from E.
 */

const T = (key: keyof typeof sheetMessages, params?: Record<string, string | number>) => fill(sheetMessages[key].vi, params, 'vi');

export const FIXED_COLUMNS = 4;
const COL_STT = 0;
const COL_LABEL = 1;
const COL_CODE = 2;
const COL_UNIT = 3;
const FIXED_CODES = ['A', 'B', 'C', 'D'];
const HEADER_TOP = 7;
/** The date line's style: stampAnnex finds the cell by it and writes the unit's place. */
const DATE_STYLE = 'signDate';
const LABEL_WIDTH = 46;

export class RenderError extends Error {}

/** Bounds for cells that may be negative: a validation still refuses text, with no real limit. */
const SIGNED_LIMIT = 1e15;

function validationFor(type: NumberType, allowNegative: boolean): { rule: ValidationRule; message: string } | null {
  switch (type) {
    case 'integer':
      return { rule: allowNegative ? { kind: 'wholeNumber', min: -SIGNED_LIMIT, max: SIGNED_LIMIT } : { kind: 'wholeNumber', min: 0, max: null }, message: T(allowNegative ? 'dv.integerSigned' : 'dv.integer') };
    case 'money':
      return { rule: allowNegative ? { kind: 'decimal', min: -SIGNED_LIMIT, max: SIGNED_LIMIT } : { kind: 'decimal', min: 0, max: null }, message: T(allowNegative ? 'dv.moneySigned' : 'dv.money') };
    case 'decimal':
      return { rule: allowNegative ? { kind: 'decimal', min: -SIGNED_LIMIT, max: SIGNED_LIMIT } : { kind: 'decimal', min: 0, max: null }, message: T('dv.decimal') };
    case 'percent':
      return { rule: { kind: 'decimal', min: 0, max: 100 }, message: T('dv.percent') };
    case 'text':
      return null;
  }
}

function headerRows(annex: Annex): number {
  return annex.columns.some((c) => c.group) ? 2 : 1;
}

const IDENTITY_ROW = 5;
const UNIT_ROW = 1;

export function renderAnnex(pack: TemplatePack, annex: Annex, unit: ReportingUnit): SheetModel {
  return stampAnnex(annexBody(pack, annex, unit.kind), unit, placeOf(pack, unit));
}

/** The place of a unit's date line: its own, else the issuer's (empty when neither is given). */
export function placeOf(pack: Pick<TemplatePack, 'issuer'>, unit: Pick<ReportingUnit, 'place'>): string {
  return unit.place ?? pack.issuer.place ?? '';
}

/**
 * The annex's sheet for a unit: the body with the unit's line, identity and the place of its date
 * line (the only cells that depend on the unit).
 */
export function stampAnnex(body: SheetModel, unit: ReportingUnit, place = ''): SheetModel {
  const identity = { ...body.identity, unitCode: unit.code };
  const dateLine = body.cells.find((c) => c.style === DATE_STYLE);
  return {
    ...body,
    cells: placeCells(body.cells, [
      { row: UNIT_ROW, col: 0, value: T('sheet.unitLine', { name: unit.name, code: unit.code }), style: 'unitLine', locked: true },
      { row: IDENTITY_ROW, col: 0, value: T('sheet.identity', { id: identityText(identity) }), style: 'identity', locked: true },
      ...(dateLine ? [{ ...dateLine, value: T('sheet.dateLine', { place: place || '…………' }) }] : []),
    ]),
    identity,
  };
}

/**
 * The annex's sheet without its unit: the unit line and the identity cell are left empty (their
 * merged ranges are there), the identity's unit is '', the date line has no place. The same for
 * every unit of a kind (`kind` picks the signature blocks; without it, every block).
 */
export function annexBody(pack: TemplatePack, annex: Annex, kind?: UnitKind): SheetModel {
  const b = new SheetBuilder(SHEET_STYLES);
  const nCols = FIXED_COLUMNS + annex.columns.length;
  titleBlock(b, pack, annex, nCols);
  const hRows = headerRows(annex);
  header(b, annex, hRows, (col) => columnEstimated(col, pack.campaign));
  const codeRow = HEADER_TOP + hRows;
  const cols = codeRowCells(b, annex, codeRow);
  const firstDataRow = codeRow + 1;
  const rows: Record<string, number> = {};
  annex.rows.forEach((row, i) => (rows[row.code] = firstDataRow + i));
  const validations = indicatorRows(b, annex, rows, cols);
  const lastDataRow = firstDataRow + annex.rows.length - 1;
  const end = signatureBlock(b, annex, signatureOf(pack, annex, kind), lastDataRow + 2, nCols);

  // Viewers do not auto-fit wrapped rows on open: give long labels the height they need.
  const rowHeights: Record<number, number> = { 3: 36, [HEADER_TOP]: hRows === 1 ? 48 : 30 };
  annex.rows.forEach((row, i) => {
    const lines = Math.ceil(((row.label.length + row.level * 3) * 1.1) / LABEL_WIDTH);
    if (lines > 1) rowHeights[firstDataRow + i] = 15 * lines;
  });

  const layout: SheetLayout = { codeRow, rowCodeCol: COL_CODE, firstDataRow, lastDataRow, rows, cols, identityCell: { row: IDENTITY_ROW, col: 0 } };
  return {
    name: annex.sheetName,
    cells: b.sorted(),
    styles: b.styles,
    merges: b.merges,
    columnWidths: [6, LABEL_WIDTH, 8, 11, ...annex.columns.map((c) => c.width ?? (c.kind === 'text' ? 24 : 14))],
    rowHeights,
    freeze: { rows: firstDataRow, cols: FIXED_COLUMNS },
    validations: mergeValidations(validations),
    protection: { enabled: true },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: pack.id, packVersion: pack.version, annexId: annex.id, unitCode: '' },
    layout,
    size: { rows: end + 3, cols: nCols },
  };
}

/** Issuer and annex label, the unit's line (left to stampAnnex), title, reference, identity (left to stampAnnex), input hint. */
function titleBlock(b: SheetBuilder, pack: TemplatePack, annex: Annex, nCols: number): void {
  b.set(0, 0, pack.issuer.name.toUpperCase(), 'issuer');
  b.merge(0, 0, 1, 3);
  b.set(0, nCols - 1, annex.label, 'annexLabel');
  b.merge(UNIT_ROW, 0, 1, nCols);
  b.set(3, 0, annex.title.toUpperCase(), 'title');
  b.merge(3, 0, 1, nCols);
  b.set(4, 0, T('sheet.reference', { reference: pack.campaign.reference, period: pack.campaign.periodLabel }), 'subtitle');
  b.merge(4, 0, 1, nCols);
  b.merge(IDENTITY_ROW, 0, 1, nCols);
  b.set(6, 0, T('sheet.inputHint'), 'hint');
  b.merge(6, 0, 1, nCols);
}

/**
 * The header: the fixed columns' titles, then each value column's (under its group's, when grouped);
 * a column whose period ends after the deadline says its figures are estimates ("ước thực hiện").
 */
function header(b: SheetBuilder, annex: Annex, hRows: number, estimated: (col: ValueColumn) => boolean): void {
  const title = (col: ValueColumn) => (estimated(col) ? `${col.title} ${T('sheet.estimate')}` : col.title);
  const fixedTitles = [T('sheet.stt'), annex.labelTitle ?? T('sheet.indicator'), T('sheet.rowCode'), T('sheet.unitOfMeasure')];
  fixedTitles.forEach((title, c) => {
    b.set(HEADER_TOP, c, title, 'header');
    b.merge(HEADER_TOP, c, hRows, 1, 'header');
  });
  for (let i = 0; i < annex.columns.length; ) {
    const col = annex.columns[i];
    const c = FIXED_COLUMNS + i;
    if (!col.group) {
      b.set(HEADER_TOP, c, title(col), 'header');
      b.merge(HEADER_TOP, c, hRows, 1, 'header');
      i++;
      continue;
    }
    let span = 1;
    while (i + span < annex.columns.length && annex.columns[i + span].group === col.group) span++;
    b.set(HEADER_TOP, c, col.group, 'header');
    b.merge(HEADER_TOP, c, 1, span, 'header');
    for (let k = 0; k < span; k++) b.set(HEADER_TOP + 1, c + k, title(annex.columns[i + k]), 'header');
    i += span;
  }
}

/** The column-code row, the layout contract (A B C D 1 2 3 …); returns column code → sheet column. */
function codeRowCells(b: SheetBuilder, annex: Annex, codeRow: number): Record<string, number> {
  FIXED_CODES.forEach((code, c) => b.set(codeRow, c, code, 'codeRow'));
  const cols: Record<string, number> = {};
  annex.columns.forEach((col, i) => {
    cols[col.code] = FIXED_COLUMNS + i;
    b.set(codeRow, FIXED_COLUMNS + i, col.codeLabel ?? col.code, 'codeRow');
  });
  return cols;
}

/** One row per indicator: its STT, label, code and unit, then each value cell by its role; returns the input cells' validations. */
function indicatorRows(b: SheetBuilder, annex: Annex, rows: Record<string, number>, cols: Record<string, number>): DataValidationModel[] {
  const styleFor = (role: 'input' | 'computed', type: NumberType, decimals: number): string => b.style(valueStyleKey(role, type, decimals), () => valueStyle(role, type, decimals));
  const rowOrder = annex.rows.map((r) => r.code);
  const colOrder = annex.columns.map((c) => c.code);
  const rowFormulas = new Map(annex.rows.flatMap((r) => (r.formula ? [[r.code, mustParse(r.formula, annex.id, r.code)] as const] : [])));
  const colFormulas = new Map(annex.columns.flatMap((c) => (c.formula ? [[c.code, mustParse(c.formula, annex.id, c.code)] as const] : [])));
  const validations: DataValidationModel[] = [];
  // Rows this kind is not asked for read "—": a total that adds one reads it as 0 (N(…)).
  const notAskedRows = new Set(annex.rows.filter(rowNotAsked).map((r) => r.code));
  for (const row of annex.rows) {
    const r = rows[row.code];
    const notAsked = rowNotAsked(row);
    b.set(r, COL_STT, row.stt ?? null, row.level === 0 ? 'sttBold' : 'stt');
    b.set(r, COL_LABEL, row.label, labelStyle(row.level));
    b.set(r, COL_CODE, row.code, 'rowCode');
    b.set(r, COL_UNIT, row.unit ?? null, 'unit');
    for (const col of annex.columns) {
      const c = cols[col.code];
      const type = cellType(row, col);
      const decimals = cellDecimals(row, col);
      const role = cellRole(row, col);
      if (role === 'none') {
        // A row this kind of unit is not asked for reads "—": nothing to type, nothing read.
        b.set(r, c, notAsked ? '—' : null, notAsked ? 'notAsked' : 'blank');
      } else if (role === 'input') {
        b.setInput(r, c, styleFor('input', type, decimals));
        const v = validationFor(type, row.allowNegative === true);
        if (v) validations.push({ range: { row: r, col: c, rows: 1, cols: 1 }, rule: v.rule, errorTitle: T('dv.title'), errorMessage: v.message });
      } else {
        const expr = role === 'computed-col' ? colFormulas.get(col.code) : rowFormulas.get(row.code);
        if (!expr) throw new RenderError(`${annex.id} ${row.code}/${col.code}: a computed cell without a formula`);
        b.set(r, c, null, styleFor('computed', type, decimals), toExcelFormula(expr, (ref) => resolveLocal(ref, r, c, rows, cols, rowOrder, colOrder, notAskedRows)));
      }
    }
  }
  return validations;
}

/** The signature blocks of the annex for a kind of unit: the annex's, else the pack's; null for the plain default. */
function signatureOf(pack: TemplatePack, annex: Annex, kind: UnitKind | undefined): SignatureSpec | null {
  const spec = annex.signature ?? pack.signature;
  if (!spec) return null;
  return { ...spec, blocks: spec.blocks.filter((bl) => !kind || !bl.forKinds || bl.forKinds.includes(kind)) };
}

/** The default signature of a pack that names none. */
const DEFAULT_SIGNATURE = (): SignatureSpec => ({ dateLine: true, blocks: [{ title: T('sheet.preparer') }, { title: T('sheet.head') }] });

/**
 * The annex's note, then the date line ("<place>, ngày … tháng … năm …", its place stamped per unit)
 * and the signature blocks side by side: the first under the labels, the last at the right edge, the
 * others between. Returns the first row of the block.
 */
function signatureBlock(b: SheetBuilder, annex: Annex, spec: SignatureSpec | null, r: number, nCols: number): number {
  if (annex.note) {
    b.set(r, 0, annex.note, 'note');
    b.merge(r, 0, 1, nCols);
    r += 2;
  }
  const { dateLine, blocks } = spec ?? DEFAULT_SIGNATURE();
  const signCol = Math.max(FIXED_COLUMNS, nCols - 2);
  const slots = signatureSlots(blocks.length, signCol, nCols);
  if (dateLine) {
    b.set(r, signCol, T('sheet.dateLine', { place: '…………' }), DATE_STYLE);
    b.merge(r, signCol, 1, nCols - signCol);
  }
  blocks.forEach((block, i) => {
    const { col, span } = slots[i];
    const lines = [block.title, ...(block.subtitle ? [block.subtitle] : [])];
    lines.forEach((text, k) => {
      b.set(r + 1 + k, col, text, 'signTitle');
      b.merge(r + 1 + k, col, 1, span);
    });
    const hint = /^TM\./i.test(block.title) ? T('sheet.signSealHint') : T('sheet.signHint');
    b.set(r + 1 + lines.length, col, hint, 'signHint');
    b.merge(r + 1 + lines.length, col, 1, span);
  });
  return r;
}

/** Where each signature block goes: the first under the labels (B), the last at the right edge, the others between. */
function signatureSlots(n: number, signCol: number, nCols: number): Array<{ col: number; span: number }> {
  const last = { col: signCol, span: nCols - signCol };
  if (n <= 1) return [last];
  const middle = n - 2;
  // Never in the "Mã số" column (C): the reader takes any text there for a row code.
  const first = COL_CODE + 1;
  const room = Math.max(signCol - first, 0);
  const width = middle ? Math.max(1, Math.floor(room / middle)) : 0;
  const between = Array.from({ length: middle }, (_, i) => ({ col: Math.min(first + i * width, signCol - 1), span: Math.max(1, Math.min(width, signCol - first - i * width)) }));
  return [{ col: COL_LABEL, span: 1 }, ...between, last];
}

function mustParse(formula: string, annexId: string, code: string) {
  const parsed = parseExpression(formula);
  // The pack loader refuses bad formulas; reaching here means a pack that bypassed loadPack.
  if (!parsed.ok) throw new RenderError(`${annexId} ${code}: ${parsed.expected} at ${parsed.pos}`);
  return parsed.expr;
}

/** A reference of a computed cell → A1 address, within the same sheet. */
function resolveLocal(
  ref: RefNode,
  row: number,
  col: number,
  rows: Record<string, number>,
  cols: Record<string, number>,
  rowOrder: string[],
  colOrder: string[],
  notAsked: ReadonlySet<string>,
): string {
  if (ref.rows) {
    const [from, to] = spanIndexes(ref.rows.from, ref.rows.to, rowOrder);
    const address = rangeA1(rows[rowOrder[from]], col, to - from + 1, 1);
    return from === to && notAsked.has(rowOrder[from]) ? `N(${address})` : address;
  }
  const [from, to] = spanIndexes(ref.cols!.from, ref.cols!.to, colOrder);
  return rangeA1(row, cols[colOrder[from]], 1, to - from + 1);
}

function spanIndexes(from: string, to: string, order: string[]): [number, number] {
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a <= b ? [a, b] : [b, a];
}

/** Adjacent single-cell validations with the same rule become one range (fewer elements to write). */
function mergeValidations(list: DataValidationModel[]): DataValidationModel[] {
  const out: DataValidationModel[] = [];
  for (const v of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.range.row === v.range.row &&
      prev.range.rows === 1 &&
      prev.range.col + prev.range.cols === v.range.col &&
      JSON.stringify(prev.rule) === JSON.stringify(v.rule) &&
      prev.errorMessage === v.errorMessage
    ) {
      prev.range = { ...prev.range, cols: prev.range.cols + 1 };
    } else out.push({ ...v, range: { ...v.range } });
  }
  return out;
}

/**
 * Every requested annex of the unit's form (the annexes and rows its kind is asked for), with the
 * identity sheet and names: the workbook without its check sheet. An annex the unit's kind does not
 * fill is refused (AnnexNotForKindError).
 */
export function renderAnnexes(pack: TemplatePack, unitCode: string, annexIds?: readonly string[]): WorkbookModel {
  const unit = unitOf(pack, unitCode);
  const form = kindForm(pack, unit.kind);
  if (annexIds) {
    annexesOf(pack, annexIds);
    const other = annexIds.find((id) => !form.annexes.some((a) => a.id === id));
    if (other) throw new AnnexNotForKindError(other, unit.kind);
  }
  const sheets = annexesOf(form, annexIds).map((a) => renderAnnex(form, a, unit));
  return { sheets, metaSheet: metaSheetModel(form, unit, sheets), names: identityNames(sheets) };
}

