import type { CellRange } from '../core/sheet/model';

/**
 * Covers the cells that share a key with few rectangles: runs of equal keys along each row, then runs
 * with the same columns and key on consecutive rows joined into one. The number of rectangles (and so
 * of queued operations) grows with the variety of the sheet, not with its cell count.
 */
export function rectanglesByKey(rows: number, cols: number, keyAt: (row: number, col: number) => string | undefined): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  // Rectangles still open at the previous row, by "key|col|cols".
  let open = new Map<string, CellRange>();
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, CellRange>();
    let c = 0;
    while (c < cols) {
      const key = keyAt(r, c);
      let end = c + 1;
      while (end < cols && keyAt(r, end) === key) end++;
      if (key !== undefined) {
        const id = `${key}|${c}|${end - c}`;
        const above = open.get(id);
        if (above) {
          above.rows++;
          next.set(id, above);
        } else {
          const rect = { row: r, col: c, rows: 1, cols: end - c };
          next.set(id, rect);
          const list = out.get(key);
          if (list) list.push(rect);
          else out.set(key, [rect]);
        }
      }
      c = end;
    }
    open = next;
  }
  return out;
}

/** Consecutive indexes with the same value: [{first, last, value}]. */
export function runsOf(entries: Array<[number, number]>): Array<{ first: number; last: number; value: number }> {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const runs: Array<{ first: number; last: number; value: number }> = [];
  for (const [index, value] of sorted) {
    const prev = runs[runs.length - 1];
    if (prev && prev.last + 1 === index && prev.value === value) prev.last = index;
    else runs.push({ first: index, last: index, value });
  }
  return runs;
}
