/**
 * The guards of the one entry point, openWorkbookFile: each hostile or broken file gets its own code
 * and a message naming the file in both languages, within a time bound; good files around it still read.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { defaultPack } from '../../src/core/load/load-pack';
import { validateSource } from '../../src/core/rules/validate';
import { openWorkbookFile, ReadBudget, type OpenedWorkbook } from '../../src/xlsx/open-workbook';
import { cellAt } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { unzipParts, zipParts } from '../corpus/variants';
import { committed } from '../corpus/writer-corpus';
import { sampleSheet, sampleWorkbook } from './fixtures';

const GOOD = committed('original.xlsx');
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function refusal(result: OpenedWorkbook, file: string): string {
  if (result.ok) throw new Error(`${file} was read`);
  expect(result.message.vi).toContain(`"${file}"`);
  expect(result.message.en).toContain(`"${file}"`);
  return result.error.code;
}

function open(name: string, bytes: Uint8Array, opts: Parameters<typeof openWorkbookFile>[1] = {}): OpenedWorkbook {
  return openWorkbookFile({ name, bytes }, opts);
}

/**
 * A hang guard, not a speed test: the refusal must come long before a quadratic or unbounded read
 * would end (each case takes well under a second alone; `npm run bench` measures speed). The figure
 * each call gives is what it takes alone on an idle machine, kept as documentation; the assertion
 * allows 60 s so that a loaded 2-core CI machine never fails a correct guard.
 */
function timed<T>(f: () => T, _aloneMillis: number): T {
  const started = Date.now();
  const out = f();
  expect(Date.now() - started).toBeLessThan(60_000);
  return out;
}

/** Rewrites the uncompressed size of one entry in the local header and the central directory. */
function patchDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = view.getUint32(p, true);
    const isLocal = sig === 0x04034b50;
    const isCentral = sig === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameAt = p + (isLocal ? 30 : 46);
    const nameLen = view.getUint16(p + (isLocal ? 26 : 28), true);
    if (nameLen !== name.length || !name.every((b, i) => out[nameAt + i] === b)) continue;
    view.setUint32(p + (isLocal ? 22 : 24), size, true);
  }
  return out;
}

function withPart(name: string, xml: string, bytes = GOOD): Uint8Array {
  const parts = unzipParts(bytes);
  parts.set(name, xml);
  return zipParts(parts);
}

function ods(content: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Zippable = { mimetype: [strToU8(ODS_MIME), { level: 0 }], 'content.xml': strToU8(content) };
  for (const [n, t] of Object.entries(extra)) files[n] = strToU8(t);
  return zipSync(files);
}

