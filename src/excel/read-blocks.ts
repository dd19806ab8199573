/**
 * Excel on the web refuses a response over 5 MB (Microsoft's "Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins), and a cell's `values` and `formulas` each carry
 * its text, up to 32,767 characters: a count of cells bounds nothing. So reading is cut into batches
 * by estimated bytes: each cell costs the bytes per cell measured on what was read of its sheet so
 * far (INITIAL_BYTES_PER_CELL before anything was), and a batch stops at RESPONSE_BYTES_PER_SYNC —
 * well under the limit, so that a sheet whose texts grow longer further down still fits. A batch the
 * host refuses anyway is read again with its sheets' estimates quadrupled (read-source.ts). Pure, no
 * Office.js.
 */

/** A rectangle of one sheet (index into the sheets being read), 0-based. */
export interface Area {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What one response should carry at most: 2 MB, two fifths of Excel on the web's 5 MB. */
export const RESPONSE_BYTES_PER_SYNC = 2_000_000;
/** Before a sheet's first cells were read: a short label's value, formula and type, as JSON. */
export const INITIAL_BYTES_PER_CELL = 80;
/** Most cells in one sync (also a bound on the host's work for one request). */
export const CELLS_PER_SYNC = 50_000;

export interface BatchBudget {
  cells: number;
  bytes: number;
  /** Estimated response bytes of one cell of the sheet. */
  bytesPerCell: (sheet: number) => number;
}

/**
 * Takes from the front of `pending` the next batch that fits the budget, in order: whole rows of an
 * area while they fit; a row too wide for the budget alone goes by columns. Mutates `pending`.
 */
export function nextBatch(pending: Area[], budget: BatchBudget): Area[] {
  const batch: Area[] = [];
  let cells = Math.max(1, Math.floor(budget.cells));
  let bytes = Math.max(1, budget.bytes);
  while (pending.length) {
    const area = pending[0];
    if (area.rows <= 0 || area.cols <= 0) {
      pending.shift();
      continue;
    }
    const perCell = Math.max(1, budget.bytesPerCell(area.sheet));
    const rowCost = area.cols * perCell;
    const fit = Math.min(area.rows, Math.floor(cells / area.cols), Math.floor(bytes / rowCost));
    if (fit >= 1) {
      batch.push({ ...area, rows: fit });
      cells -= fit * area.cols;
      bytes -= fit * rowCost;
      if (fit === area.rows) pending.shift();
      else pending[0] = { ...area, row: area.row + fit, rows: area.rows - fit };
      continue;
    }
    if (batch.length) break;
    // One row alone is over the budget: as many of its columns as fit, the rest after.
    const cols = Math.max(1, Math.min(area.cols - 1, Math.floor(cells), Math.floor(bytes / perCell)));
    batch.push({ ...area, rows: 1, cols });
    const rest: Area[] = [{ ...area, rows: 1, col: area.col + cols, cols: area.cols - cols }];
    if (area.rows > 1) rest.push({ ...area, row: area.row + 1, rows: area.rows - 1 });
    pending.splice(0, 1, ...rest);
    break;
  }
  return batch;
}

/** The batches for fixed estimates (the reader re-plans after each sync with what it measured). */
export function planBatches(areas: readonly Area[], budget: BatchBudget): Area[][] {
  const pending = areas.map((a) => ({ ...a }));
  const batches: Area[][] = [];
  while (pending.length) {
    const batch = nextBatch(pending, budget);
    if (batch.length) batches.push(batch);
  }
  return batches;
}
