import { Decimal } from '../../../src/core/numbers/decimal';
import { summaryValue } from '../../../src/core/merge/aggregate';
import { mergeSubmissions, type MergeResult } from '../../../src/core/merge/merge';
import type { TemplatePack } from '../../../src/core/pack/types';
import { packIndex } from '../../../src/core/pack/pack-index';
import { summaryWorkbook } from '../../../src/core/summary';
import { writeWorkbook } from '../../../src/xlsx/write';
import type { SheetModel } from '../../../src/core/sheet/model';
import { directUnits, figuresOf, pack, submission } from './helpers';

/**
 * Merge arithmetic against an independent computation: the figures each unit typed in are added up
 * here, straight from the figure maps (not through the workbook, the reader or the merge's own
 * extraction), and compared with the summary cells.
 */

const units = directUnits();
const figures = new Map(units.map((u) => [u, figuresOf(u)]));
let result: MergeResult;
let sheets: Map<string, SheetModel>;

beforeAll(() => {
  result = mergeSubmissions(pack, units.map((u) => submission(u, { figures: figures.get(u) })));
  sheets = new Map(summaryWorkbook(pack, result).sheets.map((s) => [s.identity.annexId, s]));
});

/** Exact sum of what the units typed into one cell; null when none typed anything. */
function expectedSum(annexId: string, rowCode: string, colCode: string, from = figures): Decimal | null {
  let total: Decimal | null = null;
  for (const f of from.values()) {
    const v = f[annexId]?.[rowCode]?.[colCode];
    if (typeof v === 'number') total = (total ?? Decimal.ZERO).add(Decimal.parse(String(v))!);
  }
  return total;
}

function cellOf(annexId: string, rowCode: string, colCode: string) {
  const sheet = sheets.get(annexId)!;
  const r = sheet.layout.rows[rowCode];
  const c = sheet.layout.cols[colCode];
  return sheet.cells.find((x) => x.row === r && x.col === c)!;
}

it('every merged file is merged', () => {
  expect(result.entries.map((e) => e.decision.status)).toEqual(units.map(() => 'ready'));
});

