/**
 * The part readers one by one, on XML written here by hand as other programs write it (Excel's "1",
 * LibreOffice's "true", cells without r, rich text with phonetic runs, x14 extensions): the worksheet,
 * shared strings, cell formats, relationships and the small element tree. Through whole files they are
 * met in write-read.test.ts and the corpus; here each branch is met alone, with the exact value expected.
 */
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/guards/limits';
import { ReadGuard } from '../../src/xlsx/guards/read-guard';
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../src/xlsx/cell-ref';
import { cellAt, cellKey, cellsInOrder } from '../../src/xlsx/read-cells';
import { refusal } from './read-refusal';
import { decodeXmlBytes, relationshipsOf, resolvePartName } from '../../src/xlsx/read-package';
import { readWorksheet, type SheetContext } from '../../src/xlsx/read-sheet';
import { readSharedStrings } from '../../src/xlsx/read-shared-strings';
import { DEFAULT_FORMAT, readCellFormats, type CellFormat } from '../../src/xlsx/read-styles';
import type { ReadCell, ReadSheet } from '../../src/xlsx/read-types';
import { child, children, parseXmlTree, xmlBool } from '../../src/xlsx/xml-tree';
import type { ZipParts } from '../../src/xlsx/zip-guard';

const FORMATS: CellFormat[] = [DEFAULT_FORMAT, { locked: false }, { locked: true, numFmt: '#,##0' }];

function sheetOf(body: string, ctx: Partial<SheetContext> = {}): ReadSheet {
  return readWorksheet('S', 'visible', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`, {
    sharedStrings: ['zero', 'one'],
    formats: FORMATS,
    ...ctx,
  });
}

const cells = (rows: string, ctx: Partial<SheetContext> = {}) => sheetOf(`<sheetData>${rows}</sheetData>`, ctx);

/** The cells as "A1 type value" lines, in reading order. */
function listed(sheet: ReadSheet): string[] {
  return [...sheet.cells.values()].map((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1} ${c.type} ${JSON.stringify(c.value)}`);
}

function cell(sheet: ReadSheet, row: number, col: number): ReadCell {
  const c = sheet.cells.get(cellKey(row, col));
  if (!c) throw new Error(`no cell at ${row},${col}`);
  return c;
}

