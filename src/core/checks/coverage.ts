import { packRules } from '../rules/check-rules';
import { ADD_IN_BUILTINS, BUILTIN_SEVERITY, FORMULA_BUILTINS } from '../rules/figure-formula';
import { type Severity } from '../pack/types';
import type { TemplatePack } from '../pack/types';
import type { CheckLine } from './check-sheet';

/**
 * Which checks the workbook carries as formulas and which need the add-in (or `annex validate`):
 * per rule of the pack, per built-in check — for `annex template --list-rules` and the tests.
 */
export type CoverageStatus = 'inWorkbook' | 'addIn' | 'partly' | 'notApplicable';

export interface CoverageEntry {
  id: string;
  kind: 'rule' | 'builtin';
  severity: Severity | null;
  status: CoverageStatus;
  /** Lines computed by formulas, and lines that need the add-in. */
  formulaLines: number;
  addInLines: number;
}

export interface Coverage {
  rules: CoverageEntry[];
  builtins: CoverageEntry[];
  formulaLines: number;
  addInLines: number;
}

export function coverageOf(pack: TemplatePack, lines: readonly CheckLine[]): Coverage {
  const entry = (id: string, kind: CoverageEntry['kind'], severity: Severity | null): CoverageEntry => {
    const own = lines.filter((l) => l.ruleId === id);
    const formulaLines = own.filter((l) => l.kind !== 'addIn' && l.kind !== 'notApplicable').length;
    const addInLines = own.filter((l) => l.kind === 'addIn').length;
    const status: CoverageStatus =
      formulaLines && addInLines ? 'partly' : addInLines ? 'addIn' : formulaLines ? 'inWorkbook' : 'notApplicable';
    return { id, kind, severity, status, formulaLines, addInLines };
  };
  const rules = packRules(pack).map((r) => entry(r.id, 'rule', r.severity));
  const builtins = [...FORMULA_BUILTINS.map((id) => entry(id, 'builtin', BUILTIN_SEVERITY[id])), ...ADD_IN_BUILTINS.map((id) => entry(id, 'builtin', 'warning'))].filter(
    (e) => e.formulaLines + e.addInLines > 0,
  );
  const structure = entry('structure', 'builtin', 'error');
  const all = [...rules, ...builtins, structure];
  return {
    rules,
    builtins: [...builtins, structure],
    formulaLines: all.reduce((n, e) => n + e.formulaLines, 0),
    addInLines: all.reduce((n, e) => n + e.addInLines, 0),
  };
}
