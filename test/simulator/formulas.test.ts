import { WorkbookSimulator, type SimRequestContext } from './index';

/** Runs a batch and returns its rejection (or throws if none). */
async function rejection(sim: WorkbookSimulator, batch: (ctx: SimRequestContext) => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await sim.run(batch);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the batch to fail');
}

function write(sim: WorkbookSimulator, sheet: string, address: string, formulas: unknown[][]): Promise<void> {
  return sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
  });
}

describe('formulas are bound to sheets when written, as in Excel', () => {
  it('computes a SUM over another sheet, and follows later changes of its cells', async () => {
    const sim = new WorkbookSimulator({ sheets: ['PL01', 'Chi tiết'] });
    await write(sim, 'Chi tiết', 'E7:E8', [[100], [250.5]]);
    await write(sim, 'PL01', 'A1', [["=SUM('Chi tiết'!E7:E22)"]]);
    expect(sim.value('PL01', 'A1')).toBe(350.5);
    await write(sim, 'Chi tiết', 'E9', [[0.1]]);
    expect(sim.value('PL01', 'A1')).toBe(350.6);
  });

  it('a formula naming a sheet that does not exist yet is #REF!, and stays so when the sheet appears', async () => {
    const sim = new WorkbookSimulator({ sheets: ['PL01'] });
    await write(sim, 'PL01', 'A1', [["=SUM('Chi tiết'!E7:E22)"]]);
    expect(sim.value('PL01', 'A1')).toBe('#REF!');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add('Chi tiết').getRange('E7').values = [[5]];
    });
    expect(sim.value('PL01', 'A1')).toBe('#REF!');
    // Written again now that the sheet exists, it binds.
    await write(sim, 'PL01', 'A2', [["=SUM('Chi tiết'!E7:E22)"]]);
    expect(sim.value('PL01', 'A2')).toBe(5);
  });

  it('renaming a sheet rewrites the formulas and names that refer to it; the values follow the sheet', async () => {
    const sim = new WorkbookSimulator({ sheets: ['PL01', 'Chi tiết'] });
    await write(sim, 'Chi tiết', 'E7', [[7]]);
    await write(sim, 'PL01', 'A1:B1', [["=SUM('Chi tiết'!E7:E22)", "='Chi tiết'!E7*2"]]);
    await sim.run(async (ctx) => void ctx.workbook.names.add('CT', "='Chi tiết'!$E$7"));
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Chi tiết').name = '~old';
    });
    expect(sim.cell('PL01', 'A1').formula).toBe("=SUM('~old'!E7:E22)");
    expect(sim.cell('PL01', 'B1').formula).toBe("='~old'!E7*2");
    expect(sim.workbook.findName('CT')!.formula).toBe("='~old'!$E$7");
    expect(sim.value('PL01', 'B1')).toBe(14);
    // A new sheet taking the old name does not capture the formulas.
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add('Chi tiết').getRange('E7').values = [[1000]];
    });
    expect(sim.value('PL01', 'A1')).toBe(7);
  });

  it('deleting a sheet turns the references to it into #REF! — text and value — for good', async () => {
    const sim = new WorkbookSimulator({ sheets: ['PL01', 'Chi tiết'] });
    await write(sim, 'Chi tiết', 'E7', [[7]]);
    await write(sim, 'PL01', 'A1:C1', [["=SUM('Chi tiết'!E7:E22)", "=IFERROR('Chi tiết'!E7,0)", '=1+1']]);
    await sim.run(async (ctx) => ctx.workbook.worksheets.getItem('Chi tiết').delete());
    expect(sim.cell('PL01', 'A1').formula).toBe('=SUM(#REF!E7:E22)');
    expect(sim.value('PL01', 'A1')).toBe('#REF!');
    expect(sim.value('PL01', 'B1')).toBe(0);
    expect(sim.value('PL01', 'C1')).toBe(2);
    await sim.run(async (ctx) => void ctx.workbook.worksheets.add('Chi tiết'));
    expect(sim.value('PL01', 'A1')).toBe('#REF!');
  });

  it('replacing a summary the way the old adapter did — new formulas first, old detail deleted after — leaves #REF!', async () => {
    const sim = new WorkbookSimulator({ sheets: ['PL01', 'Chi tiết'] });
    await write(sim, 'Chi tiết', 'E7', [[1]]);
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const detail = sheets.add('~annex-1');
      detail.getRange('E7').values = [[2]];
      const annex = sheets.add('~annex-2');
      annex.getRange('A1').formulas = [["=SUM('Chi tiết'!E7:E22)"]];
      sheets.getItem('Chi tiết').delete();
      detail.name = 'Chi tiết';
      sheets.getItem('PL01').delete();
      annex.name = 'PL01';
    });
    expect(sim.cell('PL01', 'A1').formula).toBe('=SUM(#REF!E7:E22)');
    expect(sim.value('PL01', 'A1')).toBe('#REF!');
  });

  it('resolves defined names when computing, so a name added after the formula is found', async () => {
    const sim = new WorkbookSimulator({ sheets: ['A', 'Kiểm tra'] });
    await write(sim, 'Kiểm tra', 'D4', [[3]]);
    await write(sim, 'A', 'A1', [['=IFERROR(SO_LOI&" lỗi","không có trang")']]);
    expect(sim.value('A', 'A1')).toBe('không có trang');
    await sim.run(async (ctx) => void ctx.workbook.names.add('SO_LOI', "='Kiểm tra'!$D$4"));
    expect(sim.value('A', 'A1')).toBe('3 lỗi');
  });

  it('reads formula cells back with their computed values, types and texts; a circular reference is 0', async () => {
    const sim = new WorkbookSimulator();
    await write(sim, 'Sheet1', 'A1:F1', [[2, '=A1/4', '=1/0', '="x"&A1', '=A1>1', '=F1+1']]);
    const got = await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:F1').load('values,valueTypes,text,formulas');
      await ctx.sync();
      return { values: r.values, types: r.valueTypes, text: r.text, formulas: r.formulas };
    });
    expect(got.values).toEqual([[2, 0.5, '#DIV/0!', 'x2', true, 0]]);
    expect(got.types).toEqual([['Double', 'Double', 'Error', 'String', 'Boolean', 'Double']]);
    expect(got.text).toEqual([['2', '0.5', '#DIV/0!', 'x2', 'TRUE', '0']]);
    expect(got.formulas).toEqual([[2, '=A1/4', '=1/0', '="x"&A1', '=A1>1', '=F1+1']]);
  });

  it('refuses a formula that does not parse, or that calls a function the evaluator does not know, leaving the block unwritten', async () => {
    const sim = new WorkbookSimulator();
    const bad = await rejection(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').formulas = [['=1', '=SUMM(A1)']];
    });
    expect(bad).toMatchObject({ code: 'InvalidArgument' });
    expect(bad.message).toContain('unknown function SUMM');
    expect(sim.cell('Sheet1', 'A1').value).toBeNull();
    expect((await rejection(sim, async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(A1']]))).code).toBe('InvalidArgument');
    expect((await rejection(sim, async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=ROUND(1)']]))).message).toContain('ROUND takes 2 arguments');
  });
});
