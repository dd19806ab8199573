import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { exampleFigures } from '../../src/core/demo/example-figures';
import type { TemplatePack } from '../../src/core/pack/types';
import { withFigures } from '../../src/core/report/model-source';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { threadCount } from '../../src/cli/merge-parallel';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack } from '../core/rules/helpers';
import { builtCli, requiring } from '../support/requires';

/**
 * Many files are examined on worker threads — which run compiled JavaScript, so this suite loads the
 * built CLI (`npm run build:cli`, done by CI before the tests) and checks that threads change nothing:
 * the same log and the same summary bytes as on one thread.
 */

const built = resolve(__dirname, '../../build/cli/cli/merge-command.js');
const describeBuilt = requiring(builtCli(), 'the merge on worker threads').describe;

describeBuilt('the merge on worker threads', () => {
  it('gives the same result as on one thread', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const cli = require(built) as typeof import('../../src/cli/merge-command');
    const { summaryWorkbook } = require(resolve(__dirname, '../../build/cli/core/summary/index.js')) as typeof import('../../src/core/summary');
    const { writeWorkbook: write } = require(resolve(__dirname, '../../build/cli/xlsx/write.js')) as typeof import('../../src/xlsx/write');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const many: TemplatePack = { ...pack, units: [...pack.units, ...Array.from({ length: 60 }, (_, i) => ({ code: `P${i + 10}`, name: `CĐCS số ${i + 10}`, kind: 'grassroots' as const, parent: 'T00' }))] };
    const dir = mkdtempSync(join(tmpdir(), 'annex-threads-'));
    const files = many.units.filter((u) => u.parent === 'T00').map((u) => {
      const file = join(dir, `${u.code}.xlsx`);
      writeFileSync(file, writeWorkbook(withFigures(renderWorkbook(many, u.code, undefined, { checks: false }), exampleFigures(many, u.code))));
      return file;
    });
    writeFileSync(join(dir, 'hong.xlsx'), 'not a workbook');
    files.push(join(dir, 'hong.xlsx'));

    const one = cli.mergeFiles(many, files, {}, { threads: 1 });
    const two = cli.mergeFiles(many, files, {}, { threads: 2 });
    expect(two.entries).toEqual(one.entries);
    expect(Buffer.from(write(summaryWorkbook(many, two))).equals(Buffer.from(write(summaryWorkbook(many, one))))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('how many threads a merge uses', () => {
  test('one per free core: a second thread on two busy cores only competes with the other work', () => {
    expect(threadCount(1000, undefined, { cores: 2, load: 0.1 })).toBe(2);
    expect(threadCount(1000, undefined, { cores: 2, load: 0.8 })).toBe(1);
    expect(threadCount(1000, undefined, { cores: 2, load: 4.3 })).toBe(1);
    expect(threadCount(1000, undefined, { cores: 8, load: 2 })).toBe(6);
    expect(threadCount(1000, undefined, { cores: 32, load: 0 })).toBe(8);
  });
  test('never more than the files keep busy (24 a thread), never fewer than one', () => {
    expect(threadCount(30, undefined, { cores: 4, load: 0 })).toBe(1);
    expect(threadCount(60, undefined, { cores: 4, load: 0 })).toBe(2);
    expect(threadCount(0, undefined, { cores: 4, load: 0 })).toBe(1);
  });
  test('--threads replaces the count of free cores, within what the files keep busy', () => {
    expect(threadCount(1000, 2, { cores: 2, load: 4.3 })).toBe(2);
    expect(threadCount(50, 4, { cores: 8, load: 0 })).toBe(2);
    expect(threadCount(1000, 1, { cores: 8, load: 0 })).toBe(1);
  });
});
