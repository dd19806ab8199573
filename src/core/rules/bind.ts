import type { Params } from '../i18n/format';
import type { ruleCheckMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import type { Expr, RefNode } from '../expr/ast';
import { functionSpec, takesRanges } from '../expr/functions';
import type { AnnexIndex, PackIndex } from '../pack/pack-index';
import { rowNotAsked } from '../pack/kind-form';
import { type BoundExpr, type RuleScope } from './types';
import { type CellKey } from '../pack/cell-key';

/**
 * Binding: a parsed expression + the rule's annex + the row or column a `for` supplies → an
 * expression over concrete cells. Every failure names the reference, its position and what is
 * wrong, for the pack loader to refuse the rule.
 */

export interface BindIssue {
  key: keyof typeof ruleCheckMessages;
  params: Params;
  /**
   * The reference lands on a cell the annex leaves empty (a heading row, a "none" cell). Inside a
   * `for` such an application is simply left out (a heading row inside r1-14); elsewhere it is an error.
   */
  emptyCell?: boolean;
}

export type BindResult = { ok: true; expr: BoundExpr } | { ok: false; issue: BindIssue };

export interface BindContext {
  index: PackIndex;
  annexId: string;
  scope: RuleScope;
  /** Computed formulas of the pack treat a bare range as its sum; rules must say sum(…). */
  allowBareRange: boolean;
  /** Presence rules may name a notes (text) cell: they only ask whether it is filled. */
  allowText?: boolean;
  /**
   * A computed formula of a unit's form reads a row its kind is not asked for ("—" on the form, N(…)
   * in the sheet's formula) as the number 0: a CĐCS's Tổng thu adds no "thu từ cấp dưới".
   */
  notAskedAsZero?: boolean;
}

class BindFailure extends Error {
  constructor(readonly issue: BindIssue) {
    super(issue.key);
  }
}

export function bindExpr(expr: Expr, ctx: BindContext): BindResult {
  try {
    return { ok: true, expr: bind(expr, ctx, ctx.allowBareRange) };
  } catch (e) {
    if (e instanceof BindFailure) return { ok: false, issue: e.issue };
    throw e;
  }
}

function bind(e: Expr, ctx: BindContext, rangeAllowed: boolean): BoundExpr {
  switch (e.type) {
    case 'num':
      return { type: 'num', value: Decimal.fromNumber(e.value) };
    case 'ref':
      return bindRef(e, ctx, rangeAllowed);
    case 'neg':
      return { type: 'neg', arg: bind(e.arg, ctx, ctx.allowBareRange) };
    case 'binary':
      return { type: 'binary', op: e.op, left: bind(e.left, ctx, ctx.allowBareRange), right: bind(e.right, ctx, ctx.allowBareRange) };
    case 'call': {
      const ranges = takesRanges(functionSpec(e.name)!);
      return { type: 'call', name: e.name, args: e.args.map((a) => bind(a, ctx, ranges || ctx.allowBareRange)) };
    }
    case 'compare':
      // The checker splits the comparison before binding; a nested one cannot be parsed.
      throw new Error('a comparison inside an expression');
  }
}

function fail(key: BindIssue['key'], ref: RefNode, extra: Params = {}, emptyCell = false): never {
  throw new BindFailure({ key, params: { ref: ref.text, pos: ref.pos + 1, ...extra }, ...(emptyCell && { emptyCell }) });
}

function codesOf(annex: AnnexIndex, axis: 'row' | 'col', ref: RefNode, fixed: string | undefined): string[] {
  const span = axis === 'row' ? ref.rows : ref.cols;
  const known = (code: string) => (axis === 'row' ? annex.row(code) : annex.col(code)) !== undefined;
  const unknownKey = axis === 'row' ? 'rule.unknownRow' : 'rule.unknownCol';
  if (!span) {
    if (fixed === undefined) fail(axis === 'row' ? 'rule.needsRow' : 'rule.needsColumn', ref);
    if (!known(fixed)) fail(unknownKey, ref, { annex: annex.annex.id, code: fixed });
    return [fixed];
  }
  for (const code of [span.from, span.to]) if (!known(code)) fail(unknownKey, ref, { annex: annex.annex.id, code });
  const codes = annex.span(axis, span.from, span.to);
  if (!codes) fail('rule.backwardRange', ref, { from: span.from, to: span.to });
  return codes;
}

function bindRef(ref: RefNode, ctx: BindContext, rangeAllowed: boolean): BoundExpr {
  const annexId = ref.annex ?? ctx.annexId;
  const annex = ctx.index.annex(annexId);
  if (!annex) fail('rule.unknownAnnex', ref, { annex: annexId });
  const rows = codesOf(annex, 'row', ref, ctx.scope.row);
  const cols = codesOf(annex, 'col', ref, ctx.scope.col);
  const isRange = (ref.rows !== undefined && ref.rows.from !== ref.rows.to) || (ref.cols !== undefined && ref.cols.from !== ref.cols.to);
  if (!isRange) {
    const [rowCode, colCode] = [rows[0], cols[0]];
    if (annex.role(rowCode, colCode) === 'none') {
      if (ctx.notAskedAsZero && rowNotAsked(annex.row(rowCode)!)) return { type: 'num', value: Decimal.fromNumber(0) };
      fail('rule.noValueCell', ref, {}, true);
    }
    if (annex.type(rowCode, colCode) === 'text' && !ctx.allowText) fail('rule.textCell', ref);
    return { type: 'cell', key: { annexId, rowCode, colCode }, text: ref.text };
  }
  if (!rangeAllowed) fail('rule.bareRange', ref);
  // Headings and notes inside a range are not figures: a range adds up the value cells it spans.
  const keys: CellKey[] = [];
  for (const rowCode of rows) for (const colCode of cols) if (annex.isValueCell(rowCode, colCode)) keys.push({ annexId, rowCode, colCode });
  if (keys.length === 0) fail('rule.noValueCell', ref, {}, true);
  return { type: 'range', keys, text: ref.text };
}

/** Every cell an expression reads, in order, without repeats. */
export function cellsOf(e: BoundExpr, out: CellKey[] = [], seen = new Set<string>()): CellKey[] {
  const push = (k: CellKey) => {
    const id = `${k.annexId}|${k.rowCode}|${k.colCode}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(k);
    }
  };
  switch (e.type) {
    case 'cell':
      push(e.key);
      break;
    case 'range':
      e.keys.forEach(push);
      break;
    case 'neg':
      cellsOf(e.arg, out, seen);
      break;
    case 'binary':
      cellsOf(e.left, out, seen);
      cellsOf(e.right, out, seen);
      break;
    case 'call':
      e.args.forEach((a) => cellsOf(a, out, seen));
      break;
    case 'num':
      break;
  }
  return out;
}
