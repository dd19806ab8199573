import { WorkbookSimulator, type SimRequestContext } from './index';

/** What the validation side of the adapter relies on: value types, errors, selection, conditional formats, RangeAreas. */

async function rejection(sim: WorkbookSimulator, batch: (ctx: SimRequestContext) => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await sim.run(batch);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the batch to fail');
}

/** A sheet protected the way annex sheets are, with one unlocked input cell (B2). */
function protectedSheet(): WorkbookSimulator {
  const sim = new WorkbookSimulator({ sheets: ['PL'] });
  const sheet = sim.sheet('PL');
  sheet.cell(1, 1).locked = false;
  sheet.protection = { protected: true, options: { allowFormatColumns: true, allowFormatRows: true } };
  return sim;
}

describe('values, types and errors', () => {
  it('types "#REF!" and "#n/a" as error values, "1.250" as a number, "\'1.250" as text', () => {
    const sim = new WorkbookSimulator();
    expect(sim.typeInto('Sheet1', 'A1', '#REF!')).toMatchObject({ value: '#REF!', isError: true });
    expect(sim.typeInto('Sheet1', 'A2', '#n/a')).toMatchObject({ value: '#N/A', isError: true });
    expect(sim.typeInto('Sheet1', 'A3', '1.250')).toMatchObject({ value: 1.25, isError: false });
    expect(sim.typeInto('Sheet1', 'A4', "'1.250")).toMatchObject({ value: '1.250', quotePrefix: true });
    expect(sim.typeInto('Sheet1', 'A5', '#nonsense')).toMatchObject({ value: '#nonsense', isError: false });
  });

  it('refuses typing into a locked cell of a protected sheet, not into an unlocked one', () => {
    const sim = protectedSheet();
    expect(() => sim.typeInto('PL', 'A1', '5')).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
    expect(sim.typeInto('PL', 'B2', '5').value).toBe(5);
  });

  it('reads valueTypes beside values and formulas; an error value written through the API is an error too', async () => {
    const sim = new WorkbookSimulator();
    sim.typeInto('Sheet1', 'A1', "'=not a formula");
    const range = await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1:E1').values = [[12.5, 'text', true, '#DIV/0!']];
      ws.getRange('F1').formulas = [['=SUM(B1:B1)']];
      const r = ws.getRange('A1:G1').load('values,formulas,valueTypes');
      await ctx.sync();
      return { values: r.values, formulas: r.formulas, valueTypes: r.valueTypes };
    });
    expect(range.values).toEqual([['=not a formula', 12.5, 'text', true, '#DIV/0!', 12.5, '']]);
    expect(range.formulas).toEqual([['=not a formula', 12.5, 'text', true, '#DIV/0!', '=SUM(B1:B1)', '']]);
    expect(range.valueTypes).toEqual([['String', 'Double', 'String', 'Boolean', 'Error', 'Double', 'Empty']]);
  });

  it('getUsedRangeOrNullObject(true) ignores formatted empty cells; an empty sheet gives a null object', async () => {
    const sim = new WorkbookSimulator({ sheets: ['A', 'B'] });
    sim.sheet('A').cell(9, 9).fill = '#FFFF00';
    sim.typeInto('A', 'C3', '1');
    const got = await sim.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('A').getUsedRangeOrNullObject(true).load('address');
      const all = ctx.workbook.worksheets.getItem('A').getUsedRangeOrNullObject(false).load('address');
      const b = ctx.workbook.worksheets.getItem('B').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      return { a: a.address, all: all.address, bNull: b.isNullObject };
    });
    expect(got).toEqual({ a: 'A!C3', all: 'A!C3:J10', bNull: true });
  });

  it('counts the cell entries one round trip sends back', async () => {
    const sim = new WorkbookSimulator();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B10').load('values,formulas,valueTypes');
      await ctx.sync();
    });
    expect(sim.maxCellsReadPerSync).toBe(60);
  });
});

describe('activation and selection', () => {
  it('selects a range, which activates its sheet; a hidden sheet refuses', async () => {
    const sim = new WorkbookSimulator({ sheets: ['A', 'B'] });
    sim.addSheet('H', 'Hidden');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('B');
      ws.activate();
      ws.getRange('D5').select();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(active.name).toBe('B');
    });
    expect(sim.selection).toEqual({ sheet: 'B', address: 'D5' });
    expect(sim.activeSheetName).toBe('B');
    expect((await rejection(sim, async (ctx) => ctx.workbook.worksheets.getItem('H').activate())).code).toBe('InvalidOperation');
  });
});

