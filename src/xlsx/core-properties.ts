/**
 * The saved time of an .xlsx: docProps/core.xml `dcterms:modified`, which Excel, LibreOffice and WPS
 * update on every save (a file's own mtime changes when it is e-mailed or copied; this does not).
 * Only that one small part is inflated; anything odd gives null and the caller falls back to the
 * file's mtime. Kept apart from the reader so the merge can ask for it without a second full parse.
 */
import { strFromU8, unzipSync } from 'fflate';

const CORE_PART = 'docprops/core.xml';
const MAX_PART_BYTES = 64 * 1024;

export function readSavedTime(bytes: Uint8Array): Date | null {
  let xml: string | undefined;
  try {
    const parts = unzipSync(bytes, {
      filter: (f) => f.name.replace(/^\/+/, '').toLowerCase() === CORE_PART && f.originalSize <= MAX_PART_BYTES && (f.compression === 0 || f.compression === 8),
    });
    const data = Object.values(parts)[0];
    xml = data ? strFromU8(data) : undefined;
  } catch {
    return null;
  }
  if (!xml) return null;
  // Any namespace prefix: <dcterms:modified xsi:type="dcterms:W3CDTF">2020-12-20T08:00:00Z</dcterms:modified>
  const m = /<(?:[A-Za-z_][\w.-]*:)?modified\b[^>]*>\s*([^<\s]+)\s*</.exec(xml);
  if (!m) return null;
  const when = new Date(m[1]);
  return Number.isNaN(when.getTime()) ? null : when;
}
