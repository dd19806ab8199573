import type { NumberType } from '../pack/types';
import { type CellRole } from '../pack/cells';
import { callMany } from '../expr/formula-text';
import { exprFormula, type FigureRefs } from './compile-formula';
import { type BoundExpr } from './types';
import { type CellKey } from '../pack/cell-key';

/**
 * The figure of one cell in formulas: the mirror of `coerceCell` (coerce.ts) for an input cell and
 * of `FigureReader` (figures.ts) for a computed one, written as a row of small formulas — one step
 * each, so that every formula stays short and readable on the check sheet.
 *
 * An input cell X is classified (column `coerced`): 0 blank (also text of spaces), 1 a number,
 * 2 a number typed as text ("1.250", "1.250,5", "1,250.5", " 1 250 ", "12%", "-5"), 3 text starting
 * with "=", 4 other text, 5 TRUE/FALSE, 6 an error value, 7 absent (the annex's structure was
 * changed). Text is only ever taken apart with TRIM, LEFT, MID, SUBSTITUTE, FIND and LEN, and a
 * string of digits turned into a number with VALUE — never evaluated as a formula. The reading of a
 * number typed as text follows `parseTextNumber` (numbers/parse-text.ts) rule for rule: one
 * separator followed by exactly three digits after 1–3 digits not starting with 0 groups thousands;
 * with both separators, the last one is the decimal mark; groups are 1–3 digits then threes.
 * (Known difference: a no-break space inside a number typed as text makes it words here.)
 */

/** Kinds of a coerced cell, as numbers (column `coerced`). */
export const COERCED = { blank: 0, number: 1, textNumber: 2, formulaText: 3, text: 4, bool: 5, error: 6, absent: 7 } as const;

/** Kinds of a figure (column `kind`), as FigureRefs.kind. */
export const FIGURE_KIND = { blank: 0, number: 1, unreadable: 2, absent: 3 } as const;

/** Step columns of an input cell's reading, in order. */
export const PARSE_STEPS = [
  'text',
  'plain',
  'signed',
  'spaced',
  'body',
  'shape',
  'dots',
  'commas',
  'lastDot',
  'lastComma',
  'markPos',
  'group',
  'intPart',
  'fracPart',
  'intDigits',
  'parsed',
  'parsedValue',
] as const;
export type ParseStep = (typeof PARSE_STEPS)[number];

export type FigureColumn = 'coerced' | 'kind' | 'value' | 'filled' | ParseStep;

/** The built-in checks a formula expresses, per cell (builtins.ts); formulaOverwritten needs the add-in. */
export const FORMULA_BUILTINS = [
  'builtin.errorValue',
  'builtin.required',
  'builtin.textNumber',
  'builtin.formulaText',
  'builtin.notNumber',
  'builtin.bool',
  'builtin.negative',
  'builtin.integer',
  'builtin.decimals',
  'builtin.percentRange',
] as const;
export type FormulaBuiltin = (typeof FORMULA_BUILTINS)[number];

/** Built-in checks that no formula of Excel 2010 can express: whether a cell still holds its formula (ISFORMULA is Excel 2013). */
export const ADD_IN_BUILTINS = ['builtin.formulaOverwritten'] as const;

export const BUILTIN_SEVERITY: Record<FormulaBuiltin, 'error' | 'warning'> = {
  'builtin.errorValue': 'error',
  'builtin.required': 'error',
  'builtin.textNumber': 'warning',
  'builtin.formulaText': 'error',
  'builtin.notNumber': 'error',
  'builtin.bool': 'error',
  'builtin.negative': 'error',
  'builtin.integer': 'error',
  'builtin.decimals': 'error',
  'builtin.percentRange': 'error',
};

const DIGITS = '{"0","1","2","3","4","5","6","7","8","9"}';
/** Right-hand positions of thousands separators (4, 8, …): up to 7 groups. */
const GROUP_POSITIONS = '{4,8,12,16,20,24,28}';
const MAX_BODY = 30;

/**
 * The formulas of an input cell's row. `cell` is the reference to the annex cell ("'PL02 …'!$E$12"),
 * `absent` a condition that is TRUE when the annex's structure was changed, `at` the address of a
 * column in the same row.
 */
