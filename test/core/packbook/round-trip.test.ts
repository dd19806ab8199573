import { defaultPack } from '../../../src/core/load/load-pack';
import { describeIssue } from '../../../src/core/pack/json-checker';
import { compileBytes, leafDifferences, packBookBytes } from './helpers';

describe('pack workbook round trip', () => {
  it('default pack → workbook → pack is equal, leaf for leaf', () => {
    const pack = defaultPack();
    const read = compileBytes(packBookBytes(pack));
    if (!read.ok) throw new Error('issues' in read ? read.issues.map((i) => describeIssue(i, 'en')).join('\n') : read.unreadable.en);
    expect(leafDifferences(pack, read.pack)).toEqual([]);
  });
});
