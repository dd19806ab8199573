import { readFileSync } from 'fs';
import { EXCEL_API_SETS, OFFICE_JS_TYPES_VERSION } from './excel-api-sets.generated';
import { memberSet, PAYLOAD_LIMIT_BYTES, WorkbookSimulator, type SimRequestContext } from './index';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/excel-api-sets.js') as { render(): string; parseTag(tag: string): { base: string; args: Record<string, string> } | null; OUTPUT: string };

async function rejection(sim: WorkbookSimulator, batch: (ctx: SimRequestContext) => Promise<unknown>): Promise<{ code: string; message: string; debugInfo?: { errorLocation?: string } }> {
  try {
    await sim.run(batch);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the batch to fail');
}

describe('requirement sets, generated from the [Api set: …] tags of @types/office-js', () => {
  it('the committed table is what the installed @types/office-js gives', () => {
    expect(readFileSync(generator.OUTPUT, 'utf8')).toBe(generator.render());
    const installed = JSON.parse(readFileSync(require.resolve('@types/office-js/package.json'), 'utf8')) as { version: string };
    expect(OFFICE_JS_TYPES_VERSION).toBe(installed.version);
  });

  it('reads the tags as Microsoft writes them', () => {
    expect(generator.parseTag('ExcelApi 1.9')).toEqual({ base: '1.9', args: {} });
    expect(generator.parseTag('ExcelApi 1.2 for options; 1.7 for password')).toEqual({ base: '1.2', args: { options: '1.2', password: '1.7' } });
    expect(generator.parseTag('ExcelApi 1.7 for password')).toEqual({ base: '1.7', args: { password: '1.7' } });
    expect(generator.parseTag('ExcelApi 1.1 for reading visibility; 1.2 for setting it.')).toEqual({ base: '1.1', args: { get: '1.1', set: '1.2' } });
    expect(generator.parseTag('ExcelApiOnline 1.1')).toEqual({ base: 'online 1.1', args: {} });
    expect(generator.parseTag('WordApi 1.3')).toBeNull();
  });

  it('gives the members the adapter relies on the sets Microsoft documents', () => {
    expect(memberSet('WorksheetProtection', 'unprotect')).toBe('1.7');
    expect(memberSet('WorksheetProtection', 'protect')).toBe('1.2');
    expect(memberSet('WorksheetProtection', 'protect', 'password')).toBe('1.7');
    expect(memberSet('Range', 'dataValidation')).toBe('1.8');
    expect(memberSet('Worksheet', 'freezePanes')).toBe('1.7');
    expect(memberSet('Worksheet', 'getRanges')).toBe('1.9');
    expect(memberSet('Worksheet', 'getUsedRangeOrNullObject')).toBe('1.4');
    expect(memberSet('Range', 'conditionalFormats')).toBe('1.6');
    expect(memberSet('NamedItem', 'formula')).toBe('1.7');
    expect(memberSet('Workbook', 'name')).toBe('1.7');
    expect(memberSet('Worksheet', 'visibility', 'set')).toBe('1.2');
    expect(memberSet('RangeFormat', 'indentLevel')).toBe('1.9');
    expect(memberSet('WorksheetProtection', 'isPasswordProtected')).toBe('online 1.1');
    expect(Object.keys(EXCEL_API_SETS).length).toBeGreaterThan(20);
  });

  it('a member above the host fails at sync with ApiNotFound, naming the member; at its set it works', async () => {
    const unprotect = async (api: string) => {
      const sim = new WorkbookSimulator({ excelApi: api });
      sim.sheet('Sheet1').protection = { protected: true, options: {} };
      return sim.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').protection.unprotect());
    };
    const err = await unprotect('1.6').then(
      () => null,
      (e: { code: string; debugInfo: { errorLocation: string } }) => e,
    );
    expect(err).toMatchObject({ code: 'ApiNotFound', debugInfo: { errorLocation: 'WorksheetProtection.unprotect: ExcelApi 1.7' } });
    await expect(unprotect('1.7')).resolves.toBeUndefined();

    const at = (api: string, batch: (ctx: SimRequestContext) => Promise<unknown>) => rejection(new WorkbookSimulator({ excelApi: api }), batch);
    expect((await at('1.7', async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.ignoreBlanks = true))).code).toBe('ApiNotFound');
    expect((await at('1.6', async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1))).code).toBe('ApiNotFound');
    expect((await at('1.8', async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRanges('A1, B2').load('address'))).code).toBe('ApiNotFound');
    expect((await at('1.3', async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject().load('address'))).code).toBe('ApiNotFound');
    expect((await at('1.6', async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').protection.protect({}, 'secret'))).code).toBe('ApiNotFound');
    expect((await at('1.1', async (ctx) => void (ctx.workbook.worksheets.add('B').visibility = 'Hidden'))).code).toBe('ApiNotFound');
    expect((await at('1.6', async (ctx) => void ctx.workbook.load('name'))).code).toBe('ApiNotFound');
    // Reading a sheet's visibility is 1.1.
    const sim = new WorkbookSimulator({ excelApi: '1.1' });
    await expect(sim.run(async (ctx) => void ctx.workbook.worksheets.load('items/visibility'))).resolves.toBeUndefined();
  });
});

describe('payload limits of Excel on the web (5 MB a request, 5 MB a response)', () => {
  const bigRows = (rows: number, chars: number) => Array.from({ length: rows }, (_, i) => [`${i}:${'x'.repeat(chars)}`]);

  it('refuses a request over the limit before running any of it; Excel on Windows takes it', async () => {
    const sim = new WorkbookSimulator();
    const err = await rejection(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['first']];
      ws.getRange('B1:B3000').values = bigRows(3000, 2000);
    });
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(sim.cell('Sheet1', 'A1').value).toBeNull();
    const desktop = new WorkbookSimulator({ platform: 'desktop' });
    await desktop.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('B1:B3000').values = bigRows(3000, 2000)));
    expect(desktop.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it('refuses a response over the limit: nothing loaded becomes readable', async () => {
    const sim = new WorkbookSimulator({ platform: 'desktop' });
    await sim.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A3000').values = bigRows(3000, 1000)));
    sim.platform = 'web';
    const err = await rejection(sim, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A3000').load('values,formulas');
      await ctx.sync();
      return r.values;
    });
    expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(sim.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    // Half of it passes: ~3 MB.
    sim.resetCounters();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A1500').load('values,formulas');
    });
    expect(sim.maxResponseBytes).toBeGreaterThan(3_000_000);
    expect(sim.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it('counts Vietnamese text in UTF-8 bytes, as it travels', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['ệ'.repeat(1000)]]));
    expect(sim.maxRequestBytes).toBeGreaterThan(3000);
  });
});

describe('failures injected at a round trip', () => {
  it('fails the chosen round trip after the chosen number of operations, which stay applied', async () => {
    const sim = new WorkbookSimulator();
    sim.failAt(2, 1);
    const err = await rejection(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      await ctx.sync();
      ws.getRange('A2').values = [[2]];
      ws.getRange('A3').values = [[3]];
      await ctx.sync();
    });
    expect(err.code).toBe('GeneralException');
    expect([sim.cell('Sheet1', 'A1').value, sim.cell('Sheet1', 'A2').value, sim.cell('Sheet1', 'A3').value]).toEqual([1, 2, null]);
    // Once only.
    await sim.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A3').values = [[3]]));
    expect(sim.cell('Sheet1', 'A3').value).toBe(3);
  });
});
