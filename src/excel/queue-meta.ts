import { META_KEYS, metaSheetContent } from '../core/sheet/identity';
import type { DefinedNameModel, MetaSheetModel } from '../core/sheet/model';
import { queueSheet, type HostFeatures } from './queue-sheet';
import { planSheet } from './sheet-plan';

/**
 * The hidden identity sheet and the defined names, queued in the insertion's last batch (the names
 * point into the sheets, so the sheets come first). An identity sheet already in the workbook is
 * replaced like any other sheet (insert-plan.ts): its rows are read first and kept.
 */

/**
 * The model's rows first and in order (the names ANNEX_PACK… point at fixed rows), then rows of the
 * existing sheet the model does not have — annexes inserted earlier for the same pack and unit stay
 * known. A sheet left by another pack or unit is rewritten whole.
 */
export function mergeMetaRows(model: MetaSheetModel, existing: ReadonlyArray<[string, string]>): Array<[string, string]> {
  const rows = model.rows.map(([k, v]): [string, string] => [k, v]);
  const valueOf = (list: ReadonlyArray<[string, string]>, key: string) => list.find(([k]) => k === key)?.[1];
  const sameOwner = [META_KEYS.packId, META_KEYS.unitCode].every((key) => valueOf(existing, key) === valueOf(model.rows, key));
  if (!sameOwner) return rows;
  const known = new Set(rows.map(([k]) => k));
  for (const [k, v] of existing) {
    if (k === '' || known.has(k)) continue;
    known.add(k);
    rows.push([k, v]);
  }
  return rows;
}

/** Reads the key/value rows from a loaded used range (only when it starts in column A). */
export function metaRowsFrom(address: string, values: unknown[][]): Array<[string, string]> {
  if (!/!\$?A\$?\d+(:|$)/.test(address)) return [];
  return values.map((row): [string, string] => [String(row[0] ?? ''), String(row[1] ?? '')]).filter(([k]) => k !== '');
}

/** The identity sheet's rows into the new (empty) sheet `ws`, which is then hidden. */
export function queueMetaSheet(ws: Excel.Worksheet, meta: MetaSheetModel, existingRows: ReadonlyArray<[string, string]>, features: HostFeatures): void {
  const content = metaSheetContent(mergeMetaRows(meta, existingRows));
  queueSheet(ws, content, planSheet(content), features);
  // Hidden, not very hidden: a user who looks for it can see it, and it can be deleted.
  ws.visibility = 'Hidden';
}

/** Names are replaced: an existing one is deleted first (its reference may have become #REF!). */
export function queueNames(names: Excel.NamedItemCollection, list: readonly DefinedNameModel[], existing: ReadonlySet<string>): void {
  for (const n of list) {
    if (existing.has(n.name.toLowerCase())) names.getItem(n.name).delete();
    const item = n.comment !== undefined ? names.add(n.name, toFormula(n.formula), n.comment) : names.add(n.name, toFormula(n.formula));
    if (n.hidden) item.visible = false;
  }
}

function toFormula(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}
