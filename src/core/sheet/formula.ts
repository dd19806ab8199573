import { divides, type Expr, type RefNode } from '../expr/ast';
import { functionSpec } from '../expr/functions';

/**
 * Compiles an expression of the pack's language into an Excel formula (A1, no leading "="), given a
 * resolver from a reference to an address. Only functions that Excel 2010, LibreOffice and WPS
 * evaluate alike are emitted. A division is guarded so that an empty denominator shows an empty
 * cell rather than #DIV/0!.
 */
export type RefResolver = (ref: RefNode) => string;

const PRECEDENCE: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function emit(e: Expr, resolve: RefResolver, parentPrec = 0): string {
  switch (e.type) {
    case 'num':
      return String(e.value);
    case 'ref': {
      const addr = resolve(e);
      return addr.includes(':') ? `SUM(${addr})` : addr;
    }
    case 'neg':
      return `-${emit(e.arg, resolve, 3)}`;
    case 'binary': {
      const p = PRECEDENCE[e.op];
      // Right operand of - and / binds tighter so that a-(b-c) keeps its parentheses.
      const text = `${emit(e.left, resolve, p)}${e.op}${emit(e.right, resolve, e.op === '-' || e.op === '/' ? p + 1 : p)}`;
      return p < parentPrec ? `(${text})` : text;
    }
    case 'call':
      return functionSpec(e.name)!.excel(e.args.map((a) => (a.type === 'ref' ? resolve(a) : emit(a, resolve))));
    case 'compare':
      throw new Error('a comparison is not a cell formula');
  }
}

export function toExcelFormula(e: Expr, resolve: RefResolver): string {
  const body = emit(e, resolve);
  return divides(e) ? `IFERROR(${body},"")` : body;
}
