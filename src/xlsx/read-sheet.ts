/**
 * One worksheet part, streamed: cells go straight into the sparse map, nothing is built per XML node.
 * Reads the parts of CT_Worksheet the layout contract relies on and skips everything else.
 */
import type { CellRange } from '../core/sheet/model';
import { cellAddress, MAX_COLS, MAX_ROWS, parseRangeAddress } from './cell-ref';
import type { ReadGuard } from './guards/read-guard';
import { cellKey } from './read-cells';
import { XlsxReadError } from './read-errors';
import { DEFAULT_FORMAT, type CellFormat } from './read-styles';
import type { ReadCell, ReadPageSetup, ReadProtection, ReadSheet, ReadValidation, SheetState } from './read-types';
import { scanXml, type XmlAttrs } from './xml-sax';
import { decodeOoxmlEscapes } from './xml-text';
import { xmlBool } from './xml-tree';

export interface SheetContext {
  sharedStrings: string[];
  formats: CellFormat[];
  guard?: ReadGuard;
}

interface PendingCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value?: string;
  inline: string;
  formula?: string;
  hasFormula: boolean;
}

/** Elements whose text we collect. */
type TextTarget = 'v' | 'f' | 'is' | 'formula1' | 'formula2' | null;

export function readWorksheet(name: string, state: SheetState, xml: string | undefined, ctx: SheetContext): ReadSheet {
  const sheet: ReadSheet = {
    name,
    state,
    cells: new Map(),
    merges: [],
    validations: [],
    protection: null,
    freeze: null,
    page: { fitToPage: false },
  };
  if (xml === undefined) return sheet;

  let extDepth = 0; // inside <extLst>: x14 extensions reuse our element names with other meanings
  let sheetViews = 0;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: PendingCell | null = null;
  let validation: ReadValidation | null = null;
  let target: TextTarget = null;
  let phoneticDepth = 0;
  let buffer = '';

  scanXml(xml, {
    open(el, attrs, selfClosing) {
      if (el === 'extLst') extDepth++;
      if (extDepth) return;
      switch (el) {
        case 'row': {
          const r = attrs.r !== undefined ? Number(attrs.r) : rowIndex + 2;
          if (!Number.isInteger(r)) throw new XlsxReadError('corrupt', `sheet "${name}": row number "${String(attrs.r).slice(0, 20)}" is not a number`);
          // A row outside the grid is not refused: its cells are skipped and counted, as below.
          rowIndex = r - 1;
          colIndex = -1;
          break;
        }
        case 'c': {
          const at = cellPosition(name, attrs, rowIndex, colIndex);
          rowIndex = at.row;
          colIndex = at.col;
          cell = at.row >= 0 && at.row < MAX_ROWS && at.col >= 0 && at.col < MAX_COLS ? newCell(at.row, at.col, attrs) : null;
          if (!cell) sheet.outOfGrid = (sheet.outOfGrid ?? 0) + 1;
          break;
        }
        case 'v':
        case 'is':
          if (cell && !selfClosing) startText(el);
          break;
        case 'f':
          if (cell) {
            cell.hasFormula = true;
            // Followers of a shared formula carry only si; the master carries the text.
            if (!selfClosing) startText('f');
          }
          break;
        case 'rPh':
          phoneticDepth++;
          break;
        case 'sheetView':
          sheetViews++;
          break;
        case 'pane':
          if (sheetViews === 1) sheet.freeze = readPane(attrs) ?? sheet.freeze;
          break;
        case 'mergeCell': {
          const range = attrs.ref ? parseRangeAddress(attrs.ref) : null;
          if (range) sheet.merges.push(range);
          break;
        }
        case 'sheetProtection':
          sheet.protection = readProtection(attrs);
          break;
        case 'dataValidation':
          validation = readValidationAttrs(attrs);
          if (selfClosing) {
            sheet.validations.push(validation);
            validation = null;
          }
          break;
        case 'formula1':
        case 'formula2':
          if (validation && !selfClosing) startText(el);
          break;
        case 'pageSetUpPr':
          sheet.page.fitToPage = xmlBool(attrs.fitToPage, false);
          break;
        case 'pageSetup':
          sheet.page = { ...readPageSetup(attrs), fitToPage: sheet.page.fitToPage };
          break;
      }
    },
    close(el) {
      if (el === 'extLst') {
        extDepth--;
        return;
      }
      if (extDepth) return;
      switch (el) {
        case 'c':
          if (cell) storeCell(name, sheet, cell, ctx);
          cell = null;
          break;
        case 'v':
          if (cell && target === 'v') cell.value = buffer;
          target = null;
          break;
        case 'f':
          if (cell && target === 'f') cell.formula = buffer;
          target = null;
          break;
        case 'is':
          if (cell && target === 'is') cell.inline = buffer;
          target = null;
          break;
        case 'rPh':
          phoneticDepth--;
          break;
        case 'formula1':
        case 'formula2':
          if (validation && target === el) validation[el] = buffer;
          target = null;
          break;
        case 'dataValidation':
          if (validation) sheet.validations.push(validation);
          validation = null;
          break;
      }
    },
    text(t) {
      buffer += t;
    },
    // Inside <is>, only <t> text counts, but run properties hold no text, so all text except phonetics does.
    wantsText: () => target !== null && phoneticDepth === 0,
  }, ctx.guard);
  return sheet;

  function startText(t: TextTarget): void {
    target = t;
    buffer = '';
  }
}

