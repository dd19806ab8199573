/**
 * Formulas saved without their results, computed from the workbook (report/formula-values.ts): the
 * value a spreadsheet program would show, each cell once; and every way a hostile or odd workbook can
 * make that impossible — a cycle, an unknown function, a formula whose text is unknown, a chain too
 * deep, a range too large — ends with the cell named, never a hang or a guess.
 */
import { Decimal } from '../../../src/core/numbers/decimal';
import type { CellSource, SourceCell } from '../../../src/core/report/cell-source';
import { FormulaValues, MAX_DEPTH, MAX_READS, sameValue, toCellValue, type Computed } from '../../../src/core/report/formula-values';
import { GridSheet } from '../../../src/core/report/model-source';

const f = (formula: string): SourceCell => ({ value: { kind: 'blank' }, formula });
const cached = (formula: string, value: number): SourceCell => ({ value: { kind: 'number', value }, formula });

function workbook(sheets: Record<string, Array<[number, number, SourceCell | number | string]>>, names: CellSource['names'] = []): CellSource & { sheets: GridSheet[] } {
  return {
    label: 'test.xlsx',
    names,
    sheets: Object.entries(sheets).map(([name, cells]) => {
      const g = new GridSheet(name);
      for (const [r, c, v] of cells) g.set(r, c, v);
      return g;
    }),
  };
}

const number = (c: Computed): number => {
  if (!c.ok) throw new Error(`not computed: ${JSON.stringify(c.trouble)}`);
  if (c.value.kind !== 'number') throw new Error(`not a number: ${c.value.kind}`);
  return c.value.value.toNumber();
};

describe('a formula saved without its result', () => {
  test('is computed from constants, from other sheets, and from other formulas without results', () => {
    const wb = workbook({
      'Chi tiết PL02': [[6, 4, 120], [7, 4, 35.5], [8, 4, 'ghi chú'], [9, 4, f('E7*2')]],
      PL02: [[0, 0, f("SUM('Chi tiết PL02'!E7:E10)")], [0, 1, f('A1/3')], [0, 2, f('IFERROR(A1/0,"")')]],
    });
    const values = new FormulaValues(wb);
    const pl02 = wb.sheets[1];
    // 120 + 35.5 + 240: the text is ignored by SUM, E10 computed in turn.
    expect(number(values.compute(pl02, 0, 0))).toBe(395.5);
    expect(number(values.compute(pl02, 0, 1))).toBeCloseTo(131.833333333333, 9);
    expect(values.compute(pl02, 0, 2)).toEqual({ ok: true, value: { kind: 'text', value: '' } });
  });

  test('exact decimals: money adds up to the đồng', () => {
    const wb = workbook({ S: [[0, 0, 0.1], [1, 0, 0.2], [2, 0, f('A1+A2')]] });
    const r = new FormulaValues(wb).compute(wb.sheets[0], 2, 0);
    expect(r.ok && r.value.kind === 'number' && r.value.value.eq(Decimal.parse('0.3')!)).toBe(true);
    expect(toCellValue(r.ok ? r.value : { kind: 'blank' })).toEqual({ kind: 'number', value: 0.3 });
  });

  test('a cached value is taken as the file gives it, and a defined name is followed', () => {
    const wb = workbook({ S: [[0, 0, cached('999', 7)], [1, 0, f('A1+TOTAL')], [2, 1, 5]] }, [{ name: 'TOTAL', formula: "'S'!$B$3" }]);
    expect(number(new FormulaValues(wb).compute(wb.sheets[0], 1, 0))).toBe(12);
  });

  test('a reference to a sheet the workbook lacks gives #REF!, as in Excel', () => {
    const wb = workbook({ S: [[0, 0, f("SUM('Chi tiết'!E7:E9)")]] });
    expect(new FormulaValues(wb).compute(wb.sheets[0], 0, 0)).toEqual({ ok: true, value: { kind: 'error', code: '#REF!' } });
  });
});

