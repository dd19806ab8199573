import type { Decimal } from '../numbers/decimal';

/**
 * Small pieces of spreadsheet-formula text shared by the rule-to-formula compiler and the check
 * sheet: literals, concatenation of a message with live values, and Excel's limits (8,192
 * characters, 64 levels of nested functions, 255 characters per string constant, 255 arguments).
 * Only syntax that Excel 2010, LibreOffice and WPS Office read alike is produced.
 */

export const FORMULA_LIMITS = { maxLength: 8192, maxNesting: 64, maxStringConstant: 255, maxArguments: 255 } as const;

export interface FormulaLimits {
  maxLength: number;
  maxNesting: number;
}

/** A text constant; longer texts are cut into 255-character constants joined with &. */
export function excelString(text: string, maxConstant: number = FORMULA_LIMITS.maxStringConstant): string {
  const chars = Array.from(text);
  if (chars.length <= maxConstant) return `"${text.replace(/"/g, '""')}"`;
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += maxConstant) parts.push(`"${chars.slice(i, i + maxConstant).join('').replace(/"/g, '""')}"`);
  return `(${parts.join('&')})`;
}

/** A number constant in the invariant syntax of formulas (a dot as the decimal mark, no exponent). */
export function excelNumber(n: number | Decimal): string {
  if (typeof n !== 'number') return n.toString();
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const text = String(n); // String(-0) is "0"
  if (!/e/i.test(text)) return text;
  // 1e-7 → 0.0000001: the exponent form is valid in Excel but not in every reader.
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * A function of many arguments (SUM, MIN, MAX, OR, AND) kept within Excel's 255 arguments: longer
 * lists are nested (SUM(SUM(…),SUM(…))), which gives the same result for these functions.
 */
export function callMany(name: string, args: readonly string[], max: number = FORMULA_LIMITS.maxArguments): string {
  if (args.length <= max) return `${name}(${args.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += max) chunks.push(callMany(name, args.slice(i, i + max), max));
  return callMany(name, chunks, max);
}

/**
 * A message template with live values: "{left} phải bằng {right}" + {left: "E12"} →
 * `E12&" phải bằng "&…`. Placeholders without a formula stay as written.
 */
export function liveText(template: string, params: Readonly<Record<string, string>>): string {
  const pieces: string[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const expr = params[m[1]];
    if (expr === undefined) continue;
    if (m.index! > last) pieces.push(excelString(template.slice(last, m.index)));
    pieces.push(`(${expr})`);
    last = m.index! + m[0].length;
  }
  if (last < template.length) pieces.push(excelString(template.slice(last)));
  return pieces.length ? pieces.join('&') : '""';
}

/** Depth of nested parentheses outside string constants and quoted sheet names: an upper bound of Excel's nesting. */
export function formulaNesting(formula: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  let inSheet = false;
  for (const ch of formula) {
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (inSheet) {
      if (ch === "'") inSheet = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "'") inSheet = true;
    else if (ch === '(' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ')' || ch === '}') depth--;
  }
  return max;
}

/** Length as Excel counts it (UTF-16 code units, with the leading "="). */
export function formulaLength(formula: string): number {
  return formula.replace(/^=/, '').length + 1;
}

export function fitsLimits(formula: string, limits: FormulaLimits = FORMULA_LIMITS): boolean {
  return formulaLength(formula) <= limits.maxLength && formulaNesting(formula) <= limits.maxNesting;
}
