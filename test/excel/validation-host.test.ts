import { describeHostError } from '../../src/excel/host-error-text';
import { HostError, type CellMark } from '../../src/excel/host';
import { isMarkFormula } from '../../src/excel/marks';
import { OfficeExcelHost } from '../../src/excel/office-host';
import { OfficeValidationHost } from '../../src/excel/office-validation-host';
import { defaultPack } from '../../src/core/load/load-pack';
import { BLANK, type CellSource, type SourceCell } from '../../src/core/report/cell-source';
import { locateAnnexes } from '../../src/core/report/locate-annex';
import { a1 } from '../../src/core/sheet/address';
import type { SheetModel, WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { installOfficeGlobals, WorkbookSimulator, type SimRequestContext } from '../simulator';

/** The bundled pack for one unit, inserted with OfficeExcelHost, then read, marked and fixed in place. */

// The annexes alone: these tests count the syncs of reading annexes and the conditional formats on them.
const MODEL = renderWorkbook(defaultPack(), 'H02', undefined, { checks: false });
const META = MODEL.metaSheet.name;

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** The first `count` annexes, with the names that point at them only. */
function firstAnnexes(count: number): WorkbookModel {
  const sheets = MODEL.sheets.slice(0, count);
  const kept = new Set(sheets.map((s) => s.name));
  const names = MODEL.names.filter((n) => {
    const m = /^'((?:[^']|'')+)'!/.exec(n.formula);
    return !m || m[1] === META || kept.has(m[1].replace(/''/g, "'"));
  });
  return { ...MODEL, sheets, names };
}

async function setup(model: WorkbookModel = MODEL): Promise<{ sim: WorkbookSimulator; host: OfficeValidationHost }> {
  const sim = new WorkbookSimulator();
  restore = installOfficeGlobals(sim, { supportedExcelApi: '1.9' });
  await new OfficeExcelHost().insertWorkbookModel(model, []);
  sim.resetCounters();
  return { sim, host: new OfficeValidationHost() };
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error('expected a HostError');
}

/** Numeric input cells of an annex (unlocked, not the Text-formatted note column), as A1 addresses. */
function inputCells(sheet: SheetModel): string[] {
  return sheet.cells.filter((c) => !c.locked && sheet.styles[c.style]?.numberFormat !== '@').map((c) => a1(c.row, c.col));
}

function lockedLabel(sheet: SheetModel): string {
  const c = sheet.cells.find((x) => x.locked && typeof x.value === 'string' && x.value !== '' && !x.formula)!;
  return a1(c.row, c.col);
}

/** What the CellSource should hold for a model cell: text, number, or a formula with the value Excel computed. */
function expectedCell(cell: SheetModel['cells'][number], read: SourceCell): SourceCell {
  if (cell.formula) return { value: read.value.kind === 'blank' ? { kind: 'text', text: 'a formula is never blank' } : read.value, formula: cell.formula.replace(/^=/, '') };
  if (typeof cell.value === 'number') return { value: { kind: 'number', value: cell.value } };
  if (typeof cell.value === 'string' && cell.value !== '') return { value: { kind: 'text', text: cell.value } };
  return BLANK;
}

