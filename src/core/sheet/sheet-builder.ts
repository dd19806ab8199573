import type { CellLiteral, CellModel, CellRange, CellStyle } from './model';

/** Columns per row in a position key (Excel's 16 384). */
const ROW_SPAN = 16384;

/**
 * The one way a SheetModel is put together — by the annex renderer, the check sheet and the
 * summary's tables: cells set by position (a later set of the same cell wins), merged ranges, the
 * sheet's styles, and the cells in reading order at the end. Cells are kept in the order set and
 * sorted only if one came out of order, so a table of hundreds of thousands of cells costs no map.
 */
export class SheetBuilder {
  private readonly list: CellModel[] = [];
  /** Position → index in `list`; built only once a cell is set out of reading order. */
  private index: Map<number, number> | null = null;
  private lastKey = -1;
  readonly merges: CellRange[] = [];
  readonly styles: Record<string, CellStyle>;
  private maxRow = 0;
  private maxCol = 0;

  constructor(styles: Record<string, CellStyle> = {}) {
    this.styles = { ...styles };
  }

  /** A locked cell: a literal, or a formula with the value a viewer shows before recalculating. */
  set(row: number, col: number, value: CellLiteral, style: string, formula?: string): void {
    this.put(formula === undefined ? { row, col, value, style, locked: true } : { row, col, value, style, locked: true, formula });
  }

  /** An empty cell the unit types into (unlocked under the sheet's protection). */
  setInput(row: number, col: number, style: string): void {
    this.put({ row, col, value: null, style, locked: false });
  }

  put(cell: CellModel): void {
    const key = cell.row * ROW_SPAN + cell.col;
    if (key > this.lastKey) {
      this.lastKey = key;
      this.index?.set(key, this.list.length);
      this.list.push(cell);
    } else {
      this.index ??= new Map(this.list.map((c, i) => [c.row * ROW_SPAN + c.col, i]));
      const at = this.index.get(key);
      if (at !== undefined) this.list[at] = cell;
      else {
        this.index.set(key, this.list.length);
        this.list.push(cell);
      }
    }
    this.maxRow = Math.max(this.maxRow, cell.row + 1);
    this.maxCol = Math.max(this.maxCol, cell.col + 1);
  }

  get(row: number, col: number): CellModel | undefined {
    const key = row * ROW_SPAN + col;
    this.index ??= new Map(this.list.map((c, i) => [c.row * ROW_SPAN + c.col, i]));
    const at = this.index.get(key);
    return at === undefined ? undefined : this.list[at];
  }

  has(row: number, col: number): boolean {
    return this.get(row, col) !== undefined;
  }

  /**
   * Merges a range (a single cell is no merge). With a style, every covered cell that has none yet
   * gets it, so that the borders of merged header cells are drawn whole.
   */
  merge(row: number, col: number, rows: number, cols: number, style?: string): void {
    if (rows * cols <= 1) return;
    this.merges.push({ row, col, rows, cols });
    if (style) for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) if (!this.has(r, c)) this.set(r, c, null, style);
  }

  /** The style under `key`, made on first use. */
  style(key: string, make: () => CellStyle): string {
    this.styles[key] ??= make();
    return key;
  }

  /** The cells in reading order (row, then column). */
  sorted(): CellModel[] {
    const inOrder = this.list.every((c, i) => i === 0 || c.row * ROW_SPAN + c.col > this.list[i - 1].row * ROW_SPAN + this.list[i - 1].col);
    return inOrder ? this.list : [...this.list].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Rows and columns used by the cells set. */
  extent(): { rows: number; cols: number } {
    return { rows: this.maxRow, cols: this.maxCol };
  }
}


/**
 * Cells in reading order with some cells set: each added cell takes its position's place (or is
 * inserted there). For stamping a few cells into a sheet built once, without rebuilding it.
 */
export function placeCells(sorted: readonly CellModel[], added: readonly CellModel[]): CellModel[] {
  const keyOf = (c: CellModel) => c.row * ROW_SPAN + c.col;
  const out = [...sorted];
  for (const cell of added) {
    const key = keyOf(cell);
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keyOf(out[mid]) < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo < out.length && keyOf(out[lo]) === key) out[lo] = cell;
    else out.splice(lo, 0, cell);
  }
  return out;
}
