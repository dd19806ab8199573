import type { Decimal } from '../numbers/decimal';
import type { ErrorCode, Scalar } from './values';

/** The syntax tree of an A1 formula. Parsing knows nothing of evaluation (see evaluate.ts). */

/**
 * A sheet named in a formula: `'Chi tiết'!` or `Data!`, with its place in the formula text so that a
 * renamed or deleted sheet can be rewritten there and nowhere else. `name` is unquoted.
 */
export interface SheetMention {
  readonly name: string;
  /** Offsets in the formula text of the prefix, the "!" included: text.slice(start, end) === "'Chi tiết'!". */
  readonly start: number;
  readonly end: number;
}

/** A rectangle of cells, 0-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Node =
  | { readonly type: 'number'; readonly value: Decimal }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'error'; readonly code: ErrorCode }
  /** An array constant {1,2;3,4}: rows of constants. */
  | { readonly type: 'array'; readonly rows: readonly (readonly Scalar[])[] }
  /**
   * A cell or a block. `sheet` null: the formula's own sheet; `deleted`: the sheet was deleted
   * (`#REF!A1`, as Excel rewrites a reference to a deleted sheet).
   */
  | { readonly type: 'ref'; readonly sheet: SheetMention | null; readonly deleted: boolean; readonly area: Area }
  /** A defined name (ANNEX_PACK, KT_LOI …). */
  | { readonly type: 'name'; readonly name: string }
  /** A function call; `name` upper-case. An omitted argument (IF(A1,,1)) is a 'missing' node. */
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly type: 'missing' }
  | { readonly type: 'unary'; readonly op: '+' | '-' | '%'; readonly arg: Node }
  | { readonly type: 'binary'; readonly op: BinaryOp; readonly left: Node; readonly right: Node };

/** A parsed formula: its text (without "="), its tree, and what it names. */
export interface Formula {
  readonly text: string;
  readonly ast: Node;
  /** Every sheet prefix, in text order (a sheet named twice is listed twice). */
  readonly sheets: readonly SheetMention[];
  /** Function names called, upper-case, each once. */
  readonly functions: readonly string[];
  /** Defined names used, as written, each once. */
  readonly names: readonly string[];
  /** True when a reference names a deleted sheet (#REF!A1). */
  readonly hasDeletedRef: boolean;
}
