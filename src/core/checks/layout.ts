import { FORMULA_BUILTINS, PARSE_STEPS, type FigureColumn, type FormulaBuiltin } from '../rules/figure-formula';

/**
 * Where things are on the check sheet "Kiểm tra". Rows and columns are 0-based, as in SheetModel.
 * Top: title, unit, identity, the two counts (SO_LOI, SO_CANH_BAO), a note. Part I: one line per
 * rule instance (and per annex: its structure, each built-in check, what needs the add-in). Part II:
 * the figure table — one row per value cell of the annexes, as the formulas of part I read it.
 */

/** Annex id in the check sheet's identity text: not an annex of any pack (ids of annexes are the pack's). */
export const CHECK_IDENTITY_ID = 'KIEM_TRA';

/** Workbook-scoped defined names. */
export const CHECK_NAMES = {
  errors: 'SO_LOI',
  warnings: 'SO_CANH_BAO',
  lineAnnex: 'KT_PHU_LUC',
  lineErrors: 'KT_LOI',
  lineWarnings: 'KT_CANH_BAO',
  figureKey: 'KT_MA_O',
  figureMark: 'KT_DANH_DAU',
} as const;

export const ROW = { title: 0, unit: 1, identity: 2, errors: 3, warnings: 4, explain: 5, section1: 7, header1: 8, firstLine: 9 } as const;

/** The count cells (column D). */
export const COUNT_COL = 3;

/** Columns of part I (rule lines). */
export const LINE = { stt: 0, annex: 1, id: 2, text: 3, left: 4, right: 5, diff: 6, status: 7, cells: 8, errors: 9, warnings: 10, verdict: 11, mark: 12 } as const;

/** Columns of part II (figures). */
export const FIG = { stt: 0, annex: 1, address: 2, label: 3, value: 4, reading: 5, kind: 6, coerced: 7, key: 8, errors: 9, warnings: 10, mark: 11, filled: 12 } as const;

export const PARSE_COL0 = 13;
export const FLAG_COL0 = PARSE_COL0 + PARSE_STEPS.length;
export const LAST_COL = FLAG_COL0 + FORMULA_BUILTINS.length - 1;

export function figureColumn(c: FigureColumn): number {
  if (c in FIG) return FIG[c as keyof typeof FIG];
  return PARSE_COL0 + PARSE_STEPS.indexOf(c as (typeof PARSE_STEPS)[number]);
}

export function flagColumn(id: FormulaBuiltin): number {
  return FLAG_COL0 + FORMULA_BUILTINS.indexOf(id);
}

/** The key of a value cell in the figure table: annex/row code/column code as the code row shows it. */
export function figureKey(annexId: string, rowCode: string, colLabel: string): string {
  return `${annexId}/${rowCode}/${colLabel}`;
}
