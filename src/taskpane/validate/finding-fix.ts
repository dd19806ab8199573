import type { Finding } from '../../core/rules/finding';
import type { ValueFix } from '../../excel/host';

/**
 * The fix a finding offers ("Sửa thành số"), where Excel can apply it. A module of its own: the
 * finding list is on the first load (the pack picker lists a pack's issues with it), the validation
 * engine is not.
 */
export function fixOf(finding: Finding): ValueFix | null {
  return finding.fix && finding.sheetName ? { sheet: finding.sheetName, address: finding.fix.address, value: finding.fix.value } : null;
}
