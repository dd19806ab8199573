import type { Lang } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { inputCatalogue, type InputCell } from '../merge/input-cells';
import type { MergeResult } from '../merge/merge';
import { mergeText } from '../merge/describe';
import { packIndex } from '../pack/pack-index';
import { columnLetters, quoteSheet } from '../sheet/address';
import type { SheetModel } from '../sheet/model';
import { SUMMARY_SHEETS } from '../sheet/sheet-names';
import { TableSheet } from './table-sheet';

/**
 * The detail sheet: one row per merged unit, one column per input cell of the merged annexes
 * (headed by annex, row code, column code and the indicator). The summary's input cells are formulas
 * over these columns (=SUM('Chi tiết'!E7:E29)), so every total traces back to the units.
 */

export const DETAIL_FIXED_COLS = 4;
const FIXED = DETAIL_FIXED_COLS;
export const DETAIL_HEADER_ROWS = { annex: 2, row: 3, col: 4, label: 5 } as const;
export const DETAIL_FIRST_ROW = 6;

export interface DetailSheet {
  sheet: SheetModel;
  /** "'Chi tiết'!E7:E29" for a cell id; undefined when no unit was merged. */
  rangeOf(cellId: string): string | undefined;
}

export function detailSheet(pack: TemplatePack, result: MergeResult, lang: Lang): DetailSheet {
  const t = (key: Parameters<typeof mergeText>[1], params?: Record<string, string | number>) => mergeText(lang, key, params);
  const index = packIndex(pack);
  const selected = new Set(result.annexIds);
  const columns: InputCell[] = inputCatalogue(pack).cells.filter((c) => selected.has(c.annexId));
  const unit = result.mergingUnit;
  const s = new TableSheet(SUMMARY_SHEETS.detail, { packId: pack.id, packVersion: pack.version, annexId: '_detail', unitCode: unit.code });

  s.set(0, 0, t('detail.title', { name: unit.name, code: unit.code }), 'title');
  s.set(1, 0, t('detail.hint'), 'hint');
  // Header rows, each left to right: cells are set in reading order, so nothing needs sorting.
  const headers: Array<[number, string, (cell: InputCell) => string, string]> = [
    [DETAIL_HEADER_ROWS.annex, t('detail.annex'), (cell) => cell.annexId, 'code'],
    [DETAIL_HEADER_ROWS.row, t('detail.rowCode'), (cell) => cell.rowCode, 'code'],
    [DETAIL_HEADER_ROWS.col, t('detail.colCode'), (cell) => cell.colCode, 'code'],
  ];
  for (const [row, title, text, style] of headers) {
    s.set(row, FIXED - 1, title, 'headerLeft');
    columns.forEach((cell, i) => s.set(row, FIXED + i, text(cell), style));
  }
  [t('detail.stt'), t('detail.unitCode'), t('detail.unitName'), t('detail.file')].forEach((title, c) => s.set(DETAIL_HEADER_ROWS.label, c, title, 'header'));
  columns.forEach((cell, i) => {
    const annex = index.annex(cell.annexId)!;
    s.set(DETAIL_HEADER_ROWS.label, FIXED + i, `${annex.row(cell.rowCode)!.label} — ${annex.col(cell.colCode)!.title}`, 'header');
  });

  const styleOf = columns.map((cell) => s.numberStyle(cell.type, index.annex(cell.annexId)!.decimals(cell.rowCode, cell.colCode)));
  result.sources.forEach((src, i) => {
    const r = DETAIL_FIRST_ROW + i;
    s.set(r, 0, i + 1, 'center');
    s.set(r, 1, src.unitCode, 'code');
    s.set(r, 2, src.summary ? `${src.unitName} ${t('detail.summaryOf', { count: src.summary.units.length })}` : src.unitName, 'text');
    s.set(r, 3, src.file.fileName, 'text');
    columns.forEach((cell, j) => {
      const v = src.figures[cell.index];
      if (v === undefined) return;
      if (typeof v === 'string') s.set(r, FIXED + j, v, 'text');
      else s.set(r, FIXED + j, typeof v === 'number' ? v : v.toNumber(), styleOf[j]);
    });
  });

  const columnOf = new Map(columns.map((cell, i) => [cell.id, FIXED + i]));
  const last = DETAIL_FIRST_ROW + result.sources.length - 1;
  const sheet = s.build({
    columnWidths: [5, 11, 36, 28, ...columns.map(() => 14)],
    freeze: { rows: DETAIL_FIRST_ROW, cols: FIXED },
    rowHeights: { [DETAIL_HEADER_ROWS.label]: 90 },
  });
  return {
    sheet,
    rangeOf(cellId) {
      const col = columnOf.get(cellId);
      if (col === undefined || result.sources.length === 0) return undefined;
      const letters = columnLetters(col);
      return `${quoteSheet(SUMMARY_SHEETS.detail)}!${letters}${DETAIL_FIRST_ROW + 1}:${letters}${last + 1}`;
    },
  };
}
