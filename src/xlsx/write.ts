/**
 * WorkbookModel → .xlsx bytes, written by hand on fflate. The same model and options always give the
 * same bytes (fixed timestamps, first-use ordering of styles and strings).
 */
import { zipSync, type Zippable } from 'fflate';
import { metaSheetContent } from '../core/sheet/identity';
import type { WorkbookModel } from '../core/sheet/model';
import { SharedStrings } from './write-shared-strings';
import { worksheetXml, type WorksheetContent } from './write-sheet';
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
  const modified = opts.modified ?? DEFAULT_MODIFIED;
  if (model.sheets.length === 0) throw new Error('writeWorkbook: a workbook needs at least one visible sheet');
  const sheets: SheetEntry[] = [
    ...model.sheets.map((s) => ({ name: s.name, hidden: false })),
    // Last, so it is never the first or active tab; Excel refuses a workbook whose active tab is hidden.
    { name: model.metaSheet.name, hidden: true },
  ];
  checkSheetNames(sheets.map((s) => s.name));

  const styles = new StyleTable({ fontName: opts.fontName ?? 'Times New Roman' });
  const strings = new SharedStrings();
  const contents: WorksheetContent[] = [...model.sheets, metaSheetContent(model.metaSheet.rows)];
  const files: Zippable = {
    '[Content_Types].xml': utf8(contentTypesXml(contents.length)),
    '_rels/.rels': utf8(rootRelsXml()),
    'docProps/core.xml': utf8(corePropsXml({ creator: opts.creator ?? APPLICATION, title: opts.title, modified })),
    'docProps/app.xml': utf8(appPropsXml(APPLICATION)),
    'xl/workbook.xml': utf8(workbookXml(sheets, model.names)),
    'xl/_rels/workbook.xml.rels': utf8(workbookRelsXml(contents.length)),
  };
  contents.forEach((content, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = utf8(worksheetXml(content, styles, strings, { tabSelected: i === 0 }));
  });
  // Styles and strings are complete only after every sheet has been written.
  files['xl/styles.xml'] = utf8(styles.toXml());
  files['xl/sharedStrings.xml'] = utf8(strings.toXml());
  return zipSync(files, { level: 6, mtime: zipTimestamp(modified) });
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
