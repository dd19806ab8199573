/**
 * The evaluator on every formula the project writes: a merged summary (its annex sheets' SUMs over
 * the detail sheet, ratios, targets, and its check sheet's ~9,000 formulas of LEN, MID, SUBSTITUTE,
 * SUMPRODUCT over arrays, INDEX/MATCH, CHOOSE …) is computed from its constants alone, and each
 * result is compared with the value the merge cached in the cell. Numbers must agree (to 1e-9
 * relative: the merge and the evaluator both divide to 12 decimals); texts too, except those where
 * the cache writes numbers the Vietnamese way ("1.690", "84,5"), which Excel's `&` does not do.
 */
import { CHECK_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import { Decimal } from '../../../src/core/numbers/decimal';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import { parseFormula } from '../../../src/core/spreadsheet';
import { modelValues } from './model-values';
import { summaryWorkbook } from '../../../src/core/summary';
import { directUnits, figuresOf, pack, submission } from '../merge/helpers';

test('the evaluator computes every formula of a merged summary to the values the merge cached', () => {
  const model = summaryWorkbook(pack, mergeSubmissions(pack, directUnits().slice(0, 6).map((u) => submission(u, { figures: figuresOf(u) }))));
  const value = modelValues(model);
  let numbers = 0;
  let texts = 0;
  const mismatches: string[] = [];
  for (const sheet of model.sheets) {
    for (const c of sheet.cells) {
      if (!c.formula) continue;
      const got = value(sheet, c.row, c.col);
      if (typeof c.value === 'number') {
        numbers++;
        const n = got.kind === 'number' ? got.value.toNumber() : NaN;
        if (!(Math.abs(n - c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)))) mismatches.push(`${sheet.name}!R${c.row + 1}C${c.col + 1} ${c.formula}: cached ${c.value}, computed ${JSON.stringify(got)}`);
      } else if (typeof c.value === 'string' && !/\d[.,]\d/.test(c.value)) {
        texts++;
        const t = got.kind === 'text' ? got.value : got.kind === 'number' && c.value === '' ? '' : `(${got.kind})`;
        if (t !== c.value) mismatches.push(`${sheet.name}!R${c.row + 1}C${c.col + 1} ${c.formula.slice(0, 80)}: cached ${JSON.stringify(c.value)}, computed ${JSON.stringify(got)}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  expect(numbers).toBeGreaterThan(5000);
  expect(texts).toBeGreaterThan(500);
  // The consistent summary is clean by its own check sheet: SO_LOI (its count of errors) is 0.
  const soLoi = parseFormula(model.names.find((n) => n.name === 'SO_LOI')!.formula);
  if (!soLoi.ok || soLoi.formula.ast.type !== 'ref') throw new Error('SO_LOI is not a reference');
  const check = model.sheets.find((s) => s.name === CHECK_SHEET_NAME)!;
  expect(value(check, soLoi.formula.ast.area.row, soLoi.formula.ast.area.col)).toEqual({ kind: 'number', value: Decimal.ZERO });
});
