import { defaultPack, loadPack } from '../../../src/core/load/load-pack';
import { describeIssue } from '../../../src/core/pack/json-checker';
import type { TemplatePack } from '../../../src/core/pack/types';
import { compileBytes, leafDifferences, packBookBytes } from './helpers';
import { fullPackJson } from './full-pack';

function roundTrip(pack: TemplatePack): { pack: TemplatePack; json: unknown } {
  const read = compileBytes(packBookBytes(pack));
  if (!read.ok) throw new Error('issues' in read ? read.issues.map((i) => describeIssue(i, 'en')).join('\n') : read.unreadable.en);
  return { pack: read.pack, json: JSON.parse(JSON.stringify(read.pack)) };
}

describe('pack workbook round trip', () => {
  it('default pack → workbook → pack is equal, leaf for leaf', () => {
    const pack = defaultPack();
    expect(leafDifferences(pack, roundTrip(pack).pack)).toEqual([]);
  });

  it('a pack written by hand in JSON with every field of format 2 → workbook → JSON is the same JSON', () => {
    const pack = loadPack(fullPackJson(), 'full.json');
    const back = roundTrip(pack);
    expect(leafDifferences(JSON.parse(JSON.stringify(pack)), back.json)).toEqual([]);
    // The fields this test exists for are really there (a loader that dropped them would pass the comparison).
    const transfers = (q: TemplatePack) => q.annexes.flatMap((a) => a.rows.filter((r) => r.transfer).map((r) => `${a.id} ${r.code} ${r.transfer!.direction} ${r.transfer!.counterpart}`));
    expect(new Set(transfers(back.pack).map((t) => t.split(' ')[2]))).toEqual(new Set(['toParent', 'fromChildren', 'fromParent', 'toChildren']));
    expect(transfers(back.pack)).toEqual(transfers(pack));
    expect(back.pack.rules.find((r) => r.id === 'X.one-way')).toMatchObject({ kind: 'compulsoryPair', when: 'nonZero' });
    expect(back.pack.campaign.congresses?.map((c) => c.id)).toEqual(['IX', 'XII']);
    expect(back.pack.annexes.find((a) => a.id === 'PL01')!.rows[1].target).toEqual({ value: 2000, congress: 'IX', measure: 'termTotal', direction: '>=', source: '2.497 = 125 % (TTXVN 2023)' });
    expect(back.pack.departments[1].topics).toEqual(['Chương trình 740/CTr-TLĐ', 'Thu, chi, tài sản']);
    expect(back.pack.units[0].place).toBe('TP Bắc Kạn');
    expect(back.pack.annexes.find((a) => a.id === 'PL05')!.signature).toEqual({ dateLine: true, blocks: [] });
    expect(back.pack.rules.find((r) => r.id === 'X.explicit-compare')).toMatchObject({ kind: 'compare', tolerance: { rel: 0.001 } });
    expect(back.pack.annexes.find((a) => a.id === 'PL04')!.rows[3].aggregation).toEqual({ type: 'ratio', numerator: '1', denominator: '2', scale: 1000 });
  });

  it('the leaf comparison fails when the exporter forgets a field', () => {
    const pack = loadPack(fullPackJson(), 'full.json');
    const forgotten = JSON.parse(JSON.stringify(pack));
    const i = pack.annexes[0].columns.findIndex((c) => c.period);
    expect(i).toBeGreaterThanOrEqual(0);
    delete forgotten.annexes[0].columns[i].period;
    expect(leafDifferences(pack, forgotten)).toEqual([`.annexes[0].columns[${i}].period: expected "toPeriodEnd", got undefined`]);
  });
});
