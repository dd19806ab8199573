/**
 * The zip container read directly, with every header field under the test's control: a small zip
 * writer below builds each file byte by byte (fflate only deflates), so each guard of zip-guard.ts is
 * met at its exact edge — one byte inside the limit read, one byte past it refused with its own code
 * and words. The guards seen through whole workbooks are in guards.test.ts.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import { makeZip, u16, u32, zip64Extra } from './zip-builder';
import { crc32 } from '../../src/xlsx/guards/crc32';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../src/xlsx/guards/limits';
import { ReadGuard } from '../../src/xlsx/guards/read-guard';
import { partText } from '../../src/xlsx/read-package';
import { refusal } from './read-refusal';
import { inflateBounded, isZipSignature, openZip } from '../../src/xlsx/zip-guard';

const text = (s: string) => strToU8(s);
const SHEET = text('<worksheet><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>');
const WORKBOOK = text('<workbook/>');

function guardWith(limits: Partial<ReadLimits>): ReadGuard {
  return new ReadGuard({ ...DEFAULT_READ_LIMITS, ...limits });
}

describe('isZipSignature', () => {
  it('knows a local header and an empty zip’s end record, and nothing shorter or else', () => {
    expect(isZipSignature(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(isZipSignature(new Uint8Array([0x50, 0x4b, 5, 6, 0]))).toBe(true);
    for (const bytes of [[0x50, 0x4b, 3], [0x50, 0x4b, 1, 2], [0x50, 0x4b, 3, 6], [0x50, 0x4b, 5, 4], [0x51, 0x4b, 3, 4], [0x50, 0x4c, 3, 4], [0x50, 0x4b, 7, 8]]) {
      expect(isZipSignature(new Uint8Array(bytes))).toBe(false);
    }
  });
});

describe('openZip: parts', () => {
  it('reads stored and deflated parts, by their package name however it is spelled', () => {
    const zip = openZip(
      makeZip([
        { name: 'xl/workbook.xml', data: WORKBOOK, method: 0 },
        { name: 'xl/worksheets/sheet1.xml', data: SHEET },
        { name: 'xl/_rels/workbook.xml.rels', data: text('<Relationships/>') },
        { name: 'mimetype', data: text('application/x'), method: 0 },
        { name: 'xl/media/image1.png', data: new Uint8Array([1, 2, 3]) },
      ]),
    );
    expect(zip.names).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/_rels/workbook.xml.rels', 'mimetype', 'xl/media/image1.png']);
    expect(partText(zip, 'xl/workbook.xml')).toBe('<workbook/>');
    expect(partText(zip, '/XL\\Worksheets\\Sheet1.XML')).toBe(new TextDecoder().decode(SHEET));
    expect(partText(zip, '//xl/_rels/workbook.xml.rels')).toBe('<Relationships/>');
    expect(partText(zip, 'mimetype')).toBe('application/x');
    expect(zip.has('\\xl\\workbook.xml')).toBe(true);
    // Images and other binary parts are never inflated: not even seen.
    expect(zip.has('xl/media/image1.png')).toBe(false);
    expect(zip.get('xl/media/image1.png')).toBeUndefined();
    expect(zip.has('xl/styles.xml')).toBe(false);
    expect(zip.get('xl/styles.xml')).toBeUndefined();
    // Inflated once: the same bytes come back.
    expect(zip.get('xl/worksheets/sheet1.xml')).toBe(zip.get('xl/worksheets/sheet1.xml'));
  });

  it('decodes names as UTF-8 when the entry says so, byte by byte otherwise', () => {
    const utf8 = text('xl/đơn-vị.xml');
    const zip = openZip(
      makeZip([
        { name: utf8, data: WORKBOOK, flags: 0x800 },
        { name: new Uint8Array([0x61, 0xe9, 0x2e, 0x78, 0x6d, 0x6c]), data: SHEET },
      ]),
    );
    expect(zip.names).toEqual(['xl/đơn-vị.xml', 'a\u00e9.xml']);
    expect(partText(zip, 'XL/ĐƠN-VỊ.xml')).toBe('<workbook/>');
    expect(zip.has('aé.xml')).toBe(true);
  });

  it('puts large parts together from the inflater’s many chunks, byte for byte', () => {
    const big = new Uint8Array(700_000);
    let x = 12345;
    for (let i = 0; i < big.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      big[i] = 0x41 + ((x >>> 16) % 26);
    }
    const zip = openZip(makeZip([{ name: 'xl/big.xml', data: big }]));
    expect(Buffer.from(zip.get('xl/big.xml')!).equals(Buffer.from(big))).toBe(true);
  });

  it('starts a part’s data after the local header’s own name and extra field, which may differ from the directory’s', () => {
    const zip = openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK, localExtra: new Uint8Array(28).fill(7), method: 0 }]));
    expect(partText(zip, 'xl/workbook.xml')).toBe('<workbook/>');
  });

  it('reads a zip with a file comment, up to the longest one a zip can hold', () => {
    const entries = [{ name: 'xl/workbook.xml', data: WORKBOOK }];
    expect(partText(openZip(makeZip(entries, { comment: text('written by a test') })), 'xl/workbook.xml')).toBe('<workbook/>');
    const longest = makeZip(entries, { comment: new Uint8Array(0xffff).fill(0x20) });
    expect(partText(openZip(longest), 'xl/workbook.xml')).toBe('<workbook/>');
    // One byte more after the end record than a comment can hold: the record is not where a zip's can be.
    const past = new Uint8Array(longest.length + 1);
    past.set(longest);
    const error = refusal(() => openZip(past));
    expect([error.code, error.detail]).toEqual(['corrupt', 'zip: end of central directory not found (truncated file?)']);
  });
});

describe('openZip: the directory', () => {
  it('refuses what is not a zip, and a file over the size limit before reading its directory', () => {
    const notZip = refusal(() => openZip(text('<?xml version="1.0"?>')));
    expect([notZip.code, notZip.detail]).toEqual(['notZip', 'the file is not a zip container']);
    const zip = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]);
    expect(openZip(zip, guardWith({ maxFileBytes: zip.length })).has('xl/workbook.xml')).toBe(true);
    const error = refusal(() => openZip(zip, guardWith({ maxFileBytes: zip.length - 1 })));
    expect(error.code).toBe('tooLarge');
    expect(error.detail).toBe(`the file is ${zip.length} B, limit ${zip.length - 1} B`);
  });

  it('refuses a truncated file: no end record', () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]);
    expect(refusal(() => openZip(zip.subarray(0, zip.length - 1))).code).toBe('corrupt');
    expect(refusal(() => openZip(zip.subarray(0, zip.length - 1))).detail).toMatch(/end of central directory not found/);
  });

  it('counts the entries against the limit: at the limit read, one over refused', () => {
    const entries = [1, 2, 3].map((i) => ({ name: `xl/p${i}.xml`, data: WORKBOOK }));
    expect(openZip(makeZip(entries), guardWith({ maxZipEntries: 3 })).names).toHaveLength(3);
    const error = refusal(() => openZip(makeZip(entries), guardWith({ maxZipEntries: 2 })));
    expect([error.code, error.detail]).toEqual(['tooLarge', 'the zip has 3 entries, limit 2']);
  });

  it('refuses a directory that lies outside the file or does not hold the entries it counts', () => {
    const entries = [{ name: 'xl/workbook.xml', data: WORKBOOK }];
    const good = makeZip(entries);
    const outside = refusal(() => openZip(makeZip(entries, { cdSize: 10_000 })));
    expect([outside.code, outside.detail]).toEqual(['corrupt', 'zip: the central directory lies outside the file']);
    // Exactly up to the end of the file is inside.
    const central = 46 + 'xl/workbook.xml'.length;
    const dirStart = good.length - 22 - central;
    expect(openZip(makeZip(entries, { cdSize: good.length - dirStart })).names).toEqual(['xl/workbook.xml']);
    expect(refusal(() => openZip(makeZip(entries, { cdSize: good.length - dirStart + 1 }))).detail).toMatch(/outside the file/);
    const more = refusal(() => openZip(makeZip(entries, { count: 2 })));
    expect([more.code, more.detail]).toEqual(['corrupt', 'zip: bad central directory entry 2']);
    const shifted = refusal(() => openZip(makeZip(entries, { cdOffset: dirStart - 1 })));
    expect(shifted.detail).toBe('zip: bad central directory entry 1');
  });

  it('refuses an entry whose name runs past the end of the file', () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]);
    const view = new DataView(zip.buffer);
    const dir = zip.length - 22 - 46 - 'xl/workbook.xml'.length;
    expect(view.getUint32(dir, true)).toBe(0x02014b50);
    view.setUint16(dir + 28, 'xl/workbook.xml'.length + 23, true); // name runs one byte past the end record
    expect(refusal(() => openZip(zip)).detail).toBe('zip: central directory entry 1 runs past the end');
    view.setUint16(dir + 28, 'xl/workbook.xml'.length + 22, true); // ends exactly at the end: read, as a name no longer ".xml"
    expect(openZip(zip).names).toHaveLength(1);
  });

  it('refuses two parts with the same package name, spelled apart only by case or slashes', () => {
    const error = refusal(() => openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: '/XL/Workbook.xml', data: WORKBOOK }])));
    expect([error.code, error.detail]).toEqual(['corrupt', 'the zip holds two parts named "/XL/Workbook.xml"']);
    // Parts never read may repeat.
    expect(openZip(makeZip([{ name: 'a.png', data: WORKBOOK }, { name: 'a.png', data: WORKBOOK }])).names).toEqual(['a.png', 'a.png']);
  });

  it('refuses a password-encrypted or unknown-method part it would read, and ignores them in parts it never reads', () => {
    const encrypted = refusal(() => openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK, flags: 1 }])));
    expect([encrypted.code, encrypted.detail]).toEqual(['encrypted', 'zip entry "xl/workbook.xml" is password-encrypted']);
    // Bit 3 (sizes after the data) is not encryption.
    expect(partText(openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK, flags: 8 }])), 'xl/workbook.xml')).toBe('<workbook/>');
    const bzip2 = refusal(() => openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK, method: 12 }])));
    expect([bzip2.code, bzip2.detail]).toEqual(['corrupt', '"xl/workbook.xml" uses unsupported compression method 12']);
    expect(refusal(() => openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK, method: 9 }]))).detail).toMatch(/method 9/);
    const ignored = openZip(makeZip([{ name: 'x.bin', data: WORKBOOK, flags: 1, method: 12 }, { name: 'xl/workbook.xml', data: WORKBOOK }]));
    expect(partText(ignored, 'xl/workbook.xml')).toBe('<workbook/>');
  });

  it('adds up the declared sizes of the parts it reads: at the limit read, one byte over refused at that part', () => {
    const entries = [
      { name: 'xl/a.xml', data: new Uint8Array(600).fill(0x41) },
      { name: 'skip.png', data: new Uint8Array(5000) },
      { name: 'xl/b.xml', data: new Uint8Array(400).fill(0x42) },
    ];
    expect(openZip(makeZip(entries), guardWith({ maxUncompressedBytes: 1000 })).get('xl/b.xml')).toHaveLength(400);
    const error = refusal(() => openZip(makeZip(entries), guardWith({ maxUncompressedBytes: 999 })));
    expect([error.code, error.detail]).toEqual(['tooLarge', 'its parts expand to more than 999 B (at "xl/b.xml")']);
  });

  it('refuses by the declared ratio only from the floor up and only above the limit', () => {
    const zeros = new Uint8Array(2000);
    const compressed = deflateSync(zeros).length;
    const entries = [{ name: 'xl/z.xml', data: zeros }];
    const over = Math.ceil(2000 / compressed) - 1; // 2000 > over × compressed: the limit is crossed
    const bomb = refusal(() => openZip(makeZip(entries), guardWith({ maxRatio: over, ratioFloorBytes: 2000 })));
    expect([bomb.code, bomb.detail]).toEqual(['zipBomb', `"xl/z.xml" expands ${compressed} → 2000 bytes (ratio over ${over})`]);
    // Below the floor, or at the limit: read.
    expect(openZip(makeZip(entries), guardWith({ maxRatio: over, ratioFloorBytes: 2001 })).get('xl/z.xml')).toHaveLength(2000);
    expect(openZip(makeZip(entries), guardWith({ maxRatio: over + 1, ratioFloorBytes: 2000 })).get('xl/z.xml')).toHaveLength(2000);
    // A stored part is never a bomb, whatever its size.
    expect(openZip(makeZip([{ name: 'xl/z.xml', data: zeros, method: 0 }]), guardWith({ maxRatio: 1, ratioFloorBytes: 1 })).get('xl/z.xml')).toHaveLength(2000);
  });

  it('refuses a declared size smaller than the compressed data could ever be', () => {
    // Deflate adds at most a little per block: compressed ≤ size + ⌈size/1000⌉ + 1024.
    const data = new Uint8Array(3000).fill(0x41);
    const limit = 3000 + 3 + 1024;
    const stored = (compressedSize: number) => makeZip([{ name: 'xl/a.xml', data, method: 0, compressedSize }]);
    const error = refusal(() => openZip(stored(limit + 1)));
    expect([error.code, error.detail]).toEqual(['zipBomb', `"xl/a.xml" declares 3000 bytes but holds ${limit + 1} compressed`]);
    // At the bound the directory passes it; the part then reads past what it holds.
    expect(refusal(() => openZip(stored(limit)).get('xl/a.xml')).code).toBe('corrupt');
  });
});

describe('openZip: ZIP64', () => {
  it('reads the entry count, size and offset of the directory from the ZIP64 end record', () => {
    const zip = openZip(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: 'xl/b.xml', data: SHEET }], { zip64: {} }));
    expect(zip.names).toEqual(['xl/workbook.xml', 'xl/b.xml']);
    expect(partText(zip, 'xl/b.xml')).toBe(new TextDecoder().decode(SHEET));
  });

  it('refuses a locator that points at something else or past the end', () => {
    const entries = [{ name: 'xl/workbook.xml', data: WORKBOOK }];
    const wrong = refusal(() => openZip(makeZip(entries, { zip64: { signature: 0x06054b50 } })));
    expect([wrong.code, wrong.detail]).toEqual(['corrupt', 'zip: bad ZIP64 end record']);
    const good = makeZip(entries, { zip64: {} });
    const record = good.length - 22 - 20 - 56;
    expect(refusal(() => openZip(makeZip(entries, { zip64: { offsetOverride: good.length - 55 } }))).detail).toBe('zip: bad ZIP64 end record');
    expect(refusal(() => openZip(makeZip(entries, { zip64: { offsetOverride: 2 ** 40 } }))).detail).toBe('zip: bad ZIP64 end record');
    expect(refusal(() => openZip(makeZip(entries, { zip64: { offsetOverride: 2 ** 60 } }))).detail).toBe('zip: 64-bit size out of range');
    expect(openZip(makeZip(entries, { zip64: { offsetOverride: record } })).names).toEqual(['xl/workbook.xml']);
  });

  it('without a locator, the classic record’s 0xFFFF count stands and is over the entry limit', () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }], { count: 0xffff });
    expect(refusal(() => openZip(zip)).detail).toBe('the zip has 65535 entries, limit 10000');
    expect(refusal(() => openZip(zip, guardWith({ maxZipEntries: 70_000 }))).detail).toBe('zip: bad central directory entry 2');
  });

  it('takes an entry’s sizes and offset from its ZIP64 extra field when they are 0xFFFFFFFF, after other extra fields', () => {
    const data = SHEET;
    const compressed = deflateSync(data).length;
    const timestamp = new Uint8Array([0x55, 0x54, 5, 0, 1, 0, 0, 0, 0]);
    const extra = (values: number[]) => new Uint8Array([...timestamp, ...zip64Extra(...values)]);
    const all = openZip(makeZip([{ name: 'xl/s.xml', data, size: 0xffffffff, compressedSize: 0xffffffff, localOffset: 0xffffffff, centralExtra: extra([data.length, compressed, 0]) }]));
    expect(partText(all, 'xl/s.xml')).toBe(new TextDecoder().decode(data));
    // Only the fields set to 0xFFFFFFFF are in the extra field, in its order.
    const sizeOnly = openZip(makeZip([{ name: 'xl/s.xml', data, size: 0xffffffff, centralExtra: extra([data.length]) }]));
    expect(partText(sizeOnly, 'xl/s.xml')).toBe(new TextDecoder().decode(data));
    const compressedOnly = openZip(makeZip([{ name: 'xl/s.xml', data, compressedSize: 0xffffffff, centralExtra: extra([compressed]) }]));
    expect(partText(compressedOnly, 'xl/s.xml')).toBe(new TextDecoder().decode(data));
    const second = openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK }, { name: 'xl/s.xml', data, localOffset: 0xffffffff, centralExtra: extra([deflateSync(WORKBOOK).length + 30 + 8]) }]));
    expect(partText(second, 'xl/s.xml')).toBe(new TextDecoder().decode(data));
  });

  it('refuses a ZIP64 extra field too short for the values it must hold, or holding one over 2^53', () => {
    const short = refusal(() => openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, size: 0xffffffff, compressedSize: 0xffffffff, centralExtra: zip64Extra(SHEET.length) }])));
    expect([short.code, short.detail]).toEqual(['corrupt', 'zip: short ZIP64 field']);
    const huge = refusal(() => openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, size: 0xffffffff, centralExtra: zip64Extra(2 ** 60) }])));
    expect(huge.detail).toBe('zip: 64-bit size out of range');
    // 2^53 − 1 is a safe integer: read as a size, then refused as too large for the file.
    expect(refusal(() => openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, size: 0xffffffff, centralExtra: zip64Extra(2 ** 53 - 1) }]))).code).toBe('tooLarge');
  });

  it('leaves an entry without 0xFFFFFFFF fields as it is, whatever its extra field says', () => {
    const zip = openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, centralExtra: zip64Extra(1, 2, 3) }]));
    expect(partText(zip, 'xl/s.xml')).toBe(new TextDecoder().decode(SHEET));
  });
});

describe('openZip: a part’s data', () => {
  it('refuses a part whose local header is not where the directory says', () => {
    const error = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, localOffset: 1 }])).get('xl/a.xml'));
    expect([error.code, error.detail]).toEqual(['corrupt', 'zip: local header of "xl/a.xml" not found']);
    const zip = makeZip([{ name: 'xl/a.xml', data: WORKBOOK, localOffset: 0 }]);
    expect(refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, localOffset: zip.length - 29 }])).get('xl/a.xml')).detail).toMatch(/local header of "xl\/a.xml" not found/);
  });

  it('refuses a part whose data runs past the end of the file', () => {
    // A stored part claiming more bytes than the file has (and as many uncompressed, so the directory passes it).
    const data = new Uint8Array(100).fill(0x41);
    const bytes = makeZip([{ name: 'xl/a.xml', data, method: 0, size: 5000, compressedSize: 5000 }]);
    const error = refusal(() => openZip(bytes).get('xl/a.xml'));
    expect([error.code, error.detail]).toEqual(['corrupt', 'zip: "xl/a.xml" runs past the end of the file']);
  });

  it('refuses a part that holds fewer or more bytes than its directory entry says', () => {
    const stored = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, method: 0, size: WORKBOOK.length + 1 }])).get('xl/a.xml'));
    expect([stored.code, stored.detail]).toEqual(['corrupt', `zip: "xl/a.xml" holds ${WORKBOOK.length} bytes, its directory entry says ${WORKBOOK.length + 1}`]);
    const deflated = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, size: WORKBOOK.length + 5 }])).get('xl/a.xml'));
    expect(deflated.detail).toBe(`zip: "xl/a.xml" holds ${WORKBOOK.length} bytes, its directory entry says ${WORKBOOK.length + 5}`);
    const more = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, size: WORKBOOK.length - 1 }])).get('xl/a.xml'));
    expect([more.code, more.detail]).toEqual(['zipBomb', `"xl/a.xml" inflates past its declared ${WORKBOOK.length - 1} bytes`]);
  });

  it('refuses a part that fails its checksum, and deflate data that cannot be inflated', () => {
    const crc = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, crc: crc32(WORKBOOK) ^ 1 }])).get('xl/a.xml'));
    expect([crc.code, crc.detail]).toEqual(['corrupt', 'zip: "xl/a.xml" fails its checksum (damaged file)']);
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const bad = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: WORKBOOK, raw: garbage }])).get('xl/a.xml'));
    expect(bad.code).toBe('corrupt');
    expect(bad.detail).toMatch(/^zip: "xl\/a\.xml" cannot be inflated \(.+\)$/);
  });
});

describe('inflateBounded', () => {
  const guard = () => new ReadGuard();

  it('inflates raw deflate data into exactly its bytes', () => {
    const data = text('<c r="A1"><v>1</v></c>'.repeat(50));
    expect(new TextDecoder().decode(inflateBounded(deflateSync(data), 'p', data.length, guard(), data.length))).toBe(new TextDecoder().decode(data));
  });

  it('refuses data that cannot be inflated, naming the part', () => {
    const error = refusal(() => inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 'content.xml', 100, guard(), 100));
    expect(error.code).toBe('corrupt');
    expect(error.detail).toMatch(/^zip: "content\.xml" cannot be inflated \(.+\)$/);
    // No data at all is an empty part (fflate finishes an empty stream without complaint).
    expect(inflateBounded(new Uint8Array(0), 'empty.xml', 100, guard(), 100)).toHaveLength(0);
  });

  it('stops at the room left of the file’s total, and at the size declared, whichever comes first', () => {
    const data = new Uint8Array(5000).fill(0x41);
    const compressed = deflateSync(data);
    expect(inflateBounded(compressed, 'p', 5000, guard(), 5000)).toHaveLength(5000);
    const room = refusal(() => inflateBounded(compressed, 'p', 5000, guard(), 4999));
    expect([room.code, room.detail]).toEqual(['tooLarge', `its parts expand to more than 64.0 MB (at "p")`]);
    const declared = refusal(() => inflateBounded(compressed, 'p', 4999, guard(), 5000));
    expect([declared.code, declared.detail]).toEqual(['zipBomb', '"p" inflates past its declared 4999 bytes']);
  });

  it('refuses by the ratio seen while inflating, from the floor up', () => {
    // 64 KB of one byte compresses to well under a slice: the whole output comes from the first slice.
    const data = new Uint8Array(64 * 1024).fill(0x41);
    const compressed = deflateSync(data);
    expect(compressed.length).toBeLessThan(8 * 1024);
    const ratio = Math.floor(data.length / compressed.length);
    const error = refusal(() => inflateBounded(compressed, 'p', data.length, guardWith({ maxRatio: ratio, ratioFloorBytes: data.length }), data.length));
    expect([error.code, error.detail]).toEqual(['zipBomb', `"p" expanded ${compressed.length} → ${data.length} bytes while inflating (ratio over ${ratio})`]);
    expect(inflateBounded(compressed, 'p', data.length, guardWith({ maxRatio: ratio, ratioFloorBytes: data.length + 1 }), data.length)).toHaveLength(data.length);
    expect(inflateBounded(compressed, 'p', data.length, guardWith({ maxRatio: Math.ceil(data.length / compressed.length), ratioFloorBytes: data.length }), data.length)).toHaveLength(data.length);
  });

  it('looks at the clock between slices', () => {
    let t = 0;
    const slow = new ReadGuard({ ...DEFAULT_READ_LIMITS, maxMillis: 1000 }, () => (t += 600));
    const data = new Uint8Array(40_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) & 0xff;
    const compressed = deflateSync(data, { level: 0 }); // stored blocks: several 8 KB slices
    expect(refusal(() => inflateBounded(compressed, 'p', data.length, slow, data.length)).code).toBe('tooSlow');
  });
});

describe('openZip: the edges of the records', () => {
  const entries = [{ name: 'xl/workbook.xml', data: WORKBOOK }];

  it('reads an empty zip, whose end record is its first byte', () => {
    expect(openZip(makeZip([])).names).toEqual([]);
  });

  it('finds the end record by its whole signature, not by a "P" in the comment after it', () => {
    const zip = openZip(makeZip(entries, { comment: text('PK P PK\u0005 Phụ lục') }));
    expect(partText(zip, 'xl/workbook.xml')).toBe('<workbook/>');
  });

  it('steps over each entry’s extra field and comment to reach the next entry', () => {
    const zip = openZip(
      makeZip([
        { name: 'xl/a.xml', data: WORKBOOK, centralExtra: new Uint8Array([0x55, 0x54, 1, 0, 9]), centralComment: text('abc') },
        { name: 'xl/b.xml', data: SHEET, centralComment: new Uint8Array(300).fill(0x50) },
        { name: 'xl/c.xml', data: WORKBOOK },
      ]),
    );
    expect(zip.names).toEqual(['xl/a.xml', 'xl/b.xml', 'xl/c.xml']);
    expect(partText(zip, 'xl/c.xml')).toBe('<workbook/>');
  });

  it('reads the ZIP64 record when any one of the three classic fields says so, and only then', () => {
    for (const flagged of [{ count: true }, { offset: true }, { size: true }]) {
      expect([flagged, openZip(makeZip(entries, { zip64: { flagged } })).names]).toEqual([flagged, ['xl/workbook.xml']]);
    }
    // A ZIP64 record that disagrees is not looked at while the classic record holds real values.
    const ignored = makeZip(entries, { zip64: { flagged: {}, record: { count: 5, cdOffset: 3 } } });
    expect(openZip(ignored).names).toEqual(['xl/workbook.xml']);
    // An empty zip claiming 0xFFFF entries has no room for a locator before its end record.
    expect(refusal(() => openZip(makeZip([], { count: 0xffff }))).detail).toBe('the zip has 65535 entries, limit 10000');
  });

  it('reads a ZIP64 record that ends exactly at the end of the file, and refuses one cut short', () => {
    const plain = makeZip(entries, { zip64: {} });
    const recordAt = plain.length - 22 - 20 - 56;
    const record = plain.slice(recordAt, recordAt + 56);
    // A copy of the record as the archive comment, the last 56 bytes of the file, pointed at by the locator.
    const atEnd = makeZip(entries, { zip64: { offsetOverride: plain.length }, comment: record });
    expect(atEnd.length).toBe(plain.length + 56);
    expect(openZip(atEnd).names).toEqual(['xl/workbook.xml']);
    // The same record cut to its first 36 bytes: its signature is there, its fields are not.
    const cut = makeZip(entries, { zip64: { offsetOverride: plain.length }, comment: record.slice(0, 36) });
    expect(refusal(() => openZip(cut)).detail).toBe('zip: bad ZIP64 end record');
  });

  it('finds a ZIP64 sub-field of size 0 at the end of the extra field, and refuses it as short', () => {
    const error = refusal(() => openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, size: 0xffffffff, centralExtra: new Uint8Array([0x55, 0x54, 1, 0, 9, ...zip64Extra()]) }])));
    expect(error.detail).toBe('zip: short ZIP64 field');
  });

  it('does not read an entry’s comment as its extra field', () => {
    const error = refusal(() => openZip(makeZip([{ name: 'xl/s.xml', data: SHEET, size: 0xffffffff, centralExtra: new Uint8Array([0x55, 0x54, 1, 0, 9]), centralComment: zip64Extra(SHEET.length) }])));
    expect(error.code).toBe('tooLarge');
  });

  it('refuses a directory entry cut short at the end of the file, reads one that ends exactly there', () => {
    const header = (nameLen: number) => [...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u16(nameLen), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0)];
    const withDirectoryInComment = (entry: number[]) => {
      const base = makeZip([]);
      return makeZip([], { comment: new Uint8Array(entry), count: 1, cdOffset: base.length, cdSize: entry.length });
    };
    expect(openZip(withDirectoryInComment(header(0))).names).toEqual(['']);
    const cut = refusal(() => openZip(withDirectoryInComment(header(0).slice(0, 40))));
    expect([cut.code, cut.detail]).toEqual(['corrupt', 'zip: bad central directory entry 1']);
  });

  it('reads a part whose local header and data are the last bytes of the file, and refuses a header cut short there', () => {
    const local = (data: Uint8Array) => [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc32(data)), ...u32(data.length), ...u32(data.length), ...u16(0), ...u16(0), ...data];
    const inComment = (bytes: number[], data: Uint8Array) => {
      // The entry's local header is in the archive comment, which is the end of the file.
      const first = makeZip([{ name: 'xl/a.xml', data, method: 0, localOffset: 0 }], { comment: new Uint8Array(bytes) });
      return makeZip([{ name: 'xl/a.xml', data, method: 0, localOffset: first.length - bytes.length }], { comment: new Uint8Array(bytes) });
    };
    expect(partText(openZip(inComment(local(text('abc')), text('abc'))), 'xl/a.xml')).toBe('abc');
    expect(openZip(inComment(local(new Uint8Array(0)), new Uint8Array(0))).get('xl/a.xml')).toHaveLength(0);
    const cut = refusal(() => openZip(inComment(local(new Uint8Array(0)).slice(0, 29), new Uint8Array(0))).get('xl/a.xml'));
    expect([cut.code, cut.detail]).toEqual(['corrupt', 'zip: local header of "xl/a.xml" not found']);
  });

  it('a stored part is never judged by the ratio: sizes that disagree are a damaged file', () => {
    const error = refusal(() => openZip(makeZip([{ name: 'xl/a.xml', data: new Uint8Array(4000), method: 0, compressedSize: 10 }]), guardWith({ maxRatio: 100, ratioFloorBytes: 1000 })).get('xl/a.xml'));
    expect([error.code, error.detail]).toEqual(['corrupt', 'zip: "xl/a.xml" holds 10 bytes, its directory entry says 4000']);
  });

  it('refuses a deflate stream cut short even when the sizes and checksum were made to match what it holds', () => {
    const data = new Uint8Array(200_000);
    let x = 7;
    for (let i = 0; i < data.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      data[i] = 0x41 + ((x >>> 16) % 4);
    }
    const cutStream = deflateSync(data, { level: 1 }).slice(0, 20_000);
    const partial: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => partial.push(chunk));
    inflater.push(cutStream, false);
    const held = Buffer.concat(partial);
    expect(held.length).toBeGreaterThan(0);
    const bytes = makeZip([{ name: 'xl/a.xml', data: new Uint8Array(held), raw: cutStream, size: held.length, crc: crc32(new Uint8Array(held)) }]);
    const error = refusal(() => openZip(bytes).get('xl/a.xml'));
    expect(error.code).toBe('corrupt');
    expect(error.detail).toMatch(/^zip: "xl\/a\.xml" cannot be inflated/);
  });
});
