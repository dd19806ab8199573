import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { exampleFigures } from '../../src/core/demo/example-figures';
import type { TemplatePack } from '../../src/core/pack/types';
import { withFigures } from '../../src/core/report/model-source';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { pack } from '../core/rules/helpers';

/**
 * Many files are examined on worker threads — which run compiled JavaScript, so this suite loads the
 * built CLI (`npm run build:cli`, done by CI before the tests) and checks that threads change nothing:
 * the same log and the same summary bytes as on one thread.
 */

const built = resolve(__dirname, '../../build/cli/cli/merge-command.js');
const describeBuilt = existsSync(built) && existsSync(resolve(__dirname, '../../build/cli/cli/merge-worker.js')) ? describe : describe.skip;
if (!existsSync(built)) console.warn('build/cli is missing (npm run build:cli): the worker-thread merge suite is skipped.');

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
