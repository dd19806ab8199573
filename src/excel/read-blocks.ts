/**
 * Excel on the web refuses a response over 5 MB, so reading cells is cut into batches of at most
 * `cellsPerSync` cells (whole rows of a sheet's used range), one sync each. Annex workbooks are far
 * below one batch; a sheet of 100,000 cells takes a few. Pure, no Office.js.
 */

/** A rectangle of one sheet (index into the sheets being read), 0-based. */
export interface Area {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Cuts the areas into row blocks and packs them in order into batches of at most `cellsPerSync`
 * cells. Only a single row wider than the budget makes a larger batch (of that row alone).
 */
export function planBatches(areas: readonly Area[], cellsPerSync: number): Area[][] {
  const budget = Math.max(1, Math.floor(cellsPerSync));
  const batches: Area[][] = [];
  let batch: Area[] = [];
  let room = budget;
  const close = () => {
    if (batch.length) batches.push(batch);
    batch = [];
    room = budget;
  };
  for (const area of areas) {
    if (area.rows <= 0 || area.cols <= 0) continue;
    let row = area.row;
    const end = area.row + area.rows;
    while (row < end) {
      let fit = Math.floor(room / area.cols);
      if (fit === 0 && batch.length) {
        close();
        fit = Math.floor(room / area.cols);
      }
      const rows = Math.min(end - row, Math.max(1, fit));
      batch.push({ ...area, row, rows });
      room -= rows * area.cols;
      row += rows;
      if (room <= 0) close();
    }
  }
  close();
  return batches;
}
