import type { TemplatePack } from '../pack/types';
import { layoutFingerprint } from '../pack/layout';
import { packIndex } from '../pack/pack-index';
import { a1 } from '../sheet/address';
import { META_KEYS } from '../sheet/identity';
import { findUnit } from '../pack/find';
import type { CellSource } from './cell-source';
import { expectedAnnexes, locateAnnexes, type LocatedAnnex } from './locate-annex';
import { readLayout } from './read-layout';
import type { StructureIssue } from './structure';
import type { AnnexReport, ReportCell, UnitReport, WorkbookIssue } from './unit-report';

/**
 * CellSource + pack → UnitReport: finds each annex's sheet, its layout, and reads every value cell
 * by row code × column code. Never throws on a strange workbook: what is wrong is recorded as
 * structure issues, for validation to report once per annex.
 */
export function readUnitReport(source: CellSource, pack: TemplatePack): UnitReport {
  const located = locateAnnexes(source, pack);
  const issues: WorkbookIssue[] = [];
  const base = { source: source.label, packId: pack.id, packVersion: pack.version };

  if (located.annexes.size === 0) {
    const metaPack = located.meta.get(META_KEYS.packId);
    const other = located.foreign[0] ?? (metaPack && metaPack !== pack.id ? { packId: metaPack, packVersion: located.meta.get(META_KEYS.packVersion) ?? '?' } : null);
    issues.push(other ? { kind: 'otherPack', found: `${other.packId} ${other.packVersion}` } : { kind: 'notPackWorkbook' });
    return { ...base, unitCode: null, unitName: null, annexes: new Map(), issues };
  }

  const unitCode = mostCommon([...located.annexes.values()].flatMap((l) => (l.identity ? [l.identity.unitCode] : []))) ?? (located.meta.get(META_KEYS.unitCode) || null);
  const unit = unitCode ? findUnit(pack, unitCode) : undefined;
  if (!unitCode) issues.push({ kind: 'unitMissing' });
  else if (!unit) issues.push({ kind: 'unitUnknown', code: unitCode });
  for (const annex of expectedAnnexes(pack, located.meta)) {
    if (!located.annexes.has(annex.id)) issues.push({ kind: 'annexMissing', annexId: annex.id });
  }
  const versions = new Set([...located.annexes.values()].flatMap((l) => versionOf(l, located.meta) ?? []));
  const [onlyVersion] = versions;
  const wholeWorkbookVersion = versions.size === 1 && onlyVersion !== undefined && onlyVersion !== pack.version;
  if (wholeWorkbookVersion) {
    // A pack re-issued with the same layout (rules, messages changed) reads its earlier versions' workbooks.
    const sameLayout = located.meta.get(META_KEYS.packLayout) === layoutFingerprint(pack);
    issues.push({ kind: sameLayout ? 'earlierVersion' : 'otherVersion', found: onlyVersion });
  }

  const annexes = new Map<string, AnnexReport>();
  for (const annex of pack.annexes) {
    const l = located.annexes.get(annex.id);
    if (l) annexes.set(annex.id, readAnnex(l, pack, unitCode, located.meta, !wholeWorkbookVersion));
  }
  return { ...base, unitCode, unitName: unit?.name ?? null, annexes, issues };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The pack version a sheet says it is of: its identity cell, else the meta sheet; undefined when neither says. */
function versionOf(l: LocatedAnnex, meta: Map<string, string>): string | undefined {
  return l.identity?.packVersion ?? (meta.get(META_KEYS.packVersion) || undefined);
}

function readAnnex(l: LocatedAnnex, pack: TemplatePack, unitCode: string | null, meta: Map<string, string>, checkVersion: boolean): AnnexReport {
  const index = packIndex(pack).annex(l.annex.id)!;
  const issues: StructureIssue[] = [];
  if (l.foundBy !== 'identity') issues.push({ kind: 'foundBy', by: l.foundBy });
  for (const sheet of l.duplicates) issues.push({ kind: 'duplicateSheet', sheet });
  const version = versionOf(l, meta);
  if (checkVersion && version !== undefined && version !== pack.version) issues.push({ kind: 'otherVersion', found: version, expected: pack.version });
  if (l.identity && unitCode && l.identity.unitCode !== unitCode) issues.push({ kind: 'otherUnit', found: l.identity.unitCode, expected: unitCode });

  const { layout, issues: layoutIssues } = readLayout(l.sheet, index);
  issues.push(...layoutIssues);
  const cells = new Map<string, Map<string, ReportCell>>();
  if (layout) {
    for (const [rowCode, row] of layout.rows) {
      const byCol = new Map<string, ReportCell>();
      for (const [colCode, col] of layout.cols) {
        const role = index.role(rowCode, colCode);
        if (role === undefined || role === 'none') continue;
        const cell = l.sheet.cell(row, col);
        byCol.set(colCode, { value: cell.value, hasFormula: cell.formula !== undefined, row, col, address: a1(row, col) });
      }
      cells.set(rowCode, byCol);
    }
  }
  return { annexId: l.annex.id, sheetName: l.sheet.name, foundBy: l.foundBy, identity: l.identity, layout, cells, issues };
}
