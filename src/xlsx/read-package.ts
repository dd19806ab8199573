/** Finding parts through relationships (never by assumed paths) and decoding part bytes to text. */
import type { ReadGuard } from './guards/read-guard';
import { XlsxReadError } from './read-errors';
import { children, parseXmlTree, type XmlElement } from './xml-tree';
import type { ZipParts } from './zip-guard';

export interface Relationship {
  id: string;
  /** Last segment of the type URI ("officeDocument", "worksheet" …): transitional and Strict share it. */
  kind: string;
  /** Resolved part name, without leading "/". */
  target: string;
  external: boolean;
}

export function partText(zip: ZipParts, name: string): string | undefined {
  const bytes = zip.get(name);
  return bytes ? decodeXmlBytes(bytes) : undefined;
}

export function partTree(zip: ZipParts, name: string, guard?: ReadGuard): XmlElement | undefined {
  const text = partText(zip, name);
  return text === undefined ? undefined : parseXmlTree(text, guard);
}

/** UTF-8 unless a UTF-16 byte order mark says otherwise (a few writers emit UTF-16 parts). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Relationships of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"); empty when there are none. */
export function relationshipsOf(zip: ZipParts, partName: string, guard?: ReadGuard): Relationship[] {
  const slash = partName.lastIndexOf('/');
  const dir = slash < 0 ? '' : partName.slice(0, slash);
  const file = partName.slice(slash + 1);
  const relsName = (dir ? dir + '/' : '') + '_rels/' + file + '.rels';
  const root = partTree(zip, relsName, guard);
  if (!root) return [];
  if (root.name !== 'Relationships') throw new XlsxReadError('corrupt', `${relsName} is not a relationships part`);
  return children(root, 'Relationship').map((r) => {
    const type = r.attrs.Type ?? '';
    const external = (r.attrs.TargetMode ?? '').toLowerCase() === 'external';
    const target = r.attrs.Target ?? '';
    return {
      id: r.attrs.Id ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePartName(dir, target),
      external,
    };
  });
}

/** Resolves a relationship target against the source part's folder: "worksheets/sheet1.xml", "/xl/…", "../…". */
export function resolvePartName(baseDir: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const segments = t.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}
