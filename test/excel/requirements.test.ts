/**
 * Every gate of the adapter names the requirement set its members need: the highest of their
 * `[Api set: …]` tags (the simulator's generated table), checked here both on paper and in the strict
 * simulator — each feature fails one set below its gate (with the gate bypassed) and works at it.
 * The manifest's minimum is the one the README and the messages speak of, and each tab says at load
 * what it cannot do on a host below it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { OfficeValidationHost } from '../../src/excel/office-validation-host';
import { FEATURES, MANIFEST_EXCEL_API, tabRequirements, type FeatureName } from '../../src/excel/requirements';
import { compareVersions, installOfficeGlobals, memberSet, WorkbookSimulator } from '../simulator';

jest.setTimeout(120_000);

let restore: (() => void) | undefined;
afterEach(() => restore?.());

const pack = defaultPack();
const model = renderWorkbook(pack, 'H02', ['PL05'], { checks: false });

/** One set below ("1.8" → "1.7"). */
const below = (set: string) => `1.${Number(set.split('.')[1]) - 1}`;

describe('the gates, on paper', () => {
  it.each(Object.keys(FEATURES) as FeatureName[])('%s: its set is the highest of its members\' tags', (name) => {
    const feature = FEATURES[name];
    const sets = feature.members.map((m) => {
      const [type, member] = m.split('.');
      const set = memberSet(type, member);
      if (set === undefined) throw new Error(`${m} is not in the generated table`);
      return set;
    });
    expect(sets.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b))).toBe(feature.set);
  });

  it("the manifest asks for the set of the inserting tabs, which is the README's and the messages' minimum", () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1]).toBe(MANIFEST_EXCEL_API);
    expect(FEATURES.insert.set).toBe(MANIFEST_EXCEL_API);
  });
});

describe('the gates, in the strict simulator: each feature fails one set below and works at its set', () => {
  /**
   * A workbook (with the annex inserted at 1.9 when `annex`), then a host whose isSetSupported claims
   * `claimed` (so the gate lets the feature through) on a simulator at `level`.
   */
  async function host(level: string, claimed: string, annex: boolean): Promise<WorkbookSimulator> {
    const sim = new WorkbookSimulator({ sheets: ['Sheet1'], excelApi: '1.9' });
    if (annex) {
      const undo = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
      await new OfficeExcelHost().insertWorkbookModel(model, []);
      undo();
    }
    restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9', claimedExcelApi: claimed });
    sim.excelApi = level;
    return sim;
  }

  const run: Record<'insert' | 'read' | 'marks' | 'fix', (sim: WorkbookSimulator) => Promise<unknown>> = {
    insert: () => new OfficeExcelHost().insertWorkbookModel(model, []),
    read: () => new OfficeValidationHost().readSource(),
    marks: () => new OfficeValidationHost().markCells([{ sheet: model.sheets[0].name, address: 'E10', severity: 'error' }]),
    fix: () => new OfficeValidationHost().writeValues([{ sheet: model.sheets[0].name, address: 'E10', value: 5 }]),
  };

  it.each(Object.keys(run) as Array<keyof typeof run>)('%s', async (name) => {
    const set = FEATURES[name].set;
    const low = await host(below(set), set, name !== 'insert');
    const failure = await run[name](low).then(
      () => null,
      (e: { detail?: string; message: string }) => e.detail ?? e.message,
    );
    expect(failure).toContain('The API you are trying to use could not be found');
    restore?.();
    const ok = await host(set, set, name !== 'insert');
    await expect(run[name](ok)).resolves.not.toThrow();
  });
});

describe('each tab, at load, says what this host cannot do', () => {
  const at = (level: string) => {
    const sim = new WorkbookSimulator();
    restore = installOfficeGlobals(sim, { supportedExcelApi: level });
    const tabs = { templates: tabRequirements('templates'), validate: tabRequirements('validate'), merge: tabRequirements('merge') };
    restore();
    return tabs;
  };

  it('nothing on the hosts the manifest admits (1.8 and up)', () => {
    for (const level of ['1.8', '1.9']) {
      expect(at(level)).toEqual({
        templates: { missing: [], blocking: false },
        validate: { missing: [], blocking: false },
        merge: { missing: [], blocking: false },
      });
    }
  });

  it('with the manifest lowered: inserting needs 1.8, reading and marking 1.7, fixing 1.2', () => {
    expect(at('1.7')).toEqual({
      templates: { missing: ['insert'], blocking: true },
      validate: { missing: [], blocking: false },
      merge: { missing: ['insert'], blocking: false },
    });
    expect(at('1.6').validate).toEqual({ missing: ['read', 'marks'], blocking: true });
    expect(at('1.1').validate).toEqual({ missing: ['read', 'marks', 'fix'], blocking: true });
  });
});
