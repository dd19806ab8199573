/**
 * A pack file from outside — JSON or a pack workbook — to the pack, through the same guards as any
 * unit's file (openWorkbookFile) and the same loader; and the deflate of the pack a workbook carries
 * (the core decides the layout: core/packbook/embed.ts).
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Lang } from '../core/i18n/format';
import { checkPackJson } from '../core/load/load-pack';
import type { PackIssue } from '../core/pack/json-checker';
import type { TemplatePack } from '../core/pack/types';
import { compilePackWorkbook } from '../core/packbook/compile';
import type { PackCodec } from '../core/packbook/embed';
import type { CellSource } from '../core/report/cell-source';
import { base64Bytes } from './crypto/passwords';
import { openWorkbookFile, type OpenOptions } from './open-workbook';
import { sniffContainer } from './guards/sniff';
import { formatBytes, readLimits } from './guards/limits';
import { readErrorMessages } from './read-error-message';

function isWorkbookBytes(bytes: Uint8Array): boolean {
  try {
    sniffContainer(bytes);
    return true;
  } catch {
    return false;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

/** Inflates with a cap on the output: past `maxBytes` it stops and says no. */
function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && !over; i += 65536) inflater.push(data.subarray(i, i + 65536), i + 65536 >= data.length);
  } catch {
    return null;
  }
  if (over) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const PACK_CODEC: PackCodec = {
  compress: (text) => bytesToBase64(deflateSync(strToU8(text), { level: 9 })),
  decompress(base64, maxBytes) {
    let bytes: Uint8Array;
    try {
      bytes = base64Bytes(base64);
    } catch {
      return null;
    }
    const out = inflateCapped(bytes, maxBytes);
    if (!out) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(out);
    } catch {
      return null;
    }
  },
};

export type PackFileForm = 'json' | 'workbook';

export type PackFileRead =
  | { ok: true; pack: TemplatePack; form: PackFileForm; source?: CellSource }
  /** The file was read but the pack is refused: every issue (a workbook's named by sheet and cell). */
  | { ok: false; form: PackFileForm; issues: PackIssue[] }
  /** The file could not be read at all (the reader's message, naming the file). */
  | { ok: false; form: PackFileForm; unreadable: Record<Lang, string> };

/** A pack workbook as read (a CellSource, from a file or from Excel) → the pack or its problems. */
export function packFromSource(source: CellSource): PackFileRead {
  const compiled = compilePackWorkbook(source);
  return compiled.ok ? { ok: true, pack: compiled.pack, form: 'workbook', source } : { ok: false, form: 'workbook', issues: compiled.issues };
}

/** A JSON pack's text → the pack or its problems. */
export function packFromJsonText(text: string): PackFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, form: 'json', issues: [{ path: '(pack)', key: 'pack.notJson', params: { detail: (e as Error).message } }] };
  }
  const loaded = checkPackJson(json);
  return loaded.ok ? { ok: true, pack: loaded.pack, form: 'json' } : { ok: false, form: 'json', issues: loaded.issues };
}

/** What the bytes are decides, never the name: a zip or OLE container is a workbook, anything else is read as JSON. */
export function readPackBytes(file: { name: string; bytes: Uint8Array }, opts: OpenOptions = {}): PackFileRead {
  if (isWorkbookBytes(file.bytes)) {
    const opened = openWorkbookFile(file, opts);
    if (!opened.ok) return { ok: false, form: 'workbook', unreadable: opened.message };
    return packFromSource(opened.source);
  }
  // A JSON pack is bounded like a workbook: a file of hundreds of MB is refused, not decoded.
  const maxFileBytes = readLimits(opts.limits).maxFileBytes;
  if (file.bytes.length > maxFileBytes) {
    const detail = `the file is ${formatBytes(file.bytes.length)}, limit ${formatBytes(maxFileBytes)}`;
    return { ok: false, form: 'json', unreadable: readErrorMessages(file.name, { code: 'tooLarge', detail }) };
  }
  return packFromJsonText(strFromU8(file.bytes));
}
