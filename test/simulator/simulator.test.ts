import { installOfficeGlobals, snapshotSheet, WorkbookSimulator, type SimRequestContext } from './index';

/** Runs a batch against a fresh simulator and returns the rejection (or throws if none). */
async function rejection(sim: WorkbookSimulator, batch: (ctx: SimRequestContext) => Promise<unknown>): Promise<{ code: string; message: string; name: string }> {
  try {
    await sim.run(batch);
  } catch (e) {
    return e as { code: string; message: string; name: string };
  }
  throw new Error('expected the batch to fail');
}

describe('load / sync semantics', () => {
  it('refuses to read a range property that was never loaded', async () => {
    const sim = new WorkbookSimulator();
    const err = await rejection(sim, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      void range.values;
    });
    expect(err.code).toBe('PropertyNotLoaded');
    expect(err.name).toBe('RichApi.Error');
    expect(err.message).toBe(
      `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  });

  it('refuses to read a loaded property before the sync', async () => {
    const sim = new WorkbookSimulator();
    const err = await rejection(sim, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      void range.values;
    });
    expect(err.code).toBe('PropertyNotLoaded');
  });

  it('reads a loaded property after the sync, as a snapshot of that moment', async () => {
    const sim = new WorkbookSimulator();
    sim.sheet('Sheet1').cell(0, 0).value = 5;
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values,address');
      await ctx.sync();
      expect(range.values).toEqual([[5, '']]);
      expect(range.address).toBe('Sheet1!A1:B1');
      range.values = [[6, 7]];
      await ctx.sync();
      expect(sim.cell('Sheet1', 'B1').value).toBe(7);
    });
  });

  it('refuses sheet.name and collection.items before load + sync', async () => {
    const sim = new WorkbookSimulator();
    expect((await rejection(sim, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').name)).code).toBe('PropertyNotLoaded');
    expect((await rejection(sim, async (ctx) => void ctx.workbook.worksheets.items)).code).toBe('PropertyNotLoaded');
    const names = await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Sheet1']);
  });

  it('loads nested properties of collection items', async () => {
    const sim = new WorkbookSimulator({ sheets: ['A', 'B'] });
    sim.sheet('B').protection.protected = true;
    const info = await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name, items/protection/protected');
      await ctx.sync();
      return sheets.items.map((s) => [s.name, s.protection.protected]);
    });
    expect(info).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('keeps a set value readable locally, and applies it only at sync', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['x']];
      expect(range.values).toEqual([['x']]);
      expect(sim.cell('Sheet1', 'A1').value).toBeNull();
      await ctx.sync();
      expect(sim.cell('Sheet1', 'A1').value).toBe('x');
    });
  });

  it('counts round trips, not empty syncs, and flushes pending work at the end of Excel.run', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(sim.syncCalls).toBe(2);
    expect(sim.syncCount).toBe(1);
    expect(sim.cell('Sheet1', 'A1').value).toBe(1);
  });

  it('refuses a batch that does not return a promise, and objects used after Excel.run', async () => {
    const sim = new WorkbookSimulator();
    await expect(sim.run((() => undefined) as unknown as () => Promise<void>)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
    let leaked: ReturnType<SimRequestContext['workbook']['worksheets']['getItem']> | undefined;
    await sim.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem('Sheet1');
    });
    expect(() => leaked!.getRange('A1').load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('stops at the first failing operation: earlier ones stay applied, loads are not published', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      const loaded = sheet.getRange('A1').load('values');
      sheet.getRange('A2:B2').values = [[1]];
      sheet.getRange('A3').values = [[3]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(sim.cell('Sheet1', 'A1').value).toBe(1);
    expect(sim.cell('Sheet1', 'A3').value).toBeNull();
  });
});

describe('errors at sync', () => {
  it('refuses a 2-D array whose shape differs from the range', async () => {
    const sim = new WorkbookSimulator();
    const err = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2').values = [[1, 2, 3]];
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
    expect(err.message).toMatch(/doesn't match the size or dimensions of the range/);
  });

  it('refuses writes to locked cells of a protected sheet, allows unlocked ones', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B1').format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange('B1').values = [[2]];
      await ctx.sync();
      sheet.getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.getRange('B1').format.font.bold = true;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.protection.protect();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(sim.cell('Sheet1', 'B1').value).toBe(2);
    expect(sim.cell('Sheet1', 'A1').value).toBeNull();
  });

  it('refuses a sheet name that exists (case-insensitive) with ItemAlreadyExists', async () => {
    const sim = new WorkbookSimulator();
    const err = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.add('SHEET1');
      await ctx.sync();
    });
    expect(err.code).toBe('ItemAlreadyExists');
  });

  it('fails getItem of a missing sheet at sync, not at the call', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem('Nope');
      await ctx.sync(); // not used yet: nothing sent about it
      missing.load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('tells null objects apart only after the sync', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('refuses to delete or hide the last visible sheet, and to delete a very hidden one', async () => {
    const sim = new WorkbookSimulator({ sheets: ['A'] });
    sim.addSheet('H', 'VeryHidden');
    expect((await rejection(sim, async (ctx) => ctx.workbook.worksheets.getItem('A').delete())).code).toBe('InvalidOperation');
    expect((await rejection(sim, async (ctx) => void (ctx.workbook.worksheets.getItem('A').visibility = 'Hidden'))).code).toBe('InvalidOperation');
    expect((await rejection(sim, async (ctx) => ctx.workbook.worksheets.getItem('H').delete())).code).toBe('InvalidOperation');
    expect(sim.sheetNames()).toEqual(['A', 'H']);
  });

  it('fails with ApiNotFound when the host lacks the requirement set', async () => {
    const sim = new WorkbookSimulator({ excelApi: '1.7' });
    const err = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
    });
    expect(err.code).toBe('ApiNotFound');
  });
});

describe('what Excel makes of written values', () => {
  it('converts typed text like Excel, keeps apostrophe-prefixed text and Text-formatted cells', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A2').numberFormat = [['@']];
      await ctx.sync();
      sheet.getRange('A1:F1').values = [['1.1', "'1.1", '=SUM(B1:C1)', '-x', '2/1', 'TRUE']];
      sheet.getRange('A2').values = [['=A1']];
    });
    const row = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => sim.cell('Sheet1', a));
    expect(row[0]).toMatchObject({ value: 1.1, formula: null });
    expect(row[1]).toMatchObject({ value: '1.1', quotePrefix: true });
    expect(row[2]).toMatchObject({ value: null, formula: '=SUM(B1:C1)' });
    expect(row[3].formula).toBe('=-x');
    expect(row[4]).toMatchObject({ value: 46054, numberFormat: 'm/d/yyyy' });
    expect(row[5].value).toBe(true);
    expect(sim.cell('Sheet1', 'A2')).toMatchObject({ value: '=A1', formula: null });
  });

  it('refuses an unbalanced formula', async () => {
    const sim = new WorkbookSimulator();
    expect((await rejection(sim, async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(A2']]))).code).toBe('InvalidArgument');
  });

  it('reads formulas back with their "=" and formula cells with their computed values', async () => {
    const sim = new WorkbookSimulator();
    const read = await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.formulas = [[2, '=A1*2']];
      range.load('values,formulas');
      await ctx.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read).toEqual({ values: [[2, 4]], formulas: [[2, '=A1*2']] });
  });
});

describe('formats, panes, validation, names', () => {
  it('stores fonts, fills, borders and alignment per cell', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.format.font.bold = true;
      range.format.font.color = '#ff0000';
      range.format.fill.color = '#DDEBF7';
      range.format.horizontalAlignment = 'Center';
      range.format.borders.getItem('EdgeTop').style = 'Continuous';
      range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
    });
    const a1 = sim.cell('Sheet1', 'A1');
    const b2 = sim.cell('Sheet1', 'B2');
    expect(a1.font).toMatchObject({ bold: true, color: '#FF0000' });
    expect(a1.fill).toBe('#DDEBF7');
    expect(a1.horizontalAlignment).toBe('Center');
    expect(a1.borders).toEqual({ top: 'Continuous', bottom: 'Continuous' });
    expect(b2.borders).toEqual({ top: 'Continuous' });
  });

  it('refuses a colour without "#"', async () => {
    const sim = new WorkbookSimulator();
    expect((await rejection(sim, async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'FF0000'))).code).toBe('InvalidArgument');
  });

  it('freezeRows then freezeColumns leaves only the columns; freezeAt freezes both', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(3);
      sheet.freezePanes.freezeColumns(2);
    });
    expect(sim.sheet('Sheet1').freeze).toEqual({ rows: 0, cols: 2 });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B3'));
    });
    expect(sim.sheet('Sheet1').freeze).toEqual({ rows: 3, cols: 2 });
  });

  it('stores a validation rule and alert on every cell; refuses a too long alert title', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3').dataValidation;
      dv.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Nhập số nguyên' };
      const loaded = dv.load('rule,type');
      await ctx.sync();
      expect(loaded.type).toBe('WholeNumber');
      expect(loaded.rule).toEqual({ wholeNumber: { formula1: '=0', operator: 'GreaterThanOrEqualTo' } });
    });
    const v = sim.cell('Sheet1', 'C3').validation!;
    expect(v.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(v.errorAlert).toMatchObject({ title: 'Sai', message: 'Nhập số nguyên', style: 'Stop' });
    expect(sim.cell('Sheet1', 'B2').validation).toBe(v);
    const err = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'x'.repeat(33), message: '' };
    });
    expect(err.code).toBe('InvalidArgument');
  });

  it('merges keep only the upper-left value', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [['a', 'b']];
      range.merge();
    });
    expect(sim.sheet('Sheet1').merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
    expect(sim.cell('Sheet1', 'B1').value).toBeNull();
  });

  it('adds names that point at existing sheets; refuses others; deleting the sheet makes them #REF!', async () => {
    const sim = new WorkbookSimulator({ sheets: ['Sheet1', 'Phụ lục 1'] });
    await sim.run(async (ctx) => {
      ctx.workbook.names.add('ANNEX', "='Phụ lục 1'!$B$2").visible = false;
      ctx.workbook.names.add('TEXT', 'hello');
    });
    expect(sim.workbook.names).toEqual([
      { name: 'ANNEX', formula: "='Phụ lục 1'!$B$2", visible: false, comment: '' },
      { name: 'TEXT', formula: '="hello"', visible: true, comment: '' },
    ]);
    expect((await rejection(sim, async (ctx) => void ctx.workbook.names.add('X', "='Nope'!$A$1"))).code).toBe('InvalidArgument');
    expect((await rejection(sim, async (ctx) => void ctx.workbook.names.add('annex', '=1'))).code).toBe('ItemAlreadyExists');
    await sim.run(async (ctx) => ctx.workbook.worksheets.getItem('Phụ lục 1').delete());
    expect(sim.workbook.names[0].formula).toBe('=#REF!$B$2');
  });
});

describe('Office globals and snapshot', () => {
  it('answers isSetSupported from the simulated version', () => {
    const sim = new WorkbookSimulator();
    const restore = installOfficeGlobals(sim, { displayLanguage: 'en-US', supportedExcelApi: '1.10' });
    try {
      expect(Office.context.displayLanguage).toBe('en-US');
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
      expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
      expect(typeof Excel.run).toBe('function');
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Office).toBeUndefined();
  });

  it('lists cells with a value, formula, number format or unlocked flag', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').formulas = [["'1.1", '', '=A1']];
      sheet.getRange('B2').format.protection.locked = false;
      sheet.getRange('D1').format.font.bold = true;
    });
    expect(snapshotSheet(sim, 'Sheet1')).toEqual([
      { row: 0, col: 0, value: '1.1', formula: null, numberFormat: 'General', locked: true },
      { row: 0, col: 2, value: null, formula: 'A1', numberFormat: 'General', locked: true },
      { row: 1, col: 1, value: null, formula: null, numberFormat: 'General', locked: false },
    ]);
  });
});
