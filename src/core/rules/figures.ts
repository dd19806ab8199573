import { Decimal } from '../numbers/decimal';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { packIndex } from '../pack/pack-index';
import { rowNotAsked } from '../pack/kind-form';
import type { TemplatePack } from '../pack/types';
import { reportCell, type UnitReport } from '../report/unit-report';
import { parseExpression } from '../expr/parser';
import { bindExpr, cellsOf } from './bind';
import { coerceCell } from './coerce';
import { evaluate } from './evaluate';
import type { BoundExpr } from './types';

/**
 * Computed cells — totals, "3 = 2/1" rates, "% of target" — are RECOMPUTED from their inputs with the
 * pack's formulas, never taken from a file (a file saved by another program may carry no cached
 * results, stale ones, or a typed-over number) and never added up from the units. This is the one
 * recomputation: validation and the check sheet's cached values read a unit's figures through
 * `FigureReader`, the merge recomputes the summary's computed cells through `Recomputation` over
 * its summed inputs.
 */
export type Figure =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal }
  /** Words, an error value, TRUE/FALSE: the built-in checks report the cell; rules skip it. */
  | { kind: 'unreadable' }
  /** The annex, row or column is not in the workbook: the structural finding reports it. */
  | { kind: 'absent' };

export const BLANK: Figure = { kind: 'blank' };
const ABSENT: Figure = { kind: 'absent' };
const UNREADABLE: Figure = { kind: 'unreadable' };

/** A figure as a term of arithmetic: its number, 0 when blank (rules decide on blanks before they compute). */
export function figureValue(f: Figure): Decimal {
  return f.kind === 'number' ? f.value : Decimal.ZERO;
}

const formulas = new WeakMap<object, Map<string, BoundExpr | null>>();

/** The pack's formula of a computed cell, bound to concrete cells; null for any other cell. Bound once per pack. */
export function computedFormula(pack: Pick<TemplatePack, 'annexes'>, key: CellKey): BoundExpr | null {
  let memo = formulas.get(pack);
  if (!memo) formulas.set(pack, (memo = new Map()));
  const id = cellKeyId(key);
  let expr = memo.get(id);
  if (expr === undefined) {
    expr = bindFormula(pack, key);
    memo.set(id, expr);
  }
  return expr;
}

function bindFormula(pack: Pick<TemplatePack, 'annexes'>, key: CellKey): BoundExpr | null {
  const index = packIndex(pack);
  const annex = index.annex(key.annexId);
  const role = annex?.role(key.rowCode, key.colCode);
  if (!annex || (role !== 'computed-row' && role !== 'computed-col')) return null;
  const formula = role === 'computed-row' ? annex.row(key.rowCode)?.formula : annex.col(key.colCode)?.formula;
  if (!formula) return null;
  const parsed = parseExpression(formula);
  if (!parsed.ok) return null;
  const scope = role === 'computed-row' ? { col: key.colCode } : { row: key.rowCode };
  const bound = bindExpr(parsed.expr, { index, annexId: key.annexId, scope, allowBareRange: true, notAskedAsZero: true });
  return bound.ok ? bound.expr : null;
}

/**
 * The figures of one workbook, memoised: input cells as `input` gives them, computed cells
 * recomputed — absent or unreadable when an input is, blank when all its inputs are, blank on a
 * division by zero (as the sheet's IFERROR shows it).
 */
export class Recomputation {
  private readonly memo = new Map<string, Figure>();

  constructor(
    private readonly pack: Pick<TemplatePack, 'annexes'>,
    /** The figure of an input cell. */
    private readonly input: (key: CellKey) => Figure,
    /** Whether the workbook has the annex at all (a computed cell of a missing annex is absent). */
    private readonly hasAnnex: (annexId: string) => boolean = () => true,
  ) {}

  figure(key: CellKey): Figure {
    const id = cellKeyId(key);
    let f = this.memo.get(id);
    if (!f) {
      // Guards a cycle the pack loader would have refused anyway.
      this.memo.set(id, UNREADABLE);
      f = this.read(key);
      this.memo.set(id, f);
    }
    return f;
  }

  private read(key: CellKey): Figure {
    const annex = packIndex(this.pack).annex(key.annexId);
    const role = annex?.role(key.rowCode, key.colCode);
    // A row the unit's kind is not asked for counts as empty in the totals that read it.
    if (role === 'none' && rowNotAsked(annex!.row(key.rowCode)!) && this.hasAnnex(key.annexId)) return BLANK;
    if (role === undefined || role === 'none' || !this.hasAnnex(key.annexId)) return ABSENT;
    if (role === 'input') return this.input(key);
    const expr = computedFormula(this.pack, key);
    if (!expr) return UNREADABLE;
    const inputs = cellsOf(expr).map((k) => this.figure(k));
    if (inputs.some((f) => f.kind === 'absent')) return ABSENT;
    if (inputs.some((f) => f.kind === 'unreadable')) return UNREADABLE;
    if (inputs.length > 0 && inputs.every((f) => f.kind === 'blank')) return BLANK;
    const result = evaluate(expr, (k) => figureValue(this.figure(k)));
    return result.ok ? { kind: 'number', value: result.value } : BLANK;
  }
}

/** The figures of a UnitReport as rules see them: input cells read through `coerceCell`, computed cells recomputed. */
export class FigureReader extends Recomputation {
  constructor(report: UnitReport, pack: TemplatePack) {
    super(pack, (key) => inputFigure(report, key), (annexId) => report.annexes.has(annexId));
  }
}

function inputFigure(report: UnitReport, key: CellKey): Figure {
  const cell = reportCell(report, key.annexId, key.rowCode, key.colCode);
  if (!cell) return ABSENT;
  const c = coerceCell(cell.value);
  if (c.kind === 'blank') return BLANK;
  if (c.kind === 'number' || c.kind === 'textNumber') return { kind: 'number', value: c.value };
  return UNREADABLE;
}
