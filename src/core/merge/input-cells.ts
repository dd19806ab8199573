import { Decimal } from '../numbers/decimal';
import type { NumberType, TemplatePack } from '../pack/types';
import { reportCell, type UnitReport } from '../report/unit-report';
import { coerceCell } from '../rules/coerce';
import { packIndex } from '../pack/pack-index';
import { cellKeyId } from '../pack/cell-key';
import { basePack } from '../pack/kind-form';

/**
 * The pack's input cells — the only cells a merge reads — in one fixed order (annex, row, column, as
 * the pack lists them). A unit's figures are an array aligned with this order: compact, and the same
 * positions for every unit, so the merge keeps no workbook alive once its figures are extracted.
 */
export interface InputCell {
  index: number;
  /** "PL02|5|1": annex, row code, column code (see cellKeyId). */
  id: string;
  annexId: string;
  rowCode: string;
  colCode: string;
  type: NumberType;
}

export interface InputCatalogue {
  cells: readonly InputCell[];
  byId: ReadonlyMap<string, InputCell>;
}

/**
 * A figure as merged: a number as the cell held it (a double is exactly the decimal it prints as:
 * the sum converts it losslessly), an exact Decimal for a number typed as text ("1.250"), a text
 * (notes columns), or nothing (blank, absent, unreadable). Plain numbers keep a unit's figures
 * small — a few KB — however many units are merged.
 */
export type Figure = number | Decimal | string | undefined;

/** A unit's figures, aligned with `InputCatalogue.cells`. */
export type UnitFigures = readonly Figure[];

const catalogues = new WeakMap<TemplatePack, InputCatalogue>();

/** The pack's catalogue — the same for each of its forms: a unit's figures align with it whatever its kind. */
export function inputCatalogue(form: TemplatePack): InputCatalogue {
  const pack = basePack(form);
  let catalogue = catalogues.get(pack);
  if (catalogue) return catalogue;
  const index = packIndex(pack);
  const cells: InputCell[] = [];
  for (const annex of pack.annexes) {
    const a = index.annex(annex.id)!;
    for (const rowCode of a.rowOrder) {
      for (const colCode of a.colOrder) {
        if (a.role(rowCode, colCode) !== 'input') continue;
        const key = { annexId: annex.id, rowCode, colCode };
        cells.push({ index: cells.length, id: cellKeyId(key), ...key, type: a.type(rowCode, colCode)! });
      }
    }
  }
  catalogue = { cells, byId: new Map(cells.map((c) => [c.id, c])) };
  catalogues.set(pack, catalogue);
  return catalogue;
}

/**
 * The unit's input figures, read through the same coercion as validation: "1.250" typed as text is
 * 1250. Words, error values and TRUE/FALSE in a number cell merge as nothing (validation has already
 * reported them as errors, so such a unit is merged only by an explicit override).
 */
export function extractFigures(report: UnitReport, pack: TemplatePack): UnitFigures {
  return inputCatalogue(pack).cells.map((cell): Figure => {
    const found = reportCell(report, cell.annexId, cell.rowCode, cell.colCode);
    if (!found) return undefined;
    const v = found.value;
    if (cell.type === 'text') {
      if (v.kind === 'number') return String(v.value);
      const text = v.kind === 'text' ? v.text.normalize('NFC').trim() : '';
      return text === '' ? undefined : detached(text);
    }
    // The same reading as coerceCell's, without building a Decimal for every plain number.
    if (v.kind === 'number') return Number.isFinite(v.value) ? v.value : undefined;
    const c = coerceCell(v);
    return c.kind === 'number' || c.kind === 'textNumber' ? c.value : undefined;
  });
}

/** The exact value of a numeric figure; null for text and nothing. */
export function figureDecimal(f: Figure): Decimal | null {
  if (typeof f === 'number') return Number.isSafeInteger(f) ? Decimal.fromInteger(f) : Decimal.fromNumber(f);
  return f instanceof Decimal ? f : null;
}

/**
 * A copy of the text that holds no reference to the string it was cut from. A reader's cell text is
 * often a slice of the whole decoded XML part; keeping the slice would keep the part alive, tens of
 * kilobytes per workbook, for as long as the merge keeps the unit's notes.
 */
export function detached(text: string): string {
  return (text + ' ').slice(0, -1);
}
