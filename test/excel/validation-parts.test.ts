import { BLANK } from '../../src/core/report/cell-source';
import { parseBlock } from '../../src/excel/cell-address';
import { HostError, type HostErrorCode } from '../../src/excel/host';
import { describeHostError } from '../../src/excel/host-error-text';
import { chunkAddresses, groupMarks, isMarkFormula, markFormula } from '../../src/excel/marks';
import { jsonBytes, utf8Length } from '../../src/excel/payload';
import { planBatches } from '../../src/excel/read-blocks';
import { LoadedSheet, sourceCell } from '../../src/excel/source-cells';

/** The pure parts of the validation host: cell conversion, block planning, mark grouping and tags. */

describe('sourceCell: what Excel returns → CellSource', () => {
  it('follows valueTypes; an error value comes with its text', () => {
    expect(sourceCell(12.5, 12.5, 'Double')).toEqual({ value: { kind: 'number', value: 12.5 } });
    expect(sourceCell(3, 3, 'Integer')).toEqual({ value: { kind: 'number', value: 3 } });
    expect(sourceCell('1.250', '1.250', 'String')).toEqual({ value: { kind: 'text', text: '1.250' } });
    expect(sourceCell(true, true, 'Boolean')).toEqual({ value: { kind: 'bool', value: true } });
    expect(sourceCell('#DIV/0!', '#DIV/0!', 'Error')).toEqual({ value: { kind: 'error', code: '#DIV/0!' } });
    expect(sourceCell('', '', 'Empty')).toBe(BLANK);
    expect(sourceCell(7, 7, 'RichValue')).toEqual({ value: { kind: 'number', value: 7 } });
  });

  it('keeps formulas without "=", with their result; text typed with an apostrophe is not a formula', () => {
    expect(sourceCell(30, '=SUM(E11:E12)', 'Double')).toEqual({ value: { kind: 'number', value: 30 }, formula: 'SUM(E11:E12)' });
    expect(sourceCell('#REF!', '=#REF!+1', 'Error')).toEqual({ value: { kind: 'error', code: '#REF!' }, formula: '#REF!+1' });
    expect(sourceCell(null, '=SUM(A1:A2)', 'Empty')).toEqual({ value: { kind: 'blank' }, formula: 'SUM(A1:A2)' });
    expect(sourceCell('=Tổng (1 = 1.1 + 1.2)', '=Tổng (1 = 1.1 + 1.2)', 'String')).toEqual({ value: { kind: 'text', text: '=Tổng (1 = 1.1 + 1.2)' } });
    expect(sourceCell('=', '=', 'String')).toEqual({ value: { kind: 'text', text: '=' } });
  });

  it('LoadedSheet places blocks at their offset; everything else is blank', () => {
    const sheet = new LoadedSheet('PL', 'visible', 5, 4);
    sheet.addBlock({ row: 3, col: 2, values: [[1, 'a']], formulas: [[1, 'a']], valueTypes: [['Double', 'String']] });
    expect(sheet.cell(3, 2).value).toEqual({ kind: 'number', value: 1 });
    expect(sheet.cell(3, 3).value).toEqual({ kind: 'text', text: 'a' });
    expect(sheet.cell(0, 0)).toBe(BLANK);
  });
});

/** A budget of cells only (bytes unbounded). */
const cellsOnly = (cells: number) => ({ cells, bytes: Infinity, bytesPerCell: () => 1 });

describe('planBatches: row blocks under a cell budget and a byte budget', () => {
  it('puts small sheets together in one batch', () => {
    const areas = [0, 1, 2].map((sheet) => ({ sheet, row: 0, col: 0, rows: 40, cols: 10 }));
    expect(planBatches(areas, cellsOnly(20_000))).toEqual([areas]);
  });

  it('cuts a large sheet into whole rows, filling each batch', () => {
    const batches = planBatches([{ sheet: 0, row: 2, col: 1, rows: 100, cols: 30 }, { sheet: 1, row: 0, col: 0, rows: 10, cols: 10 }], cellsOnly(1000));
    for (const b of batches) expect(b.reduce((n, a) => n + a.rows * a.cols, 0)).toBeLessThanOrEqual(1000);
    const rows0 = batches.flat().filter((a) => a.sheet === 0);
    expect(rows0[0].row).toBe(2);
    expect(rows0.reduce((n, a) => n + a.rows, 0)).toBe(100);
    rows0.forEach((a, i) => i > 0 && expect(a.row).toBe(rows0[i - 1].row + rows0[i - 1].rows));
    expect(batches.length).toBe(Math.ceil((100 * 30 + 100) / 990));
  });

  it('reads a row wider than the budget by columns; skips empty areas', () => {
    expect(planBatches([{ sheet: 0, row: 0, col: 0, rows: 2, cols: 50 }, { sheet: 1, row: 0, col: 0, rows: 0, cols: 5 }], cellsOnly(20))).toEqual([
      [{ sheet: 0, row: 0, col: 0, rows: 1, cols: 20 }],
      [{ sheet: 0, row: 0, col: 20, rows: 1, cols: 20 }],
      [{ sheet: 0, row: 0, col: 40, rows: 1, cols: 10 }],
      [{ sheet: 0, row: 1, col: 0, rows: 1, cols: 20 }],
      [{ sheet: 0, row: 1, col: 20, rows: 1, cols: 20 }],
      [{ sheet: 0, row: 1, col: 40, rows: 1, cols: 10 }],
    ]);
  });

  it('stops a batch at the estimated bytes: a sheet of long texts goes in more, smaller batches', () => {
    const areas = [
      { sheet: 0, row: 0, col: 0, rows: 1000, cols: 10 },
      { sheet: 1, row: 0, col: 0, rows: 1000, cols: 10 },
    ];
    const budget = { cells: 50_000, bytes: 2_000_000, bytesPerCell: (sheet: number) => (sheet === 0 ? 50 : 2000) };
    const batches = planBatches(areas, budget);
    for (const b of batches) expect(b.reduce((n, a) => n + a.rows * a.cols * budget.bytesPerCell(a.sheet), 0)).toBeLessThanOrEqual(2_000_000);
    // Sheet 0 (500 KB) and a quarter of sheet 1 together, then 100 rows of sheet 1 at a time.
    expect(batches.map((b) => b.map((a) => [a.sheet, a.rows]))).toEqual([[[0, 1000], [1, 75]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 100]], [[1, 25]]]);
    expect(batches.flat().filter((a) => a.sheet === 1).reduce((n, a) => n + a.rows, 0)).toBe(1000);
  });
});

