import { strToU8, zipSync, type Zippable } from 'fflate';
import { readErrorMessage } from '../../src/xlsx/read-error-message';
import { readWorkbook, type ReadResult } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { sampleWorkbook } from './fixtures';

const WORKBOOK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';
const ROOT_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';

/** A minimal package whose parts can be replaced one by one. */
function pkg(parts: Record<string, string> = {}, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  const all: Record<string, string> = {
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml': '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ...parts,
  };
  for (const [name, text] of Object.entries(all)) files[name] = strToU8(text);
  return zipSync(files, { level });
}

function refused(result: ReadResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.code;
}

describe('readWorkbook refuses', () => {
  it('non-zip input, including empty input and text', () => {
    expect(refused(readWorkbook(new Uint8Array()))).toBe('empty');
    expect(refused(readWorkbook(strToU8('Mã số;Giá trị\n1;2\n')))).toBe('otherFormat');
    expect(refused(readWorkbook(new Uint8Array([1, 2, 3, 0, 0, 5])))).toBe('notWorkbook');
  });

  it('an OLE file holding an EncryptedPackage as encrypted', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) ole[1024 + 2 * i] = name.charCodeAt(i);
    expect(refused(readWorkbook(ole))).toBe('encrypted');
  });

  it('any other OLE file (a legacy .xls) as not a workbook', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = readWorkbook(ole);
    expect(refused(result)).toBe('notWorkbook');
  });

  it('a truncated zip as corrupt', () => {
    const bytes = writeWorkbook(sampleWorkbook());
    expect(refused(readWorkbook(bytes.slice(0, bytes.length - 40)))).toMatch(/corrupt|notZip/);
  });

  it('a zip that is not a spreadsheet', () => {
    expect(refused(readWorkbook(zipSync({ 'readme.txt': strToU8('hello') })))).toBe('notWorkbook');
    expect(refused(readWorkbook(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') })))).toBe('notWorkbook');
  });

  it('XML with a DOCTYPE or ENTITY declaration (entity bomb)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const rels = WORKBOOK_RELS.replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    expect(refused(readWorkbook(pkg({ 'xl/_rels/workbook.xml.rels': rels, 'xl/sharedStrings.xml': bomb })))).toBe('unsafeXml');
    expect(refused(readWorkbook(pkg({ 'xl/workbook.xml': '<!ENTITY x "y">' + WORKBOOK })))).toBe('unsafeXml');
  });

  it('a zip bomb, from the central directory sizes, before inflating', () => {
    const zeros = new Uint8Array(100 * 1024 * 1024); // 100 MB of zeros deflate to about 100 kB
    const huge = zipSync({ 'xl/worksheets/sheet1.xml': zeros }, { level: 1 });
    const dense = zipSync({ 'xl/worksheets/sheet1.xml': zeros.subarray(0, 20 * 1024 * 1024) }, { level: 1 });
    const started = Date.now();
    expect(refused(readWorkbook(huge))).toBe('tooLarge');
    expect(refused(readWorkbook(dense))).toBe('zipBomb');
    // Inflating would take seconds; refusing from the directory takes milliseconds.
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('an entry whose declared size is smaller than its compressed data', () => {
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('x'.repeat(5000)) }, { level: 0 });
    // Stored, not deflated, so the sizes are easy to reason about. Patch the central directory's uncompressed size (offset 24 in the header) down to 10 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let cd = bytes.length - 22;
    cd = view.getUint32(cd + 16, true);
    view.setUint32(cd + 24, 10, true);
    expect(refused(readWorkbook(bytes))).toBe('zipBomb');
  });

  it('pathological XML in linear time', () => {
    const started = Date.now();
    const ampersands = '<worksheet><sheetData><row><c><v>' + '&'.repeat(2_000_000) + '</v></c></row></sheetData></worksheet>';
    expect(readWorkbook(pkg({ 'xl/worksheets/sheet1.xml': ampersands }, 0))).toMatchObject({ ok: true });
    const attrs = '<worksheet ' + 'a="&amp;&#65;" '.repeat(200_000) + '/>';
    expect(readWorkbook(pkg({ 'xl/worksheets/sheet1.xml': attrs }, 0))).toMatchObject({ ok: true });
    const comments = '<worksheet>' + '<!--'.repeat(500_000) + '</worksheet>';
    expect(refused(readWorkbook(pkg({ 'xl/worksheets/sheet1.xml': comments }, 0)))).toBe('corrupt');
    // A hang guard, not a measure (benchmarks measure): quadratic work on these inputs takes hours.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('malformed XML as corrupt, without throwing', () => {
    for (const bad of ['<workbook><sheets></workbook>', '<workbook', 'garbage<workbook/>', '<a b=c/>', '']) {
      expect(refused(readWorkbook(pkg({ 'xl/workbook.xml': bad })))).toBe('corrupt');
    }
  });

  it('elements nested absurdly deep', () => {
    const deep = '<a>'.repeat(10000) + '</a>'.repeat(10000);
    expect(refused(readWorkbook(pkg({ 'xl/worksheets/sheet1.xml': deep })))).toBe('corrupt');
  });
});

