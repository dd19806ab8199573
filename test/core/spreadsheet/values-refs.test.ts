/**
 * The evaluator's building blocks one by one: Excel's conversions (values.ts), broadcasting over
 * blocks (calc.ts) and sheet names in formula text (references.ts). Written from the mutation run
 * 2026-12-07-spreadsheet-values: each case fails on a change of the code that a user would see.
 */
import { Decimal } from '../../../src/core/numbers/decimal';
import { checkFormula, formatGeneral, needsQuotes, parseFormula, rewriteSheets, sheetPrefix } from '../../../src/core/spreadsheet';
import { isError } from '../../../src/core/spreadsheet/values';
import { calc, TestBook } from './helpers';

const book = () => new TestBook({ S: { A8: '5', C1: 2, C2: 2, C3: 3 } });

describe('numbers typed as text, as Excel reads them', () => {
  it.each([
    ['".5"*2', '1'],
    ['"-.5"*2', '-1'],
    ['"5."*2', '10'],
    ['"1e3"*1', '1000'],
    ['"1E-2"*1', '0.01'],
    ['"+1,234.5"*1', '1234.5'],
    ['"."*1', '#VALUE!'],
    ['"-"*1', '#VALUE!'],
    ['"e3"*1', '#VALUE!'],
  ])('%s → %s', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });
});

describe('conditions and text of booleans', () => {
  it('reads "true" and "false" typed as text in any case and with spaces; shows booleans as TRUE / FALSE', () => {
    expect(calc('IF(" true ",1,2)')).toBe('1');
    expect(calc('IF("false",1,2)')).toBe('2');
    expect(calc('IF("FALSE ",1,2)')).toBe('2');
    expect(calc('TRUE&""')).toBe('"TRUE"');
    expect(calc('FALSE&"|"')).toBe('"FALSE|"');
  });

  it('isError is true only for an error value', () => {
    expect(isError({ kind: 'error', code: '#N/A' })).toBe(true);
    expect(isError({ kind: 'text', value: '#N/A' })).toBe(false);
    expect(isError(null)).toBe(false);
    expect(isError('#N/A')).toBe(false);
    expect(isError(undefined)).toBe(false);
  });
});

describe('comparisons across kinds: numbers < texts < booleans', () => {
  it.each([
    ['9<"10"', true],
    ['1<"a"', true],
    ['"a"<TRUE', true],
    ['TRUE>"z"', true],
    ['FALSE<TRUE', true],
    ['TRUE>FALSE', true],
    ['TRUE<FALSE', false],
    ['"b">"A"', true],
    ['"B"<"a"', false],
  ])('%s → %s', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });
});

describe('formatGeneral at the edges of its plain range', () => {
  it.each([
    ['123456789012345', '123456789012345'],
    ['1e100', '1E+100'],
    ['105000000000000000000', '1.05E+20'],
    ['-0.00000000012', '-1.2E-10'],
    ['0.000000000100', '1E-10'],
    ['0', '0'],
    // 16 significant digits, rounded to 15; zeros inside the digits do not move the exponent.
    ['0.1000000000000005', '0.100000000000001'],
  ])('%s → %s', (n, expected) => {
    expect(formatGeneral(Decimal.parse(n)!)).toBe(expected);
  });
});

describe('single values and blocks (broadcasting)', () => {
  it('a one-cell reference is a single value: SUM converts the text it gives', () => {
    expect(calc('SUM(A8&"")', book())).toBe('5');
    expect(calc('SUM(A8)', book())).toBe('0');
  });

  it('a range a function takes whole is not broadcast; a lifted argument is', () => {
    expect(calc('SUM(MATCH(3,C1:C3,0))', book())).toBe('3');
    expect(calc('SUM(MATCH({3;2},C1:C3,0))', book())).toBe('4');
  });

  it('blocks of different sizes: a single row or column repeats, past the smaller block is #N/A', () => {
    expect(calc('INDEX({1,2}+{10,20,30},3)')).toBe('#N/A');
    expect(calc('INDEX({1;2}+{10;20;30},3)')).toBe('#N/A');
    expect(calc('INDEX({1;2}+{10,20,30},2,3)')).toBe('32');
    expect(calc('INDEX({1,2;3,4}+{10,20,30;40,50,60},2,3)')).toBe('#N/A');
    expect(calc('INDEX({1,2;3,4}+{10,20;30,40;50,60},3,1)')).toBe('#N/A');
  });
});

