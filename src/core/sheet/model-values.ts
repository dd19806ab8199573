/**
 * A WorkbookModel computed by the spreadsheet evaluator (core/spreadsheet): every formula cell's value
 * from the model's constants, its cached value ignored. For the results our writers leave to the
 * program that opens the file, and, in the tests, as an oracle independent of the rule engine.
 */
import { Decimal } from '../numbers/decimal';
import { evaluateFormula, parseFormula, type EvalContext, type Formula, type Scalar } from '../spreadsheet';
import type { CellLiteral, SheetModel, WorkbookModel } from './model';

type Entry = { value: CellLiteral; formula?: Formula };

export type ModelValues = (sheet: SheetModel, row: number, col: number) => Scalar;

/** The value of any cell of the model; formulas are computed once each (memoised). */
export function modelValues(model: WorkbookModel): ModelValues {
  const byName = new Map(model.sheets.map((s) => [s.name.toLowerCase(), s]));
  const cells = new Map<SheetModel, Map<number, Entry>>();
  const entries = (s: SheetModel): Map<number, Entry> => {
    let m = cells.get(s);
    if (!m) {
      m = new Map();
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
    return m;
  };
  const memo = new Map<string, Scalar>();
  const value: ModelValues = (s, r, c) => {
    const e = entries(s).get(r * 16384 + c);
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

/** A formula's result as a cached cell value: numbers and texts; nothing for blanks, booleans, errors. */
export function cachedLiteral(v: Scalar): CellLiteral {
  if (v.kind === 'number') return v.value.toNumber();
  if (v.kind === 'text') return v.value;
  return null;
}
