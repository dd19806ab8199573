import { Decimal } from '../numbers/decimal';
import type { TemplatePack } from '../pack/types';
import { reportCell, type UnitReport } from '../report/unit-report';
import { parseExpression } from '../expr/parser';
import { bindExpr, cellsOf } from './bind';
import { coerceCell } from './coerce';
import { evaluate } from './evaluate';
import { packIndex, type PackIndex } from '../pack/pack-index';
import { type BoundExpr } from './types';
import { cellKeyId, type CellKey } from '../pack/cell-key';

/**
 * The figures of a UnitReport as rules see them. Input cells are read through `coerceCell`;
 * computed cells are RECOMPUTED from the pack's formulas, never taken from the file (a file saved by
 * another program may carry no cached results, or stale ones, or a typed-over number).
 */
export type Figure =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal }
  /** Words, an error value, TRUE/FALSE: the built-in checks report the cell; rules skip it. */
  | { kind: 'unreadable' }
  /** The annex, row or column is not in the workbook: the structural finding reports it. */
  | { kind: 'absent' };

const BLANK: Figure = { kind: 'blank' };
const ABSENT: Figure = { kind: 'absent' };
const UNREADABLE: Figure = { kind: 'unreadable' };

export class FigureReader {
  private readonly memo = new Map<string, Figure>();
  private readonly index: PackIndex;

  constructor(
    readonly report: UnitReport,
    readonly pack: TemplatePack,
  ) {
    this.index = packIndex(pack);
  }

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
    const annex = this.index.annex(key.annexId);
    const role = annex?.role(key.rowCode, key.colCode);
    if (!annex || role === undefined || role === 'none') return ABSENT;
    if (!this.report.annexes.has(key.annexId)) return ABSENT;
    if (role === 'computed-row' || role === 'computed-col') return this.recompute(key, role);
    const cell = reportCell(this.report, key.annexId, key.rowCode, key.colCode);
    if (!cell) return ABSENT;
    const c = coerceCell(cell.value);
    if (c.kind === 'blank') return BLANK;
    if (c.kind === 'number' || c.kind === 'textNumber') return { kind: 'number', value: c.value };
    return UNREADABLE;
  }

  /** A computed cell: blank when all its inputs are, blank on a division by zero (as the sheet shows it). */
  private recompute(key: CellKey, role: 'computed-row' | 'computed-col'): Figure {
    const expr = this.formulaOf(key, role);
    if (!expr) return UNREADABLE;
    const inputs = cellsOf(expr).map((k) => this.figure(k));
    if (inputs.some((f) => f.kind === 'absent')) return ABSENT;
    if (inputs.some((f) => f.kind === 'unreadable')) return UNREADABLE;
    if (inputs.length > 0 && inputs.every((f) => f.kind === 'blank')) return BLANK;
    const result = evaluate(expr, (k) => {
      const f = this.figure(k);
      return f.kind === 'number' ? f.value : Decimal.ZERO;
    });
    return result.ok ? { kind: 'number', value: result.value } : BLANK;
  }

  private formulaOf(key: CellKey, role: 'computed-row' | 'computed-col'): BoundExpr | null {
    const annex = this.index.annex(key.annexId)!;
    const formula = role === 'computed-row' ? annex.row(key.rowCode)?.formula : annex.col(key.colCode)?.formula;
    if (!formula) return null;
    const parsed = parseExpression(formula);
    if (!parsed.ok) return null;
    const scope = role === 'computed-row' ? { col: key.colCode } : { row: key.rowCode };
    const bound = bindExpr(parsed.expr, { index: this.index, annexId: key.annexId, scope, allowBareRange: true });
    return bound.ok ? bound.expr : null;
  }
}
