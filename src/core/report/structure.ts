import { fill, type Lang } from '../i18n/format';
import { structureMessages } from '../i18n/validation-messages';
import { type Severity } from '../pack/types';

/**
 * What can be wrong with the shape of an annex sheet. The reader collects these per annex and the
 * validation reports them in ONE finding per annex, so a deleted row gives one clear sentence, not
 * a finding for every rule that could no longer be checked. Row numbers are the sheet's (1-based),
 * columns its letters, as the user sees them.
 */
export type StructureIssue =
  | { kind: 'foundBy'; by: 'definedName' | 'sheetName' }
  | { kind: 'otherVersion'; found: string; expected: string }
  | { kind: 'otherUnit'; found: string; expected: string }
  | { kind: 'duplicateSheet'; sheet: string }
  | { kind: 'noCodeRow' }
  | { kind: 'rowMissing'; code: string; label: string; holds: 'inputs' | 'computed' | 'heading' }
  | { kind: 'rowUnknown'; code: string; row: number }
  | { kind: 'rowWithoutCode'; row: number }
  | { kind: 'rowDuplicate'; code: string; rows: number[] }
  | { kind: 'rowMoved'; codes: string[] }
  | { kind: 'colMissing'; code: string; title: string; holds: 'inputs' | 'computed' | 'text' }
  | { kind: 'colUnknown'; code: string; col: string }
  | { kind: 'colWithoutCode'; col: string }
  | { kind: 'colDuplicate'; code: string; cols: string[] }
  | { kind: 'colMoved'; codes: string[] };

/** Lost inputs or a form that cannot be trusted block the merge; a moved row read right does not. */
export function issueSeverity(issue: StructureIssue): Severity {
  switch (issue.kind) {
    case 'foundBy':
    case 'rowMoved':
    case 'colMoved':
      return 'info';
    case 'duplicateSheet':
    case 'rowUnknown':
    case 'rowWithoutCode':
    case 'colUnknown':
    case 'colWithoutCode':
      return 'warning';
    case 'otherVersion':
    case 'otherUnit':
    case 'noCodeRow':
    case 'rowDuplicate':
    case 'colDuplicate':
      return 'error';
    case 'rowMissing':
      return issue.holds === 'inputs' ? 'error' : issue.holds === 'computed' ? 'warning' : 'info';
    case 'colMissing':
      return issue.holds === 'inputs' ? 'error' : issue.holds === 'computed' ? 'warning' : 'info';
  }
}

/** The issue in words: its message (issue.<kind>) with the issue's fields as parameters, lists joined. */
export function describeStructureIssue(issue: StructureIssue, lang: Lang): string {
  const key: keyof typeof structureMessages = issue.kind === 'foundBy' ? `issue.foundBy.${issue.by}` : `issue.${issue.kind}`;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue)) params[name] = Array.isArray(value) ? value.join(', ') : String(value);
  return fill(structureMessages[key][lang], params, lang);
}
