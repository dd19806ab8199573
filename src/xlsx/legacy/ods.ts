/**
 * OpenDocument spreadsheets (.ods, LibreOffice's own format; also Excel's and Google Sheets' ODS export),
 * read with our own tokenizer from content.xml, so every guard of the .xlsx reader holds: the zip
 * guard, no DTD, the depth limit, the time limit. Repeated rows and cells (table:number-rows-repeated,
 * table:number-columns-repeated) are never expanded when empty, and counted cell by cell against
 * the cell limit when not: a 999 999 999 × 999 999 999 sheet is refused before anything is stored.
 */
import { MAX_COLS, MAX_ROWS } from '../cell-ref';
import type { ReadGuard } from '../guards/read-guard';
import { cellKey } from '../read-cells';
import { decodeXmlBytes, partText } from '../read-package';
import { XlsxReadError } from '../read-errors';
import type { ReadCell, ReadDefinedName, ReadSheet, ReadWorkbook } from '../read-types';
import { scanXml, type XmlAttrs } from '../xml-sax';
import type { ZipParts } from '../zip-guard';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Spaces from one <text:s text:c="n"/>; more is not text anyone typed. */
const MAX_SPACES = 1024;
/** Days from 1899-12-30 (Excel's serial day 0) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

export function isOdsPackage(zip: ZipParts): boolean {
  const mimetype = zip.get('mimetype');
  return mimetype !== undefined && decodeXmlBytes(mimetype).trim().startsWith(ODS_MIMETYPE);
}

interface PendingCell {
  repeat: number;
  valueType: string | undefined;
  attrs: XmlAttrs;
  formula?: string;
  depth: number;
  paragraphs: string[];
}

interface PendingRow {
  repeat: number;
  cells: Array<{ col: number; repeat: number; cell: Omit<ReadCell, 'row' | 'col'> }>;
  col: number;
}

/** `decrypted`: the package's encrypted parts were decrypted in memory (crypto/ods.ts). */
export function readOdsPackage(zip: ZipParts, guard: ReadGuard, decrypted = false): ReadWorkbook {
  const manifest = decrypted ? undefined : partText(zip, 'META-INF/manifest.xml');
  if (manifest !== undefined && /encryption-data/.test(manifest)) {
    throw new XlsxReadError('encrypted', 'an OpenDocument spreadsheet saved with a password (manifest encryption-data)');
  }
  const content = partText(zip, 'content.xml');
  if (content === undefined) throw new XlsxReadError('corrupt', 'the OpenDocument file has no content.xml');

  const hiddenStyles = new Set<string>();
  const sheets: ReadSheet[] = [];
  const names: ReadDefinedName[] = [];
  let depth = 0;
  let styleName: string | null = null;
  let sheet: ReadSheet | null = null;
  let tableDepth = 0;
  let nestedTables = 0;
  let rowIndex = 0;
  let row: PendingRow | null = null;
  let cell: PendingCell | null = null;
  let paragraph: string | null = null;
  let textChars = 0;

  const addText = (t: string) => {
    textChars += t.length;
    if (textChars > guard.limits.maxUncompressedBytes) throw new XlsxReadError('tooLarge', 'the cell texts expand past the size limit');
    paragraph += t;
  };

  scanXml(
    content,
    {
      open(name, attrs, selfClosing) {
        depth++;
        if (nestedTables) {
          if (name === 'table') nestedTables++;
          return;
        }
        switch (name) {
          case 'style':
            styleName = attrs.family === 'table' ? (attrs.name ?? null) : null;
            break;
          case 'table-properties':
            if (styleName !== null && attrs.display === 'false') hiddenStyles.add(styleName);
            break;
          case 'table':
            if (sheet) {
              // A sub-table inside a cell (allowed by ODF, never written by spreadsheet programs): skipped.
              nestedTables = 1;
              break;
            }
            guard.checkSheets(sheets.length + 1);
            sheet = {
              name: attrs.name ?? `Sheet${sheets.length + 1}`,
              state: attrs['style-name'] !== undefined && hiddenStyles.has(attrs['style-name']) ? 'hidden' : 'visible',
              cells: new Map(),
              merges: [],
              validations: [],
              protection: attrs.protected === 'true' ? { sheet: true, attributes: {} } : null,
              freeze: null,
              page: { fitToPage: false },
            };
            tableDepth = depth;
            rowIndex = 0;
            break;
          case 'table-row':
            if (sheet) row = { repeat: repeatOf(attrs['number-rows-repeated']), cells: [], col: 0 };
            break;
          case 'table-cell':
          case 'covered-table-cell':
            if (!row) break;
            cell = { repeat: repeatOf(attrs['number-columns-repeated']), valueType: attrs['value-type'], attrs, depth, paragraphs: [] };
            if (attrs.formula !== undefined) cell.formula = attrs.formula;
            if (selfClosing) endCell();
            break;
          case 'p':
          case 'h':
            if (cell && depth === cell.depth + 1) paragraph = '';
            break;
          case 's':
            if (paragraph !== null) addText(' '.repeat(Math.min(MAX_SPACES, repeatOf(attrs.c))));
            break;
          case 'tab':
            if (paragraph !== null) addText('\t');
            break;
          case 'line-break':
            if (paragraph !== null) addText('\n');
            break;
          case 'named-range':
          case 'named-expression': {
            const defined = namedRangeOf(name, attrs);
            if (defined) {
              if (sheet && depth > tableDepth) defined.localSheet = sheet.name;
              names.push(defined);
            }
            break;
          }
        }
      },
      close(name) {
        depth--;
        if (nestedTables) {
          if (name === 'table') nestedTables--;
          return;
        }
        switch (name) {
          case 'style':
            styleName = null;
            break;
          case 'p':
          case 'h':
            if (cell && paragraph !== null && depth === cell.depth) {
              cell.paragraphs.push(paragraph);
              paragraph = null;
            }
            break;
          case 'table-cell':
          case 'covered-table-cell':
            if (cell && depth === cell.depth - 1) endCell();
            break;
          case 'table-row':
            if (row) endRow();
            break;
          case 'table':
            if (sheet) {
              sheets.push(sheet);
              sheet = null;
            }
            break;
        }
      },
      text(t) {
        addText(t);
      },
      wantsText: () => paragraph !== null,
    },
    guard,
  );
  if (!sheets.length) throw new XlsxReadError('notWorkbook', 'the OpenDocument file holds no table');
  return { sheets, names };

  function endCell(): void {
    const c = cell;
    cell = null;
    paragraph = null;
    if (!c || !row) return;
    const value = odsValue(c);
    if (value) {
      if (row.col + c.repeat > MAX_COLS) throw outOfGrid(`column ${row.col + c.repeat}`);
      row.cells.push({ col: row.col, repeat: c.repeat, cell: value });
    }
    row.col += c.repeat;
  }

  function endRow(): void {
    const r = row!;
    row = null;
    if (r.cells.length && sheet) {
      if (rowIndex + r.repeat > MAX_ROWS) throw outOfGrid(`row ${rowIndex + r.repeat}`);
      // Counted before anything is stored: repeats multiply.
      guard.addCells(r.repeat * r.cells.reduce((n, c) => n + c.repeat, 0));
      for (let dr = 0; dr < r.repeat; dr++) {
        for (const { col, repeat, cell: value } of r.cells) {
          for (let dc = 0; dc < repeat; dc++) {
            guard.tick();
            sheet.cells.set(cellKey(rowIndex + dr, col + dc), { ...value, row: rowIndex + dr, col: col + dc });
          }
        }
      }
    }
    rowIndex += r.repeat;
  }

  function outOfGrid(what: string): XlsxReadError {
    return new XlsxReadError('corrupt', `sheet "${sheet?.name ?? ''}": ${what} with content is outside the grid A1:XFD1048576`);
  }
}

function repeatOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The value of a cell, or null for an empty one (nothing stored). */
function odsValue(c: PendingCell): Omit<ReadCell, 'row' | 'col'> | null {
  const a = c.attrs;
  const formula = c.formula !== undefined ? odfFormulaText(c.formula) : undefined;
  const base = { hasFormula: formula !== undefined, locked: true, ...(formula !== undefined && { formula }) };
  const text = a['string-value'] ?? c.paragraphs.join('\n');
  switch (c.valueType) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(a.value);
      return Number.isFinite(n) && a.value !== undefined && a.value.trim() !== '' ? { ...base, type: 'number', value: n } : { ...base, type: 'text', value: text };
    }
    case 'date': {
      const serial = dateSerial(a['date-value']);
      return serial !== null ? { ...base, type: 'number', value: serial } : { ...base, type: 'text', value: text };
    }
    case 'time': {
      const days = durationDays(a['time-value']);
      return days !== null ? { ...base, type: 'number', value: days } : { ...base, type: 'text', value: text };
    }
    case 'boolean':
      return { ...base, type: 'bool', value: a['boolean-value'] === 'true' };
    case 'error':
      return { ...base, type: 'error', value: text || '#N/A' };
    case 'string':
      return { ...base, type: 'text', value: text };
    case undefined:
      if (formula !== undefined) return { ...base, type: 'blank', value: null };
      // A cell with paragraphs but no value type: text, as LibreOffice shows it.
      return c.paragraphs.length && text !== '' ? { ...base, type: 'text', value: text } : null;
    default:
      return { ...base, type: 'text', value: text };
  }
}

