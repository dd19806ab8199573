/**
 * A WorkbookModel computed by the project's spreadsheet evaluator (src/core/spreadsheet), which knows
 * nothing of the rule engine: an independent oracle for every formula the project writes.
 */
import { Decimal } from '../../../src/core/numbers/decimal';
import type { SheetModel, WorkbookModel } from '../../../src/core/sheet/model';
import { evaluateFormula, parseFormula, type EvalContext, type Formula, type Scalar } from '../../../src/core/spreadsheet';

/** A WorkbookModel as an EvalContext: constants as written, formulas computed (their cached values ignored). */
export function modelValues(model: WorkbookModel): (sheet: SheetModel, row: number, col: number) => Scalar {
  const byName = new Map(model.sheets.map((s) => [s.name.toLowerCase(), s]));
  const cells = new Map<SheetModel, Map<number, { value: SheetModel['cells'][number]['value']; formula?: Formula }>>();
  for (const s of model.sheets) {
    const m = new Map<number, { value: SheetModel['cells'][number]['value']; formula?: Formula }>();
    for (const c of s.cells) {
      let formula: Formula | undefined;
      if (c.formula) {
        const p = parseFormula(c.formula);
        if (!p.ok) throw new Error(`${s.name}: ${c.formula}: ${p.message}`);
        formula = p.formula;
      }
      m.set(c.row * 16384 + c.col, { value: c.value, formula });
    }
    cells.set(s, m);
  }
  const memo = new Map<string, Scalar>();
  const value = (s: SheetModel, r: number, c: number): Scalar => {
    const e = cells.get(s)?.get(r * 16384 + c);
    if (!e) return { kind: 'blank' };
    if (!e.formula) {
      if (e.value === null || e.value === '') return { kind: 'blank' };
      return typeof e.value === 'number' ? { kind: 'number', value: Decimal.fromNumber(e.value) } : { kind: 'text', value: e.value };
    }
    const key = `${s.name}!${r},${c}`;
    let v = memo.get(key);
    if (!v) memo.set(key, (v = evaluateFormula(e.formula, context(s))));
    return v;
  };
  const context = (own: SheetModel): EvalContext<SheetModel> => ({
    sheet: (m) => (m ? (byName.get(m.name.toLowerCase()) ?? null) : own),
    cell: value,
    name: (n) => {
      const d = model.names.find((x) => x.name.toLowerCase() === n.toLowerCase());
      const p = d && parseFormula(d.formula);
      if (!p || !p.ok || p.formula.ast.type !== 'ref' || !p.formula.ast.sheet) return null;
      const sheet = byName.get(p.formula.ast.sheet.name.toLowerCase());
      return sheet ? { sheet, area: p.formula.ast.area } : null;
    },
  });
  return value;
}

