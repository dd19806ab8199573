/**
 * The zip container of an .xlsx or .ods, opened behind guards. The central directory is parsed here
 * (fflate's unzipSync would trust the declared sizes); a part is inflated only when it is asked for,
 * through fflate's streaming Inflate in small slices, and the output is counted WHILE inflating:
 * a part that grows past its declared size, past the file's total or past the ratio limit is stopped
 * at once, so memory stays bounded whatever the headers say. Every part is then checked against its
 * CRC-32, so a damaged byte is a refusal, never a silently different figure.
 */
import { Inflate } from 'fflate';
import { crc32 } from './guards/crc32';
import { formatBytes } from './guards/limits';
import { ReadGuard } from './guards/read-guard';
import { XlsxReadError } from './read-errors';

export interface ZipParts {
  /** Entry names as stored, in directory order. */
  names: string[];
  has(name: string): boolean;
  /** Bytes of a part by its package name ("xl/workbook.xml"; leading "/", "\" and case tolerated), inflated on first use. */
  get(name: string): Uint8Array | undefined;
}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Compressed bytes pushed into the inflater at a time: deflate expands at most ~1032×, so one push yields ≤ ~8.5 MB. */
const INFLATE_SLICE = 8 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

export function isZipSignature(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));
}

export function openZip(bytes: Uint8Array, guard: ReadGuard = new ReadGuard()): ZipParts {
  const limits = guard.limits;
  if (!isZipSignature(bytes)) throw new XlsxReadError('notZip', 'the file is not a zip container');
  if (bytes.length > limits.maxFileBytes) {
    throw new XlsxReadError('tooLarge', `the file is ${formatBytes(bytes.length)}, limit ${formatBytes(limits.maxFileBytes)}`);
  }
  const entries = readCentralDirectory(bytes, limits.maxZipEntries);
  const byKey = new Map<string, ZipEntry>();
  let declared = 0;
  for (const e of entries) {
    const key = partKey(e.name);
    if (!isWantedPart(key)) continue;
    if (byKey.has(key)) throw corrupt(`the zip holds two parts named "${e.name}"`);
    byKey.set(key, e);
    // Refusals that need no inflating: the directory itself admits the part is too big or a bomb.
    if (e.flags & 1) throw new XlsxReadError('encrypted', `zip entry "${e.name}" is password-encrypted`);
    if (e.method !== 0 && e.method !== 8) throw corrupt(`"${e.name}" uses unsupported compression method ${e.method}`);
    declared += e.size;
    if (declared > limits.maxUncompressedBytes) {
      throw new XlsxReadError('tooLarge', `its parts expand to more than ${formatBytes(limits.maxUncompressedBytes)} (at "${e.name}")`);
    }
    if (e.method === 8 && e.size >= limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new XlsxReadError('zipBomb', `"${e.name}" expands ${e.compressedSize} → ${e.size} bytes (ratio over ${limits.maxRatio})`);
    }
    // Deflate never grows data by more than a few bytes per block: a larger compressed size means the declared size is a lie.
    if (e.compressedSize > e.size + Math.ceil(e.size / 1000) + 1024) {
      throw new XlsxReadError('zipBomb', `"${e.name}" declares ${e.size} bytes but holds ${e.compressedSize} compressed`);
    }
  }

  // No running total is kept as parts are inflated: each is stopped at its declared size, and the
  // declared sizes were added up above, so together they stay under maxUncompressedBytes.
  const cache = new Map<string, Uint8Array>();
  return {
    names: entries.map((e) => e.name),
    has: (name) => byKey.has(partKey(name)),
    get(name) {
      const key = partKey(name);
      const hit = cache.get(key);
      if (hit) return hit;
      const entry = byKey.get(key);
      if (!entry) return undefined;
      const data = inflateEntry(bytes, entry, guard);
      cache.set(key, data);
      return data;
    },
  };
}

