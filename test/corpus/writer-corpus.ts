/**
 * The writers corpus: ONE filled template (the default pack rendered for one unit, filled with
 * exampleFigures, written by writeWorkbook), as each writer saves it. Shared by the generator
 * (generate-writers.ts, run by hand) and the tests (writers.test.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { defaultPack } from '../../src/core/load/load-pack';
import type { TemplatePack } from '../../src/core/pack/types';
import type { CellValue } from '../../src/core/report/cell-source';
import { withFigures } from '../../src/core/report/model-source';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import type { UnitReport } from '../../src/core/report/unit-report';
import { validateSource } from '../../src/core/rules/validate';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import type { CellSource } from '../../src/core/report/cell-source';

export const WRITERS_DIR = join(__dirname, 'writers');
export const CORPUS_UNIT = 'H02';
export const CORPUS_SEED = 2020;

/** The committed files: name → what wrote it. */
export const COMMITTED_WRITERS: Record<string, string> = {
  'original.xlsx': 'this project (writeWorkbook), the file every other one was made from',
  'libreoffice.xlsx': 'LibreOffice 7.4 Calc, "Excel 2007-365" (soffice --convert-to xlsx)',
  'libreoffice.ods': 'LibreOffice 7.4 Calc, OpenDocument (soffice --convert-to ods)',
  'libreoffice.xls': 'LibreOffice 7.4 Calc, "Excel 97-2003" BIFF8 (soffice --convert-to xls)',
  'openpyxl.xlsx': 'openpyxl 3.0.9 (Debian python3-openpyxl): load_workbook + save; formulas keep no cached values',
};

export function filledModel(pack: TemplatePack = defaultPack()): WorkbookModel {
  return withFigures(renderWorkbook(pack, CORPUS_UNIT), exampleFigures(pack, CORPUS_UNIT, CORPUS_SEED));
}

export function committed(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(WRITERS_DIR, name)));
}

/** Everything the figures of a unit are, as one comparable value: values of every value cell by annex/row/col, and the findings. */
export interface Extracted {
  unitCode: string | null;
  issues: string[];
  cells: Record<string, string>;
  findings: string[];
}

export function extract(source: CellSource, pack: TemplatePack): Extracted {
  const report: UnitReport = readUnitReport(source, pack);
  const cells: Record<string, string> = {};
  for (const [annexId, annex] of report.annexes) {
    for (const [row, cols] of annex.cells) {
      for (const [col, cell] of cols) cells[`${annexId} r${row} c${col}`] = (cell.hasFormula ? 'ƒ ' : '') + show(cell.value, cell.hasFormula);
    }
  }
  const result = validateSource(source, pack);
  return {
    unitCode: report.unitCode,
    issues: [...report.issues.map((i) => i.kind), ...[...report.annexes.values()].flatMap((a) => a.issues.map((i) => `${a.annexId}:${i.kind}`))],
    cells,
    findings: result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.annexId ?? ''}!${f.address ?? ''} ${f.message.en}`),
  };
}

/** A formula's cached result depends on the writer (none from openpyxl, recomputed by LibreOffice): only inputs are compared by value. */
function show(v: CellValue, formula: boolean): string {
  if (formula) return '';
  switch (v.kind) {
    case 'blank':
      return '∅';
    case 'number':
      return `n:${v.value}`;
    case 'text':
      return `t:${v.text}`;
    case 'bool':
      return `b:${v.value}`;
    case 'error':
      return `e:${v.code}`;
  }
}