describe('readWorksheet: where cells are', () => {
  it('an absent part is an empty sheet with its name and state', () => {
    expect(readWorksheet('Ẩn', 'veryHidden', undefined, { sharedStrings: [], formats: [] })).toEqual({
      name: 'Ẩn',
      state: 'veryHidden',
      cells: new Map(),
      merges: [],
      validations: [],
      protection: null,
      freeze: null,
      page: { fitToPage: false },
    });
  });

  it('places cells by r, in either case and with $, and without r in the next column of the next row', () => {
    const sheet = cells('<row r="2"><c r="b2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="$D$3"><v>4</v></c><c><v>5</v></c></row>');
    expect(listed(sheet)).toEqual(['B2 number 1', 'C2 number 2', 'A3 number 3', 'D3 number 4', 'E3 number 5']);
    // The first row without r is row 1.
    expect(listed(cells('<row><c><v>7</v></c></row>'))).toEqual(['A1 number 7']);
    expect(listed(cells('<row r=" 4 "><c><v>7</v></c></row>'))).toEqual(['A4 number 7']);
  });

  it('refuses a row number or a cell reference that is not one', () => {
    const row = refusal(() => cells('<row r="2x"><c r="A2"><v>1</v></c></row>'));
    expect([row.code, row.detail]).toEqual(['corrupt', 'sheet "S": row number "2x" is not a number']);
    expect(refusal(() => cells('<row r="1.5"/>')).detail).toBe('sheet "S": row number "1.5" is not a number');
    expect(refusal(() => cells(`<row r="${'9'.repeat(30)}x"/>`)).detail).toBe(`sheet "S": row number "${'9'.repeat(20)}" is not a number`);
    const ref = refusal(() => cells('<row r="1"><c r="A1B"><v>1</v></c></row>'));
    expect([ref.code, ref.detail]).toEqual(['corrupt', 'sheet "S": "A1B" is not a cell reference']);
    for (const r of ['1A', 'ABCDE1', 'A1234567890', '', 'A-1']) expect(refusal(() => cells(`<row><c r="${r}"><v>1</v></c></row>`)).code).toBe('corrupt');
    expect(refusal(() => cells(`<row><c r="${'Z'.repeat(30)}"/></row>`)).detail).toBe(`sheet "S": "${'Z'.repeat(20)}" is not a cell reference`);
  });

  it('skips and counts cells outside A1:XFD1048576, keeps those at its edges', () => {
    const sheet = cells('<row r="1"><c r="A0"><v>1</v></c><c r="XFE1"><v>2</v></c><c r="XFD1"><v>3</v></c><c r="A1"><v>4</v></c></row><row r="1048576"><c r="A1048576"><v>5</v></c><c r="A1048577"><v>6</v></c></row>');
    expect(sheet.outOfGrid).toBe(3);
    expect([...sheet.cells.values()].map((c) => [c.row, c.col, c.value])).toEqual([
      [0, 16383, 3],
      [0, 0, 4],
      [1048575, 0, 5],
    ]);
    expect(cells('<row r="1"><c r="A1"/></row>').outOfGrid).toBeUndefined();
    // A row outside the grid is not refused; its cells without r are counted.
    expect(cells('<row r="0"><c><v>1</v></c><c><v>2</v></c></row>').outOfGrid).toBe(2);
  });

  it('refuses a cell written twice', () => {
    const error = refusal(() => cells('<row r="3"><c r="C3"><v>1</v></c><c r="C3"><v>2</v></c></row>'));
    expect([error.code, error.detail]).toEqual(['corrupt', 'sheet "S": cell C3 is written twice']);
  });

  it('counts stored cells against the cell limit', () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"/></row>';
    const guard = new ReadGuard({ ...DEFAULT_READ_LIMITS, maxCells: 3 });
    expect(cells(rows, { guard }).cells.size).toBe(3);
    expect(guard.cells).toBe(3);
    expect(refusal(() => cells(rows, { guard: new ReadGuard({ ...DEFAULT_READ_LIMITS, maxCells: 2 }) })).code).toBe('tooManyCells');
  });
});

