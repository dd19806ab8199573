import { zipSync, unzipSync } from 'fflate';
import { deflatePart, zipParts } from '../../src/xlsx/zip-write';

/** Deterministic bytes: some repetitive (XML-like), some noise. */
function bytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = i % 7 === 0 ? x >>> 24 : 60 + (i % 13);
  }
  return out;
}

describe('zipParts: a workbook zip from parts deflated beforehand', () => {
  const mtime = new Date(2026, 0, 1, 10, 30, 44);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': bytes(1, 900),
    '_rels/.rels': bytes(2, 0),
    'xl/worksheets/sheet1.xml': bytes(3, 70_000),
    'xl/tên-tiếng-việt.xml': bytes(4, 1234),
    'xl/sharedStrings.xml': bytes(5, 5),
  };

  test('gives exactly the bytes of fflate zipSync at level 6', () => {
    const parts = Object.entries(files).map(([name, data]) => ({ name, part: deflatePart(data) }));
    expect(Buffer.from(zipParts(parts, mtime)).equals(Buffer.from(zipSync(files, { level: 6, mtime })))).toBe(true);
  });

  test('a part deflated once serves many zips, and each unzips to its own contents', () => {
    const shared = deflatePart(files['xl/worksheets/sheet1.xml']);
    for (const seed of [7, 8]) {
      const own = bytes(seed, 300);
      const zip = zipParts([{ name: 'a.xml', part: shared }, { name: 'b.xml', part: deflatePart(own) }], mtime);
      const back = unzipSync(zip);
      expect(Buffer.from(back['a.xml']).equals(Buffer.from(files['xl/worksheets/sheet1.xml']))).toBe(true);
      expect(Buffer.from(back['b.xml']).equals(Buffer.from(own))).toBe(true);
    }
  });
});
