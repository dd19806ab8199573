import { Decimal } from '../../../src/core/numbers/decimal';
import {
  callMany,
  excelNumber,
  excelString,
  fitsLimits,
  FORMULA_LIMITS,
  formulaLength,
  formulaNesting,
  liveText,
} from '../../../src/core/expr/formula-text';

/**
 * The pieces of formula text both compilers write, at their edges: a text constant at and past the
 * 255-character limit (counted in characters, quotes doubled in every piece), numbers that JavaScript
 * prints with an exponent, argument lists at and past 255, placeholders with and without a value, and
 * parentheses inside strings and quoted sheet names that are not nesting.
 */

describe('excelString: text constants within 255 characters', () => {
  test.each([
    ['abc', 3, '"abc"'],
    ['', 3, '""'],
    ['ab', 2, '"ab"'],
    ['abcde', 2, '("ab"&"cd"&"e")'],
    ['a"bc', 2, '("a"""&"bc")'],
    ['😀😀😀', 2, '("😀😀"&"😀")'],
    ['Kiểm "tra"', 255, '"Kiểm ""tra"""'],
  ])('%j cut at %i → %s', (text, max, formula) => expect(excelString(text, max)).toBe(formula));

  test('the default limit is Excel\'s 255 characters', () => {
    expect(FORMULA_LIMITS.maxStringConstant).toBe(255);
    expect(excelString('x'.repeat(255))).toBe(`"${'x'.repeat(255)}"`);
    expect(excelString('x'.repeat(600))).toBe(`("${'x'.repeat(255)}"&"${'x'.repeat(255)}"&"${'x'.repeat(90)}")`);
  });
});

describe('excelNumber: the invariant number syntax', () => {
  test.each([
    [5, '5'],
    [100, '100'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [-3e-7, '-0.0000003'],
  ])('%p → %s', (n, text) => expect(excelNumber(n)).toBe(text));

  test('an exact decimal is written as it is', () => {
    expect(excelNumber(Decimal.parse('1234567890.123456789')!)).toBe('1234567890.123456789');
  });

  test.each([Infinity, -Infinity, NaN])('%p is refused', (n) => {
    expect(() => excelNumber(n)).toThrow(RangeError);
    expect(() => excelNumber(n)).toThrow(`not a finite number: ${n}`);
  });
});

describe('callMany: within 255 arguments', () => {
  test('at the limit one call, past it nested calls', () => {
    expect(callMany('SUM', ['a', 'b'])).toBe('SUM(a,b)');
    expect(callMany('SUM', ['a', 'b'], 2)).toBe('SUM(a,b)');
    expect(callMany('SUM', ['a', 'b', 'c'], 2)).toBe('SUM(SUM(a,b),SUM(c))');
    expect(callMany('SUM', ['a', 'b', 'c', 'd'], 2)).toBe('SUM(SUM(a,b),SUM(c,d))');
    expect(callMany('MAX', ['a', 'b', 'c', 'd', 'e'], 2)).toBe('MAX(MAX(MAX(a,b),MAX(c,d)),MAX(MAX(e)))');
  });

  test('the default limit is 255 arguments', () => {
    const args = Array.from({ length: 256 }, (_, i) => `A${i + 1}`);
    expect(callMany('SUM', args.slice(0, 255))).toBe(`SUM(${args.slice(0, 255).join(',')})`);
    expect(callMany('SUM', args)).toBe(`SUM(SUM(${args.slice(0, 255).join(',')}),SUM(A256))`);
  });
});

describe('liveText: a message with live values', () => {
  test.each([
    ['{left} phải bằng {right}', { left: 'E12', right: 'F3' }, '(E12)&" phải bằng "&(F3)'],
    ['{a}', { a: 'X' }, '(X)'],
    ['a {x} b', {}, '"a {x} b"'],
    ['x {a} {b}', { a: 'A1' }, '"x "&(A1)&" {b}"'],
    ['{a}{b}', { a: 'A1', b: 'B1' }, '(A1)&(B1)'],
    ['', {}, '""'],
    ['"{a}"', { a: 'A1' }, '""""&(A1)&""""'],
  ])('%j', (template, params, formula) => expect(liveText(template, params)).toBe(formula));
});

describe('formula nesting and length as Excel counts them', () => {
  test.each([
    ['A1', 0],
    ['SUM(A1,(B1))', 2],
    ['(a)(b)', 1],
    ['((a))', 2],
    ['{1,2}', 1],
    ['{1,2}+{3,4}', 1],
    ['"((("&(A1)', 1],
    ["'Sheet (1)'!A1+(B1)", 1],
    ["\"it's\"&(A1)", 1],
    ["'a\"b'!A1&(((B1)))", 3],
  ])('%s nests %i deep', (formula, depth) => expect(formulaNesting(formula)).toBe(depth));

  test('length counts the leading "=" once, whether written or not', () => {
    expect(formulaLength('=ABC')).toBe(4);
    expect(formulaLength('ABC')).toBe(4);
    expect(formulaLength('==A')).toBe(3);
    expect(formulaLength('A1=B1')).toBe(6);
  });

  test('fitsLimits: both limits inclusive', () => {
    expect(fitsLimits('=(1)', { maxLength: 4, maxNesting: 1 })).toBe(true);
    expect(fitsLimits('=(12)', { maxLength: 4, maxNesting: 1 })).toBe(false);
    expect(fitsLimits('=((1))', { maxLength: 10, maxNesting: 1 })).toBe(false);
    expect(fitsLimits('=((1))', { maxLength: 10, maxNesting: 2 })).toBe(true);
    expect(fitsLimits(`=${'1+'.repeat(4095)}1`)).toBe(true);
    expect(fitsLimits(`=${'1+'.repeat(4096)}1`)).toBe(false);
    expect(fitsLimits(`=${'('.repeat(64)}1${')'.repeat(64)}`)).toBe(true);
    expect(fitsLimits(`=${'('.repeat(65)}1${')'.repeat(65)}`)).toBe(false);
  });
});
