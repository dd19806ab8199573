import { Decimal } from '../../../src/core/numbers/decimal';
import { summaryValue, type SummaryCell } from '../../../src/core/merge/aggregate';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import type { Submission } from '../../../src/core/merge/submission';
import { summaryWorkbook } from '../../../src/core/summary';
import { writeWorkbook } from '../../../src/xlsx/write';
import { directUnits, figuresOf, pack, shuffled, submission, submissionFromModel } from './helpers';

/** Properties of the merge that must hold for any input: order, composition, recomputation. */

const SEEDS = [1, 7, 42, 2020, 99991];

/** A realistic inbox: clean units, one with errors, one resubmission, one unreadable file, one foreign pack. */
function inbox(): Submission[] {
  const units = directUnits().filter((u) => u !== 'H07');
  const subs = units.map((u) => submission(u));
  const broken = figuresOf('N02');
  broken.PL02['2']['2'] = (broken.PL02['2']['2'] as number) + 7;
  subs[units.indexOf('N02')] = submission('N02', { figures: broken });
  subs.push(submission('H05', { fileName: 'H05-gui-lai.xlsx', savedAt: new Date(Date.UTC(2020, 11, 24)) }));
  subs.push({ fileName: 'hong.xlsx', savedAt: null, sha256: 'x', content: { kind: 'unreadable', message: { vi: 'hỏng', en: 'corrupt' } } });
  return subs;
}

describe('the same files in any order give the same summary, cell for cell', () => {
  const files = inbox();
  const reference = summaryWorkbook(pack, mergeSubmissions(pack, files));
  const referenceBytes = writeWorkbook(reference);

  it.each(SEEDS)('shuffle %i', (seed) => {
    const model = summaryWorkbook(pack, mergeSubmissions(pack, shuffled(files, seed)));
    expect(model).toEqual(reference);
    expect(Buffer.from(writeWorkbook(model)).equals(Buffer.from(referenceBytes))).toBe(true);
  });
});

describe("merging the districts' summaries = merging all their units", () => {
  const grassroots = (district: string) => pack.units.filter((u) => u.parent === district).map((u) => u.code);
  const districts = ['H01', 'H02'];
  const all = districts.flatMap(grassroots);

  it('gives the same figures in every cell, through written and re-read summaries', () => {
    const direct = mergeSubmissions(pack, all.map((u) => submission(u)));
    const summaries = districts.map((d) => {
      const result = mergeSubmissions(pack, grassroots(d).map((u) => submission(u)), { mergingUnit: d });
      return submissionFromModel(summaryWorkbook(pack, result), `${d}-tong-hop.xlsx`);
    });
    const composed = mergeSubmissions(pack, summaries);

    expect(composed.entries.map((e) => e.decision.status)).toEqual(['ready', 'ready']);
    expect(composed.contains).toEqual(direct.contains);
    expect(composed.contains).toEqual([...all].sort());
    let numbers = 0;
    for (const [id, cell] of direct.cells) {
      const other = composed.cells.get(id)!;
      if (cell.kind === 'text') {
        // Notes nest: "H01 LĐLĐ …: H01.CS01 …: text" — every unit's note is still there.
        for (const line of cell.text.split('\n')) expect((other as { text: string }).text).toContain(line);
        continue;
      }
      const value = (c: SummaryCell) => summaryValue(c)?.toString() ?? null;
      expect([id, value(other)]).toEqual([id, value(cell)]);
      if (value(cell) !== null) numbers++;
    }
    expect(numbers).toBeGreaterThan(200);
  });

  it('a district summary of a summary composes too (three levels)', () => {
    const h01 = mergeSubmissions(pack, grassroots('H01').map((u) => submission(u)), { mergingUnit: 'H01' });
    const province = mergeSubmissions(pack, [submissionFromModel(summaryWorkbook(pack, h01), 'H01.xlsx'), submission('H03')]);
    const again = submissionFromModel(summaryWorkbook(pack, province), 'T00.xlsx');
    // The province's summary lists every unit inside, including those inside H01's summary.
    expect(province.contains).toEqual(['H01.CS01', 'H01.CS02', 'H01.CS03', 'H03']);
    const meta = (again.content as { source: { sheets: Array<{ name: string; cell(r: number, c: number): { value: { kind: string; text?: string } } }> } }).source.sheets.find((s) => s.name === '_annex_meta')!;
    const rows = Array.from({ length: 20 }, (_, r) => [meta.cell(r, 0).value.text, meta.cell(r, 1).value.text]);
    expect(rows).toContainEqual(['summary.contains', 'H01.CS01,H01.CS02,H01.CS03,H03']);
  });
});

describe('rates are recomputed from the summed parts for any subset of units', () => {
  it.each(SEEDS)('subset %i', (seed) => {
    const units = shuffled(directUnits(), seed).slice(0, 3 + (seed % 9));
    const result = mergeSubmissions(pack, units.map((u) => submission(u)));
    const value = (id: string) => summaryValue(result.cells.get(id));
    for (const col of ['1', '2', '3']) {
      const rated = value(`PL02|11|${col}`);
      const good = value(`PL02|12|${col}`);
      const rate = value(`PL02|13|${col}`);
      if (!rated || rated.isZero()) expect(rate).toBeNull();
      else expect(rate!.toString()).toBe(good!.div(rated)!.mul(Decimal.HUNDRED).toString());
    }
    // Sums equal the independent sum of what the units typed.
    for (const [annex, row, col] of [['PL02', '5', '1'], ['PL07', '23', '3'], ['PL04', '6', '2']]) {
      const want = units.reduce((acc, u) => acc.add(Decimal.fromNumber(figuresOf(u)[annex][row][col] as number)), Decimal.ZERO);
      expect(value(`${annex}|${row}|${col}`)!.toString()).toBe(want.toString());
    }
  });
});
