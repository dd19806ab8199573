import { fill, type Lang } from '../i18n/format';
import { structureMessages, unitKindNames } from '../i18n/validation-messages';
import type { TemplatePack } from '../pack/types';
import { describeStructureIssue, issueSeverity } from '../report/structure';
import type { UnitReport, WorkbookIssue } from '../report/unit-report';
import { makeFinding, SEVERITY_RANK, type Finding } from './finding';
import { type Severity } from '../pack/types';

/**
 * A tampered workbook, said plainly and once: one finding per annex listing everything wrong with
 * its sheet, one per missing annex, one for the workbook as a whole (another pack, unknown unit).
 */
export function structureFindings(report: UnitReport, pack: TemplatePack): Finding[] {
  const findings = report.issues.map((issue) => workbookFinding(issue, report, pack));
  for (const [annexId, annex] of report.annexes) {
    if (annex.issues.length === 0) continue;
    const label = pack.annexes.find((a) => a.id === annexId)?.label ?? annexId;
    const severity = annex.issues.map(issueSeverity).reduce<Severity>((worst, s) => (SEVERITY_RANK[s] < SEVERITY_RANK[worst] ? s : worst), 'info');
    const text = (lang: Lang) =>
      fill(structureMessages['structure.annexHeader'][lang], { annex: label, sheet: annex.sheetName, issues: annex.issues.map((i) => describeStructureIssue(i, lang)).join('; ') }, lang);
    findings.push(
      makeFinding({
        kind: 'structure',
        ruleId: 'structure.annex',
        severity,
        annexId,
        sheetName: annex.sheetName,
        cells: [],
        message: { vi: text('vi'), en: text('en') },
        structure: annex.issues,
      }),
    );
  }
  return findings;
}

function workbookFinding(issue: WorkbookIssue, report: UnitReport, pack: TemplatePack): Finding {
  const t = (key: keyof typeof structureMessages, params: Record<string, string> = {}) => ({
    vi: fill(structureMessages[key].vi, params, 'vi'),
    en: fill(structureMessages[key].en, params, 'en'),
  });
  const base = { kind: 'structure' as const, severity: 'error' as const, cells: [], sheetName: null };
  switch (issue.kind) {
    case 'notPackWorkbook':
      return makeFinding({ ...base, ruleId: 'structure.notPackWorkbook', annexId: null, message: t('structure.notPackWorkbook', { pack: pack.title, version: pack.version }) });
    case 'otherPack':
      return makeFinding({ ...base, ruleId: 'structure.otherPack', annexId: null, message: t('structure.otherPack', { found: issue.found, expected: `${report.packId} ${report.packVersion}` }) });
    case 'otherVersion':
      return makeFinding({ ...base, ruleId: 'structure.otherVersion', annexId: null, message: t('structure.otherVersion', { found: issue.found, expected: report.packVersion }) });
    case 'earlierVersion':
      return makeFinding({ ...base, severity: 'info', ruleId: 'structure.earlierVersion', annexId: null, message: t('structure.earlierVersion', { found: issue.found, expected: report.packVersion }) });
    case 'unitUnknown':
      return makeFinding({ ...base, ruleId: 'structure.unitUnknown', annexId: null, message: t('structure.unitUnknown', { code: issue.code }) });
    case 'unitMissing':
      return makeFinding({ ...base, ruleId: 'structure.unitMissing', annexId: null, message: t('structure.unitMissing') });
    case 'annexMissing': {
      const annex = pack.annexes.find((a) => a.id === issue.annexId)!;
      return makeFinding({ ...base, ruleId: 'structure.annexMissing', annexId: issue.annexId, message: t('structure.annexMissing', { annex: annex.label, sheet: annex.sheetName }) });
    }
    case 'annexNotForKind': {
      const annex = pack.annexes.find((a) => a.id === issue.annexId)!;
      const kind = (lang: 'vi' | 'en') => unitKindNames[issue.unitKind][lang];
      const text = (lang: 'vi' | 'en') => fill(structureMessages['structure.annexNotForKind'][lang], { annex: annex.label, kind: kind(lang) }, lang);
      return makeFinding({ ...base, severity: 'warning', ruleId: 'structure.annexNotForKind', annexId: issue.annexId, message: { vi: text('vi'), en: text('en') } });
    }
  }
}
