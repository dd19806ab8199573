/**
 * `node build/bench/bench/decimal-bench.js [decimal module]` (not a test): Decimal's operations as
 * validation and merge use them — parse a figure, add a column, a ratio × 100 divided and rounded,
 * compare — on the native BigInt backend, then on the portable one (the same module loaded again with
 * BigInt removed, as EdgeHTML 18 and Safari 13 load it). Another compiled decimal module can be given
 * (for a before/after comparison with an older version of decimal.ts).
 */
import { resolve } from 'path';
import type { Decimal } from '../src/core/numbers/decimal';
import { SeededRandom } from '../src/core/demo/random';

type DecimalType = typeof Decimal;

const modulePath = resolve(process.argv[2] ?? resolve(__dirname, '..', 'src', 'core', 'numbers', 'decimal.js'));

function load(withoutBigInt: boolean): DecimalType {
  for (const key of Object.keys(require.cache)) if (key.includes(`${resolve(modulePath, '..')}`)) delete require.cache[key];
  const scope = globalThis as { BigInt?: unknown };
  const saved = scope.BigInt;
  if (withoutBigInt) delete scope.BigInt;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(modulePath) as { Decimal: DecimalType }).Decimal;
  } finally {
    scope.BigInt = saved;
  }
}

/** Figures as units type them: counts, money in đồng, some with decimals. */
function figures(n: number): string[] {
  const random = new SeededRandom(2020);
  return Array.from({ length: n }, (_, i) => {
    const whole = String(random.int(0, 2_000_000_000));
    return i % 5 === 0 ? `${whole}.${random.int(0, 99)}` : whole;
  });
}

function measure(Decimal: DecimalType, texts: string[]): Record<string, number> {
  const time = (what: () => void) => {
    what(); // warm-up
    const rounds = 5;
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) what();
    return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  };
  let values: Decimal[] = [];
  let sink = 0;
  return {
    parse: time(() => (values = texts.map((t) => Decimal.parse(t)!))),
    sum: time(() => {
      let total = Decimal.ZERO;
      for (const v of values) total = total.add(v);
      sink += total.scale;
    }),
    'ratio ×100 ÷ round': time(() => {
      for (let i = 1; i < values.length; i++) sink += values[i - 1].mul(Decimal.HUNDRED).div(values[i])?.round(2).scale ?? 0;
    }),
    compare: time(() => {
      for (let i = 1; i < values.length; i++) sink += values[i - 1].cmp(values[i]);
    }),
    toString: time(() => {
      for (const v of values) sink += v.toString().length;
    }),
    sink,
  };
}

const texts = figures(200_000);
console.log(`Decimal (${modulePath}), 200 000 figures, ms per pass:`);
for (const [name, withoutBigInt] of [
  ['native BigInt', false],
  ['without BigInt', true],
] as const) {
  let Decimal: DecimalType;
  try {
    Decimal = load(withoutBigInt);
  } catch (error) {
    console.log(`  ${name.padEnd(15)} cannot load: ${(error as Error).message}`);
    continue;
  }
  const result = measure(Decimal, texts);
  delete result.sink;
  console.log(`  ${name.padEnd(15)} ${Object.entries(result).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
}
