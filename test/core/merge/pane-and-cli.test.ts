import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { mergeFiles } from '../../../src/cli/merge-command';
import { exampleFigures } from '../../../src/core/demo/example-figures';
import { defaultPack } from '../../../src/core/load/load-pack';
import { withFigures } from '../../../src/core/report/model-source';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { summaryWithOverview } from '../../../src/core/overview/summary-with-overview';
import { buildSummary, planMerge, ReadBudget, sha256Hex, submissionFromBytes } from '../../../src/taskpane/merge/merge-engine';
import { examineSubmission } from '../../../src/core/merge/examine';
import { writeWorkbook } from '../../../src/xlsx/write';

/** The Tổng hợp tab and `annex merge` build the same summary from the same files, cell for cell. */
test('the pane and the CLI give the same summary for the same files', async () => {
  const pack = defaultPack();
  const dir = mkdtempSync(join(tmpdir(), 'pane-cli-'));
  const files = ['H01', 'H02', 'N01', 'CS02'].map((unit) => {
    const path = join(dir, `${unit}.xlsx`);
    writeFileSync(path, writeWorkbook(withFigures(renderWorkbook(pack, unit), exampleFigures(pack, unit)), { modified: new Date('2020-12-20T08:00:00Z') }));
    return path;
  });

  // What `annex merge` writes: the summary with its overview "Tổng quan" first (merge-command.ts).
  const fromCli = summaryWithOverview(pack, mergeFiles(pack, files, { mergingUnit: pack.issuer.code }, { threads: 1 }), { lang: 'vi' }).model;

  const budget = new ReadBudget();
  const examined = [];
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const submission = submissionFromBytes(path, bytes, await sha256Hex(bytes), statSync(path).mtimeMs, budget);
    examined.push(examineSubmission(pack, submission));
  }
  const fromPane = buildSummary(pack, planMerge(pack, examined, { mergingUnit: pack.issuer.code }), 'vi').model;

  expect(fromPane.sheets.map((s) => s.name)).toEqual(fromCli.sheets.map((s) => s.name));
  for (const [i, sheet] of fromCli.sheets.entries()) {
    expect({ name: sheet.name, cells: fromPane.sheets[i].cells }).toEqual({ name: sheet.name, cells: sheet.cells });
  }
  expect(fromPane.metaSheet).toEqual(fromCli.metaSheet);
});
