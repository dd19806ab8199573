/**
 * Opens the zip container of an .xlsx behind size guards. Sizes come from the central directory and
 * are checked in fflate's filter, before anything is inflated. fflate inflates each entry into a
 * buffer of exactly the declared size, so an entry that lies about its size cannot grow memory either.
 */
import { unzipSync } from 'fflate';
import { XlsxReadError } from './read-errors';

export interface ZipLimits {
  /** The file itself. */
  maxInputBytes: number;
  /** Sum of the declared uncompressed sizes of the parts we inflate. */
  maxTotalBytes: number;
  /** Declared uncompressed/compressed ratio above which an entry is treated as a bomb. */
  maxRatio: number;
  /** Entries smaller than this are not ratio-checked: tiny repetitive parts compress extremely well and are harmless. */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxInputBytes: 50 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipParts {
  /** Exact entry names as stored. */
  names: string[];
  /** Bytes of a part by its package name ("xl/workbook.xml"), leading "/", "\" and case tolerated. */
  get(name: string): Uint8Array | undefined;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipParts {
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (!isZipSignature(bytes)) throw new XlsxReadError('notZip', 'the file is not a zip container (.xlsx)');
  if (bytes.length > limits.maxInputBytes) {
    throw new XlsxReadError('tooLarge', `file is ${bytes.length} bytes, limit ${limits.maxInputBytes}`);
  }
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (!isWantedPart(file.name)) return false;
        total += file.originalSize;
        if (total > limits.maxTotalBytes) {
          throw new XlsxReadError('tooLarge', `uncompressed parts exceed ${limits.maxTotalBytes} bytes (at "${file.name}")`);
        }
        if (file.originalSize >= limits.ratioFloorBytes && file.originalSize > limits.maxRatio * Math.max(1, file.size)) {
          throw new XlsxReadError(
            'zipBomb',
            `"${file.name}" expands ${file.size} → ${file.originalSize} bytes (ratio over ${limits.maxRatio})`,
          );
        }
        // Deflate never grows data by more than a few bytes per 64 kB block; a larger compressed size
        // means the declared size is a lie, and inflating it would burn CPU on output that is dropped.
        if (file.size > file.originalSize + Math.ceil(file.originalSize / 1000) + 1024) {
          throw new XlsxReadError('zipBomb', `"${file.name}" declares ${file.originalSize} bytes but holds ${file.size} compressed`);
        }
        if (file.compression !== 0 && file.compression !== 8) {
          throw new XlsxReadError('corrupt', `"${file.name}" uses unsupported compression method ${file.compression}`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError('corrupt', `zip: ${e instanceof Error ? e.message : String(e)}`);
  }
  const byKey = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    const key = partKey(name);
    if (!byKey.has(key)) byKey.set(key, data);
  }
  return {
    names: Object.keys(entries),
    get: (name) => byKey.get(partKey(name)),
  };
}

/** XML parts and relationships are all we read; images, VBA and printer settings are never inflated. */
function isWantedPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels') || lower === 'mimetype';
}

function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function isZipSignature(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));
}

/**
 * An OLE compound file is either an encrypted OOXML package (it holds an "EncryptedPackage" stream) or
 * a legacy binary workbook (.xls), which this reader does not read.
 */
function oleError(bytes: Uint8Array): XlsxReadError {
  return containsUtf16(bytes, 'EncryptedPackage')
    ? new XlsxReadError('encrypted', 'the workbook is password-encrypted (OLE EncryptedPackage)')
    : new XlsxReadError('notWorkbook', 'OLE compound file: a legacy .xls or other binary Office file, not .xlsx');
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
