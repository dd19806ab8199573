import { type RuleMessage } from './types';
import { type Severity, type TargetDirection, type TargetMeasure } from '../pack/types';
import type { AttainmentStatus } from '../i18n/status-words';
import type { StructureIssue } from '../report/structure';

/**
 * A finding: one thing the unit should look at, with the cell(s) to select, the values compared and
 * the message in both languages with those values filled in. The task pane's Kiểm tra tab, the CLI
 * report and its JSON all show exactly this.
 */

export type FindingKind = 'rule' | 'builtin' | 'structure' | 'target';

export interface FindingCell {
  annexId: string;
  sheetName: string;
  /** A1 address in the unit's sheet, where the cell really is (after any moved rows). */
  address: string;
  rowCode: string;
  colCode: string;
}

export type { AttainmentStatus } from '../i18n/status-words';

export interface Attainment {
  /** A total over the congress term (projected), a level reached every year, or a rate. */
  measure: TargetMeasure;
  direction: TargetDirection;
  /** The congress whose resolution set the target (Congress.id), when the pack says. */
  congress: string | null;
  status: AttainmentStatus;
  /** Null: no target ("Chưa có chỉ tiêu"). */
  target: number | null;
  /** The result (annual: the last year given); null when none. */
  result: number | null;
  /** The result is an estimate ("ước thực hiện": its period ends after the deadline). */
  estimated: boolean;
  /** Result as % of the target (term totals); null otherwise or for a zero target. */
  percent: number | null;
  /** Linear projection of a term total to the end of the congress term; null otherwise. */
  projection: number | null;
  /** The unit's own expectation by the end of the term, when given. */
  expected: number | null;
  /** annual: each year's result. */
  years?: Array<{ col: string; year: number | null; value: number | null; estimated: boolean }>;
}

export interface FindingValues {
  left?: number;
  right?: number;
  diff?: number;
}

export interface Finding {
  kind: FindingKind;
  /** The rule's id, or the built-in check's ("builtin.textNumber"), or "structure.…". */
  ruleId: string;
  severity: Severity;
  /** Null for a finding about the workbook as a whole (another pack, unknown unit). */
  annexId: string | null;
  sheetName: string | null;
  /** Primary cell (the one to select) first, then every other cell the finding read. */
  cells: FindingCell[];
  /** Shortcuts to the primary cell. */
  address: string | null;
  rowCode: string | null;
  colCode: string | null;
  /** Label of the primary cell's indicator. */
  label: string | null;
  message: RuleMessage;
  values?: FindingValues;
  /** For a number typed as text: the number to write into the cell (the one-click fix). */
  fix?: { address: string; value: number };
  attainment?: Attainment;
  /** For a structural finding: every problem found in the annex. */
  structure?: StructureIssue[];
}

/** What a finding is made from: the primary cell's shortcuts are taken from `cells`. */
export type FindingInit = Omit<Finding, 'address' | 'rowCode' | 'colCode' | 'label'> & { label?: string | null };

export function makeFinding(init: FindingInit): Finding {
  const first = init.cells[0];
  return {
    kind: init.kind,
    ruleId: init.ruleId,
    severity: init.severity,
    annexId: init.annexId,
    sheetName: init.sheetName,
    cells: init.cells,
    address: first?.address ?? null,
    rowCode: first?.rowCode ?? null,
    colCode: first?.colCode ?? null,
    label: init.label ?? null,
    message: init.message,
    ...(init.values && { values: init.values }),
    ...(init.fix && { fix: init.fix }),
    ...(init.attainment && { attainment: init.attainment }),
    ...(init.structure && { structure: init.structure }),
  };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
