/**
 * The .xlsx package read from zips built here part by part: how the workbook part is found (its
 * relationship, the conventional path, or the name of what the file is instead), sheets in tab order
 * with their state, parts reached only through relationships, defined names and their scope; and the
 * cell source validation and merge read from it.
 */
import { strToU8 } from 'fflate';
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/guards/limits';
import { ReadGuard } from '../../src/xlsx/guards/read-guard';
import { readWorkbook, readXlsxPackage, type ReadResult, type ReadWorkbook } from '../../src/xlsx/read';
import { toCellSource } from '../../src/xlsx/to-cell-source';
import { openZip } from '../../src/xlsx/zip-guard';
import { makeZip, zipOf } from './zip-builder';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROOT_RELS = `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const rels = (...r: Array<[id: string, kind: string, target: string, external?: boolean]>) =>
  `<Relationships>${r.map(([id, kind, target, external]) => `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

const sheetXml = (cells: string) => `<worksheet><sheetData>${cells}</sheetData></worksheet>`;

function ok(result: ReadResult): ReadWorkbook {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.detail}`);
  return result.workbook;
}

function refused(result: ReadResult): [string, string, string | undefined] {
  if (result.ok) throw new Error('read');
  return [result.error.code, result.error.detail, result.error.format];
}

/** A two-sheet workbook: Data (shared strings, styles) and a hidden Lists sheet. */
function twoSheets(extra: Record<string, string> = {}, workbook?: string): Uint8Array {
  return zipOf({
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml':
      workbook ??
      `<workbook xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" state="hidden" r:id="rId2"/></sheets>` +
        `<definedNames><definedName name="TOTAL">Data!$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1" hidden="1">Lists!$A$1:$A$3</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'worksheet', '/xl/worksheets/sheet2.xml'], ['rId3', 'sharedStrings', 'sharedStrings.xml'], ['rId4', 'styles', 'styles.xml']),
    'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>12</v></c></row><row r="2"><c r="B2"><f>B1*2</f><v>24</v></c></row>'),
    'xl/worksheets/sheet2.xml': sheetXml('<row r="3"><c r="A3" t="s"><v>1</v></c></row>'),
    'xl/sharedStrings.xml': '<sst><si><t>Đoàn viên</t></si><si><t>Có</t></si></sst>',
    'xl/styles.xml': '<styleSheet><cellXfs><xf/><xf numFmtId="3"><protection locked="0"/></xf></cellXfs></styleSheet>',
    ...extra,
  });
}

describe('readWorkbook: a package', () => {
  it('reads sheets in tab order with their state, cells through shared strings and styles, and defined names with their scope', () => {
    const wb = ok(readWorkbook(twoSheets()));
    expect(wb.sheets.map((s) => [s.name, s.state, s.cells.size])).toEqual([
      ['Data', 'visible', 3],
      ['Lists', 'hidden', 1],
    ]);
    const data = [...wb.sheets[0].cells.values()];
    expect(data.map((c) => [c.type, c.value, c.locked, c.numFmt ?? null, c.formula ?? null])).toEqual([
      ['text', 'Đoàn viên', true, null, null],
      ['number', 12, false, '#,##0', null],
      ['number', 24, true, null, 'B1*2'],
    ]);
    expect([...wb.sheets[1].cells.values()].map((c) => c.value)).toEqual(['Có']);
    expect(wb.names).toEqual([
      { name: 'TOTAL', formula: 'Data!$B$2', hidden: false },
      { name: '_xlnm.Print_Area', formula: 'Lists!$A$1:$A$3', hidden: true, localSheet: 'Lists' },
    ]);
  });

  it('reads sheet states, names a sheet without one by its place, and lists sheets without a usable part as empty', () => {
    const wb = ok(
      readWorkbook(
        twoSheets(
          {
            'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'chartsheet', 'worksheets/sheet2.xml'], ['rId3', 'worksheet', 'worksheets/sheet2.xml', true]),
          },
          `<workbook xmlns:r="${REL}"><sheets><sheet r:id="rId1" state="veryHidden"/><sheet name="Chart" r:id="rId2" state="visible"/><sheet name="Far" r:id="rId3" state="odd"/><sheet name="NoId"/><sheet name="Lost" r:id="rId9"/></sheets></workbook>`,
        ),
      ),
    );
    expect(wb.sheets.map((s) => [s.name, s.state, s.cells.size])).toEqual([
      ['Sheet1', 'veryHidden', 3],
      ['Chart', 'visible', 0],
      ['Far', 'visible', 0],
      ['NoId', 'visible', 0],
      ['Lost', 'visible', 0],
    ]);
    expect(wb.names).toEqual([]);
  });

  it('reads defined names: hidden by "1" or "true", a scope by sheet index, none for an index past the sheets', () => {
    const wb = ok(
      readWorkbook(
        twoSheets(
          {},
          `<workbook xmlns:r="${REL}"><sheets><sheet name="Data" r:id="rId1"/><sheet name="Lists" r:id="rId2"/></sheets><definedNames>` +
            `<definedName name="a" hidden="true" localSheetId="0">1</definedName><definedName name="b" hidden="0">"x"</definedName><definedName localSheetId="7">2</definedName></definedNames></workbook>`,
        ),
      ),
    );
    expect(wb.names).toEqual([
      { name: 'a', formula: '1', hidden: true, localSheet: 'Data' },
      { name: 'b', formula: '"x"', hidden: false },
      { name: '', formula: '2', hidden: false },
    ]);
  });

  it('skips the sheets the caller asks it to skip without reading their part', () => {
    const bytes = twoSheets({ 'xl/worksheets/sheet2.xml': '<worksheet><broken' });
    const guard = new ReadGuard();
    const wb = readXlsxPackage(openZip(bytes, guard), guard, (name) => name === 'Lists');
    expect(wb.sheets.map((s) => [s.name, s.cells.size])).toEqual([
      ['Data', 3],
      ['Lists', 0],
    ]);
    expect(refused(readWorkbook(bytes))[0]).toBe('corrupt');
  });

  it('finds the workbook at its conventional path when the package has no usable officeDocument relationship', () => {
    const noRels = twoSheets({ '_rels/.rels': '<Relationships/>' });
    expect(ok(readWorkbook(noRels)).sheets).toHaveLength(2);
    const wrongTarget = twoSheets({ '_rels/.rels': `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/missing.xml"/></Relationships>` });
    expect(ok(readWorkbook(wrongTarget)).sheets).toHaveLength(2);
    const external = twoSheets({ '_rels/.rels': `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/workbook.xml" TargetMode="External"/></Relationships>` });
    expect(ok(readWorkbook(external)).sheets).toHaveLength(2);
    // A workbook part elsewhere, reached through its relationship.
    const moved = zipOf({
      '_rels/.rels': `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
      'book/main.xml': `<workbook xmlns:r="${REL}"><sheets><sheet name="Only" r:id="a"/></sheets></workbook>`,
      'book/_rels/main.xml.rels': rels(['a', 'worksheet', 'sheets/one.xml']),
      'book/sheets/one.xml': sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>'),
    });
    expect(ok(readWorkbook(moved)).sheets.map((s) => [s.name, s.cells.size])).toEqual([['Only', 1]]);
  });

  it('names what the zip is when it is not a workbook', () => {
    expect(refused(readWorkbook(zipOf({ 'xl/workbook.bin': 'x', '[Content_Types].xml': '<Types/>' })))).toEqual(['otherFormat', 'Excel Binary Workbook (.xlsb)', 'xlsb']);
    expect(refused(readWorkbook(zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })))).toEqual([
      'notWorkbook',
      'an OpenDocument spreadsheet (.ods), read through openWorkbookFile',
      undefined,
    ]);
    expect(refused(readWorkbook(zipOf({ mimetype: ' application/vnd.oasis.opendocument.text\n', 'content.xml': '<x/>' })))).toEqual(['otherFormat', 'OpenDocument (application/vnd.oasis.opendocument.text)', 'odf']);
    expect(refused(readWorkbook(zipOf({ mimetype: 'application/epub+zip', 'content.xml': '<x/>' })))).toEqual(['notWorkbook', 'the zip holds no spreadsheet workbook', undefined]);
    expect(refused(readWorkbook(zipOf({ 'word/document.xml': '<w:document/>' })))).toEqual(['otherFormat', 'Word document (.docx)', 'word']);
    expect(refused(readWorkbook(zipOf({ 'ppt/presentation.xml': '<p:presentation/>' })))).toEqual(['otherFormat', 'PowerPoint presentation (.pptx)', 'powerpoint']);
    expect(refused(readWorkbook(zipOf({ 'notes.xml': '<a/>' })))).toEqual(['notWorkbook', 'the zip holds no spreadsheet workbook', undefined]);
    expect(refused(readWorkbook(makeZip([])))).toEqual(['notWorkbook', 'the zip is empty', undefined]);
    expect(refused(readWorkbook(zipOf({ 'xl/workbook.xml': '<worksheet/>' })))).toEqual(['notWorkbook', 'xl/workbook.xml is not a spreadsheet workbook part', undefined]);
    expect(refused(readWorkbook(zipOf({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' })))).toEqual(['notWorkbook', 'the workbook has no sheets', undefined]);
  });

  it('refuses too many sheets, and what is not a zip with the reason', () => {
    const many = `<workbook>${'<sheets>' + '<sheet name="s"/>'.repeat(4) + '</sheets>'}</workbook>`;
    expect(ok(readWorkbook(zipOf({ 'xl/workbook.xml': many }), { limits: { maxSheets: 4 } })).sheets).toHaveLength(4);
    expect(refused(readWorkbook(zipOf({ 'xl/workbook.xml': many }), { limits: { maxSheets: 3 } }))).toEqual(['tooManyCells', '4 sheets, limit 3', undefined]);
    expect(refused(readWorkbook(new Uint8Array(0)))[0]).toBe('empty');
    expect(refused(readWorkbook(strToU8('%PDF-1.7 ...')))).toEqual(['otherFormat', 'PDF', 'pdf']);
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refused(readWorkbook(ole))).toEqual(['notWorkbook', 'a legacy binary workbook (.xls), read only through openWorkbookFile', undefined]);
    ole.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 600);
    expect(refused(readWorkbook(ole))).toEqual(['encrypted', 'an Excel workbook encrypted with an open password (OLE EncryptedPackage)', undefined]);
  });

  it('measures the time limit with the clock it is given', () => {
    let calls = 0;
    const bytes = twoSheets({ 'xl/worksheets/sheet1.xml': sheetXml('<row r="1">' + '<c><v>1</v></c>'.repeat(5000) + '</row>') });
    const result = readWorkbook(bytes, { now: () => (calls++ === 0 ? 0 : DEFAULT_READ_LIMITS.maxMillis + 1) });
    expect(refused(result)[0]).toBe('tooSlow');
    expect(ok(readWorkbook(bytes, { now: () => 0 })).sheets[0].cells.size).toBe(5000);
  });
});

describe('toCellSource', () => {
  it('gives validation the cells, their formulas, the sheet size and the workbook-scoped names', () => {
    const wb = ok(
      readWorkbook(
        twoSheets({
          'xl/worksheets/sheet1.xml': sheetXml(
            '<row r="2"><c r="B2" t="b"><v>1</v></c><c r="D2" t="e"><v>#REF!</v></c><c r="E2"><f t="shared" si="0" ref="E2:E3">1+1</f><v>2</v></c></row>' +
              '<row r="3"><c r="E3"><f t="shared" si="0"/><v>2</v></c><c r="C3" t="str"><v>x</v></c><c r="F3"/></row>',
          ),
        }),
      ),
    );
    const source = toCellSource(wb, 'don-vi.xlsx');
    expect(source.label).toBe('don-vi.xlsx');
    expect(source.names).toEqual([{ name: 'TOTAL', formula: 'Data!$B$2' }]);
    const [data, lists] = source.sheets;
    expect([data.name, data.visibility, data.rowCount, data.colCount]).toEqual(['Data', 'visible', 3, 6]);
    expect([lists.name, lists.visibility, lists.rowCount, lists.colCount]).toEqual(['Lists', 'hidden', 3, 1]);
    expect(data.merges).toEqual([]);
    expect(data.cell(1, 1)).toEqual({ value: { kind: 'bool', value: true } });
    expect(data.cell(1, 3)).toEqual({ value: { kind: 'error', code: '#REF!' } });
    expect(data.cell(1, 4)).toEqual({ value: { kind: 'number', value: 2 }, formula: '1+1' });
    expect(data.cell(2, 4)).toEqual({ value: { kind: 'number', value: 2 }, formula: '' });
    expect(data.cell(2, 2)).toEqual({ value: { kind: 'text', text: 'x' } });
    expect(data.cell(2, 5)).toEqual({ value: { kind: 'blank' } });
    expect(data.cell(0, 0)).toEqual({ value: { kind: 'blank' } });
    expect(data.cell(500, 500)).toEqual({ value: { kind: 'blank' } });
  });

  it('turns a cell the reader left inconsistent into what it can stand for', () => {
    const wb = ok(readWorkbook(twoSheets()));
    const sheet = wb.sheets[0];
    const [a1, b1] = [...sheet.cells.values()];
    Object.assign(a1, { type: 'error', value: null });
    Object.assign(b1, { type: 'number', value: 'twelve' });
    const b2 = [...sheet.cells.values()][2];
    Object.assign(b2, { type: 'text', value: null, formula: undefined, hasFormula: false });
    const source = toCellSource(wb, 'x').sheets[0];
    expect(source.cell(0, 0).value).toEqual({ kind: 'error', code: '#N/A' });
    expect(source.cell(0, 1).value).toEqual({ kind: 'blank' });
    expect(source.cell(1, 1)).toEqual({ value: { kind: 'text', text: '' } });
    Object.assign(b2, { type: 'bool', value: 'true' });
    expect(source.cell(1, 1).value).toEqual({ kind: 'bool', value: false });
  });
});
