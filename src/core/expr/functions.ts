import type { parseMessages } from '../i18n/validation-messages';
import { Decimal } from '../numbers/decimal';
import { callMany } from './formula-text';

/**
 * The functions of the expression language, one table entry each (after HyperFormula's
 * `implementedFunctions`): the name, the parameters, the evaluation on exact decimals and the
 * spreadsheet text. The parser checks calls against it, the binder lets ranges into the parameters
 * that take them, the evaluator runs `evaluate`, and both formula compilers (computed cells of the
 * annexes, rules on the check sheet) write `excel`. A new function is one entry here.
 */

export type FunctionName = 'sum' | 'min' | 'max' | 'abs' | 'round';

/**
 * `values`: one or more numbers, a range giving each of its cells (sum, min, max);
 * `value`: one number (a range there means its sum, as everywhere outside these functions);
 * `digits`: a count of decimals, its fraction dropped (as Excel's ROUND does).
 */
export type ParamKind = 'values' | 'value' | 'digits';

export interface FunctionSpec {
  name: FunctionName;
  params: readonly ParamKind[];
  /** The parse message when a call has the wrong number of arguments ("at least one" for `values`). */
  arityMessage: keyof typeof parseMessages;
  /** The result for the arguments' values (a `values` parameter's ranges already spread into cells). */
  evaluate(args: readonly Decimal[]): Decimal;
  /**
   * The spreadsheet formula for the arguments' formula texts: a function Excel 2010, LibreOffice and
   * WPS evaluate alike; long argument lists nested within Excel's 255 arguments.
   */
  excel(args: readonly string[]): string;
}

const aggregate = (name: 'sum' | 'min' | 'max', evaluate: (args: readonly Decimal[]) => Decimal): FunctionSpec => ({
  name,
  params: ['values'],
  arityMessage: 'parse.noArgs',
  evaluate,
  excel: (args) => callMany(name.toUpperCase(), args),
});

export const FUNCTIONS: readonly FunctionSpec[] = [
  aggregate('sum', (args) => args.reduce((acc, v) => acc.add(v), Decimal.ZERO)),
  aggregate('min', (args) => args.reduce((acc, v) => Decimal.min(acc, v))),
  aggregate('max', (args) => args.reduce((acc, v) => Decimal.max(acc, v))),
  {
    name: 'abs',
    params: ['value'],
    arityMessage: 'parse.absArity',
    evaluate: ([x]) => x.abs(),
    excel: ([x]) => `ABS(${x})`,
  },
  {
    name: 'round',
    params: ['value', 'digits'],
    arityMessage: 'parse.roundArity',
    evaluate: ([x, digits]) => x.round(Math.trunc(digits.toNumber())),
    excel: ([x, digits]) => `ROUND(${x},TRUNC(${digits}))`,
  },
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

/** The entry of a function name as written (any case); undefined for a name the language lacks. */
export function functionSpec(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toLowerCase() as FunctionName);
}

/** True when the function takes ranges (its arguments are spread into cells). */
export function takesRanges(spec: FunctionSpec): boolean {
  return spec.params.includes('values');
}
