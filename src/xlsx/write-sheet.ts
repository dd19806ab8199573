/**
 * One xl/worksheets/sheetN.xml. Element order follows CT_Worksheet exactly (sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, mergeCells, conditionalFormatting,
 * dataValidations, pageMargins, pageSetup, drawing): Excel reports a corrupt file for any other order.
 */
import type { CellModel, ConditionalFormatModel, DataValidationModel, SheetModel } from '../core/sheet/model';
import { cellAddress, MAX_COLS, MAX_ROWS, rangeAddress } from './cell-ref';
import type { SharedStrings } from './write-shared-strings';
import type { StyleTable } from './write-styles';
import { escapeXmlAttr, escapeXmlText } from './xml-text';

/** The parts of a SheetModel a worksheet part needs (the meta sheet is written through it too). */
export type WorksheetContent = Pick<
  SheetModel,
  'cells' | 'styles' | 'merges' | 'columnWidths' | 'rowHeights' | 'freeze' | 'validations' | 'protection' | 'page'
> &
  Partial<Pick<SheetModel, 'conditionalFormats' | 'charts'>>;

// Excel limits: a longer title or message makes it "repair" the file and drop the validation.
const MAX_ERROR_TITLE = 32;
const MAX_ERROR_MESSAGE = 255;
// A whole/decimal validation needs at least one bound; ±(10^15 − 1) is the widest Excel keeps exactly.
const UNBOUNDED = 999999999999999;

/** Where a sheet's texts go: their index in the shared-string table. */
export type StringSink = Pick<SharedStrings, 'add'>;

export function worksheetXml(
  sheet: WorksheetContent,
  styles: StyleTable,
  strings: StringSink,
  view: { tabSelected: boolean },
): string {
  const cells = sortedCells(sheet.cells);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension(sheet, cells)}"/>` +
    sheetViewsXml(sheet.freeze, view.tabSelected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet.columnWidths) +
    sheetDataXml(sheet, cells, styles, strings) +
    (sheet.protection.enabled
      ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>'
      : '') +
    mergeCellsXml(sheet) +
    conditionalFormattingXml(sheet.conditionalFormats ?? [], styles) +
    dataValidationsXml(sheet.validations) +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    // paperSize 9 = A4; fitToHeight 0 = as many pages tall as needed.
    `<pageSetup paperSize="9" orientation="${sheet.page.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    // The sheet's charts: its relationship rId1 is its drawing (write.ts).
    (sheet.charts?.length ? '<drawing r:id="rId1"/>' : '') +
    '</worksheet>'
  );
}

/** Rows in order and cells in column order; a later duplicate of a coordinate wins. */
function sortedCells(cells: CellModel[]): CellModel[] {
  const byPosition = new Map<number, CellModel>();
  for (const c of cells) {
    if (!Number.isInteger(c.row) || !Number.isInteger(c.col) || c.row < 0 || c.col < 0 || c.row >= MAX_ROWS || c.col >= MAX_COLS) {
      throw new RangeError(`cell outside the sheet: row ${c.row}, col ${c.col}`);
    }
    byPosition.set(c.row * MAX_COLS + c.col, c);
  }
  return [...byPosition.keys()].sort((a, b) => a - b).map((k) => byPosition.get(k)!);
}

function dimension(sheet: WorksheetContent, cells: CellModel[]): string {
  let maxRow = -1;
  let maxCol = -1;
  for (const c of cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  for (const m of sheet.merges) {
    maxRow = Math.max(maxRow, m.row + m.rows - 1);
    maxCol = Math.max(maxCol, m.col + m.cols - 1);
  }
  if (maxRow < 0) return 'A1';
  return rangeAddress({ row: 0, col: 0, rows: maxRow + 1, cols: maxCol + 1 });
}

function sheetViewsXml(freeze: { rows: number; cols: number }, tabSelected: boolean): string {
  const rows = Math.max(0, Math.floor(freeze.rows));
  const cols = Math.max(0, Math.floor(freeze.cols));
  const open = `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0"`;
  if (!rows && !cols) return `${open}/></sheetViews>`;
  const topLeft = cellAddress(rows, cols);
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  return (
    `${open}><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} ` +
    `topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

function colsXml(widths: number[]): string {
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) {
      cols.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(w, 255)}" customWidth="1"/>`);
    }
  });
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

function sheetDataXml(sheet: WorksheetContent, cells: CellModel[], styles: StyleTable, strings: StringSink): string {
  const heights = new Map<number, number>();
  for (const [key, h] of Object.entries(sheet.rowHeights)) {
    const row = Number(key);
    if (Number.isInteger(row) && row >= 0 && row < MAX_ROWS && Number.isFinite(h) && h > 0) heights.set(row, Math.min(h, 409));
  }
  const rowIndexes = new Set<number>(heights.keys());
  const byRow = new Map<number, string[]>();
  for (const c of cells) {
    rowIndexes.add(c.row);
    let list = byRow.get(c.row);
    if (!list) byRow.set(c.row, (list = []));
    list.push(cellXml(c, sheet, styles, strings));
  }
  const rows = [...rowIndexes].sort((a, b) => a - b).map((r) => {
    const h = heights.get(r);
    const attrs = `r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}`;
    const content = byRow.get(r);
    return content ? `<row ${attrs}>${content.join('')}</row>` : `<row ${attrs}/>`;
  });
  return `<sheetData>${rows.join('')}</sheetData>`;
}

