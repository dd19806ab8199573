/**
 * Spreadsheet formulas: parse the A1 formula text the project writes, evaluate it with Excel's
 * semantics on exact decimals, rewrite the sheet names it mentions. Pure TypeScript (depends on
 * core/numbers only). Used by the workbook simulator of the tests to compute what Excel shows, and
 * meant for any reader that must compute a formula cell saved without its value.
 *
 *   const parsed = parseFormula("=SUM('Chi tiết'!E7:E22)");
 *   if (parsed.ok) evaluateFormula(parsed.formula, context);   // → { kind: 'number', value: Decimal }
 *   checkFormula(parsed.formula);                              // → [] or ["unknown function FOO", …]
 *   rewriteSheets(parsed.formula, (m) => (m.name === 'Chi tiết' ? null : undefined)); // "SUM(#REF!E7:E22)"
 *
 * Semantics: see evaluate.ts (operators, blanks, errors, arrays), values.ts (conversions,
 * comparisons), functions.ts (each function), criteria.ts (COUNTIF), parse.ts (what is read).
 */
import type { Formula } from './ast';
import { FUNCTIONS } from './functions';

export type { Area, Formula, Node, SheetMention } from './ast';
export { parseFormula, type ParseResult } from './parse';
export { evaluateFormula, type EvalContext, type EvalOptions } from './evaluate';
export { FUNCTION_NAMES, isKnownFunction } from './functions';
export { needsQuotes, rewriteSheets, sheetPrefix } from './references';
export { BLANK, ERROR_CODES, formatGeneral, parseNumberText, toBool, toNumber, toText, type ErrorCode, type Scalar } from './values';

/**
 * What Excel would refuse, or show as #NAME?, in a formula that parses: functions the evaluator does
 * not know, and known ones called with too few or too many arguments. Empty when the formula is fine.
 */
export function checkFormula(formula: Formula): string[] {
  const problems: string[] = [];
  const visit = (node: Formula['ast']): void => {
    switch (node.type) {
      case 'call': {
        const spec = FUNCTIONS.get(node.name);
        if (!spec) problems.push(`unknown function ${node.name}`);
        else if (node.args.length < spec.min || node.args.length > spec.max) problems.push(`${node.name} takes ${spec.min === spec.max ? spec.min : `${spec.min} to ${spec.max}`} arguments, not ${node.args.length}`);
        node.args.forEach(visit);
        break;
      }
      case 'unary':
        visit(node.arg);
        break;
      case 'binary':
        visit(node.left);
        visit(node.right);
        break;
      default:
        break;
    }
  };
  visit(formula.ast);
  return [...new Set(problems)];
}
