import { collectRefs } from '../expr/ast';
import { parseExpression } from '../expr/parser';
import type { Checker } from './json-checker';
import type { Annex } from './types';

/** Formulas of computed rows refer to rows ({r…}) of the same column; of computed columns, to columns ({c…}) of the same row. */
export function checkFormulas(c: Checker, annex: Annex, path: string): void {
  const rowCodes = new Set(annex.rows.map((r) => r.code));
  const colCodes = new Set(annex.columns.map((col) => col.code));
  const deps = new Map<string, string[]>();
  const check = (formula: string, p: string, scope: 'row' | 'column', self: string) => {
    const parsed = parseExpression(formula);
    if (!parsed.ok) {
      c.add(p, 'pack.formulaBad', { detail: `position ${parsed.pos + 1}: expected ${parsed.expected}, found ${parsed.found}` });
      return;
    }
    if (parsed.expr.type === 'compare') {
      c.add(p, 'pack.formulaBad', { detail: 'a computed cell holds a value, not a comparison' });
      return;
    }
    const targets: string[] = [];
    for (const ref of collectRefs(parsed.expr)) {
      const wrongScope = ref.annex !== undefined || (scope === 'row' ? ref.cols !== undefined || !ref.rows : ref.rows !== undefined || !ref.cols);
      if (wrongScope) {
        c.add(p, 'pack.formulaScope', { what: scope === 'row' ? 'row' : 'column', allowed: scope === 'row' ? '{r…}' : '{c…}' });
        continue;
      }
      const span = (scope === 'row' ? ref.rows : ref.cols)!;
      const known = scope === 'row' ? rowCodes : colCodes;
      for (const code of [span.from, span.to]) {
        if (!known.has(code)) c.add(p, 'pack.unknownRef', { what: scope === 'row' ? 'row' : 'column', code });
        else targets.push(code);
      }
    }
    deps.set(`${scope}:${self}`, targets.map((t) => `${scope}:${t}`));
  };
  for (const row of annex.rows) if (row.formula) check(row.formula, `${path}.rows[${row.code}].formula`, 'row', row.code);
  for (const col of annex.columns) if (col.formula) check(col.formula, `${path}.columns[${col.code}].formula`, 'column', col.code);
  const cycle = findCycle(deps);
  if (cycle) {
    // Said at the formula of the cycle's first member, so a workbook can point at its cell.
    const [scope, code] = cycle[0].split(/:(.*)/);
    c.add(`${path}.${scope === 'row' ? 'rows' : 'columns'}[${code}].formula`, 'pack.formulaCycle', { cycle: cycle.map((n) => n.replace(/^(row|column):/, '')).join(' → ') });
  }
  annex.rows.forEach((row) => {
    for (const code of Object.keys(row.cells ?? {})) {
      if (!colCodes.has(code)) c.add(`${path}.rows[${row.code}].cells`, 'pack.unknownRef', { what: 'column', code });
    }
    if (row.aggregation.type === 'ratio') {
      const { numerator, denominator } = row.aggregation;
      if (!rowCodes.has(numerator) || !rowCodes.has(denominator)) c.add(`${path}.rows[${row.code}].aggregation`, 'pack.ratioParts');
    }
  });
}

function findCycle(deps: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of deps.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return null;
}
