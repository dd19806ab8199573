import { Decimal } from '../numbers/decimal';
import type { Aggregation, TemplatePack } from '../pack/types';
import { packIndex } from '../pack/pack-index';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { figureDecimal, inputCatalogue, type InputCatalogue, type UnitFigures } from './input-cells';
import { ratioOf, summaryRecomputation, type Value } from './recompute';
import type { TargetCell, TargetPlan } from './targets';
import { pairCells, transferOutcome, transferPairs, type TransferOutcome } from './transfers';

/**
 * One summary cell per value cell of the merged annexes, by aggregation type (after DHIS2):
 * - sum / min / max of the units' inputs, exact (money adds up to the đồng, 0,1 + 0,2 = 0,3);
 * - ratio: an input row whose aggregation is a ratio is recomputed from the summed numerator and
 *   denominator rows, never summed;
 * - computed cells (totals, rates, % of target) recomputed with the pack's formulas;
 * - targets: the merging unit's own target beside the sum of the units' targets (see targets.ts);
 * - transfers inside the union: eliminated when both sides are inside (see transfers.ts), the cell
 *   holding the consolidated figure and remembering the plain sum;
 * - text (notes): each unit's text prefixed with its code and name;
 * - none: left empty.
 * A cell no unit filled stays empty (not 0): nobody reported it.
 */
export type SummaryCell =
  | { kind: 'blank' }
  /** `plain` and `eliminated`: a transfer row whose money moved inside the union was eliminated (value = plain − eliminated). */
  | { kind: 'aggregate'; fn: 'sum' | 'min' | 'max'; value: Decimal; plain?: Decimal; eliminated?: Decimal }
  | { kind: 'ratio'; value: Value; numerator: string; denominator: string; scale: number }
  /** The merging unit's own target (`from`: the pack, its own report, or none: "Chưa có chỉ tiêu"); the units' sum beside. */
  | { kind: 'target'; value: Value; from: 'pack' | 'own' | null; unitsSum: Value; rate: boolean }
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
  /** The merging unit's own report: its own figures, its own targets, the other side of its transfers. */
  own: boolean;
}

export interface Aggregated {
  /** Cell id ("PL02|5|1") → summary cell, for every value cell of the merged annexes, in pack order. */
  cells: Map<string, SummaryCell>;
  /** Per transfer pair and column: what was eliminated, or why not. */
  transfers: TransferOutcome[];
}

/** Excel keeps at most 32 767 characters in a cell; a long list of notes is cut with a count of what is left. */
export const MAX_TEXT = 32000;

/** `pack` is the merging unit's form (its annexes and rows); the figures follow the pack's input catalogue. */
export function aggregate(pack: TemplatePack, sources: readonly MergedSource[], annexIds: readonly string[], targets: TargetPlan): Aggregated {
  const index = packIndex(pack);
  const catalogue = inputCatalogue(pack);
  const cells = new Map<string, SummaryCell>();
  const inputs = new Map<string, Value>();
  const own = sources.find((s) => s.own);
  const units = sources.filter((s) => !s.own);

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
        else if (target) cell = targetCell(target, own ? figureDecimal(own.figures[at]) : null, units.map((s) => s.figures[at]));
        else cell = numberCell(row.aggregation, column);
        cells.set(id, cell);
        if (cell.kind === 'aggregate' || cell.kind === 'target') inputs.set(id, cell.value);
      }
    }
  }

  const transfers = eliminateTransfers(pack, annexIds, catalogue, own, units, cells, inputs);

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
  return { cells, transfers };
}

/** The merging unit's own target (the pack's, else its own report's), the sum of its units' targets beside. */
function targetCell(target: TargetCell, ownReport: Decimal | null, units: UnitFigures): SummaryCell {
  const unitsSum = target.rate ? null : sumOf(units);
  if (target.pack !== null) return { kind: 'target', value: target.pack, from: 'pack', unitsSum, rate: target.rate };
  if (ownReport !== null) return { kind: 'target', value: ownReport, from: 'own', unitsSum, rate: target.rate };
  return { kind: 'target', value: null, from: null, unitsSum, rate: target.rate };
}

/**
 * Transfers inside the union (transfers.ts): per pair and column, the units' side summed over the
 * units' reports, the merging unit's side from its own report; what both hold is taken out of both
 * summary cells, which keep the plain sum beside the consolidated figure.
 */
function eliminateTransfers(
  pack: TemplatePack,
  annexIds: readonly string[],
  catalogue: InputCatalogue,
  own: MergedSource | undefined,
  units: readonly MergedSource[],
  cells: Map<string, SummaryCell>,
  inputs: Map<string, Value>,
): TransferOutcome[] {
  const outcomes: TransferOutcome[] = [];
  const index = packIndex(pack);
  for (const pair of transferPairs(pack, annexIds)) {
    const annex = index.annex(pair.annexId)!;
    for (const colCode of annex.colOrder) {
      if (annex.role(pair.unitsRow, colCode) !== 'input' || annex.role(pair.ownRow, colCode) !== 'input') continue;
      const ids = pairCells(pair, colCode);
      const unitsSide = sumOf(units.map((s) => s.figures[catalogue.byId.get(ids.units)!.index]));
      const ownSide = own ? figureDecimal(own.figures[catalogue.byId.get(ids.own)!.index]) : null;
      const outcome = transferOutcome(pair, colCode, unitsSide, ownSide, own !== undefined);
      outcomes.push(outcome);
      if (outcome.eliminated.isZero()) continue;
      for (const id of [ids.units, ids.own]) {
        const cell = cells.get(id);
        if (cell?.kind !== 'aggregate') continue;
        const value = cell.value.sub(outcome.eliminated);
        cells.set(id, { ...cell, value, plain: cell.value, eliminated: outcome.eliminated });
        inputs.set(id, value);
      }
    }
  }
  return outcomes;
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
