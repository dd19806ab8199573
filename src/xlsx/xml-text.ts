/** Text → XML. Everything the writer puts in a part goes through here. */

// Characters outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/U+FFFF) make the
// whole part unreadable for Excel, so they are dropped rather than escaped.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

export function escapeXmlText(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** For attribute values: also quotes, and whitespace controls that attribute normalisation would turn into spaces. */
export function escapeXmlAttr(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * OOXML strings use "_xHHHH_" as an escape for characters; a literal "_x0041_" typed by a user
 * would come back as "A" unless its underscore is itself escaped as "_x005F_".
 */
export function encodeOoxmlEscapes(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Excel keeps leading/trailing spaces and line breaks only with xml:space="preserve". */
export function needsSpacePreserve(text: string): boolean {
  return /^\s|\s$|\n/.test(text);
}
