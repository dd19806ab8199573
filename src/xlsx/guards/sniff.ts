/**
 * What a file is, from its first bytes — never from its name: units rename files, mail gateways
 * replace attachments with text stubs, and a ".xlsx" may be an .xls, a CSV or an encrypted package.
 */
import { otherFormat, XlsxReadError } from '../read-errors';
import { isZipSignature } from '../zip-guard';

export type Container =
  /** A zip: .xlsx/.xlsm, .ods, or something else zipped. */
  | 'zip'
  /** An OLE compound file: .xls (BIFF5/8), an encrypted OOXML package, or another binary Office file. */
  | 'ole'
  /** A bare BIFF2–BIFF5 worksheet stream without an OLE container (Excel 2–5, some exporters). */
  | 'biff';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** BOF record ids of BIFF2, BIFF3, BIFF4 and BIFF5/8. */
const BIFF_BOF = new Set([0x0009, 0x0209, 0x0409, 0x0809]);

/** The container of a file we may read; anything else throws the refusal that names what it is. */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new XlsxReadError('empty', '0 bytes');
  if (isZipSignature(bytes)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (bytes.length >= 8) {
    const id = bytes[0] | (bytes[1] << 8);
    const len = bytes[2] | (bytes[3] << 8);
    if (BIFF_BOF.has(id) && len >= 4 && len <= 20) return 'biff';
  }
  throw describeOther(bytes);
}

function describeOther(bytes: Uint8Array): XlsxReadError {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return otherFormat('pdf', 'PDF');
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return otherFormat('rtf', 'RTF');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return otherFormat('image', 'an image (PNG/JPEG/GIF)');
  }
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return otherFormat('archive', 'a RAR or 7z archive');
  const head = textHead(bytes);
  if (head !== null) {
    const lower = head.toLowerCase();
    if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) return otherFormat('xml2003', 'XML Spreadsheet 2003');
    if (/<(html|table|!doctype html)\b/.test(lower)) return otherFormat('html', 'HTML');
    return otherFormat('text', 'text (CSV/TXT)');
  }
  return new XlsxReadError('notWorkbook', 'unrecognised binary content');
}

/** The first 4 kB as text when they look like text (UTF-8, UTF-16 with a BOM, or a single-byte code page); null for binary. */
function textHead(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head);
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= head.length / 100 ? new TextDecoder('utf-8').decode(head) : null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The name of a directory entry of an OLE file, as stored: UTF-16LE. */
export function containsUtf16(bytes: Uint8Array, text: string): boolean {
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
