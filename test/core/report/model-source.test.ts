import { exampleFigures, MEMBER_RANGE } from '../../../src/core/demo/example-figures';
import { FigureTargetError, GridSheet, sourceFromModel, withFigures } from '../../../src/core/report/model-source';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { readWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../../src/xlsx/write';
import { readUnitReport } from '../../../src/core/report/read-unit-report';
import { reportCell } from '../../../src/core/report/unit-report';
import { pack } from '../rules/helpers';

describe('demo figures', () => {
  test('are deterministic: the same unit and seed give the same figures', () => {
    expect(exampleFigures(pack, 'H03')).toEqual(exampleFigures(pack, 'H03'));
    expect(exampleFigures(pack, 'H03', 7)).not.toEqual(exampleFigures(pack, 'H03'));
  });
  test.each(pack.units.map((u) => [u.code, u.kind] as const))('%s (%s) has members in the range of its kind', (code, kind) => {
    const members = exampleFigures(pack, code).PL02['5']['1'] as number;
    const [lo, hi] = MEMBER_RANGE[kind];
    expect(members).toBeGreaterThanOrEqual(lo);
    expect(members).toBeLessThanOrEqual(hi);
  });
  test('cover every input cell of PL02 and PL07', () => {
    const f = exampleFigures(pack, 'H01');
    expect(Object.keys(f.PL02).sort()).toEqual(pack.annexes[1].rows.filter((r) => r.kind === 'input').map((r) => r.code).sort());
    expect(Object.keys(f.PL07['22'])).toEqual(['1', '2', '3']);
  });
});

describe('model source', () => {
  test('figures go into input cells only, unless a computed cell is typed over on purpose', () => {
    const model = renderWorkbook(pack, 'H01', ['PL02']);
    expect(() => withFigures(model, { PL02: { '12': { '1': 5 } } })).toThrow(FigureTargetError);
    expect(() => withFigures(model, { PL02: { '99': { '1': 5 } } })).toThrow(/no such cell/);
    const over = sourceFromModel(withFigures(model, { PL02: { '12': { '1': 5 } } }, { overwrite: true }));
    const report = readUnitReport(over, pack);
    expect(reportCell(report, 'PL02', '12', '1')).toMatchObject({ value: { kind: 'number', value: 5 }, hasFormula: false });
  });
  test('a grid sheet inserts, deletes and moves rows and columns', () => {
    const g = new GridSheet('x');
    g.set(0, 0, 'a');
    g.set(1, 0, 'b');
    g.set(1, 1, 2);
    g.insertRows(1);
    expect([g.cell(1, 0).value.kind, g.cell(2, 0).value]).toEqual(['blank', { kind: 'text', text: 'b' }]);
    g.deleteRows(0);
    expect(g.cell(1, 0).value).toEqual({ kind: 'text', text: 'b' });
    g.insertCols(0);
    expect(g.cell(1, 2).value).toEqual({ kind: 'number', value: 2 });
    g.moveRow(1, 0);
    expect(g.cell(0, 1).value).toEqual({ kind: 'text', text: 'b' });
    expect([g.rowCount, g.colCount]).toEqual([1, 3]);
  });
});

describe('an .xlsx file read back as a CellSource', () => {
  test('gives the same unit report as the model it was written from', () => {
    const model = withFigures(renderWorkbook(pack, 'H02'), exampleFigures(pack, 'H02'));
    const read = readWorkbook(writeWorkbook(model));
    if (!read.ok) throw new Error(read.error.detail);
    const src = toCellSource(read.workbook, 'H02.xlsx');
    expect(src.sheets.find((s) => s.name === '_annex_meta')?.visibility).toBe('hidden');
    expect(src.names.some((n) => n.name === 'ANNEX_SHEET_PL07')).toBe(true);
    const fromFile = readUnitReport(src, pack);
    const fromModel = readUnitReport(sourceFromModel(model), pack);
    expect(fromFile.unitCode).toBe('H02');
    for (const [id, annex] of fromModel.annexes) {
      expect(fromFile.annexes.get(id)!.issues).toEqual([]);
      for (const [row, cols] of annex.cells) {
        for (const [col, cell] of cols) {
          const other = reportCell(fromFile, id, row, col)!;
          expect([id, row, col, other.address, other.hasFormula, other.value]).toEqual([id, row, col, cell.address, cell.hasFormula, cell.value]);
        }
      }
    }
  });
});
