/**
 * AST of the expression language shared by computed cells and rules. References are by codes:
 * `{r1.2}` a row of the same column, `{c3}` a column of the same row, `{PL02, r1, c3}` a cell of
 * another annex, `{r1.1-1.5}` a range of rows, `{c1-4}` a range of columns.
 */

/** A code or an inclusive range of codes, in the order of the pack (not numeric order). */
export interface CodeSpan {
  from: string;
  to: string;
}

export interface RefNode {
  type: 'ref';
  annex?: string;
  rows?: CodeSpan;
  cols?: CodeSpan;
  /** Source text of the reference, for messages. */
  text: string;
  pos: number;
}

export type BinaryOp = '+' | '-' | '*' | '/';
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type FunctionName = 'sum' | 'min' | 'max' | 'abs' | 'round';

export type Expr =
  | { type: 'num'; value: number; pos: number }
  | RefNode
  | { type: 'neg'; arg: Expr; pos: number }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { type: 'call'; name: FunctionName; args: Expr[]; pos: number }
  | { type: 'compare'; op: CompareOp; left: Expr; right: Expr; pos: number };

export const FUNCTION_NAMES: readonly FunctionName[] = ['sum', 'min', 'max', 'abs', 'round'];

/** Every reference in an expression, in source order. */
export function collectRefs(e: Expr, out: RefNode[] = []): RefNode[] {
  switch (e.type) {
    case 'ref':
      out.push(e);
      break;
    case 'neg':
      collectRefs(e.arg, out);
      break;
    case 'binary':
    case 'compare':
      collectRefs(e.left, out);
      collectRefs(e.right, out);
      break;
    case 'call':
      e.args.forEach((a) => collectRefs(a, out));
      break;
    case 'num':
      break;
  }
  return out;
}
