/** Cell-level helpers shared by the range proxies: iteration, uniform reads, input shapes, colours. */
import { isBounded, type Rect } from './address';
import { dimensionMismatch, fail, SimOfficeError } from './errors';
import type { SimCell, SimSheet } from './workbook-state';

export interface RangeTarget {
  sheet: SimSheet;
  rect: Rect;
}

/** Cells touched one by one must be a bounded block; whole columns/rows only carry widths/heights here. */
const CELL_LIMIT = 5_000_000;

export function boundedCells(t: RangeTarget, location: string): void {
  if (!isBounded(t.rect) || t.rect.rows * t.rect.cols > CELL_LIMIT) {
    fail('NotImplemented', location, 'The simulator only applies cell properties to bounded ranges.');
  }
}

export function forEachCell(t: RangeTarget, fn: (cell: SimCell, i: number, j: number) => void): void {
  for (let i = 0; i < t.rect.rows; i++) for (let j = 0; j < t.rect.cols; j++) fn(t.sheet.cell(t.rect.row + i, t.rect.col + j), i, j);
}

export function grid<V>(t: RangeTarget, location: string, fn: (cell: SimCell) => V): V[][] {
  boundedCells(t, location);
  const out: V[][] = [];
  for (let i = 0; i < t.rect.rows; i++) {
    const row: V[] = [];
    for (let j = 0; j < t.rect.cols; j++) row.push(fn(t.sheet.peek(t.rect.row + i, t.rect.col + j)));
    out.push(row);
  }
  return out;
}

/** The common value of a property over the range, or null when cells differ (as Excel reports). */
export function uniform<V>(t: RangeTarget, location: string, fn: (cell: SimCell) => V): V | null {
  boundedCells(t, location);
  let first: V | undefined;
  let seen = false;
  for (let i = 0; i < t.rect.rows; i++) {
    for (let j = 0; j < t.rect.cols; j++) {
      const v = fn(t.sheet.peek(t.rect.row + i, t.rect.col + j));
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

/** A scalar applies to every cell; an array must match the range exactly. */
export function entryAt(input: unknown, rect: Rect, location: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) throw dimensionMismatch(location);
  return (i, j) => (input as unknown[][])[i][j];
}

const COLOR_NAMES: Record<string, string> = { black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00', gray: '#808080' };

/** Excel takes "#RRGGBB" or a colour name; anything else is refused. */
export function parseColor(value: unknown, location: string): string {
  if (typeof value === 'string') {
    if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
    const named = COLOR_NAMES[value.toLowerCase()];
    if (named) return named;
  }
  throw new SimOfficeError('InvalidArgument', undefined, location);
}

export function checkBoolean(v: unknown, location: string): void {
  if (typeof v !== 'boolean') fail('InvalidArgument', location);
}
