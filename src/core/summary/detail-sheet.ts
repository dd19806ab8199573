import type { Lang } from '../i18n/format';
import type { TemplatePack } from '../pack/types';
import { inputCatalogue, type InputCell } from '../merge/input-cells';
import type { MergeResult } from '../merge/merge';
import { mergeText } from '../merge/describe';
import { packIndex } from '../pack/pack-index';
import { columnLetters, quoteSheet } from '../sheet/address';
import type { SheetModel } from '../sheet/model';
import { MAX_SHEET_NAME } from '../pack/sheet-name-rules';
import { SUMMARY_SHEETS } from '../sheet/sheet-names';
import { TableSheet } from './table-sheet';

/**
 * The detail sheets: one per merged annex ("Chi tiết PL02"), one row per merged unit, one column per
 * input cell of the annex (headed by annex, row code, column code and the indicator). The summary's
 * input cells are formulas over these columns (=SUM('Chi tiết PL02'!E7:E29)), so every total traces
 * back to the units.
 *
 * Split so that a summary survives the legacy .xls format (256 columns, 65,536 rows a sheet), which
 * districts still save to: a single detail sheet of every input cell had 336 columns, and LibreOffice
 * rewrote the annexes' formulas over columns past IV as SUM(#REF!) — the figures became #REF! at the
 * second save. An annex with more input cells than a .xls sheet has columns continues on
 * "Chi tiết PL02 (2)". More units than a .xls sheet has rows (65,530) cannot fit: reading such a
 * summary from .xls names each formula whose reference was lost (builtin.formulaBroken, an error).
 */

export const DETAIL_FIXED_COLS = 4;
const FIXED = DETAIL_FIXED_COLS;
export const DETAIL_HEADER_ROWS = { annex: 2, row: 3, col: 4, label: 5 } as const;
export const DETAIL_FIRST_ROW = 6;
/** The grid of a legacy .xls (BIFF8) sheet. */
export const XLS_MAX_COLS = 256;
/** Input cells on one detail sheet: the columns of a .xls sheet after the fixed ones. */
export const DETAIL_MAX_CELLS = XLS_MAX_COLS - FIXED;

export interface DetailSheet {
  /** The detail sheets, in pack order of their annexes. */
  sheets: SheetModel[];
  /** "'Chi tiết PL02'!E7:E29" for a cell id; undefined when no unit was merged. */
  rangeOf(cellId: string): string | undefined;
  /** The same without the merging unit's own report (its first row): the units' own targets. */
  unitsRangeOf(cellId: string): string | undefined;
  /** "'Chi tiết PL07'!E30": the amount of a transfer eliminated from the cell (negative), when one was. */
  eliminationOf(cellId: string): string | undefined;
}

