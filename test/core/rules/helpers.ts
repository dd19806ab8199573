import { exampleFigures, type FigureMap } from '../../../src/core/demo/example-figures';
import { defaultPack } from '../../../src/core/load/load-pack';
import type { TemplatePack } from '../../../src/core/pack/types';
import { sourceFromModel, withFigures, type ModelSource } from '../../../src/core/report/model-source';
import { compileRules } from '../../../src/core/rules/check-rules';
import type { Finding } from '../../../src/core/rules/finding';
import type { Rule } from '../../../src/core/rules/types';
import { validateSource, type ValidationResult } from '../../../src/core/rules/validate';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';

/** Shared by the rule and report tests: the default pack, its demo figures, workbooks built from them. */

export const pack: TemplatePack = defaultPack();

export function figures(unit = 'H01'): FigureMap {
  return JSON.parse(JSON.stringify(exampleFigures(pack, unit)));
}

/** The rendered workbook of `unit` with figures typed in, as a CellSource (tamper with its sheets freely). */
export function source(figs: FigureMap = figures(), unit = 'H01', opts: { overwrite?: boolean } = {}): ModelSource {
  return sourceFromModel(withFigures(renderWorkbook(pack, unit), figs, opts), `${unit}.xlsx`);
}

export function validate(src: ModelSource, rules?: Rule[]): ValidationResult {
  return validateSource(src, pack, rules ? { rules } : {});
}

/** Compiles ad-hoc rule records against the default pack's annexes; fails the test on an issue. */
export function rules(...records: object[]): Rule[] {
  const result = compileRules(records, pack.annexes);
  if (result.issues.length) throw new Error(JSON.stringify(result.issues));
  return result.rules;
}

export function byRule(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.ruleId === id);
}

export const msg = { vi: 'trái {left}, phải {right}, lệch {diff}', en: 'left {left}, right {right}, diff {diff}' };

/** Sets (or, with undefined, blanks) one figure. */
export function put(figs: FigureMap, annex: string, row: string, col: string, value: number | string | undefined): FigureMap {
  const rows = (figs[annex] ??= {});
  const cols = (rows[row] ??= {});
  if (value === undefined) delete cols[col];
  else cols[col] = value;
  return figs;
}

export function num(figs: FigureMap, annex: string, row: string, col: string): number {
  const v = figs[annex]?.[row]?.[col];
  if (typeof v !== 'number') throw new Error(`no number at ${annex} r${row} c${col}`);
  return v;
}

/** 0-based position of a pack cell in the freshly rendered sheet of `unit`. */
export function position(annexId: string, rowCode: string, colCode: string, unit = 'H01'): { row: number; col: number } {
  const sheet = renderWorkbook(pack, unit).sheets.find((s) => s.identity.annexId === annexId)!;
  return { row: sheet.layout.rows[rowCode], col: sheet.layout.cols[colCode] };
}

export function sheetOf(src: ModelSource, annexId: string) {
  const name = pack.annexes.find((a) => a.id === annexId)!.sheetName;
  return src.sheets.find((s) => s.name === name)!;
}
