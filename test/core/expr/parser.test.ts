import type { Expr } from '../../../src/core/expr/ast';
import { describeParseFailure, parseExpression, type ParseFailure } from '../../../src/core/expr/parser';

function ok(src: string): Expr {
  const r = parseExpression(src);
  if (!r.ok) throw new Error(`${src}: ${r.expected} at ${r.pos}`);
  return r.expr;
}

function failure(src: string): ParseFailure {
  const r = parseExpression(src);
  if (r.ok) throw new Error(`${src} parsed`);
  return r;
}

/** A compact rendering of the AST, to compare shapes. */
function show(e: Expr): string {
  switch (e.type) {
    case 'num':
      return String(e.value);
    case 'ref':
      return `[${e.annex ?? ''}|${e.rows ? `${e.rows.from}-${e.rows.to}` : ''}|${e.cols ? `${e.cols.from}-${e.cols.to}` : ''}]`;
    case 'neg':
      return `(-${show(e.arg)})`;
    case 'binary':
    case 'compare':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'call':
      return `${e.name}(${e.args.map(show).join(', ')})`;
  }
}

describe('parser: every operator and reference form', () => {
  test.each([
    ['{r1} + {r2} * {r3}', '([|1-1|] + ([|2-2|] * [|3-3|]))'],
    ['({r1} + {r2}) / 2', '(([|1-1|] + [|2-2|]) / 2)'],
    ['{r1} - {r2} - {r3}', '(([|1-1|] - [|2-2|]) - [|3-3|])'],
    ['-{c1} + +2.5', '((-[||1-1]) + 2.5)'],
    ['{r1} − {r2} × {r3} ÷ 4', '([|1-1|] - (([|2-2|] * [|3-3|]) / 4))'],
    ['{PL02, r5.1, c3}', '[PL02|5.1-5.1|3-3]'],
    ['{c3, r5, PL02}', '[PL02|5-5|3-3]'],
    ['sum({r10.1-10.4})', 'sum([|10.1-10.4|])'],
    ['sum({r1-3, c1-2}, 7)', 'sum([|1-3|1-2], 7)'],
    ['min({c1}, {c2}) + max({c1}, {c2})', '(min([||1-1], [||2-2]) + max([||1-1], [||2-2]))'],
    ['abs({r1} - {r2}) <= 0.5', '(abs(([|1-1|] - [|2-2|])) <= 0.5)'],
    ['round({r1} / {r2} * 100, 1)', 'round((([|1-1|] / [|2-2|]) * 100), 1)'],
    ['SUM({r1})', 'sum([|1-1|])'],
  ])('%s', (src, shape) => expect(show(ok(src))).toBe(shape));

  test.each([
    ['=', '='],
    ['==', '='],
    ['!=', '!='],
    ['<>', '!='],
    ['≠', '!='],
    ['<', '<'],
    ['<=', '<='],
    ['≤', '<='],
    ['>', '>'],
    ['>=', '>='],
    ['≥', '>='],
  ])('comparison %s', (op, parsed) => {
    const e = ok(`{r1} ${op} {r2}`);
    expect(e.type === 'compare' && e.op).toBe(parsed);
  });
});

