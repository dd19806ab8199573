import { columnLetters, rangeA1 } from '../core/sheet/address';
import type { CellRange, DataValidationModel, SheetModel } from '../core/sheet/model';
import { queueCharts } from './queue-charts';
import { queueConditionalFormats } from './queue-conditional-formats';
import { jsonBytes } from './payload';
import type { FormatArea, SheetPlan } from './sheet-plan';

/**
 * Queues everything one sheet needs on an Excel.Worksheet proxy, without syncing: the caller syncs
 * once per sheet. Order matters: contents, then number formats (a formula written into a cell
 * already formatted as Text "@" would be stored as text), formats and unlocked cells, merges,
 * sizes, panes, validation, conditional formats, charts, page layout, and protection last (a protected
 * sheet refuses the rest).
 */

export interface HostFeatures {
  /** ExcelApi 1.9: page layout and indentation. */
  api19: boolean;
  /** Font of every written cell, as the .xlsx writer uses (its Normal font). */
  fontName?: string;
}

/** Excel's limits for an error alert; the .xlsx writer cuts at the same lengths. */
const MAX_ALERT_TITLE = 32;
const MAX_ALERT_MESSAGE = 255;
/** A whole/decimal rule needs a bound: ±(10^15 − 1), the widest Excel keeps exactly (as the .xlsx writer). */
const UNBOUNDED = 999999999999999;

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

function address(r: CellRange): string {
  return rangeA1(r.row, r.col, r.rows, r.cols);
}

function applyFormat(range: Excel.Range, area: FormatArea, rect: CellRange, features: HostFeatures): void {
  const format = range.format;
  const value = area.value;
  switch (area.property) {
    case 'bold':
      format.font.bold = value as boolean;
      break;
    case 'italic':
      format.font.italic = value as boolean;
      break;
    case 'size':
      format.font.size = value as number;
      break;
    case 'color':
      format.font.color = `#${value as string}`;
      break;
    case 'fill':
      format.fill.color = `#${value as string}`;
      break;
    case 'align':
      format.horizontalAlignment = ALIGNMENT[value as keyof typeof ALIGNMENT];
      break;
    case 'wrap':
      format.wrapText = value as boolean;
      break;
    case 'indent':
      // indentLevel is ExcelApi 1.9; without it the label keeps its text and only loses the indent.
      if (features.api19) format.indentLevel = value as number;
      break;
    case 'border': {
      const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
      // Thin lines between the cells too, so that every cell of the block is boxed.
      if (rect.rows > 1) edges.push('InsideHorizontal');
      if (rect.cols > 1) edges.push('InsideVertical');
      for (const edge of edges) {
        const border = format.borders.getItem(edge);
        border.style = 'Continuous';
        border.weight = 'Thin';
      }
      break;
    }
  }
}

/** Only one bound given: an open-ended comparison; none: the widest range, as the file writer does. */
export function validationRule(v: DataValidationModel): Excel.DataValidationRule {
  if (v.rule.kind === 'list') return { list: { inCellDropDown: true, source: v.rule.values.join(',') } };
  const { min, max } = v.rule;
  const criterion: Excel.BasicDataValidation =
    min !== null && max !== null
      ? { operator: 'Between', formula1: min, formula2: max }
      : min !== null
        ? { operator: 'GreaterThanOrEqualTo', formula1: min }
        : max !== null
          ? { operator: 'LessThanOrEqualTo', formula1: max }
          : { operator: 'Between', formula1: -UNBOUNDED, formula2: UNBOUNDED };
  return v.rule.kind === 'wholeNumber' ? { wholeNumber: criterion } : { decimal: criterion };
}

/** Cuts by code points so that a surrogate pair is never split. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/**
 * Excel on the web refuses a request over 5 MB: a sheet's contents go in row blocks of at most about
 * this many bytes (estimated from the texts written), one sync each. An annex or a unit's check sheet
 * is one block; a summary's detail sheet with hundreds of units is several.
 */