describe('readWorkbook accepts odd but valid packages', () => {
  it('reads x:-prefixed element names (OpenXML SDK)', () => {
    const wb =
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>';
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1"><x:v>42</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>xin chào</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const result = readWorkbook(pkg({ 'xl/workbook.xml': wb, 'xl/worksheets/sheet1.xml': sheet }));
    expect(result.ok && [...result.workbook.sheets[0].cells.values()].map((c) => c.value)).toEqual([42, 'xin chào']);
  });

  it('follows relationships to parts at unusual paths', () => {
    const rels = ROOT_RELS.replace('xl/workbook.xml', '/book/main.xml');
    const wbRels = WORKBOOK_RELS.replace('worksheets/sheet1.xml', '../data/first.xml');
    const result = readWorkbook(
      pkg({
        '_rels/.rels': rels,
        'book/main.xml': WORKBOOK,
        'book/_rels/main.xml.rels': wbRels,
        'data/first.xml': '<worksheet><sheetData><row r="2"><c r="C2" t="b"><v>1</v></c></row></sheetData></worksheet>',
      }),
    );
    expect(result.ok && result.workbook.sheets[0].cells.get(1 * 16384 + 2)).toMatchObject({ type: 'bool', value: true });
  });

  it('reads rich text runs, skips phonetic runs, and marks shared formula followers', () => {
    const rels = WORKBOOK_RELS.replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    const sst =
      '<sst><si><r><rPr><b/></rPr><t>Tổng </t></r><r><t xml:space="preserve">số</t></r><rPh><t>IGNORED</t></rPh></si></sst>';
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1"><f t="shared" ref="B1:C1" si="0">A1&amp;"x"</f><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>2</v></c>' +
      '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData></worksheet>';
    const result = readWorkbook(pkg({ 'xl/_rels/workbook.xml.rels': rels, 'xl/sharedStrings.xml': sst, 'xl/worksheets/sheet1.xml': sheet }));
    if (!result.ok) throw new Error(result.error.detail);
    const cells = [...result.workbook.sheets[0].cells.values()];
    expect(cells[0]).toMatchObject({ type: 'text', value: 'Tổng số' });
    expect(cells[1]).toMatchObject({ formula: 'A1&"x"', hasFormula: true, value: 1 });
    expect(cells[2]).toMatchObject({ hasFormula: true, value: 2 });
    expect(cells[2].formula).toBeUndefined();
    expect(cells[3]).toMatchObject({ type: 'error', value: '#DIV/0!', formula: '1/0' });
  });
});

describe('readErrorMessage', () => {
  it('names the file in Vietnamese and English', () => {
    const error = { code: 'encrypted' as const, detail: 'x' };
    // 'encrypted' is now an encryption the reader cannot undo (a password it can take is 'needsPassword').
    // The reader's detail (English, for IT) is in the English text only, never in the Vietnamese one.
    expect(readErrorMessage('vi', 'bao-cao.xlsx', error)).toContain('"bao-cao.xlsx" được mã hóa bằng mật khẩu theo cách chưa đọc được.');
    expect(readErrorMessage('vi', 'bao-cao.xlsx', error)).not.toContain('(x)');
    expect(readErrorMessage('en', 'bao-cao.xlsx', error)).toContain('"bao-cao.xlsx" is encrypted with a password in a way that cannot be read (x)');
  });
});
