import type { CellModel } from '../core/sheet/model';

/**
 * What to put in a `range.formulas` array so that Excel stores exactly the model's cell.
 *
 * Excel treats a string written through the API as if the user had typed it: "=…", "+…", "-…" and
 * "@…" start a formula, "1.1" becomes a number, "2/1" a date, "TRUE" a boolean, "#N/A" an error.
 * A leading apostrophe is Excel's own way to say "this is text": the apostrophe is not part of the
 * value (it becomes the cell's quote-prefix flag, and `values` reads back without it). So every text
 * that Excel could read as something else is written with an apostrophe; plain labels are written as
 * they are. Setting the number format "@" first would also keep text, but it would change the
 * cell's number format, and the .xlsx writer's cell would then differ.
 */

const STARTS_LIKE_FORMULA = /^[=+\-@']/;
/** Digits with numeric punctuation: numbers, 1.250, 1,5, 2/1, 10:30, 5%, (3), 1e5, $4. */
const NUMERIC_LIKE = /^[\s\d.,:/%$€₫()+\-eE]*\d[\s\d.,:/%$€₫()+\-eE]*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
const ERROR_LITERAL = /^\s*#[A-Za-z0-9/_]+[!?]?\s*$/;
/** "1 Jan", "12-Mar-2024", "Jan 2024", "March 5": dates in an English locale. */
const DATE_WITH_MONTH = /^\s*(\d{1,2}[-\s/.]?[A-Za-z]{3,9}\.?([-\s/.,]+\d{2,4})?|[A-Za-z]{3,9}\.?[-\s/.]\d{1,4}([-\s/.,]+\d{2,4})?)\s*$/;

export function needsQuotePrefix(text: string): boolean {
  return STARTS_LIKE_FORMULA.test(text) || NUMERIC_LIKE.test(text) || BOOLEAN.test(text) || ERROR_LITERAL.test(text) || DATE_WITH_MONTH.test(text);
}

/** A text literal in the form Excel keeps as text. */
export function textInput(text: string): string {
  return text !== '' && needsQuotePrefix(text) ? `'${text}` : text;
}

/** The entry for one cell: "=formula", a number, guarded text, or "" for an empty cell. */
export function cellInput(cell: Pick<CellModel, 'value' | 'formula'> | undefined): string | number {
  if (!cell) return '';
  if (cell.formula !== undefined && cell.formula !== '') return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if (typeof cell.value === 'number') return cell.value;
  if (typeof cell.value === 'string') return textInput(cell.value);
  return '';
}
