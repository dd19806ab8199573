import type { TemplatePack } from '../pack/types';
import type { CellSource } from '../report/cell-source';
import { readUnitReport } from '../report/read-unit-report';
import type { UnitReport } from '../report/unit-report';
import { runBuiltins } from './builtins';
import { packRules } from './check-rules';
import { countFindings, SEVERITY_RANK, type Finding, type FindingCounts } from './finding';
import { FigureReader } from './figures';
import { formulaFindings } from './formula-findings';
import { packIndex } from '../pack/pack-index';
import { unitForm } from '../pack/kind-form';
import { runRule } from './run-rules';
import { structureFindings } from './structure-findings';
import { embeddedFindings } from './embedded-findings';
import type { EmbeddedNote } from '../pack/compare-packs';
import type { Rule } from './types';

/**
 * Validation entry points, for the CLI and the task pane's Kiểm tra tab:
 * - `validateSource(source, pack)`: a workbook as read (file or Excel) → report + findings;
 * - `validateReport(report, pack)`: the same from an already read UnitReport.
 * Findings come sorted: the workbook first, then annex by annex in pack order, errors before
 * warnings before info, then by row and column order of the pack.
 */

export interface ValidationResult {
  report: UnitReport;
  findings: Finding[];
  counts: FindingCounts;
  /** No error: the unit may be merged (warnings need an explanation, info is for reading). */
  passed: boolean;
}

export interface ValidateOptions {
  /** Only these rules (default: every rule of the pack). */
  rules?: readonly Rule[];
  /** What differs in the pack the workbook carries (core/packbook/embed.ts `embeddedNote`): said, never used. */
  embedded?: EmbeddedNote | null;
}

export function validateSource(source: CellSource, pack: TemplatePack, opts: ValidateOptions = {}): ValidationResult {
  return validateReport(readUnitReport(source, pack), pack, opts);
}

export function validateReport(report: UnitReport, pack: TemplatePack, opts: ValidateOptions = {}): ValidationResult {
  // The unit's form: the rules and cells of the annexes and rows its kind of unit is asked for.
  const form = unitForm(pack, report.unitCode);
  const figures = new FigureReader(report, form);
  const rules = opts.rules ?? packRules(form);
  const ctx = { report, pack: form, figures };
  const findings = sortFindings(pack, [...embeddedFindings(opts.embedded, pack), ...structureFindings(report, pack), ...runBuiltins(report, form, figures), ...formulaFindings(report, form, figures), ...rules.flatMap((r) => runRule(r, ctx))]);
  const counts = countFindings(findings);
  return { report, findings, counts, passed: counts.error === 0 };
}

export function sortFindings(pack: TemplatePack, findings: Finding[]): Finding[] {
  const index = packIndex(pack);
  const annexOrder = (id: string | null) => (id === null ? -1 : pack.annexes.findIndex((a) => a.id === id));
  const position = (f: Finding) => {
    const annex = f.annexId ? index.annex(f.annexId) : undefined;
    const row = annex && f.rowCode ? annex.rowOrder.indexOf(f.rowCode) : -1;
    const col = annex && f.colCode ? annex.colOrder.indexOf(f.colCode) : -1;
    return [row, col];
  };
  return findings
    .map((f, i) => ({ f, i, p: position(f) }))
    .sort((a, b) => annexOrder(a.f.annexId) - annexOrder(b.f.annexId) || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i)
    .map((x) => x.f);
}