describe('payload sizes', () => {
  it('counts JSON in UTF-8 bytes: Vietnamese letters are two or three bytes', () => {
    expect(jsonBytes([['a', 1]])).toBe(9);
    expect(utf8Length('Tổng số')).toBe(11);
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('marks', () => {
  it('groups per sheet without case, one severity per address (the most severe), least severe first', () => {
    const grouped = groupMarks([
      { sheet: 'PL01', address: 'd5', severity: 'info' },
      { sheet: 'pl01', address: '$D$5', severity: 'error' },
      { sheet: 'PL01', address: 'E7:D6', severity: 'warning' },
      { sheet: 'PL01', address: 'F1', severity: 'info' },
      { sheet: 'PL02', address: 'A1', severity: 'error' },
    ]);
    expect(grouped).toEqual([
      {
        sheet: 'PL01',
        bySeverity: [
          { severity: 'info', addresses: ['F1'] },
          { severity: 'warning', addresses: ['D6:E7'] },
          { severity: 'error', addresses: ['D5'] },
        ],
      },
      { sheet: 'PL02', bySeverity: [{ severity: 'error', addresses: ['A1'] }] },
    ]);
  });

  it('refuses what is not a cell or block of one sheet', () => {
    for (const address of ['A:A', '3:4', 'PL01!A1', 'A0', 'XFE1', 'A1:B2:C3', '']) {
      expect(() => groupMarks([{ sheet: 'S', address, severity: 'error' }])).toThrow(HostError);
      expect(parseBlock(address)).toBeNull();
    }
  });

  it('recognises its tag however Excel spells the function, and nothing else', () => {
    expect(markFormula('warning')).toBe('=ISTEXT("annex-mark:warning")');
    expect(isMarkFormula('=istext("annex-mark:error")')).toBe(true);
    expect(isMarkFormula('=ISTEXT( "annex-mark:info" )')).toBe(true);
    expect(isMarkFormula('=D12>100')).toBe(false);
    expect(isMarkFormula('=ISTEXT("annex-mark")')).toBe(false);
  });

  it('chunks multi-area addresses by count and length', () => {
    const many = Array.from({ length: 120 }, (_, i) => `D${i + 1}`);
    const chunks = chunkAddresses(many);
    expect(chunks.map((c) => c.split(',').length)).toEqual([50, 50, 20]);
    expect(chunks.join(',').split(',')).toEqual(many);
    expect(chunkAddresses(['A1:B2', 'C3:D4', 'E5'], 50, 12)).toEqual(['A1:B2,C3:D4', 'E5']);
  });
});

describe('describeHostError', () => {
  const cases: Array<[HostErrorCode, string]> = [
    ['sheetExists', 'PL01'],
    ['unsupported', 'ExcelApi 1.8'],
    ['unsupported', 'ExcelApi 1.6'],
    ['unsupported', 'ExcelApi 1.4'],
    ['sheetMissing', 'PL09'],
    ['cellLocked', 'PL01!B5'],
    ['invalidInput', 'PL01!A0'],
    ['officeError', 'Boom'],
  ];
  it.each(cases)('%s (%s): a filled sentence in both languages', (code, detail) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = describeHostError(new HostError(code, detail), lang);
      expect(text).toContain(detail);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('says why each requirement set is needed, and which hosts have it (Microsoft\'s table)', () => {
    expect(describeHostError(new HostError('unsupported', 'ExcelApi 1.7', { feature: 'marks' }), 'en')).toMatch(/cannot highlight the cells.*\(For IT: ExcelApi 1\.7 is needed\.\)/);
    const read = describeHostError(new HostError('unsupported', 'ExcelApi 1.7', { feature: 'read' }), 'en');
    expect(read).toMatch(/read the open workbook/);
    expect(read).toContain('Office 2019 or later');
    const insert = describeHostError(new HostError('unsupported', 'ExcelApi 1.8', { feature: 'insert' }), 'vi');
    expect(insert).toContain('kiểm tra dữ liệu nhập');
    expect(insert).toContain('Office 2021 trở lên');
    expect(insert).toContain('phiên bản 1808');
    expect(insert).not.toContain('2019');
    expect(describeHostError(new HostError('unsupported', 'ExcelApi 1.2', { feature: 'fix' }), 'en')).toMatch(/fix numbers typed as text/);
  });
});
