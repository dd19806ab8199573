/**
 * The zip container of a written workbook, assembled from parts deflated beforehand, so that a part
 * the same in many workbooks (a check sheet, an annex) is deflated once. The bytes are exactly those
 * of fflate's zipSync(files, { level: 6, mtime }) — local headers, no data descriptors, no extra
 * fields or comments, version 2.0, UTF-8 flag for non-ASCII names — so writing through here or
 * through zipSync gives the same file (test/xlsx/zip-write.test.ts).
 */
import { deflateSync } from 'fflate';
import { crc32 } from './guards/crc32';

/** Deflate level of every part (zipSync's level 6). */
const LEVEL = 6;

export interface DeflatedPart {
  /** Length of the part uncompressed. */
  size: number;
  crc: number;
  /** Raw DEFLATE data. */
  data: Uint8Array;
}

export function deflatePart(bytes: Uint8Array): DeflatedPart {
  return { size: bytes.length, crc: crc32(bytes), data: deflateSync(bytes, { level: LEVEL }) };
}

const encoder = new TextEncoder();

/** DOS date and time from the Date's local fields (as fflate reads them). */
function dosTime(d: Date): number {
  const y = d.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new RangeError('zip dates run from 1980 to 2099');
  return ((y << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;
}

export function zipParts(parts: ReadonlyArray<{ name: string; part: DeflatedPart }>, mtime: Date): Uint8Array {
  const time = dosTime(mtime);
  const entries = parts.map(({ name, part }) => {
    const nameBytes = encoder.encode(name);
    if (nameBytes.length > 65535) throw new RangeError(`zip entry name too long: ${name}`);
    return { nameBytes, utf8: nameBytes.length !== name.length, part };
  });
  const localSize = entries.reduce((n, e) => n + 30 + e.nameBytes.length + e.part.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let local = 0;
  let central = localSize;
  for (const e of entries) {
    const header = (at: number, centralEntry: boolean) => {
      let b = at;
      view.setUint32(b, centralEntry ? 0x02014b50 : 0x04034b50, true);
      b += 4;
      if (centralEntry) b += 2; // version made by: 2.0 (set below), MS-DOS
      view.setUint16(b, 20, true); // version needed: 2.0
      view.setUint16(b + 2, e.utf8 ? 0x0800 : 0, true);
      view.setUint16(b + 4, 8, true); // deflate
      view.setUint32(b + 6, time, true);
      view.setUint32(b + 10, e.part.crc, true);
      view.setUint32(b + 14, e.part.data.length, true);
      view.setUint32(b + 18, e.part.size, true);
      view.setUint16(b + 22, e.nameBytes.length, true);
      return b + 26; // extra field length 0
    };
    let b = header(local, false);
    out.set(e.nameBytes, b);
    out.set(e.part.data, b + e.nameBytes.length);
    out[central + 4] = 20;
    b = header(central, true);
    // comment length, disk number, internal and external attributes: 0.
    view.setUint32(b + 10, local, true);
    out.set(e.nameBytes, b + 14);
    local += 30 + e.nameBytes.length + e.part.data.length;
    central += 46 + e.nameBytes.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
