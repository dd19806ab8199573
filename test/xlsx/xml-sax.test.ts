/**
 * The XML tokenizer every part goes through, met construct by construct: what it reports for good
 * XML (names without prefixes, attributes decoded, text only when asked for) and the exact refusal for
 * each kind of damage, DTDs first. And the text escapes the writer uses, which the reader must undo.
 */
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/guards/limits';
import { ReadGuard } from '../../src/xlsx/guards/read-guard';
import { XlsxReadError } from '../../src/xlsx/read-errors';
import { decodeEntities, scanXml } from '../../src/xlsx/xml-sax';
import { decodeOoxmlEscapes, encodeOoxmlEscapes, escapeXmlAttr, escapeXmlText, needsSpacePreserve, stripIllegalXmlChars } from '../../src/xlsx/xml-text';

/** Every event as a line: "<name a=1/>" for a self-closing open, "<name>", "</name>", "'text'". */
function events(xml: string, wantsText: () => boolean = () => true, guard?: ReadGuard): string[] {
  const out: string[] = [];
  scanXml(
    xml,
    {
      open: (name, attrs, selfClosing) => out.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${v}`).join('')}${selfClosing ? '/' : ''}>`),
      close: (name) => out.push(`</${name}>`),
      text: (t) => out.push(`'${t}'`),
      wantsText,
    },
    guard,
  );
  return out;
}

function refusal(xml: string, guard?: ReadGuard): [string, string] {
  try {
    events(xml, () => true, guard);
  } catch (error) {
    if (error instanceof XlsxReadError) return [error.code, error.detail];
    throw error;
  }
  throw new Error('not refused');
}

describe('scanXml: good XML', () => {
  it('reports elements without prefixes, attributes decoded, self-closing ones opened and closed', () => {
    expect(events(`<?xml version="1.0" encoding="UTF-8"?>\n<x:a xmlns:x="urn:x" xmlns="urn:d" b='1 &amp; 2' x:c="&lt;&#65;&#x42;&gt;"><d/><e  f = "3"  /><g>t</g></x:a>\n`)).toEqual([
      '<a b=1 & 2 c=<AB>>',
      '<d/>',
      '</d>',
      '<e f=3/>',
      '</e>',
      '<g>',
      "'t'",
      '</g>',
      '</a>',
    ]);
  });

  it('ends names at spaces, tabs, line breaks, "/" and ">"', () => {
    expect(events('<a\tb="1"\n><c\r\n/><d/></a>')).toEqual(['<a b=1>', '<c/>', '</c>', '<d/>', '</d>', '</a>']);
  });

  it('passes text, CDATA as it is, and skips comments and processing instructions', () => {
    expect(events('<a>x &amp; y<!-- <b> -->z<![CDATA[<c>&amp;]]><?pi data?>w</a>')).toEqual(['<a>', "'x & y'", "'z'", "'<c>&amp;'", "'w'", '</a>']);
  });

  it('does not decode text nobody asked for', () => {
    let asked = 0;
    const out = events('<a>one<![CDATA[two]]><b>three</b></a>', () => (asked++, false));
    expect(out).toEqual(['<a>', '<b>', '</b>', '</a>']);
    expect(asked).toBe(3);
  });

  it('looks for the end of a comment, PI or CDATA from its start, not in the text before it', () => {
    expect(events('<a>x?><?p q?>y</a>')).toEqual(['<a>', "'x?>'", "'y'", '</a>']);
    expect(events('<a>x--><!--c-->y</a>')).toEqual(['<a>', "'x-->'", "'y'", '</a>']);
    expect(events('<a>x]]><![CDATA[z]]></a>')).toEqual(['<a>', "'x]]>'", "'z'", '</a>']);
  });

  it('drops a prefix however short, even an empty one', () => {
    expect(events('<:a :b="1"/>')).toEqual(['<a b=1/>', '</a>']);
  });

  it('lets whitespace stand before and after the root, and an end tag carry spaces', () => {
    expect(events('  \r\n<a></a >\n\t ')).toEqual(['<a>', '</a>']);
  });

  it('keeps the attributes in an object without a prototype, and ignores namespace declarations', () => {
    const seen: Record<string, string>[] = [];
    scanXml('<a xmlns="u" xmlns:p="v" constructor="1" p:__proto__="2"/>', { open: (_n, attrs) => seen.push(attrs), close: () => {}, text: () => {}, wantsText: () => false });
    expect(Object.getPrototypeOf(seen[0])).toBeNull();
    expect(Object.keys(seen[0])).toEqual(['constructor', '__proto__']);
    expect([seen[0].constructor, Object.getOwnPropertyDescriptor(seen[0], '__proto__')?.value]).toEqual(['1', '2']);
  });
});

