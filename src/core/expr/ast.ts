import type { FunctionName } from './functions';

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

export type Expr =
  | { type: 'num'; value: number; pos: number }
  | RefNode
  | { type: 'neg'; arg: Expr; pos: number }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { type: 'call'; name: FunctionName; args: Expr[]; pos: number }
  | { type: 'compare'; op: CompareOp; left: Expr; right: Expr; pos: number };


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

/** The operations both expression trees share: the parsed one (Expr) and the one bound to cells (rules' BoundExpr). */
export interface OperationNode {
  type: string;
  op?: string;
  left?: OperationNode;
  right?: OperationNode;
  arg?: OperationNode;
  args?: readonly OperationNode[];
}

/**
 * True when the expression divides, so that a division by zero is possible: the computed cell's
 * formula is then guarded (IFERROR), the check sheet shows "÷0", the recomputation may be blank.
 */
export function divides(e: OperationNode): boolean {
  if (e.type === 'binary' && e.op === '/') return true;
  if (e.type !== 'binary' && e.type !== 'neg' && e.type !== 'call') return false;
  return [e.left, e.right, e.arg, ...(e.args ?? [])].some((c) => c !== undefined && divides(c));
}
