import type { IndicatorRow, NumberType, ValueColumn } from './types';

/**
 * What a value cell of an annex is, from the pack alone: its role (typed in, computed by a row or a
 * column formula, or left empty), its number type and the decimals it allows. The renderer, the
 * rules, the report reader, the check sheet and the merge all ask here.
 */

/** Which value cells are typed in, which computed, which left empty. */
export type CellRole = 'input' | 'computed-row' | 'computed-col' | 'none';

export function cellRole(row: IndicatorRow, col: ValueColumn): CellRole {
  const override = row.cells?.[col.code];
  if (override) return override;
  if (row.kind === 'header') return col.kind === 'text' ? 'input' : 'none';
  if (col.kind === 'computed') return 'computed-col';
  if (col.kind === 'text') return 'input';
  return row.kind === 'computed' ? 'computed-row' : 'input';
}

export function cellType(row: IndicatorRow, col: ValueColumn): NumberType {
  if (col.kind === 'text') return 'text';
  return row.type ?? col.type;
}

/** Decimals a cell of this type allows when the pack does not say. */
export const DEFAULT_DECIMALS: Record<Exclude<NumberType, 'text'>, number> = { integer: 0, money: 0, decimal: 2, percent: 1 };

/** Decimals allowed in a value cell: the row's, else the column's, else the type's default. */
export function cellDecimals(row: IndicatorRow, col: ValueColumn): number {
  const type = cellType(row, col);
  if (type === 'text') return 0;
  if (type === 'integer') return 0;
  return row.decimals ?? col.decimals ?? DEFAULT_DECIMALS[type];
}