describe('readWorksheet: values', () => {
  it('reads each cell type as written by Excel and by LibreOffice', () => {
    const sheet = cells(
      '<row r="1">' +
        '<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v> </v></c><c r="C1" t="s"><v>7</v></c><c r="D1" t="s"/>' +
        '<c r="E1" t="inlineStr"><is><r><t>Đoàn </t></r><r><rPr><b/></rPr><t>viên_x000D_</t></r><rPh><t>ふりがな</t></rPh></is></c>' +
        '<c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab_x0009_</v></c><c r="G1" t="d"><v>2020-12-25</v></c><c r="H1" t="str"/>' +
        '<c r="I1" t="b"><v>1</v></c><c r="J1" t="b"><v>false</v></c><c r="K1" t="b"><v>maybe</v></c><c r="L1" t="b"/>' +
        '<c r="M1" t="e"><v> #DIV/0! </v></c><c r="N1" t="e"/>' +
        '<c r="O1"><v> 12.5 </v></c><c r="P1" t="n"><v>1e999</v></c><c r="Q1"><v>  </v></c><c r="R1"><v>-0</v></c><c r="S1"><v/></c>' +
        '</row>',
    );
    expect(listed(sheet)).toEqual([
      'A1 text "one"',
      'B1 blank null',
      'C1 blank null',
      'D1 blank null',
      'E1 text "Đoàn viên\\r"',
      'F1 text "ab\\t"',
      'G1 text "2020-12-25"',
      'H1 blank null',
      'I1 bool true',
      'J1 bool false',
      'K1 bool false',
      'L1 blank null',
      'M1 error "#DIV/0!"',
      'N1 blank null',
      'O1 number 12.5',
      'P1 text "1e999"',
      'Q1 blank null',
      'R1 number 0',
      'S1 blank null',
    ]);
  });

  it('keeps a formula’s text, knows a shared formula’s follower by its empty <f/>, and an empty <f></f> has no text', () => {
    const sheet = cells('<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c><c r="B2"><f></f><v>1</v></c><c r="C2"><v>1</v></c></row>');
    expect([cell(sheet, 0, 0).formula, cell(sheet, 0, 0).hasFormula, cell(sheet, 0, 0).value]).toEqual(['B1*2', true, 4]);
    expect([cell(sheet, 1, 0).formula, cell(sheet, 1, 0).hasFormula, cell(sheet, 1, 0).value]).toEqual([undefined, true, 6]);
    expect('formula' in cell(sheet, 1, 1)).toBe(false);
    expect(cell(sheet, 1, 1).hasFormula).toBe(true);
    expect(cell(sheet, 1, 2).hasFormula).toBe(false);
  });

  it('takes the lock flag and number format from the cell’s style, the default style when it has none or a wrong one', () => {
    const sheet = cells('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1" s="9"><v>4</v></c><c r="E1" s="x"><v>5</v></c><c r="F1" s="1.5"><v>6</v></c></row>');
    const at = (col: number) => ({ locked: cell(sheet, 0, col).locked, numFmt: cell(sheet, 0, col).numFmt });
    expect([0, 1, 2, 3, 4, 5].map(at)).toEqual([
      { locked: false, numFmt: undefined },
      { locked: true, numFmt: '#,##0' },
      { locked: true, numFmt: undefined },
      { locked: true, numFmt: undefined },
      { locked: true, numFmt: undefined },
      { locked: true, numFmt: undefined },
    ]);
    expect('numFmt' in cell(sheet, 0, 0)).toBe(false);
  });

  it('ignores x14 extensions, which reuse the names of cells and validations', () => {
    const sheet = sheetOf(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
        '<extLst><ext><x14:dataValidations><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!A1:A3</xm:f></x14:formula1><xm:sqref>B1</xm:sqref></x14:dataValidation></x14:dataValidations>' +
        '<extLst><c r="Z9"><v>1</v></c></extLst><mergeCell ref="A1:B1"/></ext></extLst>' +
        '<mergeCells><mergeCell ref="C1:D1"/></mergeCells>',
    );
    expect(listed(sheet)).toEqual(['A1 number 1']);
    expect(sheet.validations).toEqual([]);
    expect(sheet.merges).toEqual([{ row: 0, col: 2, rows: 1, cols: 2 }]);
  });
});

