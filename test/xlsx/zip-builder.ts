/**
 * A zip writer for tests, with every header field under the test's control (fflate only deflates):
 * sizes, checksums, offsets, flags, methods, extra fields, comments and ZIP64 records can each be set
 * to what a damaged or hostile file would hold.
 */
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../src/xlsx/guards/crc32';

export interface Entry {
  name: string | Uint8Array;
  data: Uint8Array;
  method?: number;
  flags?: number;
  /** Fields written as given instead of computed from `data`. */
  crc?: number;
  size?: number;
  compressedSize?: number;
  /** Where the central directory says the local header is (default: where it is). */
  localOffset?: number;
  centralExtra?: Uint8Array;
  localExtra?: Uint8Array;
  /** The entry's own comment in the central directory. */
  centralComment?: Uint8Array;
  /** The bytes written as the part's data instead of `data` compressed with `method`. */
  raw?: Uint8Array;
}

export interface ZipOptions {
  comment?: Uint8Array;
  /** Entry count written in the end record (default: the real count). */
  count?: number;
  cdOffset?: number;
  cdSize?: number;
  /** Write a ZIP64 end record and locator, and 0xFFFF / 0xFFFFFFFF in the classic end record. */
  zip64?: {
    signature?: number;
    offsetOverride?: number;
    /** Which fields of the classic end record say "see the ZIP64 record" (default: all three). */
    flagged?: { count?: boolean; offset?: boolean; size?: boolean };
    /** Values written in the ZIP64 record instead of the real ones. */
    record?: { count?: number; cdSize?: number; cdOffset?: number };
  };
  /** Bytes put between the last local entry and the central directory. */
  gap?: Uint8Array;
}

export const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
export const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const u64 = (n: number) => [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))];

function bytesOf(name: string | Uint8Array): Uint8Array {
  return typeof name === 'string' ? strToU8(name) : name;
}

export function makeZip(entries: Entry[], options: ZipOptions = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const method = e.method ?? 8;
    const stored = e.raw ?? (method === 8 ? deflateSync(e.data) : e.data);
    const name = bytesOf(e.name);
    const localExtra = e.localExtra ?? new Uint8Array(0);
    const centralExtra = e.centralExtra ?? new Uint8Array(0);
    const centralComment = e.centralComment ?? new Uint8Array(0);
    const crc = e.crc ?? crc32(e.data);
    const size = e.size ?? e.data.length;
    const compressedSize = e.compressedSize ?? stored.length;
    const localOffset = out.length;
    out.push(...u32(0x04034b50), ...u16(20), ...u16(e.flags ?? 0), ...u16(method), ...u16(0), ...u16(0));
    out.push(...u32(crc), ...u32(compressedSize), ...u32(size), ...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra, ...stored);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(e.flags ?? 0), ...u16(method), ...u16(0), ...u16(0));
    central.push(...u32(crc), ...u32(compressedSize), ...u32(size), ...u16(name.length), ...u16(centralExtra.length), ...u16(centralComment.length));
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(e.localOffset ?? localOffset), ...name, ...centralExtra, ...centralComment);
  }
  out.push(...(options.gap ?? []));
  const cdOffset = out.length;
  out.push(...central);
  const count = options.count ?? entries.length;
  const cdSize = options.cdSize ?? central.length;
  const comment = options.comment ?? new Uint8Array(0);
  const realOffset = options.cdOffset ?? cdOffset;
  if (options.zip64) {
    const z = options.zip64;
    const at = out.length;
    out.push(...u32(z.signature ?? 0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0));
    out.push(...u64(z.record?.count ?? count), ...u64(z.record?.count ?? count), ...u64(z.record?.cdSize ?? cdSize), ...u64(z.record?.cdOffset ?? realOffset));
    out.push(...u32(0x07064b50), ...u32(0), ...u64(z.offsetOverride ?? at), ...u32(1));
    const flagged = z.flagged ?? { count: true, offset: true, size: true };
    const classicCount = flagged.count ? 0xffff : count;
    out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(classicCount), ...u16(classicCount));
    out.push(...u32(flagged.size ? 0xffffffff : cdSize), ...u32(flagged.offset ? 0xffffffff : realOffset), ...u16(comment.length), ...comment);
  } else {
    out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(cdSize), ...u32(realOffset), ...u16(comment.length), ...comment);
  }
  return new Uint8Array(out);
}

/** A ZIP64 extended-information extra field (id 0x0001) holding these 64-bit values, in order. */
export function zip64Extra(...values: number[]): Uint8Array {
  return new Uint8Array([...u16(1), ...u16(values.length * 8), ...values.flatMap(u64)]);
}

/** A zip of text parts, each deflated, in the order given. */
export function zipOf(parts: Record<string, string>): Uint8Array {
  return makeZip(Object.entries(parts).map(([name, text]) => ({ name, data: strToU8(text) })));
}
