/**
 * Every workbook the project writes is truthful as written: the cached result of every formula — the
 * annexes' totals and ratios, the check sheet's verdicts, counts and marks, the annexes' hint line,
 * the summary's sums over its detail — is what the formula computes from the workbook's own
 * constants, so that a viewer that does not recalculate (a mail or drive preview; LibreOffice's
 * default for .xlsx) shows the truth. The formulas are computed by the project's spreadsheet
 * evaluator (src/core/spreadsheet), independent of the engine that wrote the caches.
 */
import { Decimal } from '../../../src/core/numbers/decimal';
import { exampleFigures, type FigureMap } from '../../../src/core/demo/example-figures';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import { withFigures } from '../../../src/core/report/model-source';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { parseFormula } from '../../../src/core/spreadsheet';
import { summaryWorkbook } from '../../../src/core/summary';
import { filledWorkbook, renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { namedValue } from '../checks/verdicts';
import { directUnits, pack, submission } from '../merge/helpers';
import { modelValues } from '../spreadsheet/model-values';

jest.setTimeout(120_000);

const figures = (unit: string): FigureMap => JSON.parse(JSON.stringify(exampleFigures(pack, unit))) as FigureMap;

/** Every formula cell whose cached value differs from what its formula computes. */
function untruthful(model: WorkbookModel): { checked: number; off: string[] } {
  const value = modelValues(model);
  const off: string[] = [];
  let checked = 0;
  for (const sheet of model.sheets) {
    for (const c of sheet.cells) {
      if (c.formula === undefined) continue;
      checked++;
      const got = value(sheet, c.row, c.col);
      const where = `${sheet.name}!R${c.row + 1}C${c.col + 1} =${c.formula.slice(0, 60)}`;
      if (typeof c.value === 'number') {
        const n = got.kind === 'number' ? got.value.toNumber() : NaN;
        if (!(Math.abs(n - c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)))) off.push(`${where}: cached ${c.value}, computed ${JSON.stringify(got)}`);
      } else if (typeof c.value === 'string') {
        // The cache writes numbers inside texts the Vietnamese way ("1.690", "84,5"); Excel's & does not.
        const t = got.kind === 'text' ? got.value : `(${got.kind})`;
        if (t !== c.value && !/\d[.,]\d/.test(c.value)) off.push(`${where}: cached ${JSON.stringify(c.value)}, computed ${JSON.stringify(got)}`);
      } else if (got.kind === 'number') {
        // No cached value where the formula gives a number: a viewer shows an empty cell.
        off.push(`${where}: no cached value, computed ${got.value.toString()}`);
      }
    }
  }
  return { checked, off };
}

const KINDS: Array<[string, () => WorkbookModel]> = [
  ['a blank template (annex template)', () => renderWorkbook(pack, 'H01')],
  ['a grassroots template', () => renderWorkbook(pack, 'CS01')],
  ["a district's filled workbook (the demo's H01)", () => filledWorkbook(pack, 'H01', figures('H01'))],
  ['a filled workbook with errors', () => {
    const f = figures('CS01');
    f.PL02['3']['2'] = 'bốn'; // words in a number cell
    f.PL02['4']['3'] = -5; // a negative count
    return filledWorkbook(pack, 'CS01', f);
  }],
  ["the province's own filled workbook", () => filledWorkbook(pack, pack.issuer.code, figures(pack.issuer.code))],
  ['a merged summary', () => summaryWorkbook(pack, mergeSubmissions(pack, directUnits().slice(0, 5).map((u) => submission(u))))],
];

test.each(KINDS)('%s: every cached formula result is what the formula computes', (_name, make) => {
  const { checked, off } = untruthful(make());
  expect(off).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test("the demo's H01, written and read back, says SO_LOI = 0 before any recalculation (the engine finds it clean)", () => {
  const read = readWorkbook(writeWorkbook(filledWorkbook(pack, 'H01', figures('H01'))));
  if (!read.ok) throw new Error('unreadable');
  const wb = read.workbook;
  expect(namedValue(wb, 'SO_LOI')).toBe(0);
  expect(namedValue(wb, 'SO_CANH_BAO')).toBe(0);
  // The total of a computed row is cached too (not left for the viewer to compute).
  const pl02 = wb.sheets.find((s) => s.name === pack.annexes.find((a) => a.id === 'PL02')!.sheetName)!;
  expect([...pl02.cells.values()].filter((c) => c.formula && typeof c.value === 'number' && c.value > 0).length).toBeGreaterThan(0);
});

test('filling figures into a template drops every stale cached result instead of keeping the empty template’s', () => {
  const filled = withFigures(renderWorkbook(pack, 'H01'), figures('H01'));
  // No cached result contradicts the figures; the ones that would have are left out.
  const { off } = untruthful(filled);
  expect(off.filter((o) => !o.includes(': no cached value, computed '))).toEqual([]);
  expect(off.length).toBeGreaterThan(100);
  const soLoi = parseFormula(filled.names.find((n) => n.name === 'SO_LOI')!.formula);
  if (!soLoi.ok || soLoi.formula.ast.type !== 'ref') throw new Error('SO_LOI is not a reference');
  const { row, col } = soLoi.formula.ast.area;
  const check = filled.sheets.find((s) => s.role === 'checks')!;
  // Left for the program that opens it to compute, and it computes 0.
  expect(check.cells.find((c) => c.row === row && c.col === col)?.value).toBeNull();
  expect(modelValues(filled)(check, row, col)).toEqual({ kind: 'number', value: Decimal.ZERO });
});
