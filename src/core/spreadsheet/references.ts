import type { Formula, SheetMention } from './ast';

/**
 * Sheet names inside formula text: how Excel quotes them, and the rewriting Excel does when a sheet
 * a formula names is renamed (the new name) or deleted (`#REF!`, keeping the cell part:
 * `SUM('Chi tiết'!E7:E22)` becomes `SUM(#REF!E7:E22)`).
 */

/** Unquoted only for plain ASCII names that cannot be read as a cell or R1C1 reference. */
export function needsQuotes(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^(R|C|R\d+|C\d+|R\d+C\d+)$/i.test(name)) return true;
  return /^(TRUE|FALSE)$/i.test(name);
}

/** "'Chi tiết'!" or "Data!". */
export function sheetPrefix(name: string, quote = needsQuotes(name)): string {
  return quote ? `'${name.replace(/'/g, "''")}'!` : `${name}!`;
}

/**
 * The formula's text with each sheet prefix replaced: `replace` returns the sheet's current name,
 * null when the sheet is gone (the prefix becomes "#REF!"), or undefined to leave the prefix as it is.
 * A prefix written with quotes keeps them.
 */
export function rewriteSheets(formula: Formula, replace: (mention: SheetMention) => string | null | undefined): string {
  let out = '';
  let at = 0;
  for (const mention of formula.sheets) {
    const next = replace(mention);
    if (next === undefined) continue;
    out += formula.text.slice(at, mention.start);
    out += next === null ? '#REF!' : sheetPrefix(next, formula.text[mention.start] === "'" || needsQuotes(next));
    at = mention.end;
  }
  return out + formula.text.slice(at);
}
