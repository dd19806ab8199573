import type { CellLiteral, CellModel, WorkbookModel } from '../sheet/model';
import type { CellSource, CellValue, SheetVisibility, SourceCell, SourceName, SourceSheet } from './cell-source';

/**
 * An in-memory CellSource built from a rendered WorkbookModel — the workbook as Excel would show it
 * right after the template was inserted — with figures filled in. Tests, the demo and the simulator
 * share it; `GridSheet` can also be tampered with (rows inserted, deleted, moved; cells overwritten)
 * to play a unit that edited its form.
 */

/** Figures of one unit: annex id → row code → column code → a number or a text as typed. */
export type FigureMap = Record<string, Record<string, Record<string, number | string>>>;

const MAX_COLS = 16384;

export class GridSheet implements SourceSheet {
  private cells = new Map<number, SourceCell>();
  /** Size, recounted after a change (readers ask for it often). */
  private size: { rows: number; cols: number } | null = null;

  constructor(
    public name: string,
    public visibility: SheetVisibility = 'visible',
  ) {}

  private measure(): { rows: number; cols: number } {
    if (!this.size) {
      let rows = 0;
      let cols = 0;
      for (const k of this.cells.keys()) {
        rows = Math.max(rows, Math.floor(k / MAX_COLS) + 1);
        cols = Math.max(cols, (k % MAX_COLS) + 1);
      }
      this.size = { rows, cols };
    }
    return this.size;
  }

  get rowCount(): number {
    return this.measure().rows;
  }

  get colCount(): number {
    return this.measure().cols;
  }

  cell(row: number, col: number): SourceCell {
    return this.cells.get(row * MAX_COLS + col) ?? { value: { kind: 'blank' } };
  }

  set(row: number, col: number, cell: SourceCell | CellLiteral): void {
    const c = isSourceCell(cell) ? cell : { value: literalValue(cell) };
    this.size = null;
    if (c.value.kind === 'blank' && c.formula === undefined) this.cells.delete(row * MAX_COLS + col);
    else this.cells.set(row * MAX_COLS + col, c);
  }

  private remap(f: (row: number, col: number) => [number, number] | null): void {
    const next = new Map<number, SourceCell>();
    for (const [k, v] of this.cells) {
      const to = f(Math.floor(k / MAX_COLS), k % MAX_COLS);
      if (to) next.set(to[0] * MAX_COLS + to[1], v);
    }
    this.cells = next;
    this.size = null;
  }

  /** Inserts `count` empty rows before `at` (0-based), as Excel's "Insert row" does. */
  insertRows(at: number, count = 1): void {
    this.remap((r, c) => [r >= at ? r + count : r, c]);
  }

  deleteRows(at: number, count = 1): void {
    this.remap((r, c) => (r >= at && r < at + count ? null : [r >= at + count ? r - count : r, c]));
  }

  /** Moves row `from` so that it ends up at index `to` (cut + insert). */
  moveRow(from: number, to: number): void {
    const saved: Array<[number, SourceCell]> = [];
    const cols = this.colCount;
    for (let c = 0; c < cols; c++) saved.push([c, this.cell(from, c)]);
    this.deleteRows(from);
    this.insertRows(to);
    for (const [c, cell] of saved) this.set(to, c, cell);
  }

  insertCols(at: number, count = 1): void {
    this.remap((r, c) => [r, c >= at ? c + count : c]);
  }

  deleteCols(at: number, count = 1): void {
    this.remap((r, c) => (c >= at && c < at + count ? null : [r, c >= at + count ? c - count : c]));
  }
}

function isSourceCell(v: SourceCell | CellLiteral): v is SourceCell {
  return typeof v === 'object' && v !== null && 'value' in v;
}

export function literalValue(v: CellLiteral): CellValue {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  return { kind: 'text', text: v };
}

export interface ModelSource extends CellSource {
  sheets: GridSheet[];
  names: SourceName[];
}

/** The workbook as a reader would see it: annex sheets, the hidden meta sheet, the defined names. */
export function sourceFromModel(model: WorkbookModel, label = 'mô hình'): ModelSource {
  const sheets = model.sheets.map((s) => {
    const g = new GridSheet(s.name);
    for (const c of s.cells) g.set(c.row, c.col, sourceCellOf(c));
    return g;
  });
  const meta = new GridSheet(model.metaSheet.name, 'hidden');
  model.metaSheet.rows.forEach(([k, v], i) => {
    meta.set(i, 0, k);
    meta.set(i, 1, v);
  });
  return { label, sheets: [...sheets, meta], names: model.names.map((n) => ({ name: n.name, formula: n.formula })) };
}

function sourceCellOf(c: CellModel): SourceCell {
  return { value: literalValue(c.value), ...(c.formula !== undefined && { formula: c.formula }) };
}

export class FigureTargetError extends Error {}

/**
 * A copy of the model with the figures typed into their cells (found through each sheet's layout).
 * Only input cells take figures; `overwrite: true` also lets a figure replace a computed cell's
 * formula — what a unit does when it types over a total.
 */
export function withFigures(model: WorkbookModel, figures: FigureMap, opts: { overwrite?: boolean } = {}): WorkbookModel {
  const changed = model.sheets.some((s) => figures[s.identity.annexId]);
  const sheets = model.sheets.map((original) => {
    // New figures make every formula's cached result unknown (totals, the check sheet, its counts):
    // they are written without one, for the program that opens the file to compute, unless the
    // caller computes them again (checks/add-check-sheet does, for the check sheet and the annexes).
    const sheet = changed ? withoutCachedResults(original) : original;
    const rows = figures[sheet.identity.annexId];
    if (!rows) return sheet;
    const cells = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
    for (const [rowCode, cols] of Object.entries(rows)) {
      for (const [colCode, value] of Object.entries(cols)) {
        const r = sheet.layout.rows[rowCode];
        const c = sheet.layout.cols[colCode];
        const cell = r !== undefined && c !== undefined ? cells.get(`${r},${c}`) : undefined;
        if (!cell) throw new FigureTargetError(`${sheet.identity.annexId} r${rowCode} c${colCode}: no such cell`);
        if (cell.locked && !(opts.overwrite && cell.formula !== undefined)) throw new FigureTargetError(`${sheet.identity.annexId} r${rowCode} c${colCode}: not an input cell`);
        const next: CellModel = { ...cell, value };
        if (opts.overwrite) delete next.formula;
        cells.set(`${r},${c}`, next);
      }
    }
    return { ...sheet, cells: [...cells.values()] };
  });
  return { ...model, sheets };
}

function withoutCachedResults(sheet: WorkbookModel['sheets'][number]): WorkbookModel['sheets'][number] {
  if (!sheet.cells.some((c) => c.formula !== undefined && c.value !== null)) return sheet;
  return { ...sheet, cells: sheet.cells.map((c) => (c.formula !== undefined && c.value !== null ? { ...c, value: null } : c)) };
}