export const BYTES_PER_SYNC = 2_000_000;

/** JSON size of one cell in the request (UTF-8): its content and its number format, with their commas. */
function cellBytes(content: unknown, numberFormat: unknown): number {
  return jsonBytes(content ?? '') + jsonBytes(numberFormat ?? '') + 2;
}

/** Row boundaries [from, to) of the content blocks of a plan; one block for an ordinary annex. */
export function contentBlocks(plan: Pick<SheetPlan, 'rows' | 'cols' | 'contents' | 'numberFormats'>, bytesPerSync = BYTES_PER_SYNC): Array<[number, number]> {
  if (plan.rows === 0 || plan.cols === 0) return [];
  const blocks: Array<[number, number]> = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < plan.rows; r++) {
    let row = 0;
    for (let c = 0; c < plan.cols; c++) row += cellBytes(plan.contents[r]?.[c], plan.numberFormats[r]?.[c]);
    if (r > from && bytes + row > bytesPerSync) {
      blocks.push([from, r]);
      from = r;
      bytes = 0;
    }
    bytes += row;
  }
  blocks.push([from, plan.rows]);
  return blocks;
}

/** Values, formulas and number formats of rows [from, to), as 2-D arrays in one write each. */
export function queueContentRows(ws: Excel.Worksheet, plan: SheetPlan, from: number, to: number, features: HostFeatures): void {
  if (to <= from || plan.cols === 0) return;
  const block = ws.getRange(rangeA1(from, 0, to - from, plan.cols));
  if (features.fontName) block.format.font.name = features.fontName;
  const whole = from === 0 && to === plan.rows;
  block.formulas = whole ? plan.contents : plan.contents.slice(from, to);
  block.numberFormat = whole ? plan.numberFormats : plan.numberFormats.slice(from, to);
}

/** Everything of a sheet but the content rows before `contentFrom` (already written in earlier blocks). */
export function queueSheet(
  ws: Excel.Worksheet,
  sheet: Pick<SheetModel, 'merges' | 'freeze' | 'validations' | 'protection' | 'page'> & Partial<Pick<SheetModel, 'conditionalFormats' | 'charts' | 'cells'>>,
  plan: SheetPlan,
  features: HostFeatures,
  contentFrom = 0,
): void {
  queueContentRows(ws, plan, contentFrom, plan.rows, features);
  for (const area of plan.formatAreas) {
    for (const rect of area.ranges) applyFormat(ws.getRange(address(rect)), area, rect, features);
  }
  for (const rect of plan.unlocked) ws.getRange(address(rect)).format.protection.locked = false;
  for (const m of sheet.merges) if (m.rows * m.cols > 1) ws.getRange(address(m)).merge(false);
  for (const w of plan.columnWidths) ws.getRange(`${columnLetters(w.first)}:${columnLetters(w.last)}`).format.columnWidth = w.points;
  for (const h of plan.rowHeights) ws.getRange(`${h.first + 1}:${h.last + 1}`).format.rowHeight = h.points;

  const { rows, cols } = sheet.freeze;
  // freezeRows and freezeColumns each replace the frozen pane; both at once need freezeAt.
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1(0, 0, rows, cols)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);

  for (const v of sheet.validations) {
    const dv = ws.getRange(address(v.range)).dataValidation;
    dv.rule = validationRule(v);
    dv.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: truncate(v.errorTitle, MAX_ALERT_TITLE),
      message: truncate(v.errorMessage, MAX_ALERT_MESSAGE),
    };
  }

  if (sheet.conditionalFormats?.length) queueConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.charts?.length) queueCharts(ws, { cells: sheet.cells ?? [], charts: sheet.charts });

  if (features.api19) {
    ws.pageLayout.orientation = sheet.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    // verticalFitToPages 0 = as many pages tall as needed (the file format's fitToHeight="0").
    if (sheet.page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }

  // Resizing columns and rows stays allowed, as in the .xlsx writer's sheetProtection.
  if (sheet.protection.enabled) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}
