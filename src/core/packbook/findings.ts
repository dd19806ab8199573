import { describeIssue, type PackIssue } from '../pack/json-checker';
import { a1 } from '../sheet/address';
import { makeFinding, type Finding } from '../rules/finding';

/**
 * A pack workbook's problems as findings, so that the pane lists them like a unit's (grouped by sheet,
 * each naming its cell and selecting it on click). The message is the issue's without its cell,
 * which the list shows beside it.
 */
export function packIssueFindings(issues: readonly PackIssue[]): Finding[] {
  return issues.map((issue) => {
    const text = (lang: 'vi' | 'en') => describeIssue(issue, lang).slice(issue.path.length + 2);
    const at = issue.at && issue.at.row >= 0 ? issue.at : undefined;
    const address = at ? a1(at.row, at.col) : null;
    return makeFinding({
      kind: 'structure',
      ruleId: `pack.${issue.key}`,
      severity: 'error',
      annexId: issue.at?.sheet ?? null,
      sheetName: at?.sheet ?? null,
      cells: address && at ? [{ annexId: at.sheet, sheetName: at.sheet, address, rowCode: '', colCode: '' }] : [],
      message: { vi: text('vi'), en: text('en') },
    });
  });
}