export function inputFigureFormulas(cell: string, absent: string, at: (c: FigureColumn) => string): Record<FigureColumn, string> {
  const [T, P, S, Q, B, OK1, D, C, LD, LC, M, G, I, F, ID, OK, N] = PARSE_STEPS.map(at);
  const digit = (x: string) => `ISNUMBER(FIND(${x},"0123456789"))`;
  const noText = (needle: string, hay: string) => `ISERROR(FIND("${needle}",${hay}))`;
  const both = `AND(${D}>0,${C}>0)`;
  const groupsFound = `SUMPRODUCT(--(MID(REPT("0",40)&${I},41+LEN(${I})-${GROUP_POSITIONS},1)=${G}))`;
  const separators = `(LEN(${I})-LEN(${ID}))`;
  const firstGroup = `LEN(${I})-4*${separators}`;
  return {
    text: `IF(ISTEXT(${cell}),TRIM(${cell}),"")`,
    plain: `IF(RIGHT(${T},1)="%",TRIM(LEFT(${T},LEN(${T})-1)),${T})`,
    signed: `IF(OR(LEFT(${P},1)="+",LEFT(${P},1)="-",LEFT(${P},1)="−"),1,0)`,
    spaced: `MID(${P},1+${S},200)`,
    body: `SUBSTITUTE(${Q}," ","")`,
    shape:
      `IF(AND(${B}<>"",LEN(${B})<=${MAX_BODY},LEFT(${Q},1)<>" ",${noText(' .', Q)},${noText('. ', Q)},${noText(' ,', Q)},${noText(', ', Q)},` +
      `${digit(`LEFT(${B},1)`)},${digit(`RIGHT(${B},1)`)},${noText('..', B)},${noText(',,', B)},${noText('.,', B)},${noText(',.', B)},` +
      `SUMPRODUCT(LEN(${B})-LEN(SUBSTITUTE(${B},${DIGITS},"")))+${D}+${C}=LEN(${B})),1,0)`,
    dots: `LEN(${B})-LEN(SUBSTITUTE(${B},".",""))`,
    commas: `LEN(${B})-LEN(SUBSTITUTE(${B},",",""))`,
    lastDot: `IF(${D}=0,0,FIND("#",SUBSTITUTE(${B},".","#",${D})))`,
    lastComma: `IF(${C}=0,0,FIND("#",SUBSTITUTE(${B},",","#",${C})))`,
    // Position of the decimal mark, 0 when there is none (one separator read as thousands: "1.250").
    markPos: `IF(${both},MAX(${LD},${LC}),IF(${D}+${C}=1,IF(AND(LEN(${B})-MAX(${LD},${LC})=3,MAX(${LD},${LC})<=4,LEFT(${B},1)<>"0"),0,MAX(${LD},${LC})),0))`,
    group: `IF(${both},IF(${LD}>${LC},",","."),IF(AND(${D}+${C}>=1,${M}=0),IF(${D}>0,".",","),""))`,
    intPart: `IF(${M}=0,${B},LEFT(${B},${M}-1))`,
    fracPart: `IF(${M}=0,"",MID(${B},${M}+1,200))`,
    intDigits: `IF(${G}="",${I},SUBSTITUTE(${I},${G},""))`,
    parsed:
      `IF(${OK1}<>1,0,IF(AND(IF(${both},IF(${LD}>${LC},${D},${C})=1,TRUE),` +
      `IF(${G}="",TRUE,AND(${groupsFound}=${separators},${firstGroup}>=1,${firstGroup}<=3))),1,0))`,
    parsedValue: `IF(${OK}=1,IF(OR(LEFT(${P},1)="-",LEFT(${P},1)="−"),-1,1)*(VALUE(${ID})+IF(${F}="",0,VALUE(${F})/10^LEN(${F}))),0)`,
    coerced: `IF(${absent},7,IF(ISERROR(${cell}),6,IF(ISLOGICAL(${cell}),5,IF(ISNUMBER(${cell}),1,IF(${T}="",0,IF(LEFT(${T},1)="=",3,IF(${OK}=1,2,4)))))))`,
    kind: `IF(${at('coerced')}=7,3,IF(${at('coerced')}=0,0,IF(${at('coerced')}<=2,1,2)))`,
    value: `IF(${at('coerced')}=1,${cell},IF(${at('coerced')}=2,${N},0))`,
    filled: `IF(OR(${at('coerced')}=0,${at('coerced')}=7),0,1)`,
  };
}