describe('parser: bad rule texts say where and what was expected, in both languages', () => {
  test.each([
    ['{r1} = = {r2}', 7, 'a number, a reference {…}, a function or "("', '"="', 'một số, một tham chiếu {…}, một hàm hoặc dấu "("'],
    ['{r1} + ', 7, 'a number, a reference {…}, a function or "("', 'end of text', 'một số, một tham chiếu {…}, một hàm hoặc dấu "("'],
    ['{r1 = {r2}', 0, 'a row code after "r", e.g. r1.2 or r1.1-1.5', '"r1 = {r2"', 'mã dòng sau "r", ví dụ r1.2 hoặc r1.1-1.5'],
    ['{r1} = {r2', 7, '"}" closing the reference', 'end of text', 'dấu "}" đóng tham chiếu'],
    ['{r1} = {r2} = {r3}', 12, 'a single comparison per rule', '"="', 'chỉ một phép so sánh trong một quy tắc'],
    ['avg({r1})', 0, 'a function (sum, min, max, abs, round)', '"avg"', 'một hàm (sum, min, max, abs, round)'],
    ['sum {r1}', 4, '"(" after sum', '"{r1}"', 'dấu "(" sau sum'],
    ['sum({r1} {r2})', 9, '"," or ")" in sum(…)', '"{r2}"', 'dấu "," hoặc ")" trong sum(…)'],
    ['sum()', 0, 'at least one argument to sum', '"()"', 'ít nhất một đối số cho sum'],
    ['abs({r1}, {r2})', 0, 'one argument to abs', '2 argument(s)', 'đúng một đối số cho abs'],
    ['round({r1})', 0, 'two arguments to round(value, digits)', '1 argument(s)', 'hai đối số cho round(giá trị, số chữ số)'],
    ['({r1} + {r2}', 12, '")"', 'end of text', 'dấu ")"'],
    ['{r1} # {r2}', 5, 'a number, a reference {…}, an operator or a function', '"#"', 'một số, một tham chiếu {…}, một phép toán hoặc một hàm'],
    ['{r1} {r2}', 5, 'an operator or the end of the expression', '"{r2}"', 'một phép toán hoặc hết biểu thức'],
    ['{PL01, PL02, r1}', 0, 'one annex per reference', '"{PL01, PL02, r1}"', 'chỉ một phụ lục trong một tham chiếu'],
    ['{r1, r2}', 0, 'one row part per reference', '"{r1, r2}"', 'chỉ một phần dòng (r…) trong một tham chiếu'],
    ['{c1, c2}', 0, 'one column part per reference', '"{c1, c2}"', 'chỉ một phần cột (c…) trong một tham chiếu'],
    ['{PL01}', 0, 'a row (r…) or a column (c…) in the reference', '"{PL01}"', 'một dòng (r…) hoặc một cột (c…) trong tham chiếu'],
    ['{r1, }', 0, 'a part of the reference (annex, r…, c…)', '"{r1, }"', 'một thành phần của tham chiếu (phụ lục, r…, c…)'],
    ['{r1, 5x}', 0, 'an annex id, a row (r…) or a column (c…)', '"5x"', 'mã phụ lục, một dòng (r…) hoặc một cột (c…)'],
    ['{c1-}', 0, 'a column code after "c", e.g. c3 or c1-4', '"c1-"', 'mã cột sau "c", ví dụ c3 hoặc c1-4'],
  ])('%s', (src, pos, expected, found, vi) => {
    const f = failure(src);
    expect(f.pos).toBe(pos);
    expect(f.expected).toBe(expected);
    expect(f.found).toBe(found);
    expect(describeParseFailure(f, 'vi').expected).toBe(vi);
  });
  test('the found text is worded per language too', () => {
    expect(describeParseFailure(failure('{r1} +'), 'vi').found).toBe('hết văn bản');
    expect(describeParseFailure(failure('abs({r1}, 2)'), 'vi').found).toBe('2 đối số');
  });
});

describe('parser: the edges of numbers, references and comparisons', () => {
  test.each([
    ['0.125 * {r1}', '(0.125 * [|1-1|])'],
    ['{r1 - 3}', '[|1-3|]'],
    ['{ c2 -4 , r1.1- 1.5 }', '[|1.1-1.5|2-4]'],
    ['{Ac1, r2}', '[Ac1|2-2|]'],
    ['{Br2, c1}', '[Br2||1-1]'],
  ])('%s', (src, shape) => expect(show(ok(src))).toBe(shape));

  test('a reference whose text is "(" is not a parenthesis', () => {
    const f = failure('sum{(}{r1})');
    expect([f.pos, f.expected, f.found]).toEqual([3, '"(" after sum', '"{(}"']);
  });

  test('an annex id is letters, digits, "_" and "." only', () => {
    const f = failure('{PL-2, r1}');
    expect([f.pos, f.expected, f.found]).toEqual([0, 'an annex id, a row (r…) or a column (c…)', '"PL-2"']);
  });

  test.each(['=', '!=', '<', '<=', '>', '>='])('a second comparison %s is refused as such', (op) => {
    const f = failure(`{r1} <= {r2} ${op} {r3}`);
    expect([f.pos, f.expected, f.found]).toEqual([13, 'a single comparison per rule', `"${op}"`]);
  });
});

describe('parser: an operator is not the parenthesis or separator expected', () => {
  test.each([
    ['sum({r1} = 2)', 9, '"," or ")" in sum(…)', '"="'],
    ['sum+{r1})', 3, '"(" after sum', '"+"'],
    ['({r1} + {r2} * 2', 16, '")"', 'end of text'],
    ['({r1} = {r2})', 6, '")"', '"="'],
  ])('%s', (src, pos, expected, found) => {
    const f = failure(src);
    expect([f.pos, f.expected, f.found]).toEqual([pos, expected, found]);
  });
});
