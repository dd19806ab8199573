/**
 * WorkbookModel → .xlsx bytes, written by hand on fflate. The same model and options always give the
 * same bytes (fixed timestamps, first-use ordering of styles and strings).
 */
import { metaSheetContent } from '../core/sheet/identity';
import type { CellModel, WorkbookModel } from '../core/sheet/model';
import { SharedStrings } from './write-shared-strings';
import { sharedStringTexts, worksheetXml, type WorksheetContent } from './write-sheet';
import { StyleTable } from './write-styles';
import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
  type SheetEntry,
} from './write-package';
import { deflatePart, zipParts, type DeflatedPart } from './zip-write';
import { chartXml, drawingXml, relsXml } from './write-chart';

export interface WriteOptions {
  /** Written as created/modified time in the properties and the zip entries (default 2026-01-01 UTC). */
  modified?: Date;
  creator?: string;
  title?: string;
  fontName?: string;
}

export const DEFAULT_MODIFIED = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
const APPLICATION = 'annex-tables-excel';

const ILLEGAL_SHEET_NAME = /[:\\/?*[\]]/;

export function writeWorkbook(model: WorkbookModel, opts: WriteOptions = {}): Uint8Array {
  return new WorkbookWriter().write(model, opts);
}

/** What a writer keeps of the workbook it wrote last, to reuse its parts. */
interface Written {
  contents: WorksheetContent[];
  /** Per sheet: the shared-string indexes its texts got. */
  stringIds: number[][];
  sheets: DeflatedPart[];
  styleTable: StyleTable;
  styles: DeflatedPart;
  fontName: string;
}

/**
 * Writes workbooks one after another, reusing what the previous one had in common: when every sheet
 * has the same shape as the previous workbook's (the same cells, styles, merges … — only the texts
 * of shared-string cells may differ), the styles part is the same, and each sheet whose texts got
 * the same shared-string indexes is the same part, deflated once. A template for every unit of a
 * pack differs only in the unit's name and identity: its sheets, the check sheet above all, are
 * written and deflated once. The bytes are those writeWorkbook gives for each model alone.
 */
export class WorkbookWriter {
  private previous: Written | null = null;
  /** How many sheet parts the last write took from the workbook before it. */
  reusedSheets = 0;

  write(model: WorkbookModel, opts: WriteOptions = {}): Uint8Array {
    const modified = opts.modified ?? DEFAULT_MODIFIED;
    if (model.sheets.length === 0) throw new Error('writeWorkbook: a workbook needs at least one visible sheet');
    const sheets: SheetEntry[] = [
      ...model.sheets.map((s) => ({ name: s.name, hidden: false })),
      // Last, so it is never the first or active tab; Excel refuses a workbook whose active tab is hidden.
      { name: model.metaSheet.name, hidden: true },
    ];
    checkSheetNames(sheets.map((s) => s.name));

    const fontName = opts.fontName ?? 'Times New Roman';
    const contents: WorksheetContent[] = [...model.sheets, metaSheetContent(model.metaSheet.rows)];
    const previous = this.previous && this.previous.fontName === fontName && sameShapes(contents, this.previous.contents) ? this.previous : null;
    // With the same shapes, the style table the previous workbook ended with is this one's: the same styles in the same order.
    const styleTable = previous?.styleTable ?? new StyleTable({ fontName });
    const strings = new SharedStrings();
    const stringIds: number[][] = [];
    this.reusedSheets = 0;
    const sheetParts = contents.map((content, i) => {
      const view = { tabSelected: i === 0 };
      if (!previous) {
        const ids: number[] = [];
        stringIds.push(ids);
        const recording = { add: (text: string) => ids[ids.push(strings.add(text)) - 1] };
        return deflatePart(utf8(worksheetXml(content, styleTable, recording, view)));
      }
      const ids = sharedStringTexts(content).map((t) => strings.add(t));
      stringIds.push(ids);
      if (sameNumbers(ids, previous.stringIds[i])) {
        this.reusedSheets++;
        return previous.sheets[i];
      }
      let next = 0;
      return deflatePart(utf8(worksheetXml(content, styleTable, { add: () => ids[next++] }, view)));
    });
    // Styles and strings are complete only after every sheet has been written.
    const styles = previous?.styles ?? deflatePart(utf8(styleTable.toXml()));
    this.previous = { contents, stringIds, sheets: sheetParts, styleTable, styles, fontName };

    const part = (name: string, xml: string) => ({ name, part: deflatePart(utf8(xml)) });
    const charts = chartParts(model, part);
    return zipParts(
      [
        part('[Content_Types].xml', contentTypesXml(contents.length, charts.counts)),
        part('_rels/.rels', rootRelsXml()),
        part('docProps/core.xml', corePropsXml({ creator: opts.creator ?? APPLICATION, title: opts.title, modified })),
        part('docProps/app.xml', appPropsXml(APPLICATION)),
        part('xl/workbook.xml', workbookXml(sheets, model.names)),
        part('xl/_rels/workbook.xml.rels', workbookRelsXml(contents.length)),
        ...sheetParts.map((p, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, part: p })),
        ...charts.parts,
        { name: 'xl/styles.xml', part: styles },
        part('xl/sharedStrings.xml', strings.toXml()),
      ],
      zipTimestamp(modified),
    );
  }
}