function sheetOf(source: CellSource, name: string) {
  const sheet = source.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('readSource', () => {
  const pl01 = MODEL.sheets[0];
  // Target and 2018 of PL01 row 1; the error goes into its "dự kiến" cell (column 7), which the
  // ratio (column 6 = column 5 / column 1) does not read.
  const [figure, textNumber, , , error] = inputCells(pl01);

  it('reads every sheet: model cells, typed figures, a number typed as text, an error, names', async () => {
    const { sim, host } = await setup();
    sim.typeInto(pl01.name, figure, '120');
    sim.typeInto(pl01.name, textNumber, "'1.250");
    sim.typeInto(pl01.name, error, '#REF!');

    const source = await host.readSource();
    expect(sim.syncCount).toBe(3);
    expect(source.label).toBe('Book1.xlsx');
    expect(source.sheets.map((s) => [s.name, s.visibility])).toEqual([['Sheet1', 'visible'], ...MODEL.sheets.map((s) => [s.name, 'visible']), [META, 'hidden']]);
    expect(source.names).toEqual(MODEL.names.map((n) => ({ name: n.name, formula: n.formula })));

    const read = sheetOf(source, pl01.name);
    const at = (address: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      return read.cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    };
    expect(at(figure)).toEqual({ value: { kind: 'number', value: 120 } });
    expect(at(textNumber)).toEqual({ value: { kind: 'text', text: '1.250' } });
    expect(at(error)).toEqual({ value: { kind: 'error', code: '#REF!' } });
    expect(read.cell(5000, 3)).toBe(BLANK);

    // Every other cell as the model wrote it: labels typed with an apostrophe come back without it.
    for (const sheet of MODEL.sheets) {
      const got = sheetOf(source, sheet.name);
      const typed = new Set(sheet === pl01 ? [figure, textNumber, error] : []);
      const used = sheet.cells.filter((c) => c.formula || (c.value !== null && c.value !== ''));
      expect([got.rowCount, got.colCount]).toEqual([Math.max(...used.map((c) => c.row)) + 1, Math.max(...used.map((c) => c.col)) + 1]);
      for (const cell of sheet.cells) {
        const read = got.cell(cell.row, cell.col);
        if (!typed.has(a1(cell.row, cell.col))) expect([a1(cell.row, cell.col), read]).toEqual([a1(cell.row, cell.col), expectedCell(cell, read)]);
      }
    }
    const formulaCell = pl01.cells.find((c) => c.formula)!;
    expect(read.cell(formulaCell.row, formulaCell.col).formula).toBe(formulaCell.formula);
    // The ratio of the typed figures reads back what Excel computes: "1.250" typed as text (2018,
    // column 2) is 1.25 in arithmetic (en-US), the term total (column 5) 1.25, over the target 120.
    expect([figure, textNumber]).toEqual(['E12', 'F12']);
    const ratio = pl01.cells.find((c) => c.formula === 'IFERROR(I12/E12*100,"")')!;
    expect(read.cell(ratio.row, ratio.col).value).toEqual({ kind: 'number', value: 1.0416666667 });
    expect(read.cell(formulaCell.row, formulaCell.col).formula?.startsWith('=')).toBe(false);
    const apostrophed = MODEL.sheets.flatMap((s) => s.cells).find((c) => typeof c.value === 'string' && /^[-+=]|^\d/.test(c.value));
    expect(apostrophed).toBeDefined();

    // The validation core finds every annex by its identity cell in what was read.
    const located = locateAnnexes(source, defaultPack());
    expect([...located.annexes.values()].map((a) => [a.sheet.name, a.foundBy])).toEqual(MODEL.sheets.map((s) => [s.name, 'identity']));
    expect(located.meta.get('unit.code')).toBe('H02');
  });

  it('takes the same 3 syncs for 1 annex and for 7', async () => {
    const counts: number[] = [];
    for (const model of [firstAnnexes(1), MODEL]) {
      const { sim, host } = await setup(model);
      const source = await host.readSource();
      expect(source.sheets).toHaveLength(model.sheets.length + 2);
      counts.push(sim.syncCount);
      restore?.();
    }
    expect(counts).toEqual([3, 3]);
  });

  it('reads every sheet and tells which one is active, in the same 3 syncs', async () => {
    const { sim, host } = await setup();
    sim.workbook.activeSheet = sim.sheet(MODEL.sheets[2].name);
    const source = await host.readSource();
    // Every sheet: checking only the active one still needs the annexes its rules read, and to see that the others are there.
    expect(source.sheets.map((s) => s.name)).toEqual(sim.sheetNames());
    expect(source.activeSheet).toBe(MODEL.sheets[2].name);
    expect(sim.syncCount).toBe(3);
  });

  it('reads in row blocks under a cell budget per sync, with the same cells', async () => {
    const { sim, host } = await setup();
    const whole = await host.readSource();
    const wholeMax = sim.maxCellsReadPerSync;
    sim.resetCounters();
    const blocks = await new OfficeValidationHost({ cellsPerSync: 100 }).readSource();
    // Three 2-D properties per cell; no sheet is wider than 100 columns.
    expect(sim.maxCellsReadPerSync).toBeLessThanOrEqual(300);
    const cells = MODEL.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula || (c.value !== null && c.value !== '')).length, 0);
    expect(sim.syncCount).toBeGreaterThan(2 + Math.floor(cells / 100));
    expect(wholeMax).toBeGreaterThan(300);
    for (const sheet of whole.sheets) {
      const other = sheetOf(blocks, sheet.name);
      expect([other.rowCount, other.colCount]).toEqual([sheet.rowCount, sheet.colCount]);
      for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) expect(other.cell(r, c)).toEqual(sheet.cell(r, c));
    }
  });

  it('refuses a host without ExcelApi 1.7 (names\' formulas, the file name)', async () => {
    const { sim, host } = await setup();
    sim.excelApi = '1.6';
    const e = await failure(host.readSource());
    expect([e.code, e.detail]).toEqual(['unsupported', 'ExcelApi 1.7']);
    expect(sim.syncCount).toBe(0);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const { sim, host } = await setup();
    const target = MODEL.sheets[4].name;
    await host.selectCell(target, '$d$12');
    expect(sim.selection).toEqual({ sheet: target, address: 'D12' });
    expect(sim.activeSheetName).toBe(target);
    expect(sim.syncCount).toBe(1);
  });

  it('names a missing sheet, and refuses an address that is not a cell', async () => {
    const { host } = await setup();
    const missing = await failure(host.selectCell('PL99 Không có', 'A1'));
    expect([missing.code, missing.detail]).toEqual(['sheetMissing', 'PL99 Không có']);
    expect(describeHostError(missing, 'vi')).toContain('PL99 Không có');
    expect((await failure(host.selectCell(MODEL.sheets[0].name, 'A:A'))).code).toBe('invalidInput');
  });
});