describe('scanXml: refusals', () => {
  it('refuses any declaration: DOCTYPE, ENTITY and the like', () => {
    expect(refusal('<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>')).toEqual(['unsafeXml', 'declaration "<!DOCTYPE " is not allowed']);
    expect(refusal('<a><!ENTITY x "y"></a>')).toEqual(['unsafeXml', 'declaration "<!ENTITY x" is not allowed']);
    expect(refusal('<a><!-x></a>')[0]).toBe('unsafeXml');
    expect(refusal('<a><![CDAT[x]]></a>')[0]).toBe('unsafeXml');
  });

  it('refuses damaged structure, each with its own words', () => {
    const cases: Array<[string, string]> = [
      ['', 'XML: no root element'],
      ['  <?xml version="1.0"?> <!-- c --> ', 'XML: no root element'],
      ['text<a/>', 'XML: text outside the root element'],
      ['<a/>tail', 'XML: text outside the root element'],
      ['<a/><b/>', 'XML: content after the root element'],
      ['<a><b></a>', 'XML: end tag </a> does not match <b>'],
      ['<a></b>', 'XML: end tag </b> does not match <a>'],
      ['</a>', 'XML: end tag </a> does not match <>'],
      ['<a></a', 'XML: unterminated end tag'],
      ['<a><b>', 'XML: unclosed element <b>'],
      ['<a>', 'XML: unclosed element <a>'],
      ['<a><!-- x', 'XML: unterminated "-->" construct'],
      ['<?xml version="1.0"', 'XML: unterminated "?>" construct'],
      ['<a><![CDATA[x</a>', 'XML: unterminated CDATA section'],
      ['< a/>', 'XML: empty element name'],
      ['<>', 'XML: empty element name'],
      ['<a', 'XML: unterminated start tag <a>'],
      ['<a b="1"', 'XML: unterminated start tag <a>'],
      ['<a b="1" ', 'XML: unterminated start tag <a>'],
      ['<a/ >', 'XML: malformed start tag <a>'],
      ['<a b></a>', 'XML: malformed attribute in <a>'],
      ['<a ="1"></a>', 'XML: malformed attribute in <a>'],
      ['<a b=1></a>', 'XML: unquoted attribute in <a>'],
      ['<a b=></a>', 'XML: unquoted attribute in <a>'],
      ['<a b="1></a>', 'XML: unterminated attribute in <a>'],
      ["<a b='1\"></a>", 'XML: unterminated attribute in <a>'],
    ];
    for (const [xml, detail] of cases) expect([xml, ...refusal(xml)]).toEqual([xml, 'corrupt', detail]);
  });

  it('bounds the depth: at the limit read, one deeper refused; 256 without a guard', () => {
    const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    const guard = (maxXmlDepth: number) => new ReadGuard({ ...DEFAULT_READ_LIMITS, maxXmlDepth });
    expect(events(nested(5), () => false, guard(5))).toHaveLength(10);
    expect(refusal(nested(6), guard(5))).toEqual(['corrupt', 'XML: elements nested more than 5 deep']);
    // A self-closing element at the limit adds no depth.
    expect(events('<a>'.repeat(5) + '<b/>' + '</a>'.repeat(5), () => false, guard(5))).toHaveLength(12);
    expect(events(nested(256), () => false)).toHaveLength(512);
    expect(refusal(nested(257))).toEqual(['corrupt', 'XML: elements nested more than 256 deep']);
  });

  it('ticks the guard once per start tag, so a long part meets its clock', () => {
    // The clock reads 0 when the guard is made and 1 s ever after: late at the first look.
    const late = () => {
      let calls = 0;
      return new ReadGuard({ ...DEFAULT_READ_LIMITS, maxMillis: 10 }, () => (calls++ === 0 ? 0 : 1000));
    };
    expect(refusal(`<a>${'<b/>'.repeat(2047)}</a>`, late())[0]).toBe('tooSlow');
    // One start tag fewer: the clock is never looked at.
    expect(events(`<a>${'<b/>'.repeat(2046)}</a>`, () => false, late())).toHaveLength(2 + 2 * 2046);
  });
});

