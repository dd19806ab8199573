/**
 * The check sheet's verdicts, as a spreadsheet program computed them (read from its file), against
 * the evaluator's findings on the same file: rule instance by rule instance, built-in check by
 * built-in check, the counts and the marks of every cell.
 */
import type { CheckLine } from '../../../src/core/checks/check-sheet';
import { CHECK_NAMES, COUNT_COL, FIG, LINE, ROW } from '../../../src/core/checks/layout';
import { CHECK_SHEET_NAME } from '../../../src/core/sheet/sheet-names';
import type { TemplatePack } from '../../../src/core/pack/types';
import { severityCode, VERDICT } from '../../../src/core/rules/compile-formula';
import type { Finding } from '../../../src/core/rules/finding';
import { cellKeyId, type CellKey } from '../../../src/core/pack/cell-key';
import { validateSource } from '../../../src/core/rules/validate';
import { cellAt, type ReadWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';

export interface LineOutcome {
  row: number;
  ruleId: string;
  annexId: string;
  kind: CheckLine['kind'];
  what: string;
  formula: number | string | null;
  evaluator: number;
  formulaCount?: number | string | null;
  evaluatorCount?: number;
}

const sameCell = (c: { annexId: string; rowCode: string; colCode: string }, k: CellKey) => c.annexId === k.annexId && c.rowCode === k.rowCode && c.colCode === k.colCode;

/** The finding the evaluator made for a line, as a verdict code (0: none). */
export function evaluatorVerdict(line: CheckLine, findings: readonly Finding[]): { verdict: number; count?: number } {
  const code = (fs: readonly Finding[]) => (fs.length ? (fs[0].severity === 'info' && fs[0].kind === 'target' ? VERDICT.info : severityCode(fs[0].severity)) : 0);
  switch (line.kind) {
    case 'compare':
      return { verdict: code(findings.filter((f) => f.ruleId === line.ruleId && f.kind === 'rule' && f.cells[0] && sameCell(f.cells[0], line.keys[0]))) };
    case 'presence': {
      const ids = new Set(line.keys.map(cellKeyId));
      return { verdict: code(findings.filter((f) => f.ruleId === line.ruleId && f.cells.length === ids.size && f.cells.every((c) => ids.has(cellKeyId(c))))) };
    }
    case 'target':
      return { verdict: code(findings.filter((f) => f.ruleId === line.ruleId && f.rowCode === line.rowCode)) };
    case 'builtin': {
      const fs = findings.filter((f) => f.ruleId === line.ruleId && f.annexId === line.annexId);
      return { verdict: code(fs), count: fs.length };
    }
    case 'structure':
      return { verdict: findings.some((f) => f.ruleId === 'structure.annex' && f.annexId === line.annexId && f.severity !== 'info') ? VERDICT.error : 0 };
    default:
      return { verdict: 0 };
  }
}

export interface Comparison {
  lines: LineOutcome[];
  disagreements: LineOutcome[];
  counts: { formula: { errors: unknown; warnings: unknown }; evaluator: { errors: number; warnings: number } };
  marks: { disagreements: string[]; marked: Map<string, number> };
  findings: Finding[];
}

/** Reads a workbook recalculated by a spreadsheet program and compares its check sheet with the evaluator. */
export function compareWithEvaluator(pack: TemplatePack, wb: ReadWorkbook, lines: readonly CheckLine[], figureRows: ReadonlyMap<string, number>, label = 'file'): Comparison {
  const { findings } = validateSource(toCellSource(wb, label), pack);
  const sheet = wb.sheets.find((s) => s.name === CHECK_SHEET_NAME);
  if (!sheet) throw new Error('no check sheet');
  return compareCheckValues(findings, (row, col) => cellAt(sheet, row, col)?.value ?? null, lines, figureRows);
}

/**
 * The check sheet's values, however computed (a spreadsheet program's file, or the project's own
 * formula evaluator), against the rule engine's findings on the same figures.
 */
export function compareCheckValues(findings: Finding[], value: (row: number, col: number) => unknown, lines: readonly CheckLine[], figureRows: ReadonlyMap<string, number>): Comparison {
  const outcomes: LineOutcome[] = [];
  for (const line of lines) {
    if (line.kind === 'addIn' || line.kind === 'notApplicable') continue;
    const e = evaluatorVerdict(line, findings);
    const raw = value(line.row, LINE.verdict);
    const formula = typeof raw === 'number' && raw <= 0 ? 0 : (raw as number | string | null);
    const what = `${line.annexId} ${line.ruleId}${line.scope?.col ? ` c${line.scope.col}` : ''}${line.scope?.row ? ` r${line.scope.row}` : ''}${line.rowCode ? ` r${line.rowCode}` : ''} (line ${line.row + 1})`;
    outcomes.push({
      row: line.row,
      ruleId: line.ruleId,
      annexId: line.annexId,
      kind: line.kind,
      what,
      formula,
      evaluator: e.verdict,
      ...(e.count !== undefined && { formulaCount: value(line.row, LINE.left) as number, evaluatorCount: e.count }),
    });
  }
  const disagreements = outcomes.filter((o) => o.formula !== o.evaluator || (o.evaluatorCount !== undefined && o.formulaCount !== o.evaluatorCount));
  const counted = findings.filter((f) => f.kind !== 'structure' && f.ruleId !== 'builtin.formulaOverwritten');
  const errors = counted.filter((f) => f.severity === 'error').length;
  const warnings = counted.filter((f) => f.severity === 'warning').length;

  // Marks: the worst finding (error 2, warning 1) on each cell, against the figure table's mark column.
  const expected = new Map<string, number>();
  for (const f of counted) {
    const m = f.severity === 'error' ? 2 : f.severity === 'warning' ? 1 : 0;
    for (const c of f.cells) {
      const id = cellKeyId(c);
      expected.set(id, Math.max(expected.get(id) ?? 0, m));
    }
  }
  const markDisagreements: string[] = [];
  const marked = new Map<string, number>();
  for (const [id, row] of figureRows) {
    const got = value(row, FIG.mark);
    marked.set(id, typeof got === 'number' ? got : -1);
    if (got !== (expected.get(id) ?? 0)) markDisagreements.push(`${id}: formula ${got}, evaluator ${expected.get(id) ?? 0}`);
  }
  return {
    lines: outcomes,
    disagreements,
    counts: { formula: { errors: value(ROW.errors, COUNT_COL), warnings: value(ROW.warnings, COUNT_COL) }, evaluator: { errors, warnings } },
    marks: { disagreements: markDisagreements, marked },
    findings,
  };
}

/** The cell a workbook-scoped defined name points at, and its value. */
export function namedValue(wb: ReadWorkbook, name: string): unknown {
  const n = wb.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
  if (!n) return undefined;
  const m = /^'?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.formula);
  if (!m) return undefined;
  const sheet = wb.sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
  let col = 0;
  for (const ch of m[2]) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheet ? (cellAt(sheet, Number(m[3]) - 1, col - 1)?.value ?? null) : undefined;
}

export { CHECK_NAMES };
