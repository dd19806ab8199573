/**
 * One vocabulary (docs/glossary.md), checked over every Vietnamese string of the catalogues and of the
 * default pack: Excel's own Vietnamese words ("sổ làm việc", not "sổ tính"), one tone placement (the
 * mark on the first vowel of an open "oa", "oe", "uy": "hóa", "khỏe", "tùy", "hủy"), and no English
 * left in the Vietnamese text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultPack } from '../../../src/core/load/load-pack';

const I18N = path.resolve(__dirname, '..', '..', '..', 'src', 'core', 'i18n');

/** Every catalogue of src/core/i18n (each *-messages.ts), a new one included without being listed here. */
function catalogues(): Record<string, Record<string, unknown>> {
  const modules: Record<string, Record<string, unknown>> = {};
  for (const file of fs.readdirSync(I18N).filter((f) => f.endsWith('-messages.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    modules[file.replace(/-messages\.ts$/, '')] = require(path.join(I18N, file)) as Record<string, unknown>;
  }
  return modules;
}

/** [where, Vietnamese text] of every catalogue entry ({ vi, en }) and every Vietnamese constant. */
function vietnamese(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const modules = catalogues();
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
    expect(Object.keys(catalogues())).toEqual(expect.arrayContaining(['checks', 'cli', 'excel', 'merge', 'overview', 'pack', 'packbook', 'pane', 'sentence', 'sheet', 'validation', 'xlsx']));
    expect(all.length).toBeGreaterThan(300);
    expect(all.some(([where]) => where === 'pane.templates.insert')).toBe(true);
  });

  it('says everything in both languages: no entry without its Vietnamese or its English', () => {
    const entries = Object.entries(catalogues()).flatMap(([file, mod]) =>
      Object.values(mod)
        .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object')
        .flatMap((v) => Object.entries(v).filter(([, e]) => !!e && typeof e === 'object' && ('vi' in e || 'en' in e)).map(([key, e]) => [`${file}.${key}`, e as { vi?: unknown; en?: unknown }] as const)),
    );
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.filter(([, e]) => typeof e.vi !== 'string' || !e.vi.trim() || typeof e.en !== 'string' || !e.en.trim()).map(([where]) => where)).toEqual([]);
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
