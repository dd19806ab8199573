/**
 * The reader against ~120 workbooks from the wild (../shared/corpus/real, see its SOURCES.md), through
 * the one entry point (openWorkbookFile). Every "read" file of expected.json is opened with its sheet
 * count — .xlsx/.xlsm/Strict by our reader, .ods by ours, .xls through SheetJS behind our guards — and
 * then said plainly not to be a workbook of the pack; every "refuse" file is refused with a reason.
 * The one deliberate difference: CSV files ("read" in expected.json) are refused with a message
 * telling the unit to save as .xlsx: a CSV keeps one sheet, loses the identity of the unit and the
 * number types, and "1.250" in it may be 1250 or 1,25.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import { validateSource } from '../../src/core/rules/validate';
import { openWorkbookFile, type OpenedWorkbook } from '../../src/xlsx/open-workbook';
import { cellAt } from '../../src/xlsx/read';
import { nodeCrypto } from '../../src/cli/node-crypto';
import { requiring, sharedCorpus } from '../support/requires';

const CORPUS = resolve(__dirname, '../../../shared/corpus/real');
const present = sharedCorpus().present;
const describeCorpus = requiring(sharedCorpus(), 'the reader against the shared corpus').describe;

interface Expectation {
  expected: 'read' | 'refuse';
  sheets: number | null;
}

const expected: Record<string, Expectation> = present ? JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) : {};
const files = present ? readdirSync(CORPUS).filter((f) => expected[f]) : [];
const isCsv = (f: string) => /\.csv$/i.test(f);
// As the CLI opens files: with Node's crypto, so Excel's default password is tried on encrypted ones.
const open = (f: string, passwords: string[] = []) => openWorkbookFile({ name: f, bytes: new Uint8Array(readFileSync(join(CORPUS, f))) }, { crypto: nodeCrypto, passwords });
const pack = defaultPack();

function workbook(f: string) {
  const r = open(f);
  if (!r.ok) throw new Error(`${f}: ${r.error.code} ${r.error.detail}`);
  return r.workbook;
}

describeCorpus('reader on the corpus', () => {
  const outcomes = new Map<string, OpenedWorkbook>();

  it.each(files.filter((f) => expected[f].expected === 'read' && !isCsv(f)))('opens %s, with its sheets, and says it is not of the pack', (file) => {
    const result = open(file);
    outcomes.set(file, result);
    expect(result.millis).toBeLessThan(3000);
    if (!result.ok) throw new Error(`${file}: ${result.error.code} ${result.error.detail}`);
    expect(result.workbook.sheets).toHaveLength(expected[file].sheets ?? 0);
    const validation = validateSource(result.source, pack);
    expect(validation.report.issues.map((i) => i.kind)).toEqual(['notPackWorkbook']);
    expect(validation.passed).toBe(false);
  });

  it.each(files.filter((f) => expected[f].expected === 'refuse'))('refuses %s with a reason naming the file', (file) => {
    const result = open(file);
    outcomes.set(file, result);
    expect(result.millis).toBeLessThan(3000);
    if (result.ok) throw new Error(`${file} was read`);
    expect(result.message.vi).toContain(`"${file}"`);
    expect(result.message.en).toContain(`"${file}"`);
    expect(result.error.detail.length).toBeGreaterThan(0);
  });

  it.each(files.filter(isCsv))('refuses the CSV %s, telling how to save it as .xlsx', (file) => {
    const result = open(file);
    outcomes.set(file, result);
    if (result.ok) throw new Error(`${file} was read`);
    expect(result.error).toMatchObject({ code: 'otherFormat', format: 'text' });
    expect(result.message.vi).toContain('Sổ làm việc Excel (*.xlsx)');
    expect(result.message.en).toContain('Excel 2007-365 (.xlsx)');
  });

  afterAll(() => {
    const count = (want: 'read' | 'refuse', ok: boolean) => files.filter((f) => expected[f].expected === want && outcomes.get(f)?.ok === ok).length;
    console.log(
      `corpus: ${files.length} files; "read": ${count('read', true)} opened, ${count('read', false)} refused (the CSV files); ` +
        `"refuse": ${count('refuse', false)} refused, ${count('refuse', true)} opened`,
    );
  });

  it('names what it refuses: encrypted, entity bomb, empty, mail stub, damaged OLE, cell bomb', () => {
    const code = (f: string) => {
      const r = open(f);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('npoi__poc-xmlbomb.xlsx')).toBe('unsafeXml');
    // Encrypted with a real password (not Excel's default): refused as needing it, not as broken.
    for (const f of ['calamine__pass_protected.xlsx', 'npoi__extenxls_pwd123.xlsx', 'npoi__97_password.xls', 'npoi__51832.xls', 'npoi__xor-encryption-abc.xls', 'calamine__pass_protected.ods']) {
      expect([f, code(f)]).toEqual([f, 'passwordRequired']);
    }
    expect(code('openpyxl__null_file.xlsx')).toBe('empty');
    expect(code('calamine__too_small.xls')).toBe('otherFormat');
    expect(code('calamine__OOM_alloc3.xls')).toBe('corrupt');
    expect(code('calamine__issue_594_dos.ods')).toMatch(/corrupt|tooManyCells/);
  });

  it('opens the encrypted ones whose password their source publishes, and says a wrong one is wrong', () => {
    // Passwords from the tests of calamine (tests/test.rs: "123") and Apache POI (file names; TestXorEncryption: "abc").
    const cases: Array<[string, string, string, number]> = [
      ['calamine__pass_protected.xlsx', '123', 'ECMA-376 Agile encryption (AES-256, SHA-512, 100000 rounds)', 1],
      ['npoi__protected_passtika.xlsx', 'tika', 'ECMA-376 Standard encryption (AES-128, SHA-1)', 3],
      ['npoi__extenxls_pwd123.xlsx', 'pwd123', 'ECMA-376 Standard encryption (AES-128, SHA-1)', 1],
      ['npoi__xor-encryption-abc.xls', 'abc', '.xls XOR obfuscation', 1],
    ];
    for (const [file, password, scheme, sheets] of cases) {
      const r = open(file, [password]);
      if (!r.ok) throw new Error(`${file}: ${r.error.code} ${r.error.detail}`);
      expect([file, r.encryption, r.workbook.sheets.length]).toEqual([file, { scheme, byDefault: false }, sheets]);
      const wrong = open(file, [password + 'x']);
      expect([file, wrong.ok ? 'ok' : wrong.error.code]).toEqual([file, 'wrongPassword']);
    }
    // POI's test reads 1, 2, 3 in A1:A3 of the XOR-obfuscated file.
    const xor = open('npoi__xor-encryption-abc.xls', ['abc']);
    if (!xor.ok) throw new Error('not read');
    expect([0, 1, 2].map((r) => cellAt(xor.workbook.sheets[0], r, 0)?.value)).toEqual([1, 2, 3]);
  });

  it('reads sheet states, including Strict OOXML, .xls and .ods', () => {
    for (const file of ['sheetjs__sheet_visibility.xlsx', 'sheetjs__sheet_visibility_strict.xlsx', 'sheetjs__sheet_visibility.xls']) {
      expect([file, workbook(file).sheets.map((s) => s.state)]).toEqual([file, ['visible', 'hidden', 'veryHidden']]);
    }
    // ODF has one kind of hidden table.
    expect(workbook('sheetjs__sheet_visibility.ods').sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'hidden']);
  });

  it('reads sheet-scoped defined names', () => {
    expect(workbook('sheetjs__defined_names_simple.xlsx').names).toEqual([
      { name: 'SHEETjs', formula: 'Sheet1!$A$2', localSheet: 'Sheet1', hidden: false },
      { name: 'SheetJS', formula: 'Sheet1!$A$1', hidden: false },
    ]);
  });

  it('leaves phonetic guides out of the text', () => {
    const texts = [...workbook('sheetjs__phonetic_text.xlsx').sheets[0].cells.values()].map((c) => c.value);
    expect(texts).toContain('漢字');
    expect(texts.join('')).not.toContain('カンジ');
  });

  it('decodes _xHHHH_ escapes in shared strings', () => {
    expect(String(cellAt(workbook('calamine__has_x000D_.xlsx').sheets[0], 0, 0)?.value)).not.toContain('_x000D_');
  });

  it('reads Vietnamese text from a BIFF5 file in code page 1258 and CJK sheet names from BIFF8', () => {
    expect(workbook('npoi__DBCSSheetName.xls').sheets.map((s) => s.name)).toEqual(['जा', 'एक', 'Sheet3']);
    const vi = workbook('sheetjs__biff5_number_format_vietnamese.xls');
    expect(vi.sheets.length).toBe(5);
  });

  it('skips the cells of row 0 ("A0") as Excel does, and says so', () => {
    const result = open('npoi__poc-shared-strings.xlsx');
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.workbook.sheets[0].outOfGrid).toBe(3);
    expect(result.warnings[0].vi).toContain('"npoi__poc-shared-strings.xlsx"');
  });
});
