/**
 * Hand-made variants of a workbook for the forms no writer on this machine produces: each one is
 * what a known writer does to the same sheets. Applied to the parts of an .xlsx written by us.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type Parts = Map<string, string>;

export function unzipParts(bytes: Uint8Array): Parts {
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, strFromU8(data));
  return parts;
}

export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of parts) files[name] = strToU8(text);
  return zipSync(files, { level });
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
const isSpreadsheetMl = (name: string) => /^xl\/[^/]+\.xml$/.test(name) || isSheet(name);

function eachPart(parts: Parts, filter: (name: string) => boolean, edit: (xml: string) => string): void {
  for (const [name, xml] of parts) if (filter(name)) parts.set(name, edit(xml));
}

/** The shared string table as written by us: <si><t>…</t></si>, escaped text kept escaped. */
function sharedStrings(parts: Parts): string[] {
  const sst = parts.get('xl/sharedStrings.xml') ?? '';
  return [...sst.matchAll(/<si><t(?: xml:space="preserve")?>([\s\S]*?)<\/t><\/si>|<si><t\/><\/si>/g)].map((m) => m[1] ?? '');
}

function dropPart(parts: Parts, name: string, relType: string): void {
  parts.delete(name);
  eachPart(parts, (n) => n.endsWith('.rels'), (xml) => xml.replace(new RegExp(`<Relationship [^>]*Type="[^"]*/${relType}"[^>]*/>`, 'g'), ''));
  eachPart(parts, (n) => n === '[Content_Types].xml', (xml) => xml.replace(new RegExp(`<Override PartName="/${name}"[^>]*/>`), ''));
}

