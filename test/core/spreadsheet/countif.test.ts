/**
 * COUNTIF's criteria (criteria.ts) against a column of every kind of cell, as Excel counts them.
 * Written from the mutation run 2026-12-07-spreadsheet-criteria, where the evaluate suite alone
 * left 72 mutants of criteria.ts alive (56.10 %).
 */
import { calc, TestBook } from './helpers';

/** 16 cells: numbers 1, 2, 3, 0; texts "2", "apple", "Apple pie", "a*b", "a?b", "a~b", ""; TRUE, FALSE; #N/A, #DIV/0!; an empty cell. */
const book = () =>
  new TestBook({
    S: {
      A1: 1, A2: 2, A3: 3, A4: '2', A5: 'apple', A6: 'Apple pie', A7: true, A8: false,
      A9: { error: '#N/A' }, A10: null, A11: '=""', A12: 'a*b', A13: 'a?b', A14: 'a~b', A15: { error: '#DIV/0!' }, A16: 0,
      B1: 'x<y', B2: 'x',
    },
  });

const countif = (criterion: string) => calc(`COUNTIF(A1:A16,${criterion})`, book());

describe('COUNTIF: numbers and texts that read as numbers', () => {
  it.each([
    ['2', '2'], // the number 2 and the text "2"
    ['"=2"', '2'],
    ['"<2"', '2'], // 1 and 0: a text is never ordered against a number
    ['"<=2"', '3'],
    ['">2"', '1'],
    ['">=3"', '1'],
    ['">=2"', '2'],
    ['"<>2"', '12'], // 1, 3, 0 and the 9 cells that are neither numbers nor errors
  ])('COUNTIF(…, %s) → %s', (criterion, expected) => {
    expect(countif(criterion)).toBe(expected);
  });
});

describe('COUNTIF: errors, booleans and empty cells', () => {
  it.each([
    ['"#N/A"', '1'],
    ['"#div/0!"', '1'],
    ['"<>#N/A"', '15'],
    ['">#N/A"', '0'],
    ['A9', '1'],
    ['A15', '1'],
    ['A10', '1'], // an empty criterion cell is 0
    ['TRUE', '1'],
    ['FALSE', '1'],
    ['"TRUE"', '1'],
    ['"false"', '1'],
    ['"<>TRUE"', '13'], // FALSE and the 12 cells that are neither booleans nor errors
    ['">FALSE"', '1'],
    ['""', '2'], // the empty cell and the empty text
    ['"="', '1'],
    ['"<>"', '15'],
  ])('COUNTIF(…, %s) → %s', (criterion, expected) => {
    expect(countif(criterion)).toBe(expected);
  });
});

describe('COUNTIF: texts, wildcards and their escapes', () => {
  it.each([
    ['"apple"', '1'],
    ['"APPLE*"', '2'],
    ['"<>apple*"', '12'],
    ['"a?b"', '3'],
    ['"a*b"', '3'],
    ['"a~*b"', '1'],
    ['"a~?b"', '1'],
    ['"a~~b"', '1'],
    ['"a~b"', '1'], // "~" before another character is itself
    ['"*~"', '0'],
    ['"<b"', '7'], // the texts before "b", "" among them
    ['">a~"', '1'], // "a~b" only ("~" sorts after letters, so "apple" is before "a~")
    ['"<"', '0'],
    ['">"', '6'],
  ])('COUNTIF(…, %s) → %s', (criterion, expected) => {
    expect(countif(criterion)).toBe(expected);
  });

  it('an operator is read only at the start', () => {
    expect(calc('COUNTIF(B1:B2,"x<y")', book())).toBe('1');
  });
});