describe('what cannot be computed is named, never guessed', () => {
  test('a cycle of references: the cell that closes it', () => {
    const wb = workbook({ S: [[0, 0, f('B1+1')], [0, 1, f('C1*2')], [0, 2, f('A1')]] });
    const r = new FormulaValues(wb).compute(wb.sheets[0], 0, 0);
    expect(r).toEqual({ ok: false, trouble: { kind: 'cycle', at: 'S!A1' } });
  });

  test('a cycle through a cell that has a cached value is still a cycle', () => {
    const wb = workbook({ S: [[0, 0, f('B1+1')], [0, 1, cached('A1*2', 10)]] });
    expect(new FormulaValues(wb).compute(wb.sheets[0], 0, 1)).toEqual({ ok: false, trouble: { kind: 'cycle', at: 'S!B1' } });
  });

  test('a self-reference, and every cell that reads it', () => {
    const wb = workbook({ S: [[0, 0, f('A1+1')], [1, 0, f('A1*3')]] });
    const values = new FormulaValues(wb);
    expect(values.compute(wb.sheets[0], 1, 0)).toEqual({ ok: false, trouble: { kind: 'cycle', at: 'S!A1' } });
    expect(values.compute(wb.sheets[0], 0, 0)).toEqual({ ok: false, trouble: { kind: 'cycle', at: 'S!A1' } });
  });

  test('a function the project never writes, even deep inside another formula', () => {
    const wb = workbook({ S: [[0, 0, f('VLOOKUP(1,B1:C3,2,FALSE)')], [1, 0, f('A1+1')]] });
    const values = new FormulaValues(wb);
    expect(values.compute(wb.sheets[0], 1, 0)).toEqual({ ok: false, trouble: { kind: 'function', at: 'S!A1', names: ['VLOOKUP'] } });
  });

  test("a shared formula's follower (its text is not in the file), and a formula that does not parse", () => {
    const wb = workbook({ S: [[0, 0, f('')], [1, 0, f('SUM(A1:A2')]] });
    const values = new FormulaValues(wb);
    expect(values.compute(wb.sheets[0], 0, 0)).toMatchObject({ ok: false, trouble: { kind: 'syntax', at: 'S!A1' } });
    expect(values.compute(wb.sheets[0], 1, 0)).toMatchObject({ ok: false, trouble: { kind: 'syntax', at: 'S!A2' } });
  });

  test(`a chain deeper than ${MAX_DEPTH} formulas stops, without a stack overflow`, () => {
    const cells: Array<[number, number, SourceCell | number]> = [[0, 0, 1]];
    for (let r = 1; r < 5000; r++) cells.push([r, 0, f(`A${r}+1`)]);
    const wb = workbook({ S: cells });
    const r = new FormulaValues(wb).compute(wb.sheets[0], 4999, 0);
    expect(r).toMatchObject({ ok: false, trouble: { kind: 'limit' } });
    // A chain within the bound is computed.
    expect(number(new FormulaValues(wb).compute(wb.sheets[0], MAX_DEPTH - 1, 0))).toBe(MAX_DEPTH);
  });

  test(`a range of the whole grid stops after ${MAX_READS.toLocaleString('en')} reads`, () => {
    const wb = workbook({ S: [[0, 0, f('SUM(B1:XFD1048576)')], [5, 5, 1]] });
    const started = Date.now();
    const r = new FormulaValues(wb).compute(wb.sheets[0], 0, 0);
    expect(r).toMatchObject({ ok: false, trouble: { kind: 'limit' } });
    // Not a timing assertion: it did not read 17 billion cells.
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('a cached value against the recomputation', () => {
  const n = (x: number) => ({ kind: 'number', value: Decimal.fromNumber(x) }) as const;
  test("the file's double and the exact decimal are the same figure; another figure is not", () => {
    expect(sameValue({ kind: 'number', value: 56.0102301790281 }, n(56.010230179028))).toBe(true);
    expect(sameValue({ kind: 'number', value: 1706 }, n(1677))).toBe(false);
    expect(sameValue({ kind: 'number', value: 0 }, n(0.000001))).toBe(false);
  });
  test('an empty text and an empty cell alike; texts and errors exactly', () => {
    expect(sameValue({ kind: 'blank' }, { kind: 'text', value: '' })).toBe(true);
    expect(sameValue({ kind: 'text', text: 'a' }, { kind: 'text', value: 'a' })).toBe(true);
    expect(sameValue({ kind: 'number', value: 0 }, { kind: 'text', value: '' })).toBe(false);
    expect(sameValue({ kind: 'error', code: '#REF!' }, { kind: 'error', code: '#REF!' })).toBe(true);
    expect(sameValue({ kind: 'number', value: 5 }, { kind: 'error', code: '#REF!' })).toBe(false);
  });
});
