/** A small element tree on top of the tokenizer, for the little parts (rels, workbook, styles). */
import type { ReadGuard } from './guards/read-guard';
import { scanXml, type XmlAttrs } from './xml-sax';

export interface XmlElement {
  /** Local name, without namespace prefix. */
  name: string;
  attrs: XmlAttrs;
  children: XmlElement[];
  /** Direct text content, concatenated. */
  text: string;
}

export function parseXmlTree(xml: string, guard?: ReadGuard): XmlElement {
  const root: XmlElement = { name: '', attrs: Object.create(null) as XmlAttrs, children: [], text: '' };
  const path: XmlElement[] = [root];
  scanXml(xml, {
    open(name, attrs) {
      const el: XmlElement = { name, attrs, children: [], text: '' };
      path[path.length - 1].children.push(el);
      path.push(el);
    },
    close() {
      path.pop();
    },
    text(t) {
      path[path.length - 1].text += t;
    },
    wantsText: () => true,
  }, guard);
  return root.children[0];
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** OOXML booleans are "1"/"0" from Excel and "true"/"false" from LibreOffice and others. */
export function xmlBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return fallback;
}