type NamedPart = { name: string; part: DeflatedPart };

/**
 * The drawing parts of the sheets that have charts: per such sheet its relationships to drawing N,
 * the drawing with one anchor per chart, the drawing's relationships, and one chart part per chart
 * (numbered across the workbook). The charts' caches are the values of the model's cells.
 */
function chartParts(model: WorkbookModel, part: (name: string, xml: string) => NamedPart): { parts: NamedPart[]; counts: { drawings: number; charts: number } } {
  const parts: NamedPart[] = [];
  let drawings = 0;
  let charts = 0;
  model.sheets.forEach((sheet, i) => {
    if (!sheet.charts?.length) return;
    const drawing = ++drawings;
    parts.push(part(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml('drawing', [`../drawings/drawing${drawing}.xml`])));
    parts.push(part(`xl/drawings/drawing${drawing}.xml`, drawingXml(sheet.charts)));
    const numbers = sheet.charts.map(() => ++charts);
    parts.push(part(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relsXml('chart', numbers.map((n) => `../charts/chart${n}.xml`))));
    sheet.charts.forEach((chart, k) => parts.push(part(`xl/charts/chart${numbers[k]}.xml`, chartXml(chart, { sheetName: sheet.name, cells: sheet.cells }))));
  });
  return { parts, counts: { drawings, charts } };
}

function sameNumbers(a: readonly number[], b: readonly number[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Same sheets but for the texts of shared-string cells: what makes their XML the same up to string indexes. */
function sameShapes(a: readonly WorksheetContent[], b: readonly WorksheetContent[]): boolean {
  return a.length === b.length && a.every((s, i) => sameShape(s, b[i]));
}

function sameShape(a: WorksheetContent, b: WorksheetContent): boolean {
  if (a === b) return true;
  const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y);
  if (a.cells.length !== b.cells.length) return false;
  for (let i = 0; i < a.cells.length; i++) if (!sameCellShape(a.cells[i], b.cells[i])) return false;
  return (
    same(a.styles, b.styles) &&
    same(a.merges, b.merges) &&
    same(a.columnWidths, b.columnWidths) &&
    same(a.rowHeights, b.rowHeights) &&
    same(a.freeze, b.freeze) &&
    same(a.validations, b.validations) &&
    same(a.protection, b.protection) &&
    same(a.page, b.page) &&
    same(a.conditionalFormats, b.conditionalFormats) &&
    same(a.charts, b.charts)
  );
}

function sameCellShape(x: CellModel, y: CellModel): boolean {
  if (x === y) return true;
  if (x.row !== y.row || x.col !== y.col || x.style !== y.style || x.locked !== y.locked || x.formula !== y.formula) return false;
  if (x.value === y.value) return true;
  // Two texts written as shared strings: the XML holds their indexes, compared by the writer.
  return x.formula === undefined && typeof x.value === 'string' && typeof y.value === 'string' && x.value !== '' && y.value !== '';
}

function checkSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name.length < 1 || name.length > 31 || ILLEGAL_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
      throw new Error(`writeWorkbook: invalid sheet name "${name}"`);
    }
    const key = name.toLocaleLowerCase('vi');
    if (seen.has(key)) throw new Error(`writeWorkbook: duplicate sheet name "${name}"`);
    seen.add(key);
  }
}

/**
 * Zip entries store local wall-clock time and fflate reads the Date's local fields, so a Date whose
 * local fields equal the UTC fields gives the same bytes in every time zone.
 */
function zipTimestamp(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

const encoder = new TextEncoder();
function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
