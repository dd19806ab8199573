/**
 * .xlsx bytes → ReadWorkbook, for our own layout contract. Never throws: every failure becomes
 * {ok:false, error:{code, detail}}. Parts are found through relationships, not assumed paths.
 */
import { XlsxReadError, type ReadError } from './read-errors';
import { partText, partTree, relationshipsOf, type Relationship } from './read-package';
import { readSharedStrings } from './read-shared-strings';
import { readWorksheet } from './read-sheet';
import { readCellFormats } from './read-styles';
import type { ReadDefinedName, ReadResult, ReadSheet, SheetState } from './read-types';
import { child, children } from './xml-tree';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipLimits, type ZipParts } from './zip-guard';

export type { ReadResult, ReadWorkbook, ReadSheet, ReadCell, ReadDefinedName, ReadValidation } from './read-types';
export type { ReadError, ReadErrorCode } from './read-errors';
export { cellAt, cellKey, cellsInOrder } from './read-cells';

export interface ReadOptions {
  limits?: Partial<ZipLimits>;
}

export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  try {
    const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...opts.limits });
    return { ok: true, workbook: readPackage(zip) };
  } catch (e) {
    return { ok: false, error: toReadError(e) };
  }
}

function readPackage(zip: ZipParts) {
  const workbookPart = findWorkbookPart(zip);
  const workbook = partTree(zip, workbookPart);
  if (!workbook || workbook.name !== 'workbook') {
    throw new XlsxReadError('notWorkbook', `${workbookPart} is not a spreadsheet workbook part`);
  }
  const rels = relationshipsOf(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const related = (kind: string) => rels.find((r) => r.kind === kind && !r.external);
  const sharedStrings = readSharedStrings(partTextOf(zip, related('sharedStrings')));
  const formats = readCellFormats(partTreeOf(zip, related('styles')));

  const sheets: ReadSheet[] = children(child(workbook, 'sheets'), 'sheet').map((s, i) => {
    const name = s.attrs.name ?? `Sheet${i + 1}`;
    const rel = s.attrs.id ? byId.get(s.attrs.id) : undefined;
    // A sheet without a usable part (empty r:id, chart or dialog sheet) is listed empty, as Excel and
    // LibreOffice show it, so that the tab order stays true.
    const xml = rel && !rel.external && rel.kind === 'worksheet' ? partText(zip, rel.target) : undefined;
    return readWorksheet(name, sheetState(s.attrs.state), xml, { sharedStrings, formats });
  });
  if (!sheets.length) throw new XlsxReadError('notWorkbook', 'the workbook has no sheets');

  const names: ReadDefinedName[] = children(child(workbook, 'definedNames'), 'definedName').map((n) => {
    const local = n.attrs.localSheetId !== undefined ? sheets[Number(n.attrs.localSheetId)]?.name : undefined;
    const name: ReadDefinedName = { name: n.attrs.name ?? '', formula: n.text, hidden: n.attrs.hidden === '1' || n.attrs.hidden === 'true' };
    if (local !== undefined) name.localSheet = local;
    return name;
  });
  return { sheets, names };
}

/** The officeDocument relationship of the package, or the conventional path when a minimal package has no rels. */
function findWorkbookPart(zip: ZipParts): string {
  const office = relationshipsOf(zip, '').find((r) => r.kind === 'officeDocument' && !r.external);
  if (office && zip.get(office.target)) return office.target;
  if (zip.get('xl/workbook.xml')) return 'xl/workbook.xml';
  const mimetype = zip.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).includes('opendocument')) {
    throw new XlsxReadError('notWorkbook', 'OpenDocument file (.ods), not .xlsx');
  }
  if (zip.get('word/document.xml') || zip.get('ppt/presentation.xml')) {
    throw new XlsxReadError('notWorkbook', 'a Word or PowerPoint file, not a workbook');
  }
  throw new XlsxReadError('notWorkbook', 'the zip holds no spreadsheet workbook');
}

function sheetState(state: string | undefined): SheetState {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

function partTextOf(zip: ZipParts, rel: Relationship | undefined): string | undefined {
  return rel ? partText(zip, rel.target) : undefined;
}

function partTreeOf(zip: ZipParts, rel: Relationship | undefined) {
  return rel ? partTree(zip, rel.target) : undefined;
}

function toReadError(e: unknown): ReadError {
  if (e instanceof XlsxReadError) return { code: e.code, detail: e.detail };
  // RangeError from a huge allocation, a TypeError from a malformed structure: the file is to blame.
  return { code: 'corrupt', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}
