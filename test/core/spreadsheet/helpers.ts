import { Decimal } from '../../../src/core/numbers/decimal';
import { evaluateFormula, parseFormula, type EvalContext, type Scalar } from '../../../src/core/spreadsheet';
import type { ErrorCode } from '../../../src/core/spreadsheet/values';

/** A cell as a test writes it: a number, a text ("=…" is a formula), a boolean, null (empty) or an error. */
export type TestCell = number | string | boolean | null | { error: ErrorCode };

/** A tiny workbook for the evaluator: sheets by name, cells by A1 address, names by name. */
export class TestBook implements EvalContext<string> {
  private readonly cells = new Map<string, TestCell>();
  private readonly computing = new Set<string>();

  constructor(
    sheets: Record<string, Record<string, TestCell>>,
    private readonly names: Record<string, string> = {},
    private readonly own = Object.keys(sheets)[0],
  ) {
    for (const [sheet, cells] of Object.entries(sheets)) {
      this.sheetNames.add(sheet);
      for (const [address, value] of Object.entries(cells)) this.cells.set(`${sheet}!${address.toUpperCase()}`, value);
    }
  }

  private readonly sheetNames = new Set<string>();

  sheet(mention: { name: string } | null): string | null {
    if (!mention) return this.own;
    return [...this.sheetNames].find((s) => s.toLowerCase() === mention.name.toLowerCase()) ?? null;
  }

  cell(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet}!${columnName(col)}${row + 1}`;
    const v = this.cells.get(key);
    if (v === undefined || v === null) return { kind: 'blank' };
    if (typeof v === 'number') return { kind: 'number', value: Decimal.fromNumber(v) };
    if (typeof v === 'boolean') return { kind: 'bool', value: v };
    if (typeof v === 'object') return { kind: 'error', code: v.error };
    if (v.startsWith('=')) {
      if (this.computing.has(key)) throw new Error(`circular: ${key}`);
      this.computing.add(key);
      try {
        return this.evalIn(this, sheet, v);
      } finally {
        this.computing.delete(key);
      }
    }
    return { kind: 'text', value: v };
  }

  private evalIn(book: TestBook, sheet: string, formula: string): Scalar {
    const parsed = parseFormula(formula);
    if (!parsed.ok) throw new Error(`${formula}: ${parsed.message}`);
    const ctx: EvalContext<string> = { sheet: (m) => (m ? book.sheet(m) : sheet), cell: (s, r, c) => book.cell(s, r, c), name: (n) => book.name(n) };
    return evaluateFormula(parsed.formula, ctx);
  }

  name(name: string): { sheet: string; area: { row: number; col: number; rows: number; cols: number } } | Scalar | null {
    const formula = Object.entries(this.names).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (formula === undefined) return null;
    const parsed = parseFormula(formula);
    if (!parsed.ok) throw new Error(parsed.message);
    const ast = parsed.formula.ast;
    if (ast.type === 'ref') {
      const sheet = this.sheet(ast.sheet);
      return sheet === null ? { kind: 'error', code: '#REF!' } : { sheet, area: ast.area };
    }
    return this.evalIn(this, this.own, formula);
  }

  /** Evaluates a formula on the first sheet. */
  eval(formula: string): Scalar {
    return this.evalIn(this, this.own, formula);
  }
}

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A scalar as a plain JS value for assertions: numbers as their exact text ("0.3"), errors as "#REF!". */
export function plain(v: Scalar): string | boolean | null {
  switch (v.kind) {
    case 'number':
      return v.value.toString();
    case 'text':
      return `"${v.value}"`;
    case 'bool':
      return v.value;
    case 'error':
      return v.code;
    case 'blank':
      return null;
  }
}

/** Evaluates on an empty workbook (or the one given) and returns plain(). */
export function calc(formula: string, book: TestBook = new TestBook({ S: {} })): string | boolean | null {
  return plain(book.eval(formula));
}
