import * as nativeDecimal from '../../../src/core/numbers/decimal';
import * as nativeFormat from '../../../src/core/numbers/format';
import * as nativeIntegers from '../../../src/core/numbers/integers';
import * as nativeParse from '../../../src/core/numbers/parse-text';
import { nativeInts, portableInts } from '../../../src/core/numbers/integers';
import { SeededRandom } from '../../../src/core/demo/random';

/**
 * The decimal suite runs twice: on the native BigInt backend (Node, WebView2) and on the portable one
 * that EdgeHTML 18 and Safari 13 get — the same modules loaded afresh with BigInt removed from the global
 * scope, so the backend is chosen at load exactly as in those webviews. Then the two are compared on
 * random values, through the Decimal API and below it, on the integers.
 */
interface Numbers {
  Decimal: typeof nativeDecimal.Decimal;
  formatDecimal: typeof nativeFormat.formatDecimal;
  parseTextNumber: typeof nativeParse.parseTextNumber;
  backend: string;
}

/** The number modules as an engine without BigInt loads them. */
function loadWithoutBigInt(): Numbers {
  const scope = globalThis as { BigInt?: unknown };
  const saved = scope.BigInt;
  let loaded: Numbers | undefined;
  jest.isolateModules(() => {
    delete scope.BigInt;
    try {
      /* eslint-disable @typescript-eslint/no-require-imports */
      loaded = {
        Decimal: (require('../../../src/core/numbers/decimal') as typeof nativeDecimal).Decimal,
        formatDecimal: (require('../../../src/core/numbers/format') as typeof nativeFormat).formatDecimal,
        parseTextNumber: (require('../../../src/core/numbers/parse-text') as typeof nativeParse).parseTextNumber,
        backend: (require('../../../src/core/numbers/integers') as typeof nativeIntegers).ints.name,
      };
      /* eslint-enable @typescript-eslint/no-require-imports */
    } finally {
      scope.BigInt = saved;
    }
  });
  return loaded!;
}

const native: Numbers = { ...nativeDecimal, ...nativeFormat, ...nativeParse, backend: nativeIntegers.ints.name };
const portable = loadWithoutBigInt();

test('each engine gets its backend: BigInt where it exists, the portable integers where it does not', () => {
  expect(native.backend).toBe('native');
  expect(portable.backend).toBe('portable');
  expect(portable.Decimal).not.toBe(native.Decimal);
});

describe.each([
  ['native BigInt', native],
  ['portable (no BigInt)', portable],
] as const)('on the %s backend', (_name, { Decimal, formatDecimal, parseTextNumber }) => {
  const d = (s: string) => Decimal.parse(s)!;

  describe('Decimal: exact arithmetic for money', () => {
    // Each case below kills a mutant of decimal.ts that survived the scoped Stryker run (README "Mutation testing").
    test('every comparison on both sides of equality, with values of different scales', () => {
      const [one, two, oneFive] = [d('1'), d('2'), d('1.50')];
      expect([one.eq(two), one.eq(d('1.0')), two.lt(one), one.lt(one), one.lt(oneFive), two.lte(one), one.lte(one)]).toEqual([false, true, false, false, true, false, true]);
      expect([two.gt(one), one.gt(one), one.gt(two), one.gte(one), two.gte(one), one.gte(oneFive)]).toEqual([true, false, false, true, true, false]);
      expect([Decimal.max(one, oneFive).toString(), Decimal.min(two, oneFive).toString()]).toEqual(['1.5', '1.5']);
      expect([d('1.5').isInteger(), d('1.50').isInteger(), d('2.0').isInteger()]).toEqual([false, false, true]);
    });
    test('sums and comparisons align two fractional scales (1.25 + 0.5, 0.5 + 1.25)', () => {
      expect(d('1.25').add(d('0.5')).toString()).toBe('1.75');
      expect(d('0.5').add(d('1.25')).toString()).toBe('1.75');
      expect(d('1.25').sub(d('0.5')).toString()).toBe('0.75');
      expect(d('1.25').cmp(d('0.5'))).toBe(1);
      expect(d('0.125').cmp(d('0.13'))).toBe(-1);
    });
    test('plain text: surrounding spaces, a leading point, the exponent bounds', () => {
      expect(Decimal.parse(' 12.5 ')?.toString()).toBe('12.5');
      expect(Decimal.parse('.5')?.toString()).toBe('0.5');
      expect(Decimal.parse('-.25')?.toString()).toBe('-0.25');
      expect(Decimal.parse('5.')?.toString()).toBe('5');
      expect(Decimal.parse('.')).toBeNull();
      expect(Decimal.parse('1e400')?.toString()).toBe(`1${'0'.repeat(400)}`);
      expect(Decimal.parse('1e-400')?.decimalPlaces()).toBe(400);
      expect(Decimal.parse('1e401')).toBeNull();
      expect(Decimal.parse('1e-401')).toBeNull();
      expect(Decimal.parse(`1e${'9'.repeat(20)}`)).toBeNull();
    });
    test('integers: a JS number must be a safe integer, a bigint may be any size', () => {
      expect(Decimal.fromInteger(-9007199254740991).toString()).toBe('-9007199254740991');
      expect(Decimal.fromInteger(12345678901234567890n).toString()).toBe('12345678901234567890');
      expect(() => Decimal.fromInteger(2 ** 53)).toThrow('not a safe integer: 9007199254740992');
      expect(() => Decimal.fromInteger(1.5)).toThrow('not a safe integer: 1.5');
      expect(() => Decimal.fromNumber(Infinity)).toThrow('not a finite number: Infinity');
    });
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
      // A calculated double's binary noise past 15 significant digits is dropped (a .xls saved by
      // LibreOffice caches SUM(12.3; 45.6) as 57.900000000000006); integers stay whole.
      expect(Decimal.fromNumber(12.3 + 45.6).toString()).toBe('57.9');
      expect(Decimal.fromNumber(0.1 + 0.7).toString()).toBe('0.8');
      expect(Decimal.fromNumber(123456789.123456).toString()).toBe('123456789.123456');
      expect(Decimal.fromNumber(9007199254740993).toString()).toBe(String(9007199254740993));
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
      // One separator with other than three digits after it is the decimal mark, whatever the count.
      ['2,7500', '2.75'],
      ['2.7500', '2.75'],
      ['12,3456', '12.3456'],
      ['1,25', '1.25'],
      ['1234,567', '1234.567'],
      ['0,250', '0.25'],
      ['1.250,7500', '1250.75'],
      // Killers of the mutants that survived `npm run mutate` on parse-text.ts (README, Mutation testing).
      ['85 %', '85'],
      ['1  250', '1250'],
      ['−1.250', '-1250'],
      ['125.000', '125000'],
      ['10.250', '10250'],
      ['12.345.678', '12345678'],
    ])('"%s" → %s', (text, value) => expect(parseTextNumber(text)?.toString()).toBe(value));
    test.each(['', 'abc', '1.2.3,4,5', '1,25,0', '12a', '1.', '=1+2', '1..2', '12.34.56', '1,250.5.3', '1234.567.890', '1.250.00', '1.2500.000'])('"%s" is not a number', (text) => expect(parseTextNumber(text)).toBeNull());
  });
});