/** "2020-12-31" or "2020-12-31T08:30:00" → Excel serial day, as an .xlsx of the same sheet would store it. */
function dateSerial(value: string | undefined): number | null {
  const m = value ? /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(value) : null;
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return Number.isFinite(ms) ? ms / 86400000 + EPOCH_SERIAL : null;
}

/** "PT12H30M00S" → 0.5208… of a day. */
function durationDays(value: string | undefined): number | null {
  const m = value ? /^(-)?P(?:(\d+(?:\.\d+)?)D)?T?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value) : null;
  if (!m) return null;
  const days = Number(m[2] ?? 0) + Number(m[3] ?? 0) / 24 + Number(m[4] ?? 0) / 1440 + Number(m[5] ?? 0) / 86400;
  return m[1] ? -days : days;
}

/**
 * "of:=SUM([.C5:.C6])" → "SUM(C5:C6)": near enough to Excel's syntax to read; validation only asks
 * whether a cell holds a formula, never what it computes.
 */
export function odfFormulaText(formula: string): string {
  return formula
    .replace(/^(?:of|oooc|msoxl):/, '')
    .replace(/^=/, '')
    .replace(/\[([^\]]*)\]/g, (_m, ref: string) => odfReference(ref) ?? ref);
}

/** "$'Sheet 1'.$B$3" or ".A1:.B2" → "'Sheet 1'!$B$3" / "A1:B2"; null when it is not a cell reference. */
export function odfReference(ref: string): string | null {
  const parts: string[] = [];
  let sheet: string | null = null;
  for (const piece of splitRange(ref)) {
    const m = /^\$?(?:'((?:[^']|'')*)'|([^.']*))\.(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(piece.trim());
    if (!m) return null;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name && sheet === null) sheet = name;
    parts.push(m[3]);
  }
  if (!parts.length) return null;
  const cells = parts.join(':');
  return sheet ? `'${sheet.replace(/'/g, "''")}'!${cells}` : cells;
}

function splitRange(ref: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === "'") quoted = !quoted;
    else if (ref[i] === ':' && !quoted) {
      out.push(ref.slice(start, i));
      start = i + 1;
    }
  }
  out.push(ref.slice(start));
  return out;
}

function namedRangeOf(kind: string, attrs: XmlAttrs): ReadDefinedName | null {
  const name = attrs.name;
  if (!name) return null;
  if (kind === 'named-range') {
    const address = attrs['cell-range-address'];
    const formula = address !== undefined ? odfReference(address) : null;
    return formula ? { name, formula, hidden: false } : null;
  }
  const expression = attrs.expression;
  return expression !== undefined ? { name, formula: odfFormulaText(expression), hidden: false } : null;
}
