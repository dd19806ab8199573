import { defaultPack } from '../../../src/core/load/load-pack';
import { mergingUnits, unitTree } from '../../../src/core/merge/unit-tree';
import type { TemplatePack } from '../../../src/core/pack/types';

const pack = defaultPack();

describe('the units of a pack as a tree', () => {
  test('the units that can merge: the issuer, then each unit with units below it, in pack order', () => {
    expect(mergingUnits(pack).map((u) => u.code)).toEqual(['T00', 'H01', 'H02', 'N01', 'N02']);
    expect(mergingUnits(pack)[0]).toEqual({ code: 'T00', name: pack.issuer.name, kind: 'province', parent: 'T00' });
  });

  test('a unit gets units below it: it becomes a merging unit too', () => {
    const deeper: TemplatePack = { ...pack, units: [...pack.units, { code: 'X1', name: 'Tổ công đoàn thử', kind: 'grassroots', parent: 'H03' }] };
    expect(mergingUnits(deeper).map((u) => u.code)).toEqual(['T00', 'H01', 'H02', 'H03', 'N01', 'N02']);
    expect(unitTree(deeper).isBelow('X1', 'T00')).toBe(true);
  });
});