/** Random plain decimal texts: signs, 0–40 integer digits (well past 2^53), 0–20 decimals, trailing zeros, exponents. */
function randomDecimalText(random: SeededRandom): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(random.int(0, 9))).join('');
  const sign = random.next() < 0.4 ? '-' : random.next() < 0.1 ? '+' : '';
  const shape = random.int(0, 9);
  if (shape === 0) return `${sign}0`;
  if (shape === 1) return `${sign}${digits(random.int(1, 3))}00000`; // trailing zeros, normalised away
  const int = digits(random.int(shape === 2 ? 20 : 0, shape === 2 ? 40 : 12)) || '0';
  const frac = random.next() < 0.7 ? `.${digits(random.int(1, 20))}` : '';
  const exp = random.next() < 0.15 ? `e${random.int(-30, 30)}` : '';
  return `${sign}${int}${frac}${exp}`;
}

describe('the two backends agree on random values', () => {
  const ROUNDS = 1500;
  test.each([1, 17, 2026])('seed %i: parse/toString, + − ×, ÷ with rounding, round, cmp, neg, abs', (seed) => {
    const random = new SeededRandom(seed);
    const differences: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const [x, y] = [randomDecimalText(random), randomDecimalText(random)];
      const [a, b] = [native.Decimal.parse(x)!, native.Decimal.parse(y)!];
      const [p, q] = [portable.Decimal.parse(x)!, portable.Decimal.parse(y)!];
      const digits = random.int(0, 14);
      const places = random.int(-4, 8);
      const results = (D: typeof a, E: typeof a) => [
        D.toString(),
        [D.scale, D.isZero(), D.isNegative(), D.isInteger(), D.toNumber()].join(),
        D.add(E).toString(),
        D.sub(E).toString(),
        D.mul(E).toString(),
        String(D.div(E, digits)),
        String(D.div(E)),
        D.round(places).toString(),
        D.cmp(E),
        D.neg().abs().toString(),
        // Exact: (a + b) − b = a.
        D.add(E).sub(E).eq(D),
      ];
      const expected = results(a, b);
      const actual = results(p, q);
      if (actual.join('|') !== expected.join('|')) differences.push(`${x}, ${y} (÷ to ${digits}, round to ${places}): ${actual.join('|')} ≠ ${expected.join('|')}`);
      if (!expected[expected.length - 1]) differences.push(`${x} + ${y} − ${y} ≠ ${x}`);
    }
    expect(differences).toEqual([]);
  });

  test('the integers below: truncating division and the remainder keep BigInt signs, on numbers of 1–60 digits', () => {
    const n = nativeInts();
    const j = portableInts();
    const random = new SeededRandom(7);
    const differences: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = () => `${random.next() < 0.5 ? '-' : ''}${random.int(1, 9)}${Array.from({ length: random.int(0, 59) }, () => random.int(0, 9)).join('')}`;
      const [x, y] = [text(), text()];
      const [a, b, c, d] = [n.fromDigits(x), n.fromDigits(y), j.fromDigits(x), j.fromDigits(y)];
      for (const op of ['add', 'sub', 'mul', 'div', 'rem'] as const) {
        if (j.toString(j[op](c, d)) !== n.toString(n[op](a, b))) differences.push(`${x} ${op} ${y}: ${j.toString(j[op](c, d))} ≠ ${n.toString(n[op](a, b))}`);
      }
      if (j.cmp(c, d) !== n.cmp(a, b) || j.isNegative(c) !== n.isNegative(a)) differences.push(`cmp/sign ${x} ${y}`);
      const k = random.int(0, 150);
      if (j.toString(j.pow10(k)) !== `1${'0'.repeat(k)}` || n.toString(n.pow10(k)) !== `1${'0'.repeat(k)}`) differences.push(`10^${k}`);
    }
    expect(differences).toEqual([]);
    expect(j.toString(j.fromSafeInteger(-Number.MAX_SAFE_INTEGER))).toBe(String(-Number.MAX_SAFE_INTEGER));
    expect(j.isZero(j.neg(j.fromDigits('0')))).toBe(true);
    expect(j.toString(j.neg(j.fromDigits('0')))).toBe('0');
  });
});