describe('markCells and clearMarks', () => {
  const pl01 = MODEL.sheets[0];
  const pl02 = MODEL.sheets[1];
  const [userFilled, second, third] = inputCells(pl01);
  const USER_FILL = '#00B0F0';

  /** The user's own formatting: a fill and font colour on a cell, a data bar and a custom rule of their own. */
  function userFormatting(sim: WorkbookSimulator) {
    const m = /^([A-Z]+)(\d+)$/.exec(userFilled)!;
    const cell = sim.sheet(pl01.name).cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    cell.fill = USER_FILL;
    cell.font.color = '#7030A0';
    const area = { row: 0, col: 0, rows: 40, cols: 10 };
    sim.sheet(pl01.name).conditionalFormats.push(
      { id: '{USER-1}', type: 'Custom', areas: [area], formula: '=D12>100', fill: '#FFFF00', font: { color: null, bold: null, italic: null }, stopIfTrue: false },
      { id: '{USER-2}', type: 'DataBar', areas: [area], formula: null, fill: null, font: { color: null, bold: null, italic: null }, stopIfTrue: false },
    );
    return () => ({ fill: cell.fill, font: cell.font.color });
  }

  const ours = (sim: WorkbookSimulator, sheet: string) => sim.conditionalFormats(sheet).filter((cf) => cf.formula !== null && isMarkFormula(cf.formula));

  it('marks with conditional formats, never the cells, and clearing gives back exactly what the user had', async () => {
    const { sim, host } = await setup();
    const own = userFormatting(sim);
    const protectionBefore = JSON.parse(JSON.stringify(sim.sheet(pl01.name).protection));
    const marks: CellMark[] = [
      { sheet: pl01.name, address: userFilled, severity: 'error' },
      { sheet: pl01.name, address: userFilled.toLowerCase(), severity: 'info' },
      { sheet: pl01.name, address: second, severity: 'warning' },
      { sheet: pl01.name, address: third, severity: 'error' },
      { sheet: pl02.name, address: 'E12:F12', severity: 'info' },
    ];
    await host.markCells(marks);
    // No Custom format of ours yet, but the user's: names, protection + formats, rule formulas, the
    // protected sheets unprotected (before anything is written), changes.
    expect(sim.syncCount).toBe(5);
    expect(own()).toEqual({ fill: USER_FILL, font: '#7030A0' });
    expect(sim.sheet(pl01.name).protection).toEqual(protectionBefore);

    // ExcelApi 1.9: one format per sheet and severity, over all its cells; the most severe on top.
    expect(ours(sim, pl01.name).map((cf) => [cf.address, cf.fill, cf.fontColor])).toEqual([
      [`${userFilled}, ${third}`, '#FFC7CE', '#9C0006'],
      [second, '#FFEB9C', '#9C5700'],
    ]);
    expect(ours(sim, pl02.name).map((cf) => [cf.address, cf.formula])).toEqual([['E12:F12', '=ISTEXT("annex-mark:info")']]);
    expect(sim.conditionalFormats(pl01.name).map((cf) => cf.id).slice(-2)).toEqual(['{USER-1}', '{USER-2}']);

    sim.resetCounters();
    await new OfficeValidationHost().clearMarks(); // another pane session: the tags are in the workbook
    expect(sim.syncCount).toBe(5);
    expect(ours(sim, pl01.name)).toEqual([]);
    expect(ours(sim, pl02.name)).toEqual([]);
    expect(sim.conditionalFormats(pl01.name).map((cf) => cf.id)).toEqual(['{USER-1}', '{USER-2}']);
    expect(own()).toEqual({ fill: USER_FILL, font: '#7030A0' });
    expect(sim.sheet(pl01.name).protection).toEqual(protectionBefore);
    expect(sim.sheet(pl02.name).protection.protected).toBe(true);
  });

  it('re-marking replaces the previous marks, on every sheet, copies included', async () => {
    const { sim, host } = await setup();
    await host.markCells([
      { sheet: pl01.name, address: second, severity: 'error' },
      { sheet: pl02.name, address: 'E12', severity: 'warning' },
    ]);
    // The user copied a marked cell to a sheet of their own: the copy carries the tag.
    sim.sheet('Sheet1').conditionalFormats.push({ ...sim.sheet(pl01.name).conditionalFormats[0], id: '{COPY}', areas: [{ row: 0, col: 0, rows: 1, cols: 1 }] });
    sim.resetCounters();
    await host.markCells([{ sheet: pl01.name, address: third, severity: 'warning' }]);
    expect(sim.syncCount).toBe(5);
    expect(ours(sim, pl01.name).map((cf) => cf.address)).toEqual([third]);
    expect(ours(sim, pl02.name)).toEqual([]);
    expect(ours(sim, 'Sheet1')).toEqual([]);
  });

  it('takes the same syncs for 1 annex and for 7: fewer when no sheet has a Custom format or nothing is to change', async () => {
    const counts: number[][] = [];
    for (const model of [firstAnnexes(1), MODEL]) {
      const { sim, host } = await setup(model);
      const run = async (f: () => Promise<void>) => {
        sim.resetCounters();
        await f();
        return sim.syncCount;
      };
      const marks = model.sheets.map((s) => ({ sheet: s.name, address: inputCells(s)[0], severity: 'error' as const }));
      counts.push([await run(() => host.markCells(marks)), await run(() => host.markCells(marks)), await run(() => host.clearMarks()), await run(() => host.clearMarks())]);
      restore?.();
    }
    // First marks: no Custom format yet (4, with the unprotecting); again: old ones to find (5); clear
    // (5); clear again: nothing to do (2).
    expect(counts).toEqual([
      [4, 5, 5, 2],
      [4, 5, 5, 2],
    ]);
  });

  it('without ExcelApi 1.9: one conditional format per address, still in the same syncs', async () => {
    const { sim, host } = await setup();
    sim.excelApi = '1.8';
    await host.markCells([
      { sheet: pl01.name, address: second, severity: 'error' },
      { sheet: pl01.name, address: third, severity: 'error' },
    ]);
    expect(sim.syncCount).toBe(4);
    expect(ours(sim, pl01.name).map((cf) => cf.address).sort()).toEqual([second, third].sort());
    await host.clearMarks();
    expect(ours(sim, pl01.name)).toEqual([]);
  });

  it('a protected annex refuses conditional formats unless unprotected first', async () => {
    const { sim } = await setup();
    const err = await sim
      .run(async (ctx: SimRequestContext) => void ctx.workbook.worksheets.getItem(pl01.name).getRange(second).conditionalFormats.add('Custom'))
      .then(() => null)
      .catch((e: { code: string }) => e.code);
    expect(err).toBe('AccessDenied');
  });

  it('refuses a missing sheet or a bad address before changing anything; needs ExcelApi 1.7', async () => {
    const { sim, host } = await setup();
    const missing = await failure(host.markCells([{ sheet: pl01.name, address: second, severity: 'error' }, { sheet: 'Đã xoá', address: 'A1', severity: 'error' }]));
    expect([missing.code, missing.detail]).toEqual(['sheetMissing', 'Đã xoá']);
    expect(ours(sim, pl01.name)).toEqual([]);
    expect((await failure(host.markCells([{ sheet: pl01.name, address: 'D0', severity: 'error' }]))).code).toBe('invalidInput');

    // Marks unprotect the annexes: WorksheetProtection.unprotect() is ExcelApi 1.7.
    sim.excelApi = '1.6';
    const old = await failure(host.markCells([]));
    expect([old.code, old.detail]).toEqual(['unsupported', 'ExcelApi 1.7']);
    expect(describeHostError(old, 'vi')).toMatch(/không tô màu được.*ExcelApi 1\.7/);
    expect((await failure(host.clearMarks())).detail).toBe('ExcelApi 1.7');
  });
});

