import { Decimal } from '../numbers/decimal';
import type { Aggregation, TemplatePack } from '../pack/types';
import { packIndex } from '../pack/pack-index';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { figureDecimal, inputCatalogue, type UnitFigures } from './input-cells';
import { ratioOf, summaryRecomputation, type Value } from './recompute';
import type { TargetPlan } from './targets';

/**
 * One summary cell per value cell of the merged annexes, by aggregation type (after DHIS2):
 * - sum / min / max of the units' inputs, exact (money adds up to the đồng, 0,1 + 0,2 = 0,3);
 * - ratio: an input row whose aggregation is a ratio is recomputed from the summed numerator and
 *   denominator rows, never summed;
 * - computed cells (totals, rates, % of target) recomputed with the pack's formulas;
 * - targets: the merging unit's own target beside the sum of the units' targets (see targets.ts);
 * - text (notes): each unit's text prefixed with its code and name;
 * - none: left empty.
 * A cell no unit filled stays empty (not 0): nobody reported it.
 */
export type SummaryCell =
  | { kind: 'blank' }
  | { kind: 'aggregate'; fn: 'sum' | 'min' | 'max'; value: Decimal }
  | { kind: 'ratio'; value: Value; numerator: string; denominator: string; scale: number }
  | { kind: 'target'; value: Value; from: 'pack' | 'units'; unitsSum: Value; rate: boolean }
  | { kind: 'computed'; value: Value }
  | { kind: 'text'; text: string };

/** The number a summary cell shows (null: empty, or a text). */
export function summaryValue(cell: SummaryCell | undefined): Decimal | null {
  if (!cell || cell.kind === 'blank' || cell.kind === 'text') return null;
  return cell.value;
}

export interface MergedSource {
  unitCode: string;
  unitName: string;
  figures: UnitFigures;
}

/** Excel keeps at most 32 767 characters in a cell; a long list of notes is cut with a count of what is left. */
export const MAX_TEXT = 32000;

export function aggregate(pack: TemplatePack, sources: readonly MergedSource[], annexIds: readonly string[], targets: TargetPlan): Map<string, SummaryCell> {
  const index = packIndex(pack);
  const catalogue = inputCatalogue(pack);
  const cells = new Map<string, SummaryCell>();
  const inputs = new Map<string, Value>();

  for (const annexId of annexIds) {
    const annex = index.annex(annexId)!;
    for (const rowCode of annex.rowOrder) {
      const row = annex.row(rowCode)!;
      for (const colCode of annex.colOrder) {
        const role = annex.role(rowCode, colCode);
        if (role === undefined || role === 'none') continue;
        const id = cellKeyId({ annexId, rowCode, colCode });
        if (role !== 'input') {
          cells.set(id, { kind: 'computed', value: null });
          continue;
        }
        const at = catalogue.byId.get(id)!.index;
        const column = sources.map((s) => s.figures[at]);
        const target = targets.cells.get(id);
        let cell: SummaryCell;
        if (annex.type(rowCode, colCode) === 'text' || row.aggregation.type === 'text') cell = textCell(sources, at);
        else if (target) {
          const unitsSum = target.rate ? null : sumOf(column);
          cell = target.own !== null ? { kind: 'target', value: target.own, from: 'pack', unitsSum, rate: target.rate } : { kind: 'target', value: unitsSum, from: 'units', unitsSum, rate: target.rate };
        } else cell = numberCell(row.aggregation, column);
        cells.set(id, cell);
        if (cell.kind === 'aggregate' || cell.kind === 'target') inputs.set(id, cell.value);
      }
    }
  }

  // Second pass: what depends on other summary cells.
  const valueOf = summaryRecomputation(pack, (key) => inputOrRatio(key));
  function inputOrRatio(key: CellKey): Value {
    const id = cellKeyId(key);
    const cell = cells.get(id);
    if (cell?.kind !== 'ratio') return inputs.get(id) ?? null;
    const at = (rowCode: string) => valueOf({ ...key, rowCode });
    return ratioOf(at(cell.numerator), at(cell.denominator), cell.scale);
  }
  for (const [id, cell] of cells) {
    if (cell.kind !== 'computed' && cell.kind !== 'ratio') continue;
    const [annexId, rowCode, colCode] = id.split('|');
    cells.set(id, { ...cell, value: valueOf({ annexId, rowCode, colCode }) });
  }
  return cells;
}

function numberCell(aggregation: Aggregation, column: UnitFigures): SummaryCell {
  switch (aggregation.type) {
    case 'sum': {
      const value = sumOf(column);
      return value === null ? { kind: 'blank' } : { kind: 'aggregate', fn: 'sum', value };
    }
    case 'min':
    case 'max': {
      let best: Decimal | null = null;
      for (const f of column) {
        const v = figureDecimal(f);
        if (v) best = best === null ? v : aggregation.type === 'min' ? Decimal.min(best, v) : Decimal.max(best, v);
      }
      return best === null ? { kind: 'blank' } : { kind: 'aggregate', fn: aggregation.type, value: best };
    }
    case 'ratio':
      return { kind: 'ratio', value: null, numerator: aggregation.numerator, denominator: aggregation.denominator, scale: aggregation.scale };
    case 'text':
    case 'none':
      return { kind: 'blank' };
  }
}

/**
 * The exact sum. Whole numbers — counts, money in đồng: nearly every cell — are added as integers
 * while the total stays below 2^53, where a double is exact; anything else goes through Decimal.
 */
function sumOf(column: UnitFigures): Decimal | null {
  let whole = 0;
  let exact: Decimal | null = null;
  let any = false;
  for (const f of column) {
    if (f === undefined || typeof f === 'string') continue;
    any = true;
    if (typeof f === 'number' && Number.isSafeInteger(f) && Number.isSafeInteger(whole + f)) whole += f;
    else exact = (exact ?? Decimal.ZERO).add(figureDecimal(f)!);
  }
  if (!any) return null;
  return exact ? exact.add(Decimal.fromInteger(whole)) : Decimal.fromInteger(whole);
}

function textCell(sources: readonly MergedSource[], at: number): SummaryCell {
  const parts: string[] = [];
  for (const s of sources) {
    const v = s.figures[at];
    const text = typeof v === 'string' ? v : figureDecimal(v)?.toString();
    if (text) parts.push(`${s.unitCode} ${s.unitName}: ${text}`);
  }
  if (parts.length === 0) return { kind: 'blank' };
  let text = parts.join('\n');
  if (text.length > MAX_TEXT) {
    let kept = 0;
    let length = 0;
    while (kept < parts.length && length + parts[kept].length + 1 < MAX_TEXT - 40) length += parts[kept++].length + 1;
    text = `${parts.slice(0, kept).join('\n')}\n… (+${parts.length - kept})`;
  }
  return { kind: 'text', text };
}
