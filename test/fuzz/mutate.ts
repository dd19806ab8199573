/**
 * Seeded mutations of a valid unit workbook, each with the set of cells it may legitimately change
 * (for the oracle). Four families, as the issue asks: bytes of the file, XML text inside the unzipped
 * parts (re-zipped), cell values, and the sheet and name tables.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { SeededRandom } from '../../src/core/demo/random';
import type { BiffMap } from './biff';
import type { Touched } from './oracle';

export type Family = 'bytes' | 'xml' | 'cell' | 'table';

export interface Base {
  name: string;
  bytes: Uint8Array;
  format: 'xlsx' | 'ods' | 'xls';
  /** Unzipped text parts (zip formats). */
  parts?: Map<string, string>;
  /** Sheet part → the annex it holds (xlsx); for ods, the table name → annex. */
  annexOfPart: Map<string, string>;
  /** .xls: the role of each byte (biff.ts) and the annex of each sheet name. */
  biff?: { map: BiffMap; annexOfSheet: Map<string, string> };
}

export interface Mutant {
  family: Family;
  what: string;
  bytes: Uint8Array;
  touched: Touched;
}

export function unzipText(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, strFromU8(data));
  return parts;
}

function rezip(parts: Map<string, string>, rng: SeededRandom): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of parts) files[name] = strToU8(text);
  return zipSync(files, { level: rng.next() < 0.8 ? 0 : 1 });
}

const pick = <T>(rng: SeededRandom, items: readonly T[]): T => items[rng.int(0, items.length - 1)];

const SNIPPETS = [
  '<', '>', '&', '&amp;', '&#0;', '&#xFFFF;', '&#x1F600;', '&bogus;', '&constructor;', '"', "'", '/>', '</', '<x>', '</x>',
  '<!DOCTYPE a>', '<!ENTITY x "y">', '<![CDATA[', ']]>', '<?pi?>', '<!-- -->', '\u0000', '\uFFFE', '\uD800',
  '<c r="A1"><v>1</v></c>', '<row r="0">', '<c r="XFE1"><v>5</v></c>', '<f>SUM(A1:A2)</f>', '<v>1e309</v>', 'NaN', '-0', '1e309',
  '__proto__', 'constructor', '="1"', 'x'.repeat(3000), '<a>'.repeat(300),
];
const VALUES = ['', ' ', '-1', '0', '-0', '1e309', '-1e309', '0x10', ' 12 ', '1,250', '1.250', 'abc', '99999999999999999999', '1E+2', '4294967296', '2.5', 'NaN', 'Infinity', '#REF!', '__proto__'];
const TYPES = ['s', 'str', 'b', 'e', 'inlineStr', 'd', 'n', 'x', ''];
const REFS = ['A1', 'XFD1048576', 'XFE1', 'A0', 'A1048577', 'ZZZZ1', 'C5x', '', '$B$2', 'b2'];
const SHEET_NAMES = ['__proto__', 'constructor', 'prototype', '', 'PL02', 'Kiểm tra', '_annex_meta', 'x'.repeat(300), "'q'", '<s>'];

/** One mutation of `base`, chosen by `rng`. */
export function mutate(base: Base, rng: SeededRandom, family: Family): Mutant {
  if (family === 'bytes' || !base.parts) return mutateBytes(base, rng);
  const parts = new Map(base.parts);
  if (base.format === 'ods') return mutateOds(base, parts, rng, family);
  switch (family) {
    case 'xml':
      return mutateXmlText(base, parts, rng);
    case 'cell':
      return mutateCell(base, parts, rng);
    case 'table':
      return mutateTables(parts, rng);
  }
}

