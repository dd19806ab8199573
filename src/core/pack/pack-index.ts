import type { CellKey } from './cell-key';
import { cellDecimals, cellRole, cellType, type CellRole } from './cells';
import type { Annex, IndicatorRow, NumberType, TemplatePack, ValueColumn } from './types';

/**
 * Fast look-ups into a pack by codes, shared by the rule checker, the evaluator, the built-in checks
 * and the report reader. Orders are the pack's orders: a range r10.1-10.4 means "the rows listed
 * from 10.1 to 10.4", never a numeric interval.
 */
export class AnnexIndex {
  readonly rowOrder: string[];
  readonly colOrder: string[];
  private readonly rows = new Map<string, IndicatorRow>();
  private readonly cols = new Map<string, ValueColumn>();

  constructor(readonly annex: Annex) {
    this.rowOrder = annex.rows.map((r) => r.code);
    this.colOrder = annex.columns.map((c) => c.code);
    for (const r of annex.rows) this.rows.set(r.code, r);
    for (const c of annex.columns) this.cols.set(c.code, c);
  }

  row(code: string): IndicatorRow | undefined {
    return this.rows.get(code);
  }

  col(code: string): ValueColumn | undefined {
    return this.cols.get(code);
  }

  /** Role of a cell: typed in, computed by a row or a column formula, or left empty by the form. */
  role(rowCode: string, colCode: string): CellRole | undefined {
    const row = this.rows.get(rowCode);
    const col = this.cols.get(colCode);
    return row && col ? cellRole(row, col) : undefined;
  }

  type(rowCode: string, colCode: string): NumberType | undefined {
    const row = this.rows.get(rowCode);
    const col = this.cols.get(colCode);
    return row && col ? cellType(row, col) : undefined;
  }

  decimals(rowCode: string, colCode: string): number {
    return cellDecimals(this.rows.get(rowCode)!, this.cols.get(colCode)!);
  }

  /** True for a cell that holds a number (typed in or computed), as opposed to notes and empty cells. */
  isValueCell(rowCode: string, colCode: string): boolean {
    const role = this.role(rowCode, colCode);
    return role !== undefined && role !== 'none' && this.type(rowCode, colCode) !== 'text';
  }

  /** Codes from `from` to `to` in pack order; null when one is unknown or the span runs backwards. */
  span(axis: 'row' | 'col', from: string, to: string): string[] | null {
    const order = axis === 'row' ? this.rowOrder : this.colOrder;
    const a = order.indexOf(from);
    const b = order.indexOf(to);
    if (a < 0 || b < 0 || b < a) return null;
    return order.slice(a, b + 1);
  }
}

export class PackIndex {
  private readonly annexes = new Map<string, AnnexIndex>();

  constructor(readonly pack: Pick<TemplatePack, 'annexes'>) {
    for (const a of pack.annexes) this.annexes.set(a.id, new AnnexIndex(a));
  }

  annex(id: string): AnnexIndex | undefined {
    return this.annexes.get(id);
  }

  label(key: CellKey): string | undefined {
    return this.annexes.get(key.annexId)?.row(key.rowCode)?.label;
  }
}

const cache = new WeakMap<object, PackIndex>();

/** One index per pack object (packs are immutable once loaded). */
export function packIndex(pack: Pick<TemplatePack, 'annexes'>): PackIndex {
  let index = cache.get(pack);
  if (!index) {
    index = new PackIndex(pack);
    cache.set(pack, index);
  }
  return index;
}
