/**
 * One vocabulary (docs/glossary.md), checked over every Vietnamese string of the catalogues and of the
 * default pack: Excel's own Vietnamese words ("sổ làm việc", not "sổ tính"), one tone placement (the
 * mark on the first vowel of an open "oa", "oe", "uy": "hóa", "khỏe", "tùy", "hủy"), and no English
 * left in the Vietnamese text.
 */
import * as checks from '../../../src/core/i18n/checks-messages';
import * as cli from '../../../src/core/i18n/cli-messages';
import * as excel from '../../../src/core/i18n/excel-messages';
import * as merge from '../../../src/core/i18n/merge-messages';
import * as packMsg from '../../../src/core/i18n/pack-messages';
import * as pane from '../../../src/core/i18n/pane-messages';
import * as sheet from '../../../src/core/i18n/sheet-messages';
import * as validation from '../../../src/core/i18n/validation-messages';
import * as xlsx from '../../../src/core/i18n/xlsx-messages';
import { defaultPack } from '../../../src/core/load/load-pack';

/** [where, Vietnamese text] of every catalogue entry ({ vi, en }) and every Vietnamese constant. */
function vietnamese(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const modules: Record<string, Record<string, unknown>> = { checks, cli, excel, merge, packMsg, pane, sheet, validation, xlsx };
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'string' && /_VI$/.test(name)) out.push([`${file}.${name}`, value]);
      if (!value || typeof value !== 'object') continue;
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        if (entry && typeof entry === 'object' && typeof (entry as { vi?: unknown }).vi === 'string') out.push([`${file}.${key}`, (entry as { vi: string }).vi]);
      }
    }
  }
  return out;
}

/** The pack's own texts a user reads in the pane: title, notice, annex titles. */
function packTexts(): Array<[string, string]> {
  const pack = defaultPack();
  return [
    ['pack.title', pack.title],
    ['pack.notice', pack.notice ?? ''],
    ...pack.annexes.map((a): [string, string] => [`pack.${a.id}.title`, a.title]),
  ];
}

/**
 * Placeholders, command lines, option names, quoted names (a pack's JSON field, a menu item of an
 * English program) and a short English menu name in brackets ("Tệp (File)") are not words of the text.
 */
function words(text: string): string {
  return text
    .replace(/\{\w+\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\([A-Z][A-Za-z ]{0,20}\)/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/npx annex[^\n]*/g, ' ')
    .replace(/annex (validate|merge|template)/g, ' ');
}

/** Open "oa", "oe", "uy" (not "qu" + y) with the mark on the second vowel: the old placement. */
const OLD_TONE = /(?<![qQ])(?:[oO][áàảãạÁÀẢÃẠ]|[oO][éèẻẽẹÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}])/u;

/** Names of products, standards and formats stay as they are written. */
const PROPER = new Set(
  'Excel Microsoft Office Windows Mac iPad Edge WebView2 Runtime Internet Explorer LibreOffice OpenOffice WPS Calc Google Sheets ExcelApi CSV TXT XLSX XLS XLSM ODS PDF Unicode UTF JSON ZIP OOXML Version Apps Kingsoft'.split(' '),
);

/** Common English words that have no business in a Vietnamese sentence. */
const ENGLISH = /\b(the|and|or|of|is|are|not|file|files|workbook|sheet|sheets|error|errors|warning|add-in|addin|cell|cells|please|click|open|save|editable|default|official|figures|examples|targets|units)\b/i;

describe('one vocabulary in every Vietnamese string', () => {
  const all = [...vietnamese(), ...packTexts()];

  it('reads every catalogue', () => {
    // A test over nothing passes: the catalogues are found and hold hundreds of strings.
    expect(all.length).toBeGreaterThan(300);
    expect(all.some(([where]) => where === 'pane.templates.insert')).toBe(true);
  });

  it('says "sổ làm việc", as Excel does in Vietnamese, never "sổ tính"', () => {
    expect(all.filter(([, text]) => /sổ tính/i.test(text)).map(([where]) => where)).toEqual([]);
  });

  it('places tone marks one way: "hóa", "khóa", "tùy", "hủy", "thỏa"', () => {
    expect(OLD_TONE.test('Đã huỷ')).toBe(true);
    expect(OLD_TONE.test('kế hoạch, quý, toàn, khóa, tùy')).toBe(false);
    expect(all.filter(([, text]) => OLD_TONE.test(text)).map(([where, text]) => `${where}: ${OLD_TONE.exec(text)![0]}`)).toEqual([]);
  });

  it('has no English words in the Vietnamese text', () => {
    expect(ENGLISH.test(words('(Editable default: targets and units are examples, not official figures.)'))).toBe(true);
    const english = all
      .map(([where, text]): [string, string] => [where, words(text).split(/\s+/).filter((w) => !PROPER.has(w.replace(/[^\p{L}\d]/gu, ''))).join(' ')])
      .filter(([, text]) => ENGLISH.test(text))
      .map(([where, text]) => `${where}: ${ENGLISH.exec(text)![0]}`);
    expect(english).toEqual([]);
  });
});