function mutateBytes(base: Base, rng: SeededRandom): Mutant {
  const b = base.bytes;
  // Half of the hits near the end: the central directory, where a zip's structure lives.
  const hits: number[] = [];
  const at = () => {
    const p = rng.next() < 0.5 ? rng.int(Math.max(0, b.length - 600), b.length - 1) : rng.int(0, b.length - 1);
    hits.push(p);
    return p;
  };
  const op = rng.int(0, 5);
  let out: Uint8Array;
  let what: string;
  if (op === 0) {
    out = b.slice();
    const n = rng.int(1, 8);
    for (let k = 0; k < n; k++) out[at()] ^= 1 << rng.int(0, 7);
    what = `flip ${n} bits`;
  } else if (op === 1) {
    out = b.slice();
    const p = at();
    out[p] = pick(rng, [0, 0xff, 0x7f, 0x80, rng.int(0, 255)]);
    what = `set byte ${p}`;
  } else if (op === 2) {
    const p = rng.int(0, b.length);
    out = b.slice(0, p);
    what = `truncate at ${p}`;
  } else if (op === 3) {
    const p = at();
    const n = rng.int(1, 64);
    out = concat(b.subarray(0, p), randomBytes(rng, n), b.subarray(p));
    what = `insert ${n} bytes at ${p}`;
  } else if (op === 4) {
    const p = at();
    const n = rng.int(1, 64);
    out = concat(b.subarray(0, p), b.subarray(Math.min(b.length, p + n)));
    what = `delete ${n} bytes at ${p}`;
  } else {
    const p = at();
    const n = rng.int(1, 200);
    out = concat(b.subarray(0, p + n), b.subarray(p));
    what = `duplicate ${n} bytes at ${p}`;
  }
  // Zip parts are checksummed: a changed byte cannot change a figure. BIFF (.xls) has no checksum:
  // a damaged byte inside a cell record's value changes that cell, as Excel would read it too; any
  // other damaged byte (or bytes moved by an insertion, deletion, truncation) touches no figure.
  const changed = op <= 1 ? hits : [];
  return { family: 'bytes', what, bytes: out, touched: base.biff ? touchedInBiff(base.biff, changed) : { kind: 'none' } };
}

function touchedInBiff(biff: NonNullable<Base['biff']>, offsets: number[]): Touched {
  const touched = { kind: 'bytes' as const, cells: new Map<string, Set<string>>(), annexes: new Set<string>(), texts: false };
  for (const offset of offsets) {
    const role = biff.map.roleAt(offset);
    if (role.kind === 'texts') touched.texts = true;
    if (role.kind === 'structure' || role.kind === 'texts') continue;
    const annex = biff.annexOfSheet.get(role.sheet);
    if (!annex) continue;
    if (role.kind === 'position') touched.annexes.add(annex);
    else (touched.cells.get(annex) ?? touched.cells.set(annex, new Set()).get(annex)!).add(role.address);
  }
  return touched;
}

