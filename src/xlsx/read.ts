/**
 * .xlsx bytes → ReadWorkbook, for our own layout contract. Never throws: every failure becomes
 * {ok:false, error:{code, detail}}. Parts are found through relationships, not assumed paths.
 * Files from outside should come in through openWorkbookFile (open-workbook.ts), which also reads
 * .ods and .xls and refuses everything else by name; this is its .xlsx branch.
 */
import { readLimits, type ReadLimits } from './guards/limits';
import { ReadGuard } from './guards/read-guard';
import { containsUtf16, sniffContainer } from './guards/sniff';
import { otherFormat, toReadError, XlsxReadError } from './read-errors';
import { partText, partTree, relationshipsOf, type Relationship } from './read-package';
import { readSharedStrings } from './read-shared-strings';
import { readWorksheet } from './read-sheet';
import { readCellFormats } from './read-styles';
import type { ReadDefinedName, ReadResult, ReadSheet, ReadWorkbook, SheetState } from './read-types';
import { child, children } from './xml-tree';
import { openZip, type ZipParts } from './zip-guard';

export type { ReadResult, ReadWorkbook, ReadSheet, ReadCell, ReadDefinedName, ReadValidation } from './read-types';
export type { ReadError, ReadErrorCode } from './read-errors';
export { cellAt, cellKey, cellsInOrder } from './read-cells';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Test hook: the clock the time limit is measured with. */
  now?: () => number;
}

export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  try {
    const guard = new ReadGuard(readLimits(opts.limits), opts.now);
    const container = sniffContainer(bytes);
    if (container !== 'zip') {
      if (containsUtf16(bytes, 'EncryptedPackage')) throw new XlsxReadError('encrypted', 'an Excel workbook encrypted with an open password (OLE EncryptedPackage)');
      throw new XlsxReadError('notWorkbook', 'a legacy binary workbook (.xls), read only through openWorkbookFile');
    }
    return { ok: true, workbook: readXlsxPackage(openZip(bytes, guard), guard) };
  } catch (e) {
    return { ok: false, error: toReadError(e) };
  }
}

/** An opened zip that holds an OOXML package → ReadWorkbook; throws XlsxReadError. */
export function readXlsxPackage(zip: ZipParts, guard: ReadGuard, skipSheet?: (name: string) => boolean): ReadWorkbook {
  const workbookPart = findWorkbookPart(zip, guard);
  const workbook = partTree(zip, workbookPart, guard);
  if (!workbook || workbook.name !== 'workbook') {
    throw new XlsxReadError('notWorkbook', `${workbookPart} is not a spreadsheet workbook part`);
  }
  const rels = relationshipsOf(zip, workbookPart, guard);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const related = (kind: string) => rels.find((r) => r.kind === kind && !r.external);
  const sharedStrings = readSharedStrings(partTextOf(zip, related('sharedStrings')), guard);
  const formats = readCellFormats(partTreeOf(zip, related('styles'), guard));

  const sheetElements = children(child(workbook, 'sheets'), 'sheet');
  guard.checkSheets(sheetElements.length);
  const sheets: ReadSheet[] = sheetElements.map((s, i) => {
    const name = s.attrs.name ?? `Sheet${i + 1}`;
    const rel = s.attrs.id ? byId.get(s.attrs.id) : undefined;
    // A sheet without a usable part (empty r:id, chart or dialog sheet) is listed empty, as Excel and
    // LibreOffice show it, so that the tab order stays true.
    const xml = rel && !rel.external && rel.kind === 'worksheet' && !skipSheet?.(name) ? partText(zip, rel.target) : undefined;
    return readWorksheet(name, sheetState(s.attrs.state), xml, { sharedStrings, formats, guard });
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
function findWorkbookPart(zip: ZipParts, guard: ReadGuard): string {
  const office = relationshipsOf(zip, '', guard).find((r) => r.kind === 'officeDocument' && !r.external);
  if (office && zip.has(office.target)) return office.target;
  if (zip.has('xl/workbook.xml')) return 'xl/workbook.xml';
  const lower = zip.names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.endsWith('workbook.bin'))) throw otherFormat('xlsb', 'Excel Binary Workbook (.xlsb)');
  if (zip.has('mimetype')) {
    const mimetype = new TextDecoder().decode(zip.get('mimetype'));
    if (mimetype.includes('opendocument.spreadsheet')) throw new XlsxReadError('notWorkbook', 'an OpenDocument spreadsheet (.ods), read through openWorkbookFile');
    if (mimetype.includes('opendocument')) throw otherFormat('odf', `OpenDocument (${mimetype.trim().slice(0, 80)})`);
  }
  if (zip.has('word/document.xml')) throw otherFormat('word', 'Word document (.docx)');
  if (zip.has('ppt/presentation.xml')) throw otherFormat('powerpoint', 'PowerPoint presentation (.pptx)');
  throw new XlsxReadError('notWorkbook', zip.names.length ? 'the zip holds no spreadsheet workbook' : 'the zip is empty');
}

function sheetState(state: string | undefined): SheetState {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

function partTextOf(zip: ZipParts, rel: Relationship | undefined): string | undefined {
  return rel ? partText(zip, rel.target) : undefined;
}

function partTreeOf(zip: ZipParts, rel: Relationship | undefined, guard: ReadGuard) {
  return rel ? partTree(zip, rel.target, guard) : undefined;
}