const ODS_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const odsSheet = (rows: string) => `<office:document-content ${ODS_NS}><office:body><office:spreadsheet><table:table table:name="S">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;

describe('size limits', () => {
  it('refuses a file over the per-file limit before looking inside', () => {
    const result = open('to.xlsx', GOOD, { limits: { maxFileBytes: 10_000 } });
    expect(refusal(result, 'to.xlsx')).toBe('tooLarge');
  });

  it('refuses the file that takes a run past its total, and reads the ones before and after it that fit', () => {
    const small = writeWorkbook(sampleWorkbook());
    const budget = new ReadBudget(GOOD.length * 2 + small.length + 10);
    const outcomes = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((n) => open(n, GOOD, { budget }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(refusal(outcomes[2], 'c.xlsx')).toBe('totalTooLarge');
    expect(open('small.xlsx', small, { budget }).ok).toBe(true);
    expect(budget.files).toBe(3);
  });
});

describe('zip bombs, checked while inflating', () => {
  const zeros = new Uint8Array(40 * 1024 * 1024);
  const bomb = zipSync({ 'xl/worksheets/sheet1.xml': zeros }, { level: 9 });

  it('refuses a part that inflates past the size its directory entry declares (a lying header)', () => {
    const lying = patchDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 900 * 1024);
    const parts = unzipParts(GOOD);
    parts.delete('xl/worksheets/sheet1.xml');
    // The bomb replaces the first sheet of a real workbook, so that the reader does ask for it.
    const files: Zippable = {};
    for (const [n, t] of parts) files[n] = strToU8(t);
    const good = zipSync(files);
    const merged = mergeZips(good, lying);
    const result = timed(() => open('lying.xlsx', merged), 1500);
    expect(refusal(result, 'lying.xlsx')).toBe('zipBomb');
    if (!result.ok) expect(result.error.detail).toMatch(/inflates past its declared/);
  });

  it('refuses by the ratio seen while inflating, even when the declared sizes are honest and their ratio harmless', () => {
    const parts = unzipParts(GOOD);
    const files: Zippable = {};
    for (const [n, t] of parts) if (n !== 'xl/worksheets/sheet1.xml') files[n] = strToU8(t);
    // 8 MB of zeros, then 1 MB that does not compress: about 1 MB compressed for 9 MB, a ratio of 9,
    // declared truthfully; but the first slices inflate a thousandfold, which the stream guard sees.
    const part = new Uint8Array(9 * 1024 * 1024);
    let x = 2463534242;
    for (let i = 8 * 1024 * 1024; i < part.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      part[i] = x & 0xff;
    }
    const merged = mergeZips(zipSync(files), zipSync({ 'xl/worksheets/sheet1.xml': part }, { level: 9 }));
    const result = open('ratio.xlsx', merged, { limits: { maxRatio: 100 } });
    expect(refusal(result, 'ratio.xlsx')).toBe('zipBomb');
    // The stream's guard, not the directory's (which passes these honest sizes) nor the declared size.
    if (result.ok) throw new Error('read');
    expect(result.error.detail).toMatch(/while inflating \(ratio over 100\)/);
  });

  it('refuses from the directory alone when the declared sizes already say so', () => {
    const result = timed(() => open('declared.xlsx', bomb), 300);
    expect(refusal(result, 'declared.xlsx')).toBe('zipBomb');
    if (result.ok) throw new Error('read');
    expect(result.error.detail).toMatch(/expands \d+ → \d+ bytes \(ratio over/);
  });

  it('refuses a damaged byte inside a part by its checksum, never reading a changed figure', () => {
    const stored = zipParts(unzipParts(GOOD), 0);
    const text = new TextDecoder('latin1').decode(stored);
    const at = text.indexOf('<c r="E11"');
    expect(at).toBeGreaterThan(0);
    const valueAt = text.indexOf('<v>', at) + 3;
    const damaged = stored.slice();
    damaged[valueAt] = damaged[valueAt] === 0x39 ? 0x38 : damaged[valueAt] + 1;
    const result = open('crc.xlsx', damaged);
    expect(refusal(result, 'crc.xlsx')).toBe('corrupt');
    if (!result.ok) expect(result.error.detail).toMatch(/checksum/);
  });

  it('refuses zip entries encrypted with a zip password', () => {
    const bytes = GOOD.slice();
    const view = new DataView(bytes.buffer);
    for (let p = 0; p + 4 < bytes.length; p++) {
      if (view.getUint32(p, true) === 0x02014b50) view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true);
    }
    expect(refusal(open('zipcrypto.xlsx', bytes), 'zipcrypto.xlsx')).toBe('encrypted');
  });
});

describe('XML', () => {
  it('refuses DOCTYPE and ENTITY declarations: billion laughs and external entities, in .xlsx and .ods', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const xxe = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>';
    expect(refusal(open('laughs.xlsx', withPart('xl/sharedStrings.xml', laughs)), 'laughs.xlsx')).toBe('unsafeXml');
    expect(refusal(open('xxe.xlsx', withPart('xl/worksheets/sheet1.xml', xxe)), 'xxe.xlsx')).toBe('unsafeXml');
    expect(refusal(open('xxe.ods', ods('<!DOCTYPE x [<!ENTITY x SYSTEM "http://example.invalid/">]>' + odsSheet(''))), 'xxe.ods')).toBe('unsafeXml');
  });

  it('refuses XML nested deeper than the limit, in linear time', () => {
    const deep = '<worksheet>' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</worksheet>';
    const result = timed(() => open('deep.xlsx', withPart('xl/worksheets/sheet1.xml', deep)), 2000);
    expect(refusal(result, 'deep.xlsx')).toBe('corrupt');
    if (!result.ok) expect(result.error.detail).toMatch(/nested more than 256/);
    expect(refusal(open('deep.ods', ods(odsSheet('<x>'.repeat(300) + '</x>'.repeat(300)))), 'deep.ods')).toBe('corrupt');
  });

  it('does not let "&constructor;" or "&__proto__;" find Object.prototype', () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&constructor;|&__proto__;|&toString;</t></is></c></row></sheetData></worksheet>';
    const result = open('entities.xlsx', withPart('xl/worksheets/sheet1.xml', sheet));
    if (!result.ok) throw new Error(result.error.detail);
    expect(cellAt(result.workbook.sheets[0], 0, 0)?.value).toBe('&constructor;|&__proto__;|&toString;');
  });
});

describe('cells', () => {
  it('refuses a workbook with more cells than the limit', () => {
    expect(refusal(open('many.xlsx', GOOD, { limits: { maxCells: 500 } }), 'many.xlsx')).toBe('tooManyCells');
  });

  it('refuses repeated ODF cells by count before storing one (999 999 999 × 999 999 999, and 100 000 × 1 000)', () => {
    const cell = '<table:table-cell office:value-type="float" office:value="1"/>';
    const huge = odsSheet(`<table:table-row table:number-rows-repeated="999999999"><table:table-cell table:number-columns-repeated="999999999" office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row>`);
    const wide = odsSheet(`<table:table-row table:number-rows-repeated="100000">${cell.replace('/>', ' table:number-columns-repeated="1000"/>')}</table:table-row>`);
    expect(refusal(timed(() => open('huge.ods', ods(huge)), 500), 'huge.ods')).toMatch(/corrupt|tooManyCells/);
    expect(refusal(timed(() => open('wide.ods', ods(wide)), 500), 'wide.ods')).toBe('tooManyCells');
  });

  it('by default reads 500 000 non-empty cells and refuses 500 001 (the README\'s limit)', () => {
    const cell = '<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000"/>';
    const rows = `<table:table-row table:number-rows-repeated="500">${cell}</table:table-row>`;
    const one = '<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>';
    expect(open('at-limit.ods', ods(odsSheet(rows))).ok).toBe(true);
    const over = open('over-limit.ods', ods(odsSheet(rows + one)));
    expect(refusal(over, 'over-limit.ods')).toBe('tooManyCells');
    if (over.ok) throw new Error('read');
    expect(over.error.detail).toContain('500000');
  });

  it('skips cells whose reference is outside Excel\'s grid, and warns naming the file and sheet', () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>' +
      '<row r="1048577"><c><v>3</v></c></row><row r="2"><c r="A0"><v>4</v></c><c r="B2"><v>5</v></c></row></sheetData></worksheet>';
    const result = open('grid.xlsx', withPart('xl/worksheets/sheet1.xml', sheet));
    if (!result.ok) throw new Error(result.error.detail);
    const s = result.workbook.sheets[0];
    expect([...s.cells.values()].map((c) => c.value)).toEqual([1, 5]);
    expect(s.outOfGrid).toBe(3);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].vi).toContain(`"grid.xlsx", trang "${s.name}": 3 ô`);
    expect(result.warnings[0].en).toContain('3 cells');
  });

  it('refuses a cell reference that is not a reference, and a cell written twice', () => {
    const bad = '<worksheet><sheetData><row r="1"><c r="C5x"><v>1</v></c></row></sheetData></worksheet>';
    const twice = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData></worksheet>';
    expect(refusal(open('ref.xlsx', withPart('xl/worksheets/sheet1.xml', bad)), 'ref.xlsx')).toBe('corrupt');
    expect(refusal(open('twice.xlsx', withPart('xl/worksheets/sheet1.xml', twice)), 'twice.xlsx')).toBe('corrupt');
  });
});

describe('time', () => {
  it('stops a file that takes longer than its limit', () => {
    let t = 0;
    const result = open('slow.xlsx', GOOD, { now: () => (t += 5000), limits: { maxMillis: 20_000 } });
    expect(refusal(result, 'slow.xlsx')).toBe('tooSlow');
  });
});

describe('not workbooks', () => {
  it.each([
    ['empty.xlsx', 'empty', new Uint8Array(0)],
    ['report.csv', 'otherFormat', strToU8('Mã số;Giá trị\n1;1.250\n')],
    ['page.xls', 'otherFormat', strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>')],
    ['xml2003.xls', 'otherFormat', strToU8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')],
    ['scan.pdf', 'otherFormat', strToU8('%PDF-1.7\n')],
    ['photo.xlsx', 'otherFormat', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])],
    ['random.bin', 'notWorkbook', new Uint8Array([1, 2, 3, 0, 0, 5, 6, 7, 8])],
    ['doc.xlsx', 'otherFormat', zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') })],
    ['notes.zip', 'notWorkbook', zipSync({ 'readme.txt': strToU8('hello') })],
    ['binary.xlsb', 'otherFormat', zipSync({ 'xl/workbook.bin': new Uint8Array(10), '[Content_Types].xml': strToU8('<Types/>') })],
  ] as Array<[string, string, Uint8Array]>)('%s is refused and named (%s)', (name, code, bytes) => {
    expect(refusal(open(name, bytes), name)).toBe(code);
  });

  it('says what a CSV is, and how to save as .xlsx in Excel and LibreOffice', () => {
    const result = open('bao-cao.csv', strToU8('a,b\n1,2\n'));
    if (result.ok) throw new Error('read');
    expect(result.message.vi).toContain('tệp văn bản (CSV/TXT)');
    expect(result.message.vi).toContain('Tệp → Lưu thành → "Sổ làm việc Excel (*.xlsx)"');
    expect(result.message.vi).toContain('"Excel 2007-365 (.xlsx)"');
    expect(result.message.en).toContain('File → Save As → "Excel Workbook (*.xlsx)"');
  });
});

describe('names that are Object.prototype members', () => {
  const NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

  it('reads sheets, defined names and cell texts named __proto__, constructor … as data, polluting nothing', () => {
    const sheets = NAMES.map((name, i) => {
      const s = sampleSheet({ name });
      s.cells.push({ row: 10, col: 0, value: NAMES[(i + 1) % NAMES.length], style: 'label', locked: true });
      return s;
    });
    const model = sampleWorkbook(sheets);
    model.names.push(...NAMES.map((n) => ({ name: `${n}_x`, formula: `'${n}'!$A$1` })));
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = open('proto.xlsx', writeWorkbook(model));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.workbook.sheets.map((s) => s.name)).toEqual([...NAMES, '_annex_meta']);
    result.workbook.sheets.slice(0, NAMES.length).forEach((s, i) => {
      expect(cellAt(s, 10, 0)?.value).toBe(NAMES[(i + 1) % NAMES.length]);
      expect(cellAt(s, 4, 2)?.value).toBe(1250);
    });
    expect(result.source.names.map((n) => n.name)).toEqual(expect.arrayContaining(NAMES.map((n) => `${n}_x`)));
    const validation = validateSource(result.source, defaultPack());
    expect(validation.report.issues.map((i) => i.kind)).toEqual(['notPackWorkbook']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reads an ODS whose tables, named ranges and cells are called __proto__ and constructor', () => {
    const content =
      `<office:document-content ${ODS_NS}><office:body><office:spreadsheet>` +
      NAMES.map((n) => `<table:table table:name="${n}"><table:table-row><table:table-cell office:value-type="string"><text:p>${n}</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="7"/></table:table-row></table:table>`).join('') +
      `<table:named-expressions>${NAMES.map((n) => `<table:named-range table:name="${n}" table:cell-range-address="$'${n}'.$A$1"/>`).join('')}</table:named-expressions>` +
      '</office:spreadsheet></office:body></office:document-content>';
    const result = open('proto.ods', ods(content));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.workbook.sheets.map((s) => [s.name, cellAt(s, 0, 0)?.value, cellAt(s, 0, 1)?.value])).toEqual(NAMES.map((n) => [n, n, 7]));
    expect(result.workbook.names.map((n) => [n.name, n.formula])).toEqual(NAMES.map((n) => [n, `'${n}'!$A$1`]));
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe('text that looks like a formula', () => {
  it('is written as text and read back as text, never as a formula', () => {
    const texts = ['=1+2', '+84912345678', '-5', '@SUM(A1:A2)', '=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0"];
    const sheet = sampleSheet();
    texts.forEach((text, i) => sheet.cells.push({ row: 20 + i, col: 0, value: text, style: 'label', locked: true }));
    const result = open('formula-text.xlsx', writeWorkbook(sampleWorkbook([sheet])));
    if (!result.ok) throw new Error(result.error.detail);
    texts.forEach((text, i) => {
      const cell = cellAt(result.workbook.sheets[0], 20 + i, 0);
      expect(cell).toMatchObject({ type: 'text', value: text, hasFormula: false });
      expect(cell?.formula).toBeUndefined();
      expect(result.source.sheets[0].cell(20 + i, 0)).toEqual({ value: { kind: 'text', text } });
    });
  });
});

/** Appends the entries of `extra` to `base` (both made by fflate), rebuilding one central directory. */
function mergeZips(base: Uint8Array, extra: Uint8Array): Uint8Array {
  const a = splitZip(base);
  const b = splitZip(extra);
  const shift = a.data.length;
  const central = new Uint8Array(a.central.length + b.central.length);
  central.set(a.central);
  const bc = b.central.slice();
  const view = new DataView(bc.buffer);
  for (let p = 0; p < bc.length; ) {
    view.setUint32(p + 42, view.getUint32(p + 42, true) + shift, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  central.set(bc, a.central.length);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, a.count + b.count, true);
  ev.setUint16(10, a.count + b.count, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, a.data.length + b.data.length, true);
  const out = new Uint8Array(a.data.length + b.data.length + central.length + 22);
  out.set(a.data);
  out.set(b.data, a.data.length);
  out.set(central, a.data.length + b.data.length);
  out.set(eocd, a.data.length + b.data.length + central.length);
  return out;
}

function splitZip(zip: Uint8Array): { data: Uint8Array; central: Uint8Array; count: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  return { data: zip.subarray(0, offset), central: zip.subarray(offset, offset + size), count };
}
