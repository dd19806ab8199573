import type { TemplatePack } from '../../core/pack/types';
import { packIndex } from '../../core/pack/pack-index';
import type { Finding } from '../../core/rules/finding';
import type { Translate } from '../i18n';

/**
 * Where a finding is, in words a finance officer reads without the sheet open: the annex, the
 * indicator with its row code, the column by its title and code, then the cell —
 * "Phụ lục 02 · Tổng số đoàn viên (mã 1) · cột “Tổng số” (1) · ô PL02!E12".
 */
export function whereText(finding: Finding, pack: TemplatePack, t: Translate): string {
  const parts: string[] = [];
  const annex = finding.annexId ? packIndex(pack).annex(finding.annexId) : undefined;
  const annexDef = finding.annexId ? pack.annexes.find((a) => a.id === finding.annexId) : undefined;
  if (annexDef) parts.push(annexDef.label);
  if (finding.rowCode) {
    const label = finding.label ?? annex?.row(finding.rowCode)?.label;
    parts.push(label ? t('validate.where.row', { label, code: finding.rowCode }) : t('validate.where.rowCode', { code: finding.rowCode }));
  }
  if (finding.colCode) {
    const title = annex?.col(finding.colCode)?.title;
    parts.push(title ? t('validate.where.col', { title, code: finding.colCode }) : t('validate.where.colCode', { code: finding.colCode }));
  }
  if (finding.sheetName && finding.address) parts.push(t('validate.cell', { cell: `${finding.sheetName}!${finding.address}` }));
  else if (finding.sheetName) parts.push(t('validate.where.sheet', { sheet: finding.sheetName }));
  return parts.join(' · ');
}