describe('readWorksheet: layout', () => {
  it('reads the frozen panes of the first sheet view only, whole rows and columns', () => {
    const freeze = (pane: string, second = '') => sheetOf(`<sheetViews><sheetView>${pane}</sheetView>${second}</sheetViews>`).freeze;
    expect(freeze('<pane xSplit="2" ySplit="5" state="frozen"/>')).toEqual({ rows: 5, cols: 2 });
    expect(freeze('<pane ySplit="3.7" state="frozenSplit"/>')).toEqual({ rows: 3, cols: 0 });
    expect(freeze('<pane xSplit="-4" ySplit="x" state="frozen"/>')).toBeNull();
    expect(freeze('<pane xSplit="1" state="frozen"/>')).toEqual({ rows: 0, cols: 1 });
    expect(freeze('<pane xSplit="2" ySplit="5"/>')).toBeNull();
    expect(freeze('<pane xSplit="2" ySplit="5" state="split"/>')).toBeNull();
    expect(freeze('', '<sheetView><pane ySplit="4" state="frozen"/></sheetView>')).toBeNull();
    expect(freeze('<pane ySplit="2" state="frozen"/>', '<sheetView><pane ySplit="4" state="frozen"/></sheetView>')).toEqual({ rows: 2, cols: 0 });
  });

  it('reads merged ranges and drops a reference that is not one', () => {
    expect(sheetOf('<mergeCells><mergeCell ref="A1:C2"/><mergeCell ref="nonsense"/><mergeCell/></mergeCells>').merges).toEqual([{ row: 0, col: 0, rows: 2, cols: 3 }]);
  });

  it('reads the sheet protection and every attribute it carries', () => {
    expect(sheetOf('<sheetProtection sheet="1" formatColumns="0" password="CC3D"/>').protection).toEqual({ sheet: true, attributes: { sheet: '1', formatColumns: '0', password: 'CC3D' } });
    expect(sheetOf('<sheetProtection sheet="true"/>').protection?.sheet).toBe(true);
    expect(sheetOf('<sheetProtection objects="1"/>').protection).toEqual({ sheet: false, attributes: { objects: '1' } });
    expect(sheetOf('').protection).toBeNull();
  });

  it('reads data validations with their formulas, ranges and messages', () => {
    const sheet = sheetOf(
      '<dataValidations count="3">' +
        '<dataValidation type="whole" operator="between" allowBlank="1" showErrorMessage="true" errorTitle="Sai" error="Nhập số nguyên" sqref="C5:F20  H5 bad">' +
        '<formula1>0</formula1><formula2>1000000</formula2></dataValidation>' +
        '<dataValidation type="list" sqref="B2"><formula1>"Có,Không"</formula1></dataValidation>' +
        '<dataValidation sqref="A1"/>' +
        '</dataValidations>',
    );
    expect(sheet.validations).toEqual([
      {
        sqref: 'C5:F20  H5 bad',
        ranges: [
          { row: 4, col: 2, rows: 16, cols: 4 },
          { row: 4, col: 7, rows: 1, cols: 1 },
        ],
        type: 'whole',
        operator: 'between',
        formula1: '0',
        formula2: '1000000',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Sai',
        error: 'Nhập số nguyên',
      },
      { sqref: 'B2', ranges: [{ row: 1, col: 1, rows: 1, cols: 1 }], type: 'list', formula1: '"Có,Không"', allowBlank: false, showErrorMessage: false },
      { sqref: 'A1', ranges: [{ row: 0, col: 0, rows: 1, cols: 1 }], allowBlank: false, showErrorMessage: false },
    ]);
    expect(sheetOf('<dataValidations><dataValidation type="whole"/></dataValidations>').validations).toEqual([{ sqref: '', ranges: [], type: 'whole', allowBlank: false, showErrorMessage: false }]);
    // A formula outside a validation is not one.
    expect(sheetOf('<formula1>5</formula1><dataValidation sqref="A1"></dataValidation>').validations).toEqual([{ sqref: 'A1', ranges: [{ row: 0, col: 0, rows: 1, cols: 1 }], allowBlank: false, showErrorMessage: false }]);
  });

  it('reads the page setup with the schema’s defaults, and fit-to-page from its own element', () => {
    expect(sheetOf('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><pageSetup orientation="landscape" paperSize="9" fitToWidth="1" fitToHeight="0"/>').page).toEqual({
      fitToPage: true,
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheetOf('<pageSetup paperSize="A4" fitToWidth="" fitToHeight="2"/>').page).toEqual({ fitToPage: false, paperSize: 1, fitToWidth: 0, fitToHeight: 2 });
    expect(sheetOf('<pageSetup/>').page).toEqual({ fitToPage: false, paperSize: 1, fitToWidth: 1, fitToHeight: 1 });
    expect(sheetOf('<sheetPr><pageSetUpPr fitToPage="false"/></sheetPr>').page).toEqual({ fitToPage: false });
    expect(sheetOf('<sheetPr><pageSetUpPr fitToPage="true"/></sheetPr>').page).toEqual({ fitToPage: true });
  });
});

describe('readSharedStrings', () => {
  it('reads plain and rich items, leaves out phonetic runs, decodes _xHHHH_ escapes, keeps empty items', () => {
    const xml =
      '<sst count="5"><si><t>Tổng số</t></si><si><r><t xml:space="preserve">trong </t></r><r><rPr><i/></rPr><t>đó</t></r><rPh sb="0" eb="1"><t>よみ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t/></si><si><t>a_x000D_b</t></si><si></si></sst>';
    expect(readSharedStrings(xml)).toEqual(['Tổng số', 'trong đó', '', 'a\rb', '']);
    expect(readSharedStrings(undefined)).toEqual([]);
    // Text outside <si> (as a malformed file may have) is not an item's.
    expect(readSharedStrings('<sst><t>stray</t><si><t>x</t></si></sst>')).toEqual(['x']);
  });
});

describe('readCellFormats', () => {
  it('one format per cellXfs entry: custom codes, built-in ids, General as none, locked unless said otherwise', () => {
    const styles = parseXmlTree(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="#,##0.000"/><numFmt numFmtId="x" formatCode="bad"/><numFmt numFmtId="165"/><numFmt numFmtId="3" formatCode="0.0"/></numFmts>' +
        '<cellStyleXfs><xf numFmtId="4"/></cellStyleXfs>' +
        '<cellXfs><xf numFmtId="164"><protection locked="0"/></xf><xf numFmtId="9"/><xf/><xf numFmtId="165"/><xf numFmtId="3"/><xf numFmtId="0"><protection hidden="1"/></xf><xf numFmtId="49"><protection locked="false"/></xf></cellXfs></styleSheet>',
    );
    expect(readCellFormats(styles)).toEqual([{ locked: false, numFmt: '#,##0.000' }, { locked: true, numFmt: '0%' }, { locked: true }, { locked: true }, { locked: true, numFmt: '0.0' }, { locked: true }, { locked: false, numFmt: '@' }]);
    expect(readCellFormats(parseXmlTree('<styleSheet><numFmts><numFmt numFmtId="170" formatCode="General"/></numFmts><cellXfs><xf numFmtId="170"/></cellXfs></styleSheet>'))).toEqual([{ locked: true }]);
    expect(readCellFormats(undefined)).toEqual([]);
    expect(readCellFormats(parseXmlTree('<styleSheet/>'))).toEqual([]);
  });
});

describe('xml-tree', () => {
  it('builds elements with their attributes, children and direct text', () => {
    const root = parseXmlTree('<?xml version="1.0"?><a x="1"><b>t1<c/>t2</b><b y="2"/>tail</a>');
    expect(root.name).toBe('a');
    expect(root.attrs.x).toBe('1');
    expect(root.text).toBe('tail');
    expect(children(root, 'b').map((b) => [b.text, b.attrs.y])).toEqual([
      ['t1t2', undefined],
      ['', '2'],
    ]);
    expect(child(root, 'b')?.children.map((c) => c.name)).toEqual(['c']);
    expect(child(root, 'z')).toBeUndefined();
    expect(child(undefined, 'b')).toBeUndefined();
    expect(children(undefined, 'b')).toEqual([]);
  });

  it('xmlBool: "1"/"true" and "0"/"false" in any case and spacing, else the fallback', () => {
    expect([' 1 ', 'TRUE', 'True'].map((v) => xmlBool(v, false))).toEqual([true, true, true]);
    expect(['0', ' false', 'FALSE'].map((v) => xmlBool(v, true))).toEqual([false, false, false]);
    expect([undefined, '', 'yes', '2', 'on'].map((v) => [xmlBool(v, true), xmlBool(v, false)])).toEqual(Array(5).fill([true, false]));
  });
});

describe('read-package', () => {
  it('decodes UTF-8, and UTF-16 in either byte order by its mark', () => {
    const text = 'Đoàn viên';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeXmlBytes(le)).toBe(text);
    expect(decodeXmlBytes(be)).toBe(text);
    expect(decodeXmlBytes(new Uint8Array(Buffer.from(text)))).toBe(text);
    // One byte of a mark is not a mark.
    expect(decodeXmlBytes(new Uint8Array([0xff]))).toBe('\ufffd');
    expect(decodeXmlBytes(new Uint8Array([0xfe]))).toBe('\ufffd');
    expect(decodeXmlBytes(new Uint8Array([0xff, 0x41]))).toBe('\ufffdA');
    expect(decodeXmlBytes(new Uint8Array([0xfe, 0x41]))).toBe('\ufffdA');
  });

  it('resolves relationship targets against the source part’s folder', () => {
    expect(resolvePartName('xl', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl/worksheets', '../sharedStrings.xml')).toBe('xl/sharedStrings.xml');
    expect(resolvePartName('xl', './styles.xml')).toBe('xl/styles.xml');
    expect(resolvePartName('xl', 'a\\b.xml')).toBe('xl/a/b.xml');
    expect(resolvePartName('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolvePartName('xl', '../../../x.xml')).toBe('x.xml');
    expect(resolvePartName('xl//a', 'b.xml')).toBe('xl/a/b.xml');
  });

  it('reads a part’s relationships from its _rels part, external targets as they are', () => {
    const rels = new Map<string, string>([
      [
        'xl/_rels/workbook.xml.rels',
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="/xl/styles.xml"/>' +
          '<Relationship Id="rId3" Type="x/hyperlink" Target="https://example.org/a" TargetMode="External"/><Relationship/></Relationships>',
      ],
      ['_rels/.rels', '<Relationships><Relationship Id="r" Type="a/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
      ['xl/worksheets/_rels/bad.xml.rels', '<Types/>'],
    ]);
    const zip: ZipParts = { names: [...rels.keys()], has: (n) => rels.has(n), get: (n) => (rels.has(n) ? new TextEncoder().encode(rels.get(n)) : undefined) };
    expect(relationshipsOf(zip, 'xl/workbook.xml')).toEqual([
      { id: 'rId1', kind: 'worksheet', target: 'xl/worksheets/sheet1.xml', external: false },
      { id: 'rId2', kind: 'styles', target: 'xl/styles.xml', external: false },
      { id: 'rId3', kind: 'hyperlink', target: 'https://example.org/a', external: true },
      { id: '', kind: '', target: 'xl', external: false },
    ]);
    expect(relationshipsOf(zip, '')).toEqual([{ id: 'r', kind: 'officeDocument', target: 'xl/workbook.xml', external: false }]);
    expect(relationshipsOf(zip, 'xl/worksheets/sheet1.xml')).toEqual([]);
    const error = refusal(() => relationshipsOf(zip, 'xl/worksheets/bad.xml'));
    expect([error.code, error.detail]).toEqual(['corrupt', 'xl/worksheets/_rels/bad.xml.rels is not a relationships part']);
  });
});

describe('cell-ref and read-cells', () => {
  it('parses A1 references inside the grid, with $ and in either case, and nothing else', () => {
    expect(parseCellAddress('A1')).toEqual({ row: 0, col: 0 });
    expect(parseCellAddress('$b$3')).toEqual({ row: 2, col: 1 });
    expect(parseCellAddress('zz10')).toEqual({ row: 9, col: 701 });
    expect(parseCellAddress('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellAddress('$A1')).toEqual({ row: 0, col: 0 });
    expect(parseCellAddress('A$1')).toEqual({ row: 0, col: 0 });
    for (const ref of ['', 'A', '1', 'A0', 'XFE1', 'A1048577', 'AAAA1', 'A12345678', 'A1x', '$$A1', 'A$$1', '@1', '[1', '`1', '{1', 'A-1', ' A1', 'A 1']) {
      expect([ref, parseCellAddress(ref)]).toEqual([ref, null]);
    }
    // Seven digits are read; leading zeros count as digits.
    expect(parseCellAddress('A0000001')).toEqual({ row: 0, col: 0 });
    expect(parseCellAddress('A00000001')).toBeNull();
  });

  it('parses ranges with their corners in any order', () => {
    expect(parseRangeAddress('C3:A1')).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
    expect(parseRangeAddress('A3:C1')).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
    expect(parseRangeAddress('$B$2')).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
    for (const ref of ['A1:', ':A1', 'A1:B2:C3', 'A1:XFE2', 'x']) expect([ref, parseRangeAddress(ref)]).toEqual([ref, null]);
  });

  it('writes addresses and ranges, a single cell without a colon', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(1048575, 16383)).toBe('XFD1048576');
    expect(rangeAddress({ row: 4, col: 2, rows: 1, cols: 1 })).toBe('C5');
    expect(rangeAddress({ row: 4, col: 2, rows: 0, cols: 0 })).toBe('C5');
    expect(rangeAddress({ row: 4, col: 2, rows: 2, cols: 1 })).toBe('C5:C6');
    expect(rangeAddress({ row: 4, col: 2, rows: 1, cols: 3 })).toBe('C5:E5');
  });

  it('finds cells by position and lists them in reading order whatever order the file had', () => {
    const sheet = cells('<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>2</v></c></row><row r="1"><c r="XFD1"><v>1</v></c></row>');
    expect(cellsInOrder(sheet).map((c) => c.value)).toEqual([1, 2, 3]);
    expect(cellAt(sheet, 1, 2)?.value).toBe(3);
    expect(cellAt(sheet, 1, 1)).toBeUndefined();
    expect(cellKey(1, 0)).toBe(16384);
  });
});