describe('decodeEntities', () => {
  it('decodes the five named entities and character references', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;')).toBe('<>&"\'');
    expect(decodeEntities('&#273;&#x1EA1;&#X1ea1;&#0;')).toBe('đạạ\u0000');
    expect(decodeEntities('&#x10FFFF;')).toBe(String.fromCodePoint(0x10ffff));
    expect(decodeEntities('plain')).toBe('plain');
  });

  it('keeps anything else as written: unknown names, Object.prototype’s members, bad numbers, a lone &', () => {
    for (const s of ['&nbsp;', '&constructor;', '&__proto__;', '&toString;', '&#x110000;', '&#xZZ;', '&#;', '&;', 'a & b', '&', 'AT&T', '&#-1;']) expect(decodeEntities(s)).toBe(s);
    expect(decodeEntities('&&amp;&')).toBe('&&&');
    expect(decodeEntities('x&y;&lt;')).toBe('x&y;<');
    expect(decodeEntities('&unknown;&amp;')).toBe('&unknown;&');
    // Decoded once: what an entity yields is not read again, and text without "&" is never an entity.
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    expect(decodeEntities('lt; gt;')).toBe('lt; gt;');
  });

  it('looks for the ";" only within ten characters of the "&"', () => {
    expect(decodeEntities('&#00000065;')).toBe('A'); // ";" is the 10th character after "&"
    expect(decodeEntities('&#000000065;')).toBe('&#000000065;');
    expect(decodeEntities('&amp' + ' '.repeat(20) + ';&gt;')).toBe('&amp' + ' '.repeat(20) + ';>');
  });

  it('stays linear on a long run of "&"', () => {
    const long = '&'.repeat(200_000) + 'lt;';
    expect(decodeEntities(long)).toBe('&'.repeat(199_999) + '<');
  });
});

describe('xml-text: what the writer escapes and the reader undoes', () => {
  it('drops characters XML cannot hold, keeps tab, line breaks and astral characters', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi\uFFFFj\uD800k😀l\uE000\uFFFD')).toBe('abcde\tf\ng\rhijk😀l\uE000\uFFFD');
  });

  it('escapes text and attribute values', () => {
    expect(escapeXmlText('a<b>&c"\'\t\n\u0001')).toBe('a&lt;b&gt;&amp;c"\'\t\n');
    expect(escapeXmlAttr('a<b>&c"\'\t\n\r\u0001')).toBe("a&lt;b&gt;&amp;c&quot;'&#9;&#10;&#13;");
  });

  it('escapes an underscore that starts an _xHHHH_ escape, and decodes escapes', () => {
    expect(encodeOoxmlEscapes('_x0041_ _x41_ _x00zz_ a_b')).toBe('_x005F_x0041_ _x41_ _x00zz_ a_b');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlEscapes('_x000D__x000a_ _x00e9_ _x41_ plain')).toBe('\r\n é _x41_ plain');
    for (const s of ['_x0041_', 'giữ _x00E9_ nguyên', 'a_b_c']) expect(decodeOoxmlEscapes(encodeOoxmlEscapes(s))).toBe(s);
  });

  it('asks for xml:space="preserve" for leading or trailing whitespace and line breaks only', () => {
    expect([' a', 'a ', '\ta', 'a\nb', 'a\r', 'a b', 'ab', ''].map(needsSpacePreserve)).toEqual([true, true, true, true, true, false, false, false]);
  });
});
