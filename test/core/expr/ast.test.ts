import { collectRefs, divides, type Expr } from '../../../src/core/expr/ast';
import { parseExpression } from '../../../src/core/expr/parser';

function parsed(src: string): Expr {
  const r = parseExpression(src);
  if (!r.ok) throw new Error(`${src}: ${r.expected}`);
  return r.expr;
}

describe('collectRefs: every reference, in source order, through every kind of node', () => {
  test.each([
    ['2', []],
    ['{r1}', ['{r1}']],
    ['-{r1} + {r2} * 3', ['{r1}', '{r2}']],
    ['sum({r1}, 2, max({c2}, {c3})) >= round({PL02, r4}, 1)', ['{r1}', '{c2}', '{c3}', '{PL02, r4}']],
  ])('%s', (src, refs) => expect(collectRefs(parsed(src)).map((r) => r.text)).toEqual(refs));
});

describe('divides: whether a division by zero is possible (the formula is then guarded)', () => {
  test.each([
    ['{r1} / {r2}', true],
    ['{r1} * {r2}', false],
    ['{r1} - {r2} + 2', false],
    ['2', false],
    ['{r1}', false],
    ['-({r1} / 2)', true],
    ['-{r1}', false],
    ['round({r1} / {r2} * 100, 1)', true],
    ['sum({r1}, {r2}) + abs({r3})', false],
    ['max({r1}, 1 + {r2} / {r3})', true],
    ['{r1} + {r2} / 4', true],
    ['{r1} / 4 - {r2}', true],
  ])('%s → %p', (src, expected) => expect(divides(parsed(src))).toBe(expected));

  test('a comparison is not an arithmetic expression (its sides are asked one by one)', () => {
    expect(divides(parsed('{r1} / {r2} > 1'))).toBe(false);
  });
});