const REFERENCE_SHAPE = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})$/;

/**
 * A cell's position: its r attribute, else the next column of the current row. Something that is not
 * a reference at all refuses the file (the XML is damaged). A well-formed reference outside
 * A1:XFD1048576 ("A0", "XFE1") is returned as it is: the caller skips the cell and counts it (Excel
 * and LibreOffice drop such cells when they open the file), and the count is reported to the user.
 */
function cellPosition(sheetName: string, attrs: XmlAttrs, rowIndex: number, colIndex: number): { row: number; col: number } {
  if (attrs.r === undefined) return { row: rowIndex, col: colIndex + 1 };
  const m = REFERENCE_SHAPE.exec(attrs.r.trim());
  if (!m) throw new XlsxReadError('corrupt', `sheet "${sheetName}": "${attrs.r.slice(0, 20)}" is not a cell reference`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function newCell(row: number, col: number, attrs: XmlAttrs): PendingCell {
  const style = attrs.s !== undefined ? Number(attrs.s) : 0;
  return { row, col, type: attrs.t ?? 'n', style: Number.isInteger(style) ? style : 0, inline: '', hasFormula: false };
}

function storeCell(sheetName: string, sheet: ReadSheet, c: PendingCell, ctx: SheetContext): void {
  const key = cellKey(c.row, c.col);
  // Two values for one cell: which one the unit meant cannot be told (Excel calls such a file corrupt).
  if (sheet.cells.has(key)) throw new XlsxReadError('corrupt', `sheet "${sheetName}": cell ${cellAddress(c.row, c.col)} is written twice`);
  ctx.guard?.addCells();
  ctx.guard?.tick();
  const format = ctx.formats[c.style] ?? DEFAULT_FORMAT;
  const cell: ReadCell = { row: c.row, col: c.col, type: 'blank', value: null, hasFormula: c.hasFormula, locked: format.locked };
  if (c.formula !== undefined && c.formula !== '') cell.formula = c.formula;
  if (format.numFmt !== undefined) cell.numFmt = format.numFmt;
  const v = c.value;
  switch (c.type) {
    case 's': {
      const text = v !== undefined && v.trim() !== '' ? ctx.sharedStrings[Number(v)] : undefined;
      if (text !== undefined) setValue(cell, 'text', text);
      break;
    }
    case 'inlineStr':
      setValue(cell, 'text', decodeOoxmlEscapes(c.inline));
      break;
    case 'str':
    case 'd':
      if (v !== undefined) setValue(cell, 'text', decodeOoxmlEscapes(v));
      break;
    case 'b':
      if (v !== undefined) setValue(cell, 'bool', xmlBool(v, false));
      break;
    case 'e':
      if (v !== undefined) setValue(cell, 'error', v.trim());
      break;
    default:
      if (v !== undefined && v.trim() !== '') {
        const n = Number(v);
        if (Number.isFinite(n)) setValue(cell, 'number', n);
        else setValue(cell, 'text', v);
      }
  }
  sheet.cells.set(key, cell);
}

function setValue(cell: ReadCell, type: ReadCell['type'], value: ReadCell['value']): void {
  cell.type = type;
  cell.value = value;
}

function readPane(attrs: XmlAttrs): { rows: number; cols: number } | null {
  const state = attrs.state ?? 'split';
  if (state !== 'frozen' && state !== 'frozenSplit') return null;
  const rows = Math.max(0, Math.floor(Number(attrs.ySplit ?? 0)) || 0);
  const cols = Math.max(0, Math.floor(Number(attrs.xSplit ?? 0)) || 0);
  return rows || cols ? { rows, cols } : null;
}

function readProtection(attrs: XmlAttrs): ReadProtection {
  return { sheet: xmlBool(attrs.sheet, false), attributes: { ...attrs } };
}

function readValidationAttrs(attrs: XmlAttrs): ReadValidation {
  const sqref = attrs.sqref ?? '';
  const ranges = sqref
    .split(/\s+/)
    .filter(Boolean)
    .map(parseRangeAddress)
    .filter((r): r is CellRange => r !== null);
  const v: ReadValidation = {
    sqref,
    ranges,
    allowBlank: xmlBool(attrs.allowBlank, false),
    showErrorMessage: xmlBool(attrs.showErrorMessage, false),
  };
  if (attrs.type !== undefined) v.type = attrs.type;
  if (attrs.operator !== undefined) v.operator = attrs.operator;
  if (attrs.errorTitle !== undefined) v.errorTitle = attrs.errorTitle;
  if (attrs.error !== undefined) v.error = attrs.error;
  return v;
}

function readPageSetup(attrs: XmlAttrs): ReadPageSetup {
  const page: ReadPageSetup = { fitToPage: false };
  if (attrs.orientation !== undefined) page.orientation = attrs.orientation;
  const num = (v: string | undefined) => (v !== undefined && Number.isFinite(Number(v)) ? Number(v) : undefined);
  // Defaults from the schema: A4 is 9, Letter (the schema default) is 1; fitTo* default to 1.
  page.paperSize = num(attrs.paperSize) ?? 1;
  page.fitToWidth = num(attrs.fitToWidth) ?? 1;
  page.fitToHeight = num(attrs.fitToHeight) ?? 1;
  return page;
}