it('sums every input cell of a sum row exactly, as the sum of what the units typed', () => {
  const index = packIndex(pack);
  let checked = 0;
  for (const annex of pack.annexes) {
    const a = index.annex(annex.id)!;
    for (const row of annex.rows) {
      if (row.aggregation.type !== 'sum') continue;
      for (const col of annex.columns) {
        if (a.role(row.code, col.code) !== 'input' || a.type(row.code, col.code) === 'text') continue;
        if (result.targets.cells.has(`${annex.id}|${row.code}|${col.code}`)) continue;
        const want = expectedSum(annex.id, row.code, col.code);
        const cell = cellOf(annex.id, row.code, col.code);
        if (want === null) expect(cell.value).toBeNull();
        else {
          expect([annex.id, row.code, col.code, cell.value]).toEqual([annex.id, row.code, col.code, want.toNumber()]);
          expect(cell.formula).toMatch(new RegExp(`^SUM\\('Chi tiết ${annex.id}'!\\$?[A-Z]+7:[A-Z]+${6 + units.length}\\)$`));
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(150);
});

it('recomputes rates from the summed parts, never sums them', () => {
  // PL02 r13 = r12 / r11 × 100, r12 = r11.1 + r11.2 (computed rows); CĐCS do not fill them.
  for (const col of ['1', '2', '3']) {
    const rated = expectedSum('PL02', '11', col)!;
    const good = expectedSum('PL02', '11.1', col)!.add(expectedSum('PL02', '11.2', col)!);
    const cell = cellOf('PL02', '13', col);
    expect(cell.value).toBeCloseTo(good.div(rated)!.mul(Decimal.HUNDRED).toNumber(), 9);
    expect(cell.formula).toContain('/');
    // The sum of the units' own rates is something else entirely.
    const summedRates = units.reduce((acc, u) => {
      const f = figures.get(u)!.PL02;
      const r11 = f['11']?.[col] as number | undefined;
      return r11 ? acc + (((f['11.1'][col] as number) + (f['11.2'][col] as number)) / r11) * 100 : acc;
    }, 0);
    expect(Math.abs((cell.value as number) - summedRates)).toBeGreaterThan(1);
  }
  // PL01 rate rows: r6 = r6.2 / r6.1 × 100 in each year's column.
  const whole = expectedSum('PL01', '6.1', '2')!;
  const part = expectedSum('PL01', '6.2', '2')!;
  expect(cellOf('PL01', '6', '2').value).toBeCloseTo(part.div(whole)!.mul(Decimal.HUNDRED).toNumber(), 9);
});

it('recomputes computed columns and rows (the 3-year total, total revenue) from the sums', () => {
  for (const row of ['23', '29', '7.30']) {
    const total = ['1', '2', '3'].reduce((acc, c) => acc.add(expectedSum('PL07', row, c)!), Decimal.ZERO);
    expect(cellOf('PL07', row, '4').value).toBe(total.toNumber());
  }
  const revenue = ['22', '23', '24', '7.11', '25', '7.12'].reduce((acc, r) => acc.add(expectedSum('PL07', r, '1') ?? Decimal.ZERO), Decimal.ZERO);
  expect(cellOf('PL07', '7.10', '1').value).toBe(revenue.toNumber());
});

it("without the province's own report its targets are empty ('Chưa có chỉ tiêu'), the units' sum beside", () => {
  expect(pack.annexes[0].rows.find((r) => r.code === '1')!.target!.value).toBeNull();
  expect(cellOf('PL01', '1', '1')).toMatchObject({ value: null });
  expect(cellOf('PL01', '1', '1').formula).toBeUndefined();
  // "% of target" is not 0 % but empty.
  expect(cellOf('PL01', '1', '6').value).toBeNull();
  const sheet = sheets.get('PL01')!;
  const beside = sheet.cells.find((c) => c.row === sheet.layout.rows['1'] && c.col === sheet.size.cols - 1)!;
  expect(beside.value).toBe(expectedSum('PL01', '1', '1')!.toNumber());
  expect(beside.formula).toMatch(/^SUM\('Chi tiết PL01'!/);
  // A rate target is never summed: nothing beside it.
  expect(sheet.cells.find((c) => c.row === sheet.layout.rows['10'] && c.col === sheet.size.cols - 1)!.value).toBeNull();
});

describe("a summarising unit's own report (own targets, own budget) merged with its units'", () => {
  const cs = ['H02.CS01', 'H02.CS02', 'H02.CS03'];
  /** H02's own report: its own targets and budget; it received its CĐCS' dues and granted them their fund share. */
  function ownReport(received: number[], granted: number[]) {
    const f = figuresOf('H02');
    const n = (row: string, col: string) => (f.PL07[row]?.[col] as number | undefined) ?? 0;
    ['1', '2', '3'].forEach((col, i) => {
      f.PL07['7.12'][col] = received[i];
      f.PL07['7.31'][col] = granted[i];
      // The balance still adds up: each year's closing balance opens the next.
      if (i > 0) f.PL07['26'][col] = n('7.50', String(i));
      const revenue = ['22', '23', '24', '7.11', '25', '7.12'].reduce((a, r) => a + n(r, col), 0);
      const spending = ['27', '29', '31', '7.21'].reduce((a, r) => a + n(r, col), 0);
      f.PL07['7.50'][col] = n('26', col) + revenue - spending - n('7.30', col) - n('7.31', col) + n('7.40', col);
    });
    return f;
  }
  const sumOver = (row: string, col: string) => cs.reduce((acc, u) => acc + (figuresOf(u).PL07[row][col] as number), 0);

  it("takes the district's own target, not the sum of its CĐCS' targets", () => {
    const district = mergeSubmissions(pack, [submission('H02'), ...cs.map((u) => submission(u))], { mergingUnit: 'H02' });
    expect(district.entries.find((e) => e.unitCode === 'H02')!.decision.status).toBe('own');
    const own = figuresOf('H02').PL01['1']['1'] as number;
    expect(district.cells.get('PL01|1|1')).toMatchObject({ kind: 'target', from: 'own' });
    expect((district.cells.get('PL01|1|1') as { value: Decimal }).value.toNumber()).toBe(own);
  });

  it('counts money moved inside the union once: both sides inside the merge cancel out', () => {
    const received = ['1', '2', '3'].map((c) => sumOver('7.30', c));
    const granted = ['1', '2', '3'].map((c) => sumOver('25', c));
    const district = mergeSubmissions(pack, [submission('H02', { figures: ownReport(received, granted) }), ...cs.map((u) => submission(u))], { mergingUnit: 'H02' });
    for (const [i, col] of ['1', '2', '3'].entries()) {
      // What the CĐCS paid up and what H02 received from them: eliminated from both rows.
      expect((district.cells.get(`PL07|7.30|${col}`) as { value: Decimal }).value.toNumber()).toBe(figuresOf('H02').PL07['7.30'][col]);
      expect((district.cells.get(`PL07|7.12|${col}`) as { value: Decimal | null }).value?.toNumber() ?? 0).toBe(0);
      expect((district.cells.get(`PL07|25|${col}`) as { value: Decimal }).value.toNumber()).toBe(figuresOf('H02').PL07['25'][col]);
      expect((district.cells.get(`PL07|7.31|${col}`) as { value: Decimal | null }).value?.toNumber() ?? 0).toBe(0);
      const outcome = district.transfers.find((t) => t.pair.unitsRow === '7.30' && t.colCode === col)!;
      expect(outcome).toMatchObject({ state: 'eliminated', difference: null });
      expect(outcome.eliminated.toNumber()).toBe(received[i]);
    }
  });

  it('without the own report, the units\' side is kept and the log says why', () => {
    const district = mergeSubmissions(pack, cs.map((u) => submission(u)), { mergingUnit: 'H02' });
    expect((district.cells.get('PL07|7.30|1') as { value: Decimal }).value.toNumber()).toBe(sumOver('7.30', '1'));
    expect(district.transfers.find((t) => t.pair.unitsRow === '7.30' && t.colCode === '1')!.state).toBe('noOwnReport');
  });

  it('one side larger than the other: the matching part is eliminated, the difference kept and reported', () => {
    const received = ['1', '2', '3'].map((c) => sumOver('7.30', c) - 1000);
    const granted = ['1', '2', '3'].map((c) => sumOver('25', c));
    const district = mergeSubmissions(pack, [submission('H02', { figures: ownReport(received, granted) }), ...cs.map((u) => submission(u))], { mergingUnit: 'H02' });
    const outcome = district.transfers.find((t) => t.pair.unitsRow === '7.30' && t.colCode === '1')!;
    expect(outcome.state).toBe('eliminated');
    expect(outcome.difference!.toNumber()).toBe(1000);
    expect((district.cells.get('PL07|7.30|1') as { value: Decimal }).value.toNumber()).toBe((figuresOf('H02').PL07['7.30']['1'] as number) + 1000);
  });
});

it("concatenates the units' notes with each unit's code and name, in unit-code order", () => {
  const text = cellOf('PL01', '1', '8').value as string;
  const lines = text.split('\n');
  expect(lines).toHaveLength(units.length);
  expect(lines[0]).toBe('CS01 CĐCS Công ty TNHH MTV Lâm nghiệp Bắc Kạn: Số liệu ví dụ, không phải số liệu chính thức');
  expect(lines.map((l) => l.split(' ')[0])).toEqual([...units].sort());
});

describe('money without drift', () => {
  /** The default pack with the "Mái ấm" money (triệu đồng) allowed two decimals. */
  const millions: TemplatePack = JSON.parse(JSON.stringify(pack));
  millions.annexes.find((a) => a.id === 'PL03')!.rows.find((r) => r.code === '12.1')!.decimals = 2;
  const amounts = [0.1, 0.2, 0.3, 0.01, 0.02, 0.03, 1.1, 2.2];

  it('adds 0,1 + 0,2 + … to exactly the decimal sum', () => {
    const subs = amounts.map((v, i) => {
      const unit = directUnits(millions)[i];
      const f = figuresOf(unit, millions);
      f.PL03['12']['1'] = 1;
      f.PL03['12.1']['1'] = v;
      return submission(unit, { figures: f, p: millions });
    });
    const merged = mergeSubmissions(millions, subs, { annexIds: ['PL03'] });
    expect(merged.entries.every((e) => e.decision.merged)).toBe(true);
    const cell = merged.cells.get('PL03|12.1|1');
    expect(cell).toMatchObject({ kind: 'aggregate', fn: 'sum' });
    expect((cell as { value: Decimal }).value.toString()).toBe('3.96');
    // A float sum drifts; the summary's cached value is the exact one.
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(3.96);
    const sheet = summaryWorkbook(millions, merged).sheets[0];
    expect(sheet.cells.find((c) => c.row === sheet.layout.rows['12.1'] && c.col === sheet.layout.cols['1'])!.value).toBe(3.96);
  });
});

describe('min, max and ratio aggregations of input rows', () => {
  const custom: TemplatePack = JSON.parse(JSON.stringify(pack));
  const pl02 = custom.annexes.find((a) => a.id === 'PL02')!;
  pl02.rows.find((r) => r.code === '1.1')!.aggregation = { type: 'min' };
  pl02.rows.find((r) => r.code === '4.1')!.aggregation = { type: 'max' };
  pl02.rows.find((r) => r.code === '5.2')!.aggregation = { type: 'ratio', numerator: '5.1', denominator: '5', scale: 100 };
  pl02.rows.find((r) => r.code === '16')!.aggregation = { type: 'none' };
  const some = ['H01', 'H03', 'N01', 'CS02'];

  it('takes the smallest, the largest, the ratio of the sums, and nothing for none', () => {
    const merged = mergeSubmissions(custom, some.map((u) => submission(u, { p: custom })), { annexIds: ['PL02'] });
    const sheet = summaryWorkbook(custom, merged).sheets[0];
    const at = (row: string, col: string) => sheet.cells.find((c) => c.row === sheet.layout.rows[row] && c.col === sheet.layout.cols[col])!;
    const values = (row: string, col: string) => some.map((u) => figuresOf(u, custom).PL02[row][col] as number);
    for (const col of ['1', '2', '3']) {
      expect(at('1.1', col)).toMatchObject({ value: Math.min(...values('1.1', col)), formula: expect.stringMatching(/^MIN\('Chi tiết PL02'!/) });
      expect(at('4.1', col)).toMatchObject({ value: Math.max(...values('4.1', col)), formula: expect.stringMatching(/^MAX\('Chi tiết PL02'!/) });
      const sum = (row: string) => values(row, col).reduce((a, b) => a + b, 0);
      expect(at('5.2', col).value).toBeCloseTo((sum('5.1') / sum('5')) * 100, 9);
      expect(at('5.2', col).formula).toMatch(/^IFERROR\([A-Z]+\d+\/[A-Z]+\d+\*100,""\)$/);
      expect(at('16', col)).toMatchObject({ value: null });
      expect(at('16', col).formula).toBeUndefined();
    }
  });

  it('an empty merge still gives a workbook: every cell empty, the log and completeness say why', () => {
    const merged = mergeSubmissions(pack, []);
    const model = summaryWorkbook(pack, merged);
    // No formula over the detail sheet (it has no unit row); only the pack's own targets are figures.
    const annexCells = model.sheets.filter((s) => s.layout.codeRow >= 0).flatMap((s) => s.cells);
    expect(annexCells.filter((c) => c.formula?.includes('Chi tiết'))).toEqual([]);
    expect(annexCells.filter((c) => !c.formula && typeof c.value === 'number' && c.style.startsWith('input')).map((c) => c.value)).toEqual(pack.annexes[0].rows.flatMap((r) => (r.target?.value == null ? [] : [r.target.value])));
    expect(writeWorkbook(model).length).toBeGreaterThan(0);
    expect(merged.completeness.every((c) => c.reporting.kind === 'missing')).toBe(true);
  });
});

describe('sums past 2^53, checked with plain BigInt (not the Decimal under test)', () => {
  // Whole numbers are added as doubles while the total is exact; past 2^53 the merge must switch to
  // exact arithmetic. 9 007 199 254 740 991 + 2 as doubles gives …992.
  const big = [Number.MAX_SAFE_INTEGER, 2, 1_000_000_007];
  const units3 = directUnits().slice(0, 3);
  const cell = { annex: 'PL07', row: '22', col: '1' };
  // The balance rules fail with such figures: the units are merged with a reason, as staff may.
  const overrides = units3.map((unitCode) => ({ unitCode, reason: 'kiểm thử tổng lớn' }));
  const merged = mergeSubmissions(
    pack,
    units3.map((u, i) => {
      const f = figuresOf(u);
      f[cell.annex][cell.row][cell.col] = big[i];
      return submission(u, { figures: f });
    }),
    { overrides },
  );

  it('totals a money cell exactly', () => {
    expect(merged.entries.every((e) => e.decision.merged)).toBe(true);
    const want = big.reduce((s, n) => s + BigInt(n), 0n);
    expect(summaryValue(merged.cells.get(`${cell.annex}|${cell.row}|${cell.col}`))?.toString()).toBe(want.toString());
    expect(want.toString()).toBe('9007200254741000');
  });

  it('totals the first two exactly too (the sum that first leaves the doubles)', () => {
    const two = mergeSubmissions(
      pack,
      units3.slice(0, 2).map((u, i) => {
        const f = figuresOf(u);
        f[cell.annex][cell.row][cell.col] = big[i];
        return submission(u, { figures: f });
      }),
      { overrides },
    );
    expect(two.entries.every((e) => e.decision.merged)).toBe(true);
    expect(summaryValue(two.cells.get(`${cell.annex}|${cell.row}|${cell.col}`))?.toString()).toBe('9007199254740993');
  });
});