/** A computed cell: recomputed from its inputs' figures, blank when all are, blank on a division by zero. */
export function computedFigureFormulas(
  expr: BoundExpr,
  inputs: readonly CellKey[],
  cell: string,
  absent: string,
  refs: FigureRefs,
  at: (c: FigureColumn) => string,
): Pick<Record<FigureColumn, string>, 'coerced' | 'kind' | 'value' | 'filled'> {
  const value = exprFormula(expr, (k) => refs.value(k));
  const maxKind = inputs.length ? callMany('MAX', inputs.map((k) => refs.kind(k))) : '1';
  const K = at('kind');
  return {
    // Only an error value or a changed structure matters for a computed cell's own reading.
    coerced: `IF(${absent},7,IF(ISERROR(${cell}),6,0))`,
    kind: `IF(${at('coerced')}=7,3,IF(${maxKind}>=2,${maxKind},IF(${maxKind}=0,0,IF(ISERROR(${value}),0,1))))`,
    value: `IF(${K}=1,${value},0)`,
    // Presence rules read the cell as it is, not recomputed.
    filled: `IF(${at('coerced')}=7,0,IF(ISBLANK(${cell}),0,IF(ISTEXT(${cell}),IF(TRIM(${cell})="",0,1),1)))`,
  };
}

export interface BuiltinCellSpec {
  role: Exclude<CellRole, 'none'>;
  type: NumberType;
  decimals: number;
  required: boolean;
  allowNegative: boolean;
}

/** Which built-in checks apply to a cell of this kind (the conditions of builtins.ts that depend on the form, not on the value). */
export function applicableBuiltins(spec: BuiltinCellSpec): FormulaBuiltin[] {
  if (spec.type === 'text') return [];
  if (spec.role !== 'input') return ['builtin.errorValue'];
  return FORMULA_BUILTINS.filter((id) => {
    switch (id) {
      case 'builtin.required':
        return spec.required;
      case 'builtin.negative':
        return !spec.allowNegative;
      case 'builtin.integer':
        return spec.type === 'integer';
      case 'builtin.decimals':
        return spec.type !== 'integer';
      case 'builtin.percentRange':
        return spec.type === 'percent';
      default:
        return true;
    }
  });
}

/** The condition of each built-in check over a cell's figure columns: KC its coerced kind, K its figure kind, V its value. */
const BUILTIN_CONDITIONS: Record<FormulaBuiltin, (c: { KC: string; K: string; V: string; decimals: number }) => string> = {
  'builtin.errorValue': ({ KC }) => `${KC}=${COERCED.error}`,
  'builtin.required': ({ KC }) => `${KC}=${COERCED.blank}`,
  'builtin.textNumber': ({ KC }) => `${KC}=${COERCED.textNumber}`,
  'builtin.formulaText': ({ KC }) => `${KC}=${COERCED.formulaText}`,
  'builtin.notNumber': ({ KC }) => `${KC}=${COERCED.text}`,
  'builtin.bool': ({ KC }) => `${KC}=${COERCED.bool}`,
  'builtin.negative': ({ K, V }) => `AND(${K}=1,${V}<0)`,
  'builtin.integer': ({ K, V }) => `AND(${K}=1,${hasFraction(V, 0)})`,
  'builtin.decimals': ({ K, V, decimals }) => `AND(${K}=1,${hasFraction(V, decimals)})`,
  'builtin.percentRange': ({ K, V }) => `AND(${K}=1,OR(${V}<0,${V}>100))`,
};

/** V has more decimals than allowed (with the spreadsheet's binary error tolerated). */
function hasFraction(V: string, decimals: number): string {
  return `ABS(${V}-ROUND(${V},${decimals}))>MAX(1,ABS(${V}))*1E-12`;
}

/** One 0/1 formula per applicable built-in check, over the cell's figure columns. */
export function builtinFlagFormulas(spec: BuiltinCellSpec, at: (c: FigureColumn) => string): Partial<Record<FormulaBuiltin, string>> {
  const columns = { KC: at('coerced'), K: at('kind'), V: at('value'), decimals: spec.decimals };
  const out: Partial<Record<FormulaBuiltin, string>> = {};
  for (const id of applicableBuiltins(spec)) out[id] = `IF(${BUILTIN_CONDITIONS[id](columns)},1,0)`;
  return out;
}
