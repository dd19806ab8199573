import { cellInput, needsQuotePrefix } from '../../src/excel/cell-input';
import { mergeMetaRows, metaRowsFrom } from '../../src/excel/queue-meta';
import { validationRule } from '../../src/excel/queue-sheet';
import { rectanglesByKey, runsOf } from '../../src/excel/rectangles';
import { columnWidthPoints, planSheet } from '../../src/excel/sheet-plan';
import { handBuiltSheet } from './fixtures';

describe('cellInput: what goes into range.formulas', () => {
  it.each([
    ['=SUM(A1)', true],
    ['+ Khác', true],
    ['- Trong đó', true],
    ['@x', true],
    ["'quoted", true],
    ['1.1', true],
    ['1.250', true],
    ['2/1', true],
    ['10:30', true],
    ['5%', true],
    ['TRUE', true],
    ['#N/A', true],
    ['1 Jan', true],
    ['Tổng số đoàn viên', false],
    ['PL01', false],
    ['Mã số', false],
  ])('%s needs the apostrophe: %s', (text, expected) => {
    expect(needsQuotePrefix(text)).toBe(expected);
  });

  it('adds "=" to formulas, keeps numbers, guards text, writes "" for empty cells', () => {
    expect(cellInput({ value: null, formula: 'SUM(D5:D6)' })).toBe('=SUM(D5:D6)');
    expect(cellInput({ value: 7, formula: 'A1' })).toBe('=A1');
    expect(cellInput({ value: 12.5 })).toBe(12.5);
    expect(cellInput({ value: '1.1' })).toBe("'1.1");
    expect(cellInput({ value: 'Nhãn' })).toBe('Nhãn');
    expect(cellInput({ value: null })).toBe('');
    expect(cellInput(undefined)).toBe('');
  });
});

describe('rectangles', () => {
  it('joins equal runs of consecutive rows into one rectangle', () => {
    const keys = ['aab', 'aab', 'abb'];
    const rects = rectanglesByKey(3, 3, (r, c) => (keys[r][c] === 'b' ? 'b' : keys[r][c] === 'a' ? 'a' : undefined));
    expect(rects.get('a')).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 2, col: 0, rows: 1, cols: 1 },
    ]);
    expect(rects.get('b')).toEqual([
      { row: 0, col: 2, rows: 2, cols: 1 },
      { row: 2, col: 1, rows: 1, cols: 2 },
    ]);
  });

  it('groups consecutive equal values', () => {
    expect(runsOf([[3, 9], [0, 5], [1, 5], [4, 9], [6, 9]])).toEqual([
      { first: 0, last: 1, value: 5 },
      { first: 3, last: 4, value: 9 },
      { first: 6, last: 6, value: 9 },
    ]);
  });
});

describe('planSheet', () => {
  it('converts column widths as the file format does (9.140625 = Excel default = 48 pt)', () => {
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(46)).toBe(241.5);
  });

  it('plans one block of contents and formats, and format rectangles independent of row count', () => {
    const plan = planSheet(handBuiltSheet());
    expect([plan.rows, plan.cols]).toEqual([7, 4]);
    expect(plan.contents[3]).toEqual([1, "'=Tổng số (dòng 1 = 1.1 + 1.2)", "'1", '=SUM(D5:D6)']);
    expect(plan.numberFormats[5]).toEqual(['General', 'General', '@', '#,##0.00']);
    expect(plan.unlocked).toEqual([{ row: 4, col: 3, rows: 3, cols: 1 }]);
    expect(plan.formatAreas.find((a) => a.property === 'fill' && a.value === 'FFF2CC')?.ranges).toEqual([{ row: 4, col: 3, rows: 3, cols: 1 }]);
    // Every bordered cell of the table (rows 5–6 have no STT cell, row 7 no label border) in three rectangles.
    expect(plan.formatAreas.filter((a) => a.property === 'border').flatMap((a) => a.ranges)).toEqual([
      { row: 1, col: 0, rows: 3, cols: 4 },
      { row: 4, col: 1, rows: 2, cols: 3 },
      { row: 6, col: 2, rows: 1, cols: 2 },
    ]);
  });
});

describe('validation rules', () => {
  const base = { range: { row: 0, col: 0, rows: 1, cols: 1 }, errorTitle: '', errorMessage: '' };
  it('maps bounds to operators as the .xlsx writer does', () => {
    expect(validationRule({ ...base, rule: { kind: 'wholeNumber', min: 0, max: null } })).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } });
    expect(validationRule({ ...base, rule: { kind: 'decimal', min: 0, max: 100 } })).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 100 } });
    expect(validationRule({ ...base, rule: { kind: 'decimal', min: null, max: 5 } })).toEqual({ decimal: { operator: 'LessThanOrEqualTo', formula1: 5 } });
    expect(validationRule({ ...base, rule: { kind: 'wholeNumber', min: null, max: null } })).toEqual({
      wholeNumber: { operator: 'Between', formula1: -999999999999999, formula2: 999999999999999 },
    });
  });
});

describe('identity sheet rows', () => {
  const model = { name: 'm', rows: [['pack.id', 'p'], ['unit.code', 'H01'], ['annex.PL02', 'PL02']] as Array<[string, string]> };
  it('keeps earlier annexes of the same pack and unit after the model rows', () => {
    expect(mergeMetaRows(model, [['pack.id', 'p'], ['unit.code', 'H01'], ['annex.PL01', 'PL01'], ['annex.PL02', 'old']])).toEqual([
      ['pack.id', 'p'],
      ['unit.code', 'H01'],
      ['annex.PL02', 'PL02'],
      ['annex.PL01', 'PL01'],
    ]);
  });
  it('drops the rows of another unit', () => {
    expect(mergeMetaRows(model, [['pack.id', 'p'], ['unit.code', 'H02'], ['annex.PL01', 'PL01']])).toEqual(model.rows);
  });
  it('reads rows only from a used range starting in column A', () => {
    expect(metaRowsFrom("'_annex_meta'!A1:B2", [['k', 'v'], ['', 'x']])).toEqual([['k', 'v']]);
    expect(metaRowsFrom("'_annex_meta'!C1:D1", [['k', 'v']])).toEqual([]);
  });
});
