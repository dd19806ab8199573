import { fill, type Lang, type Params } from '../i18n/format';
import { reportCell, type UnitReport } from '../report/unit-report';
import { a1 } from '../sheet/address';
import type { FindingCell } from './finding';
import { type RuleMessage } from './types';
import { type CellKey } from '../pack/cell-key';

/** Where a pack cell is in the unit's sheet; null when its annex, row or column is not there. */
export function findingCell(report: UnitReport, key: CellKey): FindingCell | null {
  const annex = report.annexes.get(key.annexId);
  const cell = reportCell(report, key.annexId, key.rowCode, key.colCode);
  if (annex && cell) return { annexId: key.annexId, sheetName: annex.sheetName, address: cell.address, rowCode: key.rowCode, colCode: key.colCode };
  // A computed cell whose row the unit deleted is still recomputed; point at where it would be.
  const row = annex?.layout?.rows.get(key.rowCode);
  const col = annex?.layout?.cols.get(key.colCode);
  if (annex && row !== undefined && col !== undefined) {
    return { annexId: key.annexId, sheetName: annex.sheetName, address: a1(row, col), rowCode: key.rowCode, colCode: key.colCode };
  }
  return null;
}

export function findingCells(report: UnitReport, keys: readonly CellKey[]): FindingCell[] {
  return keys.map((k) => findingCell(report, k)).filter((c): c is FindingCell => c !== null);
}

/** Fills a message in both languages; `params` gives each language its own wording of the values. */
export function fillBoth(message: RuleMessage, params: (lang: Lang) => Params): RuleMessage {
  return { vi: fill(message.vi, params('vi'), 'vi'), en: fill(message.en, params('en'), 'en') };
}
