import { crc32 } from '../../src/xlsx/guards/crc32';
import { containsUtf16, sniffContainer } from '../../src/xlsx/guards/sniff';
import { XlsxReadError } from '../../src/xlsx/read-errors';

/** What a file is from its first bytes, never from its name: each kind at the edges of its test. */
const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bom: 'le' | 'be') => {
  const out = [bom === 'le' ? 0xff : 0xfe, bom === 'le' ? 0xfe : 0xff];
  for (const ch of text) out.push(...(bom === 'le' ? [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8] : [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]));
  return Uint8Array.from(out);
};

function refusal(b: Uint8Array): { code: string; format?: string; detail: string } {
  try {
    sniffContainer(b);
  } catch (e) {
    if (e instanceof XlsxReadError) return { code: e.code, detail: e.detail, ...(e.format && { format: e.format }) };
    throw e;
  }
  throw new Error('not refused');
}

/** A BIFF BOF record header: record id, then length, little-endian, padded to 8 bytes. */
const bof = (id: number, len: number) => bytes(id & 0xff, id >> 8, len & 0xff, len >> 8, 0, 0, 0, 0);

describe('sniffContainer: the containers we read', () => {
  test.each([
    ['zip (local header)', bytes(0x50, 0x4b, 3, 4, 0)],
    ['zip (empty archive)', bytes(0x50, 0x4b, 5, 6)],
  ])('%s', (_, b) => expect(sniffContainer(b)).toBe('zip'));

  test('an OLE compound file by its 8-byte magic', () => {
    expect(sniffContainer(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('ole');
    expect(refusal(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe0)).code).toBe('notWorkbook');
  });

  test.each([
    [0x0009, 4],
    [0x0209, 20],
    [0x0409, 6],
    [0x0809, 16],
  ])('a bare BIFF stream: BOF 0x%s of length %i', (id, len) => expect(sniffContainer(bof(id, len))).toBe('biff'));

  test.each([
    ['length 3', bof(0x0809, 3)],
    ['length 21', bof(0x0809, 21)],
    ['length 4 + 256', bof(0x0809, 260)],
    ['another record', bof(0x0109, 8)],
    ['id 0x0809 + 0x10000 (high byte)', bytes(0x09, 0x18, 16, 0, 0, 0, 0, 0)],
    ['fewer than 8 bytes', bytes(0x09, 0x08, 16, 0, 0, 0, 0)],
  ])('not BIFF: %s (binary, so refused as no workbook)', (_, b) => expect(refusal(b).code).toBe('notWorkbook'));
});

describe('sniffContainer: everything else is refused, naming what it is', () => {
  test('an empty file', () => expect(refusal(new Uint8Array(0))).toEqual({ code: 'empty', detail: '0 bytes' }));

  test.each([
    [ascii('%PDF-1.7'), 'PDF'],
    [ascii('{\\rtf1'), 'RTF'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'an image (PNG/JPEG/GIF)'],
    [bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), 'a RAR or 7z archive'],
    [ascii('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'XML Spreadsheet 2003'],
    [ascii('<table>'), 'HTML'],
    [ascii('a;b'), 'text (CSV/TXT)'],
  ])('the refusal says what the file is: %s', (b, detail) => expect(refusal(b).detail).toBe(detail));

  test.each([
    ['%PDF-1.7', ascii('%PDF-1.7\n'), 'pdf'],
    ['RTF', ascii('{\\rtf1\\ansi hello}'), 'rtf'],
    ['UTF-16BE HTML', utf16('<html>', 'be'), 'html'],
    ['HTML after bytes that are half a BOM (41 FE)', Uint8Array.from([0x41, 0xfe, ...ascii('<html>')]), 'html'],
    ['HTML after bytes that are half a BOM (FF 41)', Uint8Array.from([0xff, 0x41, ...ascii('<html>')]), 'html'],
    ['HTML after bytes that are half a BOM (FE 41)', Uint8Array.from([0xfe, 0x41, ...ascii('<html>')]), 'html'],
    ['HTML after bytes that are half a BOM (41 FF)', Uint8Array.from([0x41, 0xff, ...ascii('<html>')]), 'html'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image'],
    ['GIF', ascii('GIF89a\u0001'), 'image'],
    ['RAR', bytes(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0), 'archive'],
    ['7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), 'archive'],
    ['XML Spreadsheet 2003', ascii('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:SPREADSHEET">'), 'xml2003'],
    ['HTML table', ascii('<TABLE><tr><td>1</td></tr></TABLE>'), 'html'],
    ['HTML doctype', ascii('<!DOCTYPE html><p>x</p>'), 'html'],
    ['HTML page', ascii('  <html lang="vi">'), 'html'],
    ['not HTML: <tablet>', ascii('<tablet>'), 'text'],
    ['CSV', ascii('Mã số;Giá trị\r\n1;1.250\r\n'), 'text'],
    ['UTF-16LE HTML', utf16('<html><table>', 'le'), 'html'],
    ['UTF-16BE text', utf16('Mã số\tGiá trị', 'be'), 'text'],
  ])('%s', (_, b, format) => {
    const r = refusal(b);
    expect([r.code, r.format]).toEqual(['otherFormat', format]);
  });

  test('a text with a few control characters (at most 1 in 100) is text; more, or one NUL, is binary', () => {
    const line = (controls: number) => {
      const b = ascii('x'.repeat(200));
      for (let i = 0; i < controls; i++) b[10 + i * 7] = 0x01;
      return b;
    };
    expect(refusal(line(2)).format).toBe('text');
    expect(refusal(line(3)).code).toBe('notWorkbook');
    const withNul = ascii('x'.repeat(200));
    withNul[100] = 0;
    expect(refusal(withNul)).toEqual({ code: 'notWorkbook', detail: 'unrecognised binary content' });
    const tabs = ascii('a\tb\nc\rd\u000be\u000cf'.repeat(20));
    expect(refusal(tabs).format).toBe('text');
    expect(refusal(ascii(`${'x'.repeat(100)}\u001f`)).format).toBe('text');
    expect(refusal(ascii(`${'x'.repeat(98)}\u001f`)).code).toBe('notWorkbook');
    expect(refusal(ascii(`${'x'.repeat(98)}\u0008`)).code).toBe('notWorkbook');
  });

  test('only the first 4 kB are looked at', () => {
    const b = ascii(`${'x'.repeat(4096)}${'\u0001'.repeat(500)}`);
    expect(refusal(b).format).toBe('text');
    const late = ascii(`${'a'.repeat(4096)}<html>`);
    expect(refusal(late).format).toBe('text');
  });
});

describe('containsUtf16: an OLE directory name', () => {
  const name = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
  test('found anywhere, to the last byte', () => {
    const entry = name('EncryptedPackage');
    const at = (offset: number, total: number) => {
      const b = new Uint8Array(total);
      b.set(entry, offset);
      return b;
    };
    expect(containsUtf16(at(0, 32), 'EncryptedPackage')).toBe(true);
    expect(containsUtf16(at(64, 96), 'EncryptedPackage')).toBe(true);
    expect(containsUtf16(at(1, 40), 'EncryptedPackage')).toBe(true);
    expect(containsUtf16(entry.subarray(0, 31), 'EncryptedPackage')).toBe(false);
  });
  test('not as 8-bit text, not with a letter changed, not with a high byte set', () => {
    expect(containsUtf16(ascii('EncryptedPackage'), 'EncryptedPackage')).toBe(false);
    expect(containsUtf16(name('EncryptedPackagE'), 'EncryptedPackage')).toBe(false);
    expect(containsUtf16(name('XncryptedPackage'), 'EncryptedPackage')).toBe(false);
    const high = name('EncryptedPackage');
    high[5] = 1;
    expect(containsUtf16(high, 'EncryptedPackage')).toBe(false);
    const highLast = name('EncryptedPackage');
    highLast[31] = 1;
    expect(containsUtf16(highLast, 'EncryptedPackage')).toBe(false);
    const highFirst = name('EncryptedPackage');
    highFirst[1] = 1;
    expect(containsUtf16(highFirst, 'EncryptedPackage')).toBe(false);
    expect(containsUtf16(name('EEncryptedPackage'), 'EncryptedPackage')).toBe(true);
  });
});

describe('crc32 (IEEE 802.3, as zip stores it)', () => {
  test.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j → %i', (text, crc) => expect(crc32(ascii(text))).toBe(crc));
  test('every byte value', () => expect(crc32(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe(0x29058c73));
});