describe('conditional formats', () => {
  it('adds a custom format at the top priority without changing the cells, lists, counts, finds and deletes it', async () => {
    const sim = new WorkbookSimulator();
    sim.sheet('Sheet1').cell(1, 1).fill = '#00FF00';
    const id = await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      range.conditionalFormats.add('DataBar');
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      cf.load('id');
      await ctx.sync();
      return cf.id;
    });
    expect(sim.conditionalFormats('Sheet1')).toEqual([
      { id, type: 'Custom', address: 'B2:C3', formula: '=TRUE', fill: '#FFC7CE', fontColor: '#9C0006' },
      expect.objectContaining({ type: 'DataBar', address: 'B2:C3' }),
    ]);
    expect(sim.cell('Sheet1', 'B2').fill).toBe('#00FF00');

    await sim.run(async (ctx) => {
      const whole = ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats;
      const apart = ctx.workbook.worksheets.getItem('Sheet1').getRange('E5').conditionalFormats.getCount();
      const count = whole.getCount();
      whole.load('items/type,items/id');
      const rule = whole.getItem(id).custom.rule.load('formula');
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(apart.value).toBe(0);
      expect(whole.items.map((cf) => cf.type)).toEqual(['Custom', 'DataBar']);
      expect(rule.formula).toBe('=TRUE');
      whole.getItem(id).delete();
      await ctx.sync();
    });
    expect(sim.conditionalFormats('Sheet1').map((cf) => cf.type)).toEqual(['DataBar']);
  });

  it('fails reaching the custom part of another type, a missing id, and a count read before the sync', async () => {
    const sim = new WorkbookSimulator();
    const notCustom = await rejection(sim, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats;
      cfs.add('DataBar').custom.rule.load('formula');
      await ctx.sync();
    });
    expect(notCustom.code).toBe('InvalidArgument');
    const missing = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.getItem('{nope}').load('type');
      await ctx.sync();
    });
    expect(missing.code).toBe('ItemNotFound');
    const early = await rejection(sim, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.getCount().value);
    expect(early.code).toBe('ValueNotLoaded');
  });

  it('a protected sheet refuses adding, editing and deleting them unless formatting cells is allowed', async () => {
    const sim = protectedSheet();
    const add = await rejection(sim, async (ctx) => void ctx.workbook.worksheets.getItem('PL').getRange('B2').conditionalFormats.add('Custom'));
    expect(add.code).toBe('AccessDenied');
    expect(sim.conditionalFormats('PL')).toEqual([]);

    sim.sheet('PL').protection = { protected: false, options: {} };
    const id = await sim.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('PL').getRange('B2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      return cf.load('id');
    });
    sim.sheet('PL').protection = { protected: true, options: {} };
    for (const change of [
      (ctx: SimRequestContext) => (ctx.workbook.worksheets.getItem('PL').getRange().conditionalFormats.getItem(id.id).custom.format.fill.color = '#FF0000'),
      (ctx: SimRequestContext) => ctx.workbook.worksheets.getItem('PL').getRange().conditionalFormats.getItem(id.id).delete(),
    ]) {
      expect((await rejection(sim, async (ctx) => change(ctx))).code).toBe('AccessDenied');
    }
    sim.sheet('PL').protection = { protected: true, options: { allowFormatCells: true } };
    await sim.run(async (ctx) => ctx.workbook.worksheets.getItem('PL').getRange().conditionalFormats.getItem(id.id).delete());
    expect(sim.conditionalFormats('PL')).toEqual([]);
  });

  it('unprotect, add, protect again with the same options works in one batch', async () => {
    const sim = protectedSheet();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('PL');
      const protection = ws.protection.load('protected,options');
      await ctx.sync();
      ws.protection.unprotect();
      ws.getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      ws.protection.protect({ ...protection.options });
      await ctx.sync();
    });
    expect(sim.sheet('PL').protection).toEqual({ protected: true, options: { allowFormatColumns: true, allowFormatRows: true } });
    expect(sim.conditionalFormats('PL')).toHaveLength(1);
  });

  it('refuses a rule formula without "=" or unbalanced, and needs ExcelApi 1.6', async () => {
    const sim = new WorkbookSimulator();
    for (const formula of ['TRUE', '=AND(TRUE']) {
      const err = await rejection(sim, async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = formula;
      });
      expect(err.code).toBe('InvalidArgument');
    }
    const old = new WorkbookSimulator({ excelApi: '1.5' });
    expect((await rejection(old, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom'))).code).toBe('ApiNotFound');
  });
});

describe('RangeAreas', () => {
  it('getRanges takes several areas; one conditional format covers them all', async () => {
    const sim = new WorkbookSimulator();
    const address = await sim.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('Sheet1').getRanges('D5, D7:E8;$A$1').load('address,areaCount,cellCount');
      areas.conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      await ctx.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.cellCount).toBe(6);
      return areas.address;
    });
    expect(address).toBe('Sheet1!D5, Sheet1!D7:E8, Sheet1!A1');
    expect(sim.conditionalFormats('Sheet1')).toEqual([expect.objectContaining({ address: 'D5, D7:E8, A1' })]);
    // The whole sheet's collection, and a range touching one area, both see it.
    const counts = await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const a = ws.getRange('E8').conditionalFormats.getCount();
      const b = ws.getRange('B2').conditionalFormats.getCount();
      await ctx.sync();
      return [a.value, b.value];
    });
    expect(counts).toEqual([1, 0]);
  });

  it('needs ExcelApi 1.9 and refuses another sheet\'s address', async () => {
    const old = new WorkbookSimulator({ excelApi: '1.8' });
    expect((await rejection(old, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRanges('A1, B2').load('address'))).code).toBe('ApiNotFound');
    const sim = new WorkbookSimulator();
    expect((await rejection(sim, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').getRanges('Other!A1').load('address'))).code).toBe('InvalidArgument');
  });
});