function cellXml(c: CellModel, sheet: WorksheetContent, styles: StyleTable, strings: StringSink): string {
  const s = styles.xfIndex(sheet.styles[c.style], c.locked);
  const head = `<c r="${cellAddress(c.row, c.col)}"${s ? ` s="${s}"` : ''}`;
  const formula = c.formula?.replace(/^=/, '');
  if (formula) {
    const f = `<f>${escapeXmlText(formula)}</f>`;
    if (typeof c.value === 'number' && Number.isFinite(c.value)) return `${head}>${f}<v>${numberText(c.value)}</v></c>`;
    if (typeof c.value === 'string') return `${head} t="str">${f}<v>${escapeXmlText(c.value)}</v></c>`;
    return `${head}>${f}</c>`;
  }
  if (typeof c.value === 'number' && Number.isFinite(c.value)) return `${head}><v>${numberText(c.value)}</v></c>`;
  // Text is always a shared string, so "=SUM(…)" typed as a label stays text and never becomes a formula.
  const shared = sharedText(c);
  if (shared !== null) return `${head} t="s"><v>${strings.add(shared)}</v></c>`;
  return `${head}/>`;
}

/** The text a cell puts in the shared-string table, or null (formulas, numbers and empty cells put none). */
function sharedText(c: CellModel): string | null {
  if (c.formula?.replace(/^=/, '')) return null;
  if (typeof c.value === 'number' && Number.isFinite(c.value)) return null;
  return typeof c.value === 'string' && c.value !== '' ? c.value : null;
}

/** The texts worksheetXml adds to the shared-string table, in the order it adds them. */
export function sharedStringTexts(sheet: Pick<WorksheetContent, 'cells'>): string[] {
  const texts: string[] = [];
  for (const c of sortedCells(sheet.cells)) {
    const t = sharedText(c);
    if (t !== null) texts.push(t);
  }
  return texts;
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function mergeCellsXml(sheet: WorksheetContent): string {
  const merges = sheet.merges.filter((m) => m.rows * m.cols > 1);
  if (!merges.length) return '';
  return `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>`;
}

/**
 * Formula-based conditional formats, in priority order (1 = applied first). The formula's relative
 * references are relative to the top-left cell of the first range, as in Excel's dialog.
 */
function conditionalFormattingXml(formats: readonly ConditionalFormatModel[], styles: StyleTable): string {
  return formats
    .filter((cf) => cf.ranges.length > 0 && cf.formula.trim() !== '')
    .map((cf, i) => {
      const sqref = cf.ranges.map((r) => rangeAddress(r)).join(' ');
      const dxf = styles.dxfIndex(cf.style);
      return (
        `<conditionalFormatting sqref="${sqref}">` +
        `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"${cf.stopIfTrue ? ' stopIfTrue="1"' : ''}>` +
        `<formula>${escapeXmlText(cf.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`
      );
    })
    .join('');
}

function dataValidationsXml(validations: DataValidationModel[]): string {
  if (!validations.length) return '';
  const items = validations.map((v) => {
    if (v.rule.kind === 'list') return listValidationXml(v, v.rule.values);
    const type = v.rule.kind === 'wholeNumber' ? 'whole' : 'decimal';
    const { min, max } = v.rule;
    const [operator, f1, f2] =
      min !== null && max !== null
        ? ['between', min, max]
        : min !== null
          ? ['greaterThanOrEqual', min, null]
          : max !== null
            ? ['lessThanOrEqual', max, null]
            : ['between', -UNBOUNDED, UNBOUNDED];
    return (
      `<dataValidation type="${type}" operator="${operator}" allowBlank="1" showErrorMessage="1"` +
      ` errorTitle="${escapeXmlAttr(truncate(v.errorTitle, MAX_ERROR_TITLE))}"` +
      ` error="${escapeXmlAttr(truncate(v.errorMessage, MAX_ERROR_MESSAGE))}"` +
      ` sqref="${rangeAddress(v.range)}">` +
      `<formula1>${numberText(f1)}</formula1>` +
      (f2 !== null ? `<formula2>${numberText(f2)}</formula2>` : '') +
      '</dataValidation>'
    );
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** A drop-down list written inline ("a,b,c" in quotes): Excel keeps at most 255 characters of it. */
function listValidationXml(v: DataValidationModel, values: readonly string[]): string {
  const list = `"${values.map((x) => x.replace(/"/g, '""')).join(',')}"`;
  return (
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1"` +
    ` errorTitle="${escapeXmlAttr(truncate(v.errorTitle, MAX_ERROR_TITLE))}"` +
    ` error="${escapeXmlAttr(truncate(v.errorMessage, MAX_ERROR_MESSAGE))}"` +
    ` sqref="${rangeAddress(v.range)}">` +
    `<formula1>${escapeXmlText(list)}</formula1>` +
    '</dataValidation>'
  );
}

/** Cuts by code points so a surrogate pair is never split. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
