/**
 * The pane's pack choice (src/taskpane/pack/pack-choice.ts) over the Excel simulator: the document's
 * settings through the Office.js adapter, the open workbook read as the pane reads it, the pack tools
 * the pane loads (deflate, the carried pack's checks).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import type { TemplatePack } from '../../src/core/pack/types';
import { EMBED_KEYS, embeddedPackRows, withEmbeddedPack } from '../../src/core/packbook/embed';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { OfficeValidationHost } from '../../src/excel/office-validation-host';
import { OfficeSettingsStore } from '../../src/excel/settings';
import { PACK_CODEC, readPackBytes } from '../../src/xlsx/pack-file';
import { initialChoice, carriedChoice, PACK_SETTING, savedText, type PackChoice } from '../../src/taskpane/pack/pack-choice';
import { packTools, refusedBySize } from '../../src/taskpane/pack/pack-tools';
import { DocumentSettingsStore, installOfficeGlobals, WorkbookSimulator } from '../simulator';
import { leafDifferences } from '../core/packbook/helpers';

const tools = packTools('vi');
const bundled = defaultPack();
const secondRead = readPackBytes({ name: 'bao-cao-6-thang-huyen.xlsx', bytes: readFileSync(join(__dirname, '..', '..', 'packs', 'bao-cao-6-thang-huyen.xlsx')) });
if (!secondRead.ok) throw new Error('packs/bao-cao-6-thang-huyen.xlsx does not compile');
const second: TemplatePack = secondRead.pack;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** A workbook open in the simulated Excel, with its document settings kept in `store` ("reopened" by calling again). */
function open(store = new DocumentSettingsStore(), sim = new WorkbookSimulator({ sheets: ['Sheet1'] })) {
  restore?.();
  restore = installOfficeGlobals(sim, { documentSettings: store });
  const reader = new OfficeValidationHost();
  return { sim, store, settings: new OfficeSettingsStore(), readActive: () => reader.readSource() };
}

/** The pane's settings keep every key under "annex." in the document. */
const DOCUMENT_KEY = `annex.${PACK_SETTING}`;

/** Inserts a unit's templates of `pack`, carrying `carried` (its own pack unless told), as the Biểu mẫu tab does. */
async function insertTemplates(pack: TemplatePack, edit?: (rows: Array<[string, string]>) => void) {
  const model = withEmbeddedPack(renderWorkbook(pack, pack.units[pack.units.length - 1].code), embeddedPackRows(pack, PACK_CODEC.compress));
  edit?.(model.metaSheet.rows);
  await new OfficeExcelHost().insertWorkbookModel(model, []);
}