function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) throw corrupt('zip: end of central directory not found (truncated file?)');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === SIG_EOCD64_LOCATOR) {
      const at = safeNumber(view, locator + 8);
      if (at + 56 > bytes.length || view.getUint32(at, true) !== SIG_EOCD64) throw corrupt('zip: bad ZIP64 end record');
      count = safeNumber(view, at + 32);
      cdSize = safeNumber(view, at + 40);
      cdOffset = safeNumber(view, at + 48);
    }
  }
  if (count > maxEntries) throw new XlsxReadError('tooLarge', `the zip has ${count} entries, limit ${maxEntries}`);
  if (cdOffset + cdSize > bytes.length) throw corrupt('zip: the central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt(`zip: bad central directory entry ${i + 1}`);
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw corrupt(`zip: central directory entry ${i + 1} runs past the end`);
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0),
      flags,
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(entry, view, p + 46 + nameLen, extraLen);
    entries.push(entry);
    p = end;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

/** ZIP64 extended information (header 0x0001): 64-bit sizes and offset for the fields set to 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const take = () => {
        if (q + 8 > p + 4 + size) throw corrupt('zip: short ZIP64 field');
        const v = safeNumber(view, q);
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    p += 4 + size;
  }
}

function safeNumber(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw corrupt('zip: field runs past the end');
  const n = view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
  if (!Number.isSafeInteger(n)) throw corrupt('zip: 64-bit size out of range');
  return n;
}

function inflateEntry(bytes: Uint8Array, e: ZipEntry, guard: ReadGuard): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) throw corrupt(`zip: local header of "${e.name}" not found`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw corrupt(`zip: "${e.name}" runs past the end of the file`);
  const data = e.method === 0 ? bytes.slice(start, end) : inflateBounded(bytes.subarray(start, end), e.name, e.size, guard, guard.limits.maxUncompressedBytes);
  if (data.length !== e.size) throw corrupt(`zip: "${e.name}" holds ${data.length} bytes, its directory entry says ${e.size}`);
  if (crc32(data) !== e.crc) throw corrupt(`zip: "${e.name}" fails its checksum (damaged file)`);
  return data;
}

/**
 * Raw deflate data → its bytes, bounded while inflating: never past `size` (what the directory or
 * manifest declares), past `room` (what is left of the file's total) or past the ratio limit; the
 * clock checked between slices. Also used for the decrypted parts of an encrypted .ods.
 */
export function inflateBounded(compressed: Uint8Array, name: string, size: number, guard: ReadGuard, room: number): Uint8Array {
  const limits = guard.limits;
  const chunks: Uint8Array[] = [];
  let out = 0;
  const inflater = new Inflate((chunk) => {
    out += chunk.length;
    if (out > size) throw new XlsxReadError('zipBomb', `"${name}" inflates past its declared ${size} bytes`);
    if (out > room) throw new XlsxReadError('tooLarge', `its parts expand to more than ${formatBytes(limits.maxUncompressedBytes)} (at "${name}")`);
    chunks.push(chunk);
  });
  const end = compressed.length;
  try {
    for (let p = 0; p < end; p += INFLATE_SLICE) {
      const next = Math.min(end, p + INFLATE_SLICE);
      inflater.push(compressed.subarray(p, next), next === end);
      if (out >= limits.ratioFloorBytes && out > limits.maxRatio * next) {
        throw new XlsxReadError('zipBomb', `"${name}" expanded ${next} → ${out} bytes while inflating (ratio over ${limits.maxRatio})`);
      }
      guard.checkTime();
    }
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    throw corrupt(`zip: "${name}" cannot be inflated (${err instanceof Error ? err.message : String(err)})`);
  }
  return concat(chunks, out);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** XML parts and relationships are all we read; images, VBA, printer settings and binary parts are never inflated. */
function isWantedPart(key: string): boolean {
  return key.endsWith('.xml') || key.endsWith('.rels') || key === 'mimetype';
}

function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(raw);
  let s = '';
  for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]);
  return s;
}

function corrupt(detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', detail);
}
