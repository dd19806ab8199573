import { checkPackJson } from '../load/load-pack';
import { comparePacks, type EmbeddedCorruption, type EmbeddedNote } from '../pack/compare-packs';
import type { TemplatePack } from '../pack/types';
import type { CellSource } from '../report/cell-source';
import { readMeta } from '../report/locate-annex';
import type { MetaSheetModel, WorkbookModel } from '../sheet/model';
import { sha256Hex } from '../text/sha256';

/**
 * The pack a workbook carries: its JSON, deflated and in base64 (by the caller's `compress`, from
 * src/xlsx: the core has no deflate), split over rows of the hidden identity sheet, with the SHA-256
 * of the JSON text — so that a unit opening its workbook validates against the rules its province
 * sent, with no file to install. Reading it back never trusts it: size capped before inflating, the
 * digest checked, the pack through the same loader as any pack.
 *
 *   pack.embedded          deflate+base64 (the encoding)
 *   pack.embedded.sha256   SHA-256 of the JSON text (hex)
 *   pack.embedded.chars    length of the JSON text
 *   pack.embedded.parts    number of parts
 *   pack.embedded.1 …      the base64 text, at most PART_CHARS a cell
 */

export const EMBED_KEYS = {
  encoding: 'pack.embedded',
  sha256: 'pack.embedded.sha256',
  chars: 'pack.embedded.chars',
  parts: 'pack.embedded.parts',
  part: 'pack.embedded.',
} as const;

export const EMBED_ENCODING = 'deflate+base64';
/** Under Excel's 32 767 characters a cell. */
export const PART_CHARS = 30000;
/** A pack of the largest campaign is well under this; more is refused before anything is inflated. */
export const MAX_EMBEDDED_BASE64 = 2_000_000;
/** What the carried pack may inflate to (a zip bomb in a cell stops here). */
export const MAX_EMBEDDED_BYTES = 32_000_000;

export interface PackCodec {
  /** Text → deflated bytes in base64. */
  compress(text: string): string;
  /** Base64 of deflated bytes → text; null when it is not that, or when it would inflate past `maxBytes`. */
  decompress(base64: string, maxBytes: number): string | null;
}

/** The JSON text a pack is carried as (the loaded pack, so every reader gets the same). */
export function packJsonText(pack: TemplatePack): string {
  return JSON.stringify(pack);
}

export function embeddedPackRows(pack: TemplatePack, compress: PackCodec['compress']): Array<[string, string]> {
  const text = packJsonText(pack);
  const base64 = compress(text);
  const parts: string[] = [];
  for (let i = 0; i < base64.length; i += PART_CHARS) parts.push(base64.slice(i, i + PART_CHARS));
  return [
    [EMBED_KEYS.encoding, EMBED_ENCODING],
    [EMBED_KEYS.sha256, sha256Hex(text)],
    [EMBED_KEYS.chars, String(text.length)],
    [EMBED_KEYS.parts, String(parts.length)],
    ...parts.map((p, i): [string, string] => [`${EMBED_KEYS.part}${i + 1}`, p]),
  ];
}

/** The workbook with its pack added to the hidden identity sheet. */
export function withEmbeddedPack(model: WorkbookModel, rows: ReadonlyArray<[string, string]>): WorkbookModel {
  const metaSheet: MetaSheetModel = { ...model.metaSheet, rows: [...model.metaSheet.rows, ...rows] };
  return { ...model, metaSheet };
}


export type EmbeddedPack =
  | { kind: 'none' }
  | { kind: 'corrupt'; reason: EmbeddedCorruption }
  | { kind: 'pack'; pack: TemplatePack; sha256: string };

/** The pack carried by a workbook (read from its hidden identity sheet), checked; never throws. */
export function readEmbeddedPack(source: CellSource, decompress: PackCodec['decompress']): EmbeddedPack {
  return embeddedFromMeta(readMeta(source), decompress);
}

export function embeddedFromMeta(meta: ReadonlyMap<string, string>, decompress: PackCodec['decompress']): EmbeddedPack {
  const encoding = meta.get(EMBED_KEYS.encoding);
  if (encoding === undefined) return { kind: 'none' };
  if (encoding !== EMBED_ENCODING) return { kind: 'corrupt', reason: 'encoding' };
  const count = Number(meta.get(EMBED_KEYS.parts));
  if (!Number.isInteger(count) || count < 1 || count > MAX_EMBEDDED_BASE64 / PART_CHARS + 1) return { kind: 'corrupt', reason: count > 0 ? 'tooLarge' : 'parts' };
  const parts: string[] = [];
  let length = 0;
  for (let i = 1; i <= count; i++) {
    const part = meta.get(`${EMBED_KEYS.part}${i}`);
    if (part === undefined) return { kind: 'corrupt', reason: 'parts' };
    length += part.length;
    if (length > MAX_EMBEDDED_BASE64) return { kind: 'corrupt', reason: 'tooLarge' };
    parts.push(part);
  }
  const text = decompress(parts.join(''), MAX_EMBEDDED_BYTES);
  if (text === null) return { kind: 'corrupt', reason: 'inflate' };
  const sha256 = sha256Hex(text);
  if (sha256 !== meta.get(EMBED_KEYS.sha256)) return { kind: 'corrupt', reason: 'digest' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'json' };
  }
  const loaded = checkPackJson(json);
  return loaded.ok ? { kind: 'pack', pack: loaded.pack, sha256 } : { kind: 'corrupt', reason: 'invalid' };
}

/** What to say of a workbook's own pack against the pack in use: nothing when it is the same pack. */
export function embeddedNote(embedded: EmbeddedPack, used: TemplatePack): EmbeddedNote | null {
  if (embedded.kind === 'none') return null;
  if (embedded.kind === 'corrupt') return { kind: 'corrupt', reason: embedded.reason };
  const comparison = comparePacks(embedded.pack, used);
  return comparison.differences.length || embedded.pack.id !== used.id ? { kind: 'differs', comparison } : null;
}

/** Both at once, for the callers that have a workbook and the pack that reads it. */
export function embeddedNoteOf(source: CellSource, used: TemplatePack, decompress: PackCodec['decompress']): EmbeddedNote | null {
  return embeddedNote(readEmbeddedPack(source, decompress), used);
}