describe('the pack a workbook opens with', () => {
  test('nothing saved, an empty workbook: the bundled example, no note', async () => {
    const { settings, readActive } = open();
    const r = await initialChoice(settings, readActive, tools);
    expect(r.choice.source).toBe('bundled');
    expect(r.choice.pack.id).toBe(bundled.id);
    expect(r.note).toBeUndefined();
  });

  test('nothing saved, a template of the second pack: the pack it carries, field for field, with no file installed', async () => {
    const { settings, readActive } = open();
    await insertTemplates(second);
    const r = await initialChoice(settings, readActive, tools);
    expect(r.choice.source).toBe('workbook');
    expect(leafDifferences(second, r.choice.pack)).toEqual([]);
    expect(r.choice.pack.id).not.toBe(bundled.id);
  });

  test('"bundled" saved wins over the pack the workbook carries', async () => {
    const store = new DocumentSettingsStore();
    const { settings, readActive } = open(store);
    await insertTemplates(second);
    await settings.set(PACK_SETTING, savedText({ source: 'bundled', pack: bundled }, tools));
    const reopened = open(store);
    const r = await initialChoice(reopened.settings, readActive, tools);
    expect(r.choice).toMatchObject({ source: 'bundled' });
    expect(r.choice.pack.id).toBe(bundled.id);
  });

  test('a pack file chosen is saved in the document and comes back, field for field, when it reopens', async () => {
    const store = new DocumentSettingsStore();
    const first = open(store);
    const choice: PackChoice = { source: 'file', pack: second, name: 'bao-cao-6-thang-huyen.xlsx' };
    await first.settings.set(PACK_SETTING, savedText(choice, tools));
    // Saved into the document as Office saves settings (JSON texts), deflated.
    expect(Object.keys(store.saved)).toEqual([DOCUMENT_KEY]);
    expect(store.saved[DOCUMENT_KEY].length).toBeLessThan(JSON.stringify(second).length);

    const reopened = open(store);
    const r = await initialChoice(reopened.settings, reopened.readActive, tools);
    expect(r.choice.source).toBe('file');
    expect(r.choice.name).toBe('bao-cao-6-thang-huyen.xlsx');
    expect(leafDifferences(second, r.choice.pack)).toEqual([]);
    expect(r.note).toBeUndefined();
  });

  test('a saved pack that no longer reads (altered, not a pack, garbage): the example pack and a note, no crash', async () => {
    const good = JSON.parse(savedText({ source: 'file', pack: second, name: 'x.json' }, tools)) as { pack: string };
    const altered = { source: 'file', name: 'x.json', pack: good.pack.slice(0, 200) + good.pack.slice(260) };
    const notAPack = { source: 'file', name: 'x.json', pack: tools.compress(JSON.stringify({ id: 'x' })) };
    for (const value of [altered, notAPack]) {
      const { settings, readActive } = open(new DocumentSettingsStore({ [DOCUMENT_KEY]: JSON.stringify(value) }));
      const r = await initialChoice(settings, readActive, tools);
      expect(r.choice.source).toBe('bundled');
      expect(r.note).toEqual({ key: 'packs.savedBroken' });
    }
    // A setting that is not ours at all is as if nothing were saved.
    const { settings, readActive } = open(new DocumentSettingsStore({ [DOCUMENT_KEY]: '{not json' }));
    await expect(initialChoice(settings, readActive, tools)).resolves.toEqual({ choice: { source: 'bundled', pack: bundled } });
  });

  test('a workbook whose carried pack is corrupt: the example pack, and a note that says why in Vietnamese', async () => {
    const { settings, readActive } = open();
    await insertTemplates(second, (rows) => {
      const digest = rows.find(([k]) => k === EMBED_KEYS.sha256)!;
      digest[1] = '0'.repeat(64);
    });
    const r = await initialChoice(settings, readActive, tools);
    expect(r.choice.source).toBe('bundled');
    expect(r.note).toEqual({ key: 'packs.carriedBroken', params: { reason: 'mã kiểm tra SHA-256 không khớp' } });
  });

  test('"workbook" asked of a workbook that carries none: the example pack and a note; a failed read is no pack', async () => {
    const { readActive } = open();
    await expect(carriedChoice(readActive, tools, true)).resolves.toEqual({ choice: { source: 'bundled', pack: bundled }, note: { key: 'packs.noCarried' } });
    const failing = () => Promise.reject(new Error('Excel is busy'));
    await expect(carriedChoice(failing, tools, false)).resolves.toEqual({ choice: { source: 'bundled', pack: bundled } });
  });

  test('a saved choice that cannot be written (a read-only document) rejects, so the pane can say so', async () => {
    const { store, settings } = open();
    store.failNextSave = true;
    await expect(settings.set(PACK_SETTING, savedText({ source: 'bundled', pack: bundled }, tools))).rejects.toThrow(/internal error/i);
  });
});

describe('a pack file chosen on disk', () => {
  test('over the reader\'s size limit it is refused by its size, before its bytes are read', () => {
    expect(refusedBySize('lon.json', 1024)).toBeNull();
    const refused = refusedBySize('lon.json', 21 * 1024 * 1024);
    // The Vietnamese says it briefly (no English detail); the English names the sizes.
    expect(refused?.vi).toMatch(/^Tệp "lon\.json" quá lớn để đọc an toàn\. /);
    expect(refused?.en).toMatch(/^File "lon\.json" is too large to read safely \(the file is 21\.0 MB, limit 20\.0 MB\)/);
  });

  test('a JSON file over the limit is refused without being decoded; a broken one names what is wrong', () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    const read = readPackBytes({ name: 'big.json', bytes: big });
    expect(read.ok).toBe(false);
    expect(!read.ok && 'unreadable' in read && read.unreadable.vi).toMatch(/quá lớn/);
    const broken = readPackBytes({ name: 'b.json', bytes: new TextEncoder().encode('{"id":') });
    expect(!broken.ok && 'issues' in broken && broken.issues[0].key).toBe('pack.notJson');
  });
});
