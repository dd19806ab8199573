import { Decimal } from '../../../src/core/numbers/decimal';
import { formatDecimal } from '../../../src/core/numbers/format';
import { parseTextNumber } from '../../../src/core/numbers/parse-text';

const d = (s: string) => Decimal.parse(s)!;

describe('Decimal: exact arithmetic for money', () => {
  test('0.1 + 0.2 = 0.3 exactly (floats give 0.30000000000000004)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(Decimal.fromNumber(0.1).add(Decimal.fromNumber(0.2)).eq(d('0.3'))).toBe(true);
    expect(Decimal.fromNumber(0.1).add(Decimal.fromNumber(0.2)).toString()).toBe('0.3');
  });
  test('a long column of money sums without drift', () => {
    let total = Decimal.ZERO;
    for (let i = 0; i < 1000; i++) total = total.add(Decimal.fromNumber(1234567.1));
    expect(total.toString()).toBe('1234567100');
  });
  test('from JS numbers through the shortest text, including exponents', () => {
    expect(Decimal.fromNumber(1e21).toString()).toBe('1000000000000000000000');
    expect(Decimal.fromNumber(1e-7).toString()).toBe('0.0000001');
    expect(Decimal.fromNumber(-1250.5).toString()).toBe('-1250.5');
    expect(() => Decimal.fromNumber(NaN)).toThrow(RangeError);
  });
  test('+ − × and normalised equality', () => {
    expect(d('1.50').eq(d('1.5'))).toBe(true);
    expect(d('1.50').scale).toBe(1);
    expect(d('2.5').sub(d('0.5')).toString()).toBe('2');
    expect(d('1.25').mul(d('-0.2')).toString()).toBe('-0.25');
    expect(d('-3').neg().abs().toString()).toBe('3');
  });
  test('comparison', () => {
    expect(d('10').cmp(d('9.99'))).toBe(1);
    expect(d('-1').lt(d('0'))).toBe(true);
    expect(d('2').lte(d('2.0'))).toBe(true);
    expect(d('2').gte(d('2.01'))).toBe(false);
    expect(Decimal.max(d('1'), d('1.1')).toString()).toBe('1.1');
  });
  test('division rounds half away from zero to the precision asked; by zero → null', () => {
    expect(d('2').div(d('3'), 4)!.toString()).toBe('0.6667');
    expect(d('-2').div(d('3'), 4)!.toString()).toBe('-0.6667');
    expect(d('1').div(d('8'), 2)!.toString()).toBe('0.13');
    expect(d('10').div(d('4'))!.toString()).toBe('2.5');
    expect(d('1').div(Decimal.ZERO)).toBeNull();
  });
  test('round, also to tens and hundreds', () => {
    expect(d('2.345').round(2).toString()).toBe('2.35');
    expect(d('-2.345').round(2).toString()).toBe('-2.35');
    expect(d('1250').round(-2).toString()).toBe('1300');
    expect(d('1.2').round(3).toString()).toBe('1.2');
  });
  test('integer and decimal places', () => {
    expect(d('12.0').isInteger()).toBe(true);
    expect(d('12.05').decimalPlaces()).toBe(2);
  });
  test('parse refuses what is not a plain number', () => {
    for (const bad of ['', '.', '1,5', '1.2.3', 'abc', '--1']) expect(Decimal.parse(bad)).toBeNull();
  });
});

describe('formatDecimal: the Vietnamese way', () => {
  test.each([
    ['1250.5', 'vi', '1.250,5'],
    ['1250.5', 'en', '1,250.5'],
    ['-1250000', 'vi', '-1.250.000'],
    ['0.25', 'vi', '0,25'],
    ['66.666666666667', 'vi', '66,666667'],
  ] as const)('%s (%s) → %s', (value, lang, text) => expect(formatDecimal(d(value), lang)).toBe(text));
});

describe('parseTextNumber: numbers typed as text', () => {
  test.each([
    ['1.250', '1250'],
    ['1.250.000', '1250000'],
    ['1.250,5', '1250.5'],
    ['1,250.5', '1250.5'],
    ['1,250', '1250'],
    ['1250', '1250'],
    ['1250,5', '1250.5'],
    ['1250.5', '1250.5'],
    ['1,5', '1.5'],
    ['0.250', '0.25'],
    ['1 250', '1250'],
    ['-1.250', '-1250'],
    ['85%', '85'],
    ['  42 ', '42'],
  ])('"%s" → %s', (text, value) => expect(parseTextNumber(text)?.toString()).toBe(value));
  test.each(['', 'abc', '1.2.3,4,5', '1,25,0', '12a', '1.', '=1+2', '1..2', '12.34.56'])('"%s" is not a number', (text) => expect(parseTextNumber(text)).toBeNull());
});
