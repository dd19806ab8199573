import type { Decimal } from '../numbers/decimal';
import type { CellKey } from '../pack/cell-key';
import type { LocalText, Severity } from '../pack/types';
import { type BinaryOp, type CompareOp } from '../expr/ast';
import { type FunctionName } from '../expr/functions';

/**
 * Compiled rules: what the checker (check-rules.ts) makes of a pack's rule records. Every reference
 * is already resolved to concrete cells and every `for` expanded, so the evaluator never meets an
 * unknown code, and a rule that reached this form is known to be well made.
 */


/** What an empty input cell means to a rule (DHIS2's missing-value strategy). */
export type MissingPolicy = 'skipIfAny' | 'skipIfAll' | 'zero';
export const MISSING_POLICIES: readonly MissingPolicy[] = ['skipIfAny', 'skipIfAll', 'zero'];

/** What a division by zero inside a rule means: nothing to compare (skip), or a finding. */
export type DivideByZeroPolicy = 'skip' | 'report';
export const DIVIDE_BY_ZERO_POLICIES: readonly DivideByZeroPolicy[] = ['skip', 'report'];

export type Tolerance = { kind: 'exact' } | { kind: 'abs'; value: Decimal } | { kind: 'rel'; value: Decimal };

/** A rule's message, with its placeholders. */
export type RuleMessage = LocalText;

/** An expression whose references are concrete cells. */
export type BoundExpr =
  | { type: 'num'; value: Decimal }
  | { type: 'cell'; key: CellKey; text: string }
  /** Cells of a range in pack order; only inside sum/min/max (or as a sum, in computed formulas). */
  | { type: 'range'; keys: CellKey[]; text: string }
  | { type: 'neg'; arg: BoundExpr }
  | { type: 'binary'; op: BinaryOp; left: BoundExpr; right: BoundExpr }
  | { type: 'call'; name: FunctionName; args: BoundExpr[] };

/** Where one application of a rule stands: the row or column that `for` supplied, if any. */
export interface RuleScope {
  row?: string;
  col?: string;
}

interface RuleBase {
  id: string;
  /** The annex that references without an annex refer to; findings are filed under it. */
  annexId: string;
  severity: Severity;
}

export interface CompareInstance {
  scope: RuleScope;
  left: BoundExpr;
  op: CompareOp;
  right: BoundExpr;
}

export interface CompareRule extends RuleBase {
  kind: 'compare';
  check: string;
  missing: MissingPolicy;
  tolerance: Tolerance;
  divideByZero: DivideByZeroPolicy;
  message: RuleMessage;
  instances: CompareInstance[];
}

export type PresenceKind = 'compulsoryPair' | 'exclusivePair';

export interface PresenceInstance {
  scope: RuleScope;
  cells: [CellKey, CellKey];
}

export interface PresenceRule extends RuleBase {
  kind: PresenceKind;
  /**
   * compulsoryPair only: `nonZero` makes it one-way — the second cell must be filled when the first
   * holds a number other than 0 (an adjustment needs its reason), and not the other way round.
   */
  when?: 'nonZero';
  message: RuleMessage;
  instances: PresenceInstance[];
}

export interface TargetRule extends RuleBase {
  kind: 'target';
  /** Rows whose target column is a value cell, in pack order. */
  rows: string[];
  targetCol: string;
  resultCol: string;
  expectedCol?: string;
  /** Optional wording that replaces the built-in one; placeholders as in target messages. */
  message?: RuleMessage;
}

export type Rule = CompareRule | PresenceRule | TargetRule;
export type RuleKind = Rule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['compare', 'compulsoryPair', 'exclusivePair', 'target'];
