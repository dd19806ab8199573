/** xl/sharedStrings.xml: plain <si><t> and rich text runs <si><r><t>; phonetic runs (<rPh>) are not part of the text. */
import type { ReadGuard } from './guards/read-guard';
import { scanXml } from './xml-sax';
import { decodeOoxmlEscapes } from './xml-text';

export function readSharedStrings(xml: string | undefined, guard?: ReadGuard): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phoneticDepth = 0;
  let current = '';
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && inItem && !phoneticDepth && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(decodeOoxmlEscapes(current));
        inItem = false;
      } else if (name === 'rPh') phoneticDepth--;
      else if (name === 't') inText = false;
    },
    text(t) {
      current += t;
    },
    wantsText: () => inText,
  }, guard);
  return strings;
}
