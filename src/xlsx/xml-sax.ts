/**
 * A small streaming XML tokenizer for OOXML parts. One forward pass with indexOf and char codes, so
 * time is linear in the input; DTDs are refused outright (no entity expansion, no external fetches).
 * Element and attribute names are reported without their namespace prefix ("x:c" → "c").
 */
import type { ReadGuard } from './guards/read-guard';
import { XlsxReadError } from './read-errors';

export type XmlAttrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /** Asked before each text run; false skips decoding text nobody reads (whitespace between cells). */
  wantsText(): boolean;
}

const DEFAULT_MAX_DEPTH = 256;

/** `guard` bounds depth and time (ReadLimits.maxXmlDepth, maxMillis); without one, depth is capped at 256. */
export function scanXml(xml: string, handler: XmlHandler, guard?: ReadGuard): void {
  const n = xml.length;
  const stack: string[] = [];
  const maxDepth = guard?.limits.maxXmlDepth ?? DEFAULT_MAX_DEPTH;
  let i = 0;
  let sawRoot = false;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length) {
        if (handler.wantsText()) handler.text(decodeEntities(xml.slice(i, textEnd)));
      } else if (/\S/.test(xml.slice(i, textEnd))) {
        throw corrupt('text outside the root element');
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      i = endOf(xml, '?>', lt + 2);
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        i = endOf(xml, '-->', lt + 4);
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw corrupt('unterminated CDATA section');
        if (stack.length && handler.wantsText()) handler.text(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …>, <!ENTITY …> and any other declaration: the entity-bomb and XXE vectors.
        throw new XlsxReadError('unsafeXml', `declaration "${xml.slice(lt, lt + 10)}" is not allowed`);
      }
    } else if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw corrupt('unterminated end tag');
      const qname = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open !== qname) throw corrupt(`end tag </${qname}> does not match <${open ?? ''}>`);
      handler.close(localName(qname));
      i = end + 1;
    } else {
      if (!stack.length && sawRoot) throw corrupt('content after the root element');
      guard?.tick();
      i = readStartTag(xml, lt, stack, handler, maxDepth);
      sawRoot = true;
    }
  }
  if (stack.length) throw corrupt(`unclosed element <${stack[stack.length - 1]}>`);
  if (!sawRoot) throw corrupt('no root element');
}

/** Parses "<name a='1' b="2">" or ".../>" starting at lt; returns the index after ">". */
function readStartTag(xml: string, lt: number, stack: string[], handler: XmlHandler, maxDepth: number): number {
  const n = xml.length;
  let i = lt + 1;
  while (i < n && !isNameEnd(xml.charCodeAt(i))) i++;
  const qname = xml.slice(lt + 1, i);
  if (!qname) throw corrupt('empty element name');
  const attrs: XmlAttrs = Object.create(null) as XmlAttrs;
  for (;;) {
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw corrupt(`unterminated start tag <${qname}>`);
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) {
      if (stack.length >= maxDepth) throw corrupt(`elements nested more than ${maxDepth} deep`);
      stack.push(qname);
      handler.open(localName(qname), attrs, false);
      return i + 1;
    }
    if (c === 47 /* / */) {
      if (xml.charCodeAt(i + 1) !== 62) throw corrupt(`malformed start tag <${qname}>`);
      handler.open(localName(qname), attrs, true);
      handler.close(localName(qname));
      return i + 2;
    }
    const nameStart = i;
    while (i < n && !isNameEnd(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 61 /* = */) i++;
    const attrName = xml.slice(nameStart, i);
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61 || !attrName) throw corrupt(`malformed attribute in <${qname}>`);
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw corrupt(`unquoted attribute in <${qname}>`);
    const end = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0) throw corrupt(`unterminated attribute in <${qname}>`);
    if (attrName !== 'xmlns' && !attrName.startsWith('xmlns:')) {
      attrs[localName(attrName)] = decodeEntities(xml.slice(i + 1, end));
    }
    i = end + 1;
  }
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw corrupt(`unterminated "${marker}" construct`);
  return end + marker.length;
}

function localName(qname: string): string {
  const colon = qname.lastIndexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 62 || c === 47 || Number.isNaN(c);
}

// A Map, not an object literal: "&constructor;" or "&__proto__;" must not find Object.prototype's members.
const NAMED_ENTITIES = new Map<string, string>([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    // Entity names are short: looking further for ";" would make the scan quadratic on "&&&&…".
    const semi = semicolonNear(text, amp + 1);
    if (semi < 0) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    const body = text.slice(amp + 1, semi);
    let ch: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) ch = String.fromCodePoint(code);
    } else {
      ch = NAMED_ENTITIES.get(body);
    }
    if (ch !== undefined) {
      out += text.slice(last, amp) + ch;
      last = semi + 1;
    }
    amp = text.indexOf('&', ch !== undefined ? semi + 1 : amp + 1);
  }
  return out + text.slice(last);
}

function semicolonNear(text: string, from: number): number {
  const end = Math.min(text.length, from + 10);
  for (let k = from; k < end; k++) if (text.charCodeAt(k) === 59) return k;
  return -1;
}

function corrupt(detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', `XML: ${detail}`);
}