function mutateXmlText(base: Base, parts: Map<string, string>, rng: SeededRandom): Mutant {
  const names = [...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const sheets = names.filter((n) => base.annexOfPart.has(n));
  const name = rng.next() < 0.6 && sheets.length ? pick(rng, sheets) : pick(rng, names);
  const xml = parts.get(name)!;
  const { text, start, removed, inserted, what } = editText(xml, rng, name.includes('worksheets') ? xml.indexOf('<sheetData') : 0);
  parts.set(name, text);
  return { family: 'xml', what: `${name}: ${what}`, bytes: rezip(parts, rng), touched: touchedBy(base, name, xml, text, start, removed, inserted) };
}

function editText(xml: string, rng: SeededRandom, from: number) {
  const start = rng.int(Math.max(0, from), xml.length - 1);
  const op = rng.int(0, 3);
  if (op === 0) {
    const removed = rng.int(1, 40);
    return { text: xml.slice(0, start) + xml.slice(start + removed), start, removed, inserted: 0, what: `delete ${removed} chars at ${start}` };
  }
  if (op === 1) {
    const s = pick(rng, SNIPPETS);
    return { text: xml.slice(0, start) + s + xml.slice(start), start, removed: 0, inserted: s.length, what: `insert ${JSON.stringify(s.slice(0, 30))} at ${start}` };
  }
  if (op === 2) {
    const len = rng.int(1, 120);
    const s = xml.slice(start, start + len);
    return { text: xml.slice(0, start) + s + xml.slice(start), start, removed: 0, inserted: s.length, what: `duplicate ${len} chars at ${start}` };
  }
  const ch = String.fromCharCode(pick(rng, [60, 62, 38, 34, 47, 61, 32, 48 + rng.int(0, 9), rng.int(33, 126)]));
  return { text: xml.slice(0, start) + ch + xml.slice(start + 1), start, removed: 1, inserted: 1, what: `replace char at ${start} by ${JSON.stringify(ch)}` };
}

function mutateCell(base: Base, parts: Map<string, string>, rng: SeededRandom): Mutant {
  const sheets = [...parts.keys()].filter((n) => base.annexOfPart.has(n));
  const name = pick(rng, sheets);
  const xml = parts.get(name)!;
  const cells = [...xml.matchAll(/<c\b[^>]*?>/g)];
  const m = pick(rng, cells);
  const tagStart = m.index!;
  const tagEnd = tagStart + m[0].length;
  const selfClosing = m[0].endsWith('/>');
  const end = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd) + 4;
  const op = rng.int(0, 3);
  let text: string;
  let what: string;
  let element = end - tagStart;
  if (op === 0) {
    const value = escape(pick(rng, VALUES));
    const inner = selfClosing ? '' : xml.slice(tagEnd, end - 4);
    const newInner = inner.includes('<v>') ? inner.replace(/<v>[\s\S]*?<\/v>/, `<v>${value}</v>`) : `${inner}<v>${value}</v>`;
    const replaced = `${m[0].replace(/\/>$/, '>')}${newInner}</c>`;
    text = xml.slice(0, tagStart) + replaced + xml.slice(end);
    element = Math.max(element, replaced.length);
    what = `value ${JSON.stringify(value)}`;
  } else if (op === 1) {
    const t = pick(rng, TYPES);
    text = xml.slice(0, tagStart) + setAttr(m[0], 't', t) + xml.slice(tagEnd);
    what = `type ${JSON.stringify(t)}`;
  } else if (op === 2) {
    const s = pick(rng, ['-1', '99999', 'x', '0', '1']);
    text = xml.slice(0, tagStart) + setAttr(m[0], 's', s) + xml.slice(tagEnd);
    what = `style ${s}`;
  } else {
    const r = pick(rng, [...REFS, randomRef(rng)]);
    text = xml.slice(0, tagStart) + setAttr(m[0], 'r', r) + xml.slice(tagEnd);
    what = `reference ${JSON.stringify(r)}`;
  }
  parts.set(name, text);
  const delta = text.length - xml.length;
  return { family: 'cell', what: `${name} ${m[0].slice(0, 24)}: ${what}`, bytes: rezip(parts, rng), touched: touchedBy(base, name, xml, text, tagStart, element, element + Math.max(0, delta)) };
}

function mutateTables(parts: Map<string, string>, rng: SeededRandom): Mutant {
  const wb = parts.get('xl/workbook.xml')!;
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = parts.get(relsName)!;
  const sheets = [...wb.matchAll(/<sheet [^>]*\/>/g)];
  const s = pick(rng, sheets);
  const op = rng.int(0, 7);
  let what: string;
  if (op === 0) {
    const name = pick(rng, SHEET_NAMES);
    parts.set('xl/workbook.xml', wb.replace(s[0], setAttr(s[0], 'name', escape(name))));
    what = `sheet name ${JSON.stringify(name.slice(0, 20))}`;
  } else if (op === 1) {
    const state = pick(rng, ['hidden', 'veryHidden', 'visible', 'garbage']);
    parts.set('xl/workbook.xml', wb.replace(s[0], setAttr(s[0], 'state', state)));
    what = `sheet state ${state}`;
  } else if (op === 2) {
    const other = pick(rng, sheets)[0].match(/r:id="([^"]*)"/)?.[1] ?? '';
    const id = pick(rng, [other, 'rId999', '']);
    parts.set('xl/workbook.xml', wb.replace(s[0], setAttr(s[0], 'r:id', id)));
    what = `sheet r:id ${id}`;
  } else if (op === 3) {
    parts.set('xl/workbook.xml', wb.replace(s[0], rng.next() < 0.5 ? '' : s[0] + s[0]));
    what = 'remove or duplicate a sheet';
  } else if (op === 4) {
    const name = pick(rng, ['ANNEX_SHEET_PL02', 'ANNEX_UNIT', '__proto__', 'constructor', 'ANNEX_PACK', '']);
    const formula = pick(rng, ["'PL07 Tài chính'!$A$6", '_annex_meta!$B$99', '"x"', '#REF!', "'__proto__'!A1", '']);
    const local = pick(rng, ['', ' localSheetId="99"', ' localSheetId="-1"', ' localSheetId="0"']);
    const def = `<definedName name="${escape(name)}"${local}>${escape(formula)}</definedName>`;
    parts.set('xl/workbook.xml', wb.includes('<definedNames>') ? wb.replace('<definedNames>', `<definedNames>${def}`) : wb.replace('</sheets>', `</sheets><definedNames>${def}</definedNames>`));
    what = `defined name ${def}`;
  } else if (op === 5) {
    const rel = pick(rng, [...rels.matchAll(/<Relationship [^>]*\/>/g)]);
    const target = pick(rng, ['worksheets/sheet1.xml', '../../../etc/passwd', '/xl/worksheets/sheet99.xml', 'http://example.invalid/x.xml', '', 'sharedStrings.xml', 'styles.xml']);
    parts.set(relsName, rels.replace(rel[0], setAttr(rel[0], 'Target', target)));
    what = `relationship target ${target}`;
  } else if (op === 6) {
    const rel = pick(rng, [...rels.matchAll(/<Relationship [^>]*\/>/g)]);
    parts.set(relsName, rels.replace(rel[0], rng.next() < 0.5 ? '' : setAttr(rel[0], 'TargetMode', 'External')));
    what = 'drop or externalise a relationship';
  } else {
    const edited = editText(wb, rng, wb.indexOf('<sheets'));
    parts.set('xl/workbook.xml', edited.text);
    what = `workbook.xml: ${edited.what}`;
  }
  return { family: 'table', what, bytes: rezip(parts, rng), touched: { kind: 'none' } };
}

