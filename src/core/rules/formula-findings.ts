import { fill, type Lang } from '../i18n/format';
import { builtinMessages, formulaTroubleMessages } from '../i18n/validation-messages';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import type { UnitReport } from '../report/unit-report';
import { typedOver } from './builtins';
import { coerceCell } from './coerce';
import { makeFinding, type Finding, type FindingCell } from './finding';
import type { FigureReader } from './figures';

/**
 * What became of the workbook's formulas, said once instead of cell by cell:
 * - per annex, the computed cells whose formula is gone while they hold their figure or nothing — what
 *   a program that writes no formulas leaves (SheetJS's .xls and .ods) — one warning naming the cells;
 *   a cell typed over with another figure is said on its own (builtin.formulaOverwritten);
 * - per workbook, that input cells' formulas were saved without results and were computed (info).
 */

const LISTED = 12;

export function formulaFindings(report: UnitReport, pack: TemplatePack, figures: FigureReader): Finding[] {
  const findings: Finding[] = [];
  const index = packIndex(pack);
  for (const [annexId, annexReport] of report.annexes) {
    const annex = index.annex(annexId)!;
    const lost: FindingCell[] = [];
    for (const rowCode of annex.rowOrder) {
      const cells = annexReport.cells.get(rowCode);
      if (!cells) continue;
      for (const colCode of annex.colOrder) {
        const cell = cells.get(colCode);
        const role = annex.role(rowCode, colCode);
        if (!cell || cell.hasFormula || (role !== 'computed-row' && role !== 'computed-col')) continue;
        if (typedOver(coerceCell(cell.value), figures.figure({ annexId, rowCode, colCode }))) continue;
        lost.push({ annexId, sheetName: annexReport.sheetName, address: cell.address, rowCode, colCode });
      }
    }
    if (lost.length === 0) continue;
    const message = (lang: Lang) => fill(builtinMessages['builtin.formulaLost'][lang], { count: lost.length, cells: listed(lost.map((c) => c.address), lang) }, lang);
    findings.push(
      makeFinding({
        kind: 'builtin',
        ruleId: 'builtin.formulaLost',
        severity: 'warning',
        annexId,
        sheetName: annexReport.sheetName,
        cells: lost,
        label: null,
        message: { vi: message('vi'), en: message('en') },
      }),
    );
  }
  if (report.recalculated > 0) {
    const message = (lang: Lang) => fill(builtinMessages['builtin.recalculated'][lang], { count: report.recalculated }, lang);
    findings.push(makeFinding({ kind: 'builtin', ruleId: 'builtin.recalculated', severity: 'info', annexId: null, sheetName: null, cells: [], message: { vi: message('vi'), en: message('en') } }));
  }
  return findings;
}

/** "E12, F12, G12" or "E12, …, J14 và 30 ô khác". */
function listed(addresses: string[], lang: Lang): string {
  if (addresses.length <= LISTED) return addresses.join(', ');
  return fill(formulaTroubleMessages['trouble.more'][lang], { cells: addresses.slice(0, LISTED).join(', '), count: addresses.length - LISTED }, lang);
}