export function detailSheet(pack: TemplatePack, result: MergeResult, lang: Lang): DetailSheet {
  const selected = new Set(result.annexIds);
  const index = packIndex(pack);
  // The merging unit's form: a row its kind is not asked for is not in its summary.
  const all: InputCell[] = inputCatalogue(pack).cells.filter((c) => selected.has(c.annexId) && index.annex(c.annexId)?.role(c.rowCode, c.colCode) === 'input');
  // Transfers inside the union: the amount eliminated from a cell (negative), on a row under the units.
  const eliminated = new Map<string, number>();
  for (const [id, cell] of result.cells) if (cell.kind === 'aggregate' && cell.eliminated) eliminated.set(id, -cell.eliminated.toNumber());
  const sheets: SheetModel[] = [];
  const where = new Map<string, { sheet: string; col: number }>();
  const taken = new Set<string>();
  for (const annexId of result.annexIds) {
    const cells = all.filter((c) => c.annexId === annexId);
    const parts = Math.ceil(cells.length / DETAIL_MAX_CELLS);
    for (let part = 0; part < parts; part++) {
      const name = detailSheetName(annexId, part, parts, taken);
      taken.add(name.toLowerCase());
      const columns = cells.slice(part * DETAIL_MAX_CELLS, (part + 1) * DETAIL_MAX_CELLS);
      columns.forEach((cell, i) => where.set(cell.id, { sheet: name, col: FIXED + i }));
      sheets.push(detailPart(name, pack, result, columns, eliminated, lang));
    }
  }
  const last = DETAIL_FIRST_ROW + result.sources.length - 1;
  const hasOwn = result.sources[0]?.own === true;
  const range = (cellId: string, first: number): string | undefined => {
    const at = where.get(cellId);
    if (at === undefined || first > last) return undefined;
    const letters = columnLetters(at.col);
    return `${quoteSheet(at.sheet)}!${letters}${first + 1}:${letters}${last + 1}`;
  };
  return {
    sheets,
    rangeOf: (cellId) => range(cellId, DETAIL_FIRST_ROW),
    unitsRangeOf: (cellId) => range(cellId, DETAIL_FIRST_ROW + (hasOwn ? 1 : 0)),
    eliminationOf(cellId) {
      const at = where.get(cellId);
      if (at === undefined || !eliminated.has(cellId)) return undefined;
      return `${quoteSheet(at.sheet)}!${columnLetters(at.col)}${last + 2}`;
    },
  };
}

/** "Chi tiết PL02", "Chi tiết PL02 (2)": the annex id cut so that the name keeps to Excel's 31 characters, and never twice. */
export function detailSheetName(annexId: string, part: number, parts: number, taken: ReadonlySet<string> = new Set()): string {
  const suffix = parts > 1 && part > 0 ? ` (${part + 1})` : '';
  const room = MAX_SHEET_NAME - SUMMARY_SHEETS.detail.length - 1 - suffix.length;
  let name = `${SUMMARY_SHEETS.detail} ${annexId.slice(0, room)}${suffix}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const tag = `~${n}`;
    name = `${SUMMARY_SHEETS.detail} ${annexId.slice(0, room - tag.length)}${tag}${suffix}`;
  }
  return name;
}

function detailPart(name: string, pack: TemplatePack, result: MergeResult, columns: InputCell[], eliminated: ReadonlyMap<string, number>, lang: Lang): SheetModel {
  const t = (key: Parameters<typeof mergeText>[1], params?: Record<string, string | number>) => mergeText(lang, key, params);
  const index = packIndex(pack);
  const unit = result.mergingUnit;
  const s = new TableSheet(name, { packId: pack.id, packVersion: pack.version, annexId: '_detail', unitCode: unit.code });

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
    s.set(r, 2, src.own ? `${src.unitName} ${t('detail.own')}` : src.summary ? `${src.unitName} ${t('detail.summaryOf', { count: src.summary.units.length })}` : src.unitName, 'text');
    s.set(r, 3, src.file.fileName, 'text');
    columns.forEach((cell, j) => {
      const v = src.figures[cell.index];
      if (v === undefined) return;
      if (typeof v === 'string') s.set(r, FIXED + j, v, 'text');
      else s.set(r, FIXED + j, typeof v === 'number' ? v : v.toNumber(), styleOf[j]);
    });
  });

  const last = DETAIL_FIRST_ROW + result.sources.length - 1;
  const eliminationRow = last + 1;
  if (columns.some((cell) => eliminated.has(cell.id))) {
    s.set(eliminationRow, 2, t('detail.elimination'), 'text');
    columns.forEach((cell, j) => {
      const v = eliminated.get(cell.id);
      if (v !== undefined) s.set(eliminationRow, FIXED + j, v, styleOf[j]);
    });
  }
  return s.build({
    columnWidths: [5, 11, 36, 28, ...columns.map(() => 14)],
    freeze: { rows: DETAIL_FIRST_ROW, cols: FIXED },
    rowHeights: { [DETAIL_HEADER_ROWS.label]: 90 },
  });
}