describe('writeValues', () => {
  const pl01 = MODEL.sheets[0];
  const [textNumber, other] = inputCells(pl01);

  it('writes the number over the text, keeps the number format and the protection, in 2 syncs', async () => {
    const { sim, host } = await setup();
    sim.typeInto(pl01.name, textNumber, "'1.250");
    const format = sim.cell(pl01.name, textNumber).numberFormat;
    sim.resetCounters();
    await host.writeValues([{ sheet: pl01.name, address: textNumber, value: 1250 }]);
    expect(sim.syncCount).toBe(2);
    expect(sim.cell(pl01.name, textNumber)).toMatchObject({ value: 1250, quotePrefix: false, isError: false, numberFormat: format });
    expect(sim.sheet(pl01.name).protection.protected).toBe(true);
    const source = await host.readSource();
    const m = /^([A-Z]+)(\d+)$/.exec(textNumber)!;
    expect(sheetOf(source, pl01.name).cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65)).toEqual({ value: { kind: 'number', value: 1250 } });
  });

  it('returns what the cells held, and writing that back undoes the fix: the text as typed, an empty cell empty', async () => {
    const { sim, host } = await setup();
    sim.typeInto(pl01.name, textNumber, "'1.250");
    const previous = await host.writeValues([
      { sheet: pl01.name, address: textNumber, value: 1250 },
      { sheet: pl01.name, address: other, value: 3 },
    ]);
    expect(previous).toEqual([
      { sheet: pl01.name, address: textNumber, value: '1.250' },
      { sheet: pl01.name, address: other, value: '' },
    ]);
    expect(sim.cell(pl01.name, textNumber).value).toBe(1250);
    await host.writeValues(previous);
    // Text again, not 1.25 nor 1250: Excel keeps a leading apostrophe's text as typed.
    expect(sim.cell(pl01.name, textNumber)).toMatchObject({ value: '1.250', quotePrefix: true });
    expect(sim.cell(pl01.name, other).value).toBeNull();
  });

  it('refuses a locked target before writing anything, even the unlocked ones', async () => {
    const { sim, host } = await setup();
    const label = lockedLabel(pl01);
    const before = sim.cell(pl01.name, label).value;
    const e = await failure(
      host.writeValues([
        { sheet: pl01.name, address: other, value: 7 },
        { sheet: pl01.name, address: label, value: 8 },
      ]),
    );
    expect([e.code, e.detail]).toEqual(['cellLocked', `${pl01.name}!${label}`]);
    expect(describeHostError(e, 'en')).toContain(label);
    expect(sim.cell(pl01.name, other).value).toBeNull();
    expect(sim.cell(pl01.name, label).value).toBe(before);
  });

  it('names a missing sheet; refuses ranges and non-numbers', async () => {
    const { host } = await setup();
    const e = await failure(host.writeValues([{ sheet: 'Không có', address: 'D12', value: 1 }]));
    expect([e.code, e.detail]).toEqual(['sheetMissing', 'Không có']);
    expect((await failure(host.writeValues([{ sheet: pl01.name, address: 'D12:D13', value: 1 }]))).code).toBe('invalidInput');
    expect((await failure(host.writeValues([{ sheet: pl01.name, address: 'D12', value: Number.NaN }]))).code).toBe('invalidInput');
  });
});
