import { FUNCTIONS, functionSpec } from '../../../src/core/expr/functions';
import { parseExpression } from '../../../src/core/expr/parser';
import { toExcelFormula } from '../../../src/core/sheet/formula';
import { Decimal } from '../../../src/core/numbers/decimal';
import { exprFormula } from '../../../src/core/rules/compile-formula';
import { evaluate } from '../../../src/core/rules/evaluate';
import type { BoundExpr } from '../../../src/core/rules/types';

const d = (text: string) => Decimal.parse(text)!;
const num = (text: string): BoundExpr => ({ type: 'num', value: d(text) });

/** One call of each function, its value on exact decimals and its spreadsheet text. */
const CASES: Array<{ call: BoundExpr; value: string; text: string }> = [
  { call: { type: 'call', name: 'sum', args: [num('0.1'), num('0.2')] }, value: '0.3', text: 'SUM(0.1,0.2)' },
  { call: { type: 'call', name: 'min', args: [num('3'), num('-1.5'), num('2')] }, value: '-1.5', text: 'MIN(3,-1.5,2)' },
  { call: { type: 'call', name: 'max', args: [num('3'), num('-1.5')] }, value: '3', text: 'MAX(3,-1.5)' },
  { call: { type: 'call', name: 'abs', args: [num('-2.25')] }, value: '2.25', text: 'ABS(-2.25)' },
  { call: { type: 'call', name: 'round', args: [num('2.345'), num('2.9')] }, value: '2.35', text: 'ROUND(2.345,TRUNC(2.9))' },
];

describe('the function table of the expression language', () => {
  test('every function of the language has one case here, and the parser knows exactly these', () => {
    expect(CASES.map((c) => (c.call as { name: string }).name).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const f of FUNCTIONS) expect(parseExpression(`${f.name.toUpperCase()}({r1}${f.params.length > 1 ? ', 2' : ''})`).ok).toBe(true);
    const unknown = parseExpression('avg({r1})');
    expect(unknown.ok || unknown.expected).toBe(`a function (${FUNCTIONS.map((f) => f.name).join(', ')})`);
  });

  test.each(CASES)('$text: the evaluator and the check sheet compiler read the same entry', ({ call, value, text }) => {
    const result = evaluate(call, () => Decimal.ZERO);
    expect(result.ok && result.value.toString()).toBe(value);
    expect(exprFormula(call, () => 'X')).toBe(text);
  });

  test('a range in sum/min/max gives each of its cells; elsewhere it is its sum', () => {
    const range: BoundExpr = { type: 'range', keys: ['1', '2'].map((rowCode) => ({ annexId: 'A', rowCode, colCode: '1' })), text: '{r1-2}' };
    const values: Record<string, string> = { '1': '-4', '2': '1' };
    const valueOf = (k: { rowCode: string }) => d(values[k.rowCode]);
    const max = evaluate({ type: 'call', name: 'max', args: [range] }, valueOf);
    const abs = evaluate({ type: 'call', name: 'abs', args: [range] }, valueOf);
    expect(max.ok && max.value.toString()).toBe('1');
    expect(abs.ok && abs.value.toString()).toBe('3');
    expect(exprFormula({ type: 'call', name: 'max', args: [range] }, (k) => `V${k.rowCode}`)).toBe('MAX(V1,V2)');
  });

  test('wrong arity is the entry\'s message', () => {
    for (const f of FUNCTIONS) {
      const parsed = parseExpression(`${f.name}()`);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.expectation.key).toBe('parse.noArgs');
    }
    const abs = parseExpression('abs({r1}, 2)');
    const round = parseExpression('round({r1})');
    expect(!abs.ok && abs.expectation.key).toBe(functionSpec('abs')!.arityMessage);
    expect(!round.ok && round.expectation.key).toBe(functionSpec('round')!.arityMessage);
  });

  test("a computed cell's formula is written with the same entry", () => {
    const parsed = parseExpression('round(abs({r1}) / {r2}, 1) + max({r1-2})');
    if (!parsed.ok) throw new Error(parsed.expected);
    const formula = toExcelFormula(parsed.expr, (ref) => (ref.rows!.from === ref.rows!.to ? `E${ref.rows!.from}` : `E${ref.rows!.from}:E${ref.rows!.to}`));
    expect(formula).toBe('IFERROR(ROUND(ABS(E1)/E2,TRUNC(1))+MAX(E1:E2),"")');
  });
});