/** ODS: the XML of content.xml (annex-level touch: the table the edit falls in), or a cell's value attribute. */
function mutateOds(base: Base, parts: Map<string, string>, rng: SeededRandom, family: Family): Mutant {
  const xml = parts.get('content.xml')!;
  const body = xml.indexOf('<office:body');
  let text: string;
  let start: number;
  let what: string;
  if (family === 'cell') {
    const values = [...xml.matchAll(/office:value="([^"]*)"/g)];
    const m = pick(rng, values);
    const v = pick(rng, VALUES);
    start = m.index!;
    text = xml.slice(0, start) + `office:value="${escape(v)}"` + xml.slice(start + m[0].length);
    what = `value ${JSON.stringify(v)}`;
  } else {
    const edited = editText(xml, rng, body);
    ({ text, start, what } = edited);
  }
  parts.set('content.xml', text);
  const tables = [...xml.matchAll(/<table:table table:name="([^"]*)"/g)];
  const before = tables.filter((t) => t.index! <= start);
  const table = before.length ? before[before.length - 1][1] : '';
  const annex = base.annexOfPart.get(table);
  // An edit before the first table (styles: hidden flags) or outside annex tables touches no figure.
  const touched: Touched = annex ? { kind: 'annexes', annexes: new Set([annex]) } : { kind: 'none' };
  return { family, what: `content.xml: ${what}`, bytes: rezip(parts, rng), touched };
}

/** The cells whose <c> element overlaps the edit, before and after it. */
function touchedBy(base: Base, part: string, before: string, after: string, start: number, removed: number, inserted: number): Touched {
  const annex = base.annexOfPart.get(part);
  if (part === 'xl/sharedStrings.xml') return { kind: 'texts' };
  if (!annex) return { kind: 'none' };
  const cells = new Set<string>([...cellsOverlapping(before, start, start + removed), ...cellsOverlapping(after, start, start + inserted)]);
  return { kind: 'cells', cells: new Map([[annex, cells]]) };
}

function cellsOverlapping(xml: string, from: number, to: number): string[] {
  const out: string[] = [];
  const lo = Math.max(0, from - 400);
  const re = /<c\b[^>]*?\br="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
  re.lastIndex = xml.lastIndexOf('<c ', lo) >= 0 ? xml.lastIndexOf('<c ', lo) : 0;
  for (let m = re.exec(xml); m && m.index <= to + 1; m = re.exec(xml)) {
    if (m.index + m[0].length >= from - 1) out.push(m[1].replace(/\$/g, '').toUpperCase());
  }
  return out;
}

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name.replace(':', '\\:')}="[^"]*"`);
  const attr = ` ${name}="${value}"`;
  return re.test(tag) ? tag.replace(re, attr) : tag.replace(/^<(\S+)/, `<$1${attr}`);
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function randomRef(rng: SeededRandom): string {
  return String.fromCharCode(65 + rng.int(0, 7)) + String(rng.int(1, 60));
}

function randomBytes(rng: SeededRandom, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, 255);
  return out;
}

function concat(...chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