describe('sheet names in formula text', () => {
  it.each([
    ['Data', false],
    ['A.B_c', false],
    ['ABCD12', false],
    ['A1B', false],
    ['RC', false],
    ['Truth', false],
    ['Chi tiết', true],
    ['1Data', true],
    ['_x', false],
    ['AB-C', true],
    ['AB12', true],
    ['xfd1', true],
    ['R', true],
    ['c', true],
    ['R1C1', true],
    ['r12', true],
    ['C3', true],
    ['TRUE', true],
    ['false', true],
    ['', true],
    ['R1C12', true],
    ['R12C1', true],
    ['Cx', false],
    ['TRUEX', false],
    ['XTRUE', false],
  ])('needsQuotes(%j) → %s', (name, expected) => {
    expect(needsQuotes(name)).toBe(expected);
  });

  it('quotes a name when it must, doubling its apostrophes', () => {
    expect(sheetPrefix('Data')).toBe('Data!');
    expect(sheetPrefix("Bà's")).toBe("'Bà''s'!");
    expect(sheetPrefix('Data', true)).toBe("'Data'!");
  });

  it('rewrites each sheet prefix: renamed, deleted (#REF!) or left; a quoted prefix keeps its quotes', () => {
    const parsed = parseFormula("SUM('Data'!A1,Data!B2,'Chi tiết'!C3)");
    if (!parsed.ok) throw new Error(parsed.message);
    const renamed = rewriteSheets(parsed.formula, (m) => (m.name === 'Data' ? 'Số liệu' : undefined));
    expect(renamed).toBe("SUM('Số liệu'!A1,'Số liệu'!B2,'Chi tiết'!C3)");
    expect(rewriteSheets(parsed.formula, (m) => (m.name === 'Data' ? 'Data2' : null))).toBe("SUM('Data2'!A1,Data2!B2,#REF!C3)");
    expect(rewriteSheets(parsed.formula, () => undefined)).toBe(parsed.formula.text);
  });
});

describe('operators and calls (evaluate.ts), from the run 2026-12-07-spreadsheet-criteria', () => {
  it('a reference block is read cell by cell, column by column', () => {
    expect(calc('SUM(C1:D1*1)', new TestBook({ S: { B1: 100, C1: 2, D1: 10 } }))).toBe('12');
  });

  it('a known function with too few or too many arguments is #VALUE!', () => {
    expect(calc('ROUND(1)')).toBe('#VALUE!');
    expect(calc('ABS(1,2)')).toBe('#VALUE!');
    expect(calc('ABS(-1)')).toBe('1');
  });

  it('unary plus changes nothing, not even a text', () => {
    expect(calc('+"a"')).toBe('"a"');
  });

  it('a text of exactly 32,767 characters is allowed', () => {
    expect(calc('LEN(REPT("x",32766)&"y")')).toBe('32767');
  });

  it.each([
    ['1<2', true],
    ['2<2', false],
    ['2<1', false],
    ['1<=2', true],
    ['2<=2', true],
    ['2<=1', false],
    ['2>1', true],
    ['2>2', false],
    ['1>2', false],
    ['2>=1', true],
    ['1>=2', false],
    ['1=1', true],
    ['1=2', false],
    ['1<>2', true],
  ])('%s → %s', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });

  it('powers: exact for whole exponents, 0^0 #NUM!, 0 to a negative power #DIV/0!', () => {
    expect(calc('0^2')).toBe('0');
    expect(calc('2^0')).toBe('1');
    expect(calc('0^-1')).toBe('#DIV/0!');
    expect(calc('3^3')).toBe('27');
    expect(calc('1.1^2')).toBe('1.21');
    expect(calc('0.1^3')).toBe('0.001');
  });
});

describe('checkFormula (index.ts): what Excel would refuse in a formula that parses', () => {
  const check = (text: string) => {
    const parsed = parseFormula(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return checkFormula(parsed.formula);
  };
  it('names unknown functions and wrong numbers of arguments, inside operators too', () => {
    expect(check('ABS(1,2)')).toEqual(['ABS takes 1 arguments, not 2']);
    expect(check('ROUND(1)')).toEqual(['ROUND takes 2 arguments, not 1']);
    expect(check('TRUNC(1,2,3)')).toEqual(['TRUNC takes 1 to 2 arguments, not 3']);
    expect(check('1+FOO(1)')).toEqual(['unknown function FOO']);
    expect(check('-FOO(1)&BAR()')).toEqual(['unknown function FOO', 'unknown function BAR']);
    expect(check('SUM(A1:A3)+1')).toEqual([]);
  });
});