/** `shows`: a sign, in the variant's XML, that the transformation took place. */
export const VARIANTS: Record<string, { writer: string; shows: RegExp; make(parts: Parts): void }> = {
  'x-prefixed': {
    shows: /<x:c r="[A-Z]+\d+"/,
    writer: 'Open XML SDK / WPS Spreadsheets: every SpreadsheetML element with an x: prefix',
    make(parts) {
      eachPart(parts, isSpreadsheetMl, (xml) =>
        xml.replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, '<$1x:$2'),
      );
    },
  },
  'inline-strings': {
    shows: /t="inlineStr"><is><t/,
    writer: 'scripts and exporters (Access, ClosedXML, SheetJS): inline strings, no shared-string table',
    make(parts) {
      const strings = sharedStrings(parts);
      eachPart(parts, isSheet, (xml) =>
        xml.replace(/<c ([^>]*?) t="s"><v>(\d+)<\/v><\/c>/g, (_m, attrs: string, i: string) => `<c ${attrs} t="inlineStr"><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`),
      );
      dropPart(parts, 'xl/sharedStrings.xml', 'sharedStrings');
    },
  },
  'rich-text': {
    shows: /<si><r><rPr><b\/>/,
    writer: 'Excel after formatting part of a cell: rich-text runs and phonetic runs in shared strings',
    make(parts) {
      const rich = sharedStrings(parts).map((text) => {
        const [a, b] = splitEscaped(text);
        return `<si><r><rPr><b/><sz val="11"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">${a}</t></r><r><t xml:space="preserve">${b}</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>`;
      });
      parts.set('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${rich.length}" uniqueCount="${rich.length}">${rich.join('')}</sst>`);
    },
  },
  'shared-formulas': {
    shows: /<f t="shared" si="\d+"\/>/,
    writer: 'Excel after fill-right / fill-down: shared formulas (a master with ref and si, followers with si only)',
    make(parts) {
      let si = 0;
      eachPart(parts, isSheet, (xml) =>
        xml.replace(/<row [^>]*>[\s\S]*?<\/row>/g, (row) => {
          const formulas = [...row.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f>/g)];
          if (formulas.length < 2) return row;
          const id = si++;
          const ref = `${formulas[0][1]}:${formulas[formulas.length - 1][1]}`;
          let first = true;
          return row.replace(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f>/g, (_m, r: string, attrs: string, f: string) => {
            const out = first ? `<c r="${r}"${attrs}><f t="shared" ref="${ref}" si="${id}">${f}</f>` : `<c r="${r}"${attrs}><f t="shared" si="${id}"/>`;
            first = false;
            return out;
          });
        }),
      );
    },
  },
  'wrong-dimension': {
    shows: /<dimension ref="A1:B2"\/>/,
    writer: 'libraries that write a stale or wrong <dimension> (here A1:B2 on every sheet)',
    make(parts) {
      eachPart(parts, isSheet, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B2"/>'));
    },
  },
  'google-sheets': {
    shows: /^(?![\s\S]*docProps)[\s\S]*<sheetData>/,
    writer: 'Google Sheets export: no docProps, no <dimension>, no sheet views or format defaults',
    make(parts) {
      for (const name of ['docProps/app.xml', 'docProps/core.xml']) dropPart(parts, name, name.endsWith('app.xml') ? 'extended-properties' : 'core-properties');
      eachPart(parts, isSheet, (xml) =>
        xml
          .replace(/<dimension [^>]*\/>/, '')
          .replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, '')
          .replace(/<sheetFormatPr [^>]*\/>/, '')
          .replace(' standalone="yes"', ''),
      );
    },
  },
  'strict-ooxml': {
    shows: /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/,
    writer: 'Excel "Strict Open XML Spreadsheet": purl.oclc.org namespaces and relationship types',
    make(parts) {
      eachPart(
        parts,
        (n) => n.endsWith('.xml') || n.endsWith('.rels'),
        (xml) =>
          xml
            .replaceAll(MAIN_NS, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
            .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
      );
      eachPart(parts, (n) => n === 'xl/workbook.xml', (xml) => xml.replace('<workbook ', '<workbook conformance="strict" '));
    },
  },
  'absolute-paths': {
    shows: /Target="\/xl\/worksheets\//,
    writer: 'packagers that write absolute part names in relationships (Target="/xl/…")',
    make(parts) {
      eachPart(parts, (n) => n === 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
      eachPart(parts, (n) => n === '_rels/.rels', (xml) => xml.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/$1"'));
    },
  },
  'no-row-numbers': {
    shows: /<row><c/,
    writer: 'streaming writers that omit r on rows and cells where the position follows (every cell written, blanks too)',
    make(parts) {
      eachPart(parts, isSheet, (xml) => xml.replace(/<sheetData>([\s\S]*?)<\/sheetData>/, (_m, data: string) => `<sheetData>${denseRows(data)}</sheetData>`));
    },
  },
};

/** Splits escaped XML text in two without cutting an entity or a surrogate pair. */
function splitEscaped(text: string): [string, string] {
  const chars = Array.from(text);
  let cut = Math.floor(chars.length / 2);
  let left = chars.slice(0, cut).join('');
  while (left.lastIndexOf('&') > left.lastIndexOf(';') && cut < chars.length) left = chars.slice(0, ++cut).join('');
  return [left, chars.slice(cut).join('')];
}

/** Rows r="1"… written one after another with every cell from column A, so no r is needed. */
function denseRows(data: string): string {
  const rows = new Map<number, Map<number, string>>();
  for (const m of data.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = new Map<number, string>();
    for (const c of m[2].matchAll(/<c r="([A-Z]+)\d+"((?:[^>/]|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      cells.set(colIndex(c[1]), c[3] === undefined ? `<c${c[2]}/>` : `<c${c[2]}>${c[3]}</c>`);
    }
    rows.set(Number(m[1]), cells);
  }
  const last = Math.max(0, ...rows.keys());
  let out = '';
  for (let r = 1; r <= last; r++) {
    const cells = rows.get(r);
    const width = cells && cells.size ? Math.max(...cells.keys()) + 1 : 0;
    let row = '';
    for (let c = 0; c < width; c++) row += cells?.get(c) ?? '<c/>';
    out += `<row>${row}</row>`;
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
