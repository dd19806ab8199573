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
    expect(back.pack.annexes.find((a) => a.id === 'PL07')!.rows.find((r) => r.code === '40')!.transfer).toEqual({ direction: 'toParent', counterpart: '25' });
    expect(back.pack.annexes.find((a) => a.id === 'PL05')!.signature).toEqual({ dateLine: true, blocks: [] });
    expect(back.pack.rules.find((r) => r.id === 'X.explicit-compare')).toMatchObject({ kind: 'compare', tolerance: { rel: 0.001 } });
    expect(back.pack.annexes.find((a) => a.id === 'PL04')!.rows[3].aggregation).toEqual({ type: 'ratio', numerator: '1', denominator: '2', scale: 1000 });
  });

  it('the leaf comparison fails when the exporter forgets a field', () => {
    const pack = loadPack(fullPackJson(), 'full.json');
    const forgotten = JSON.parse(JSON.stringify(pack));
    delete forgotten.annexes[0].columns[1].period;
    expect(leafDifferences(pack, forgotten)).toEqual(['.annexes[0].columns[1].period: expected "toPeriodEnd", got undefined']);
  });
});
