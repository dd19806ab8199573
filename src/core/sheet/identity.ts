import { fill } from '../i18n/format';
import { sheetMessages } from '../i18n/sheet-messages';
import { layoutFingerprint } from '../pack/layout';
import { META_SHEET } from '../pack/own-sheets';
import type { ReportingUnit, TemplatePack } from '../pack/types';
import { a1, quoteSheet } from './address';
import type { DefinedNameModel, MetaSheetModel, SheetIdentity, SheetModel } from './model';

export type MetaSheetContent = Pick<
  SheetModel,
  'cells' | 'styles' | 'merges' | 'columnWidths' | 'rowHeights' | 'freeze' | 'validations' | 'protection' | 'page' | 'size'
>;

/**
 * Identity travels with the workbook three ways, so that losing one still leaves the others:
 * 1. a visible, locked text cell in each annex's title block ("…: pack|version|annex|unit");
 * 2. a hidden sheet `_annex_meta` with key/value rows (pack, version, unit, annex → sheet name);
 * 3. workbook-scoped defined names: ANNEX_PACK/ANNEX_VERSION/ANNEX_UNIT point into the hidden
 *    sheet, ANNEX_SHEET_<id> points at the annex's identity cell — Excel and LibreOffice rewrite
 *    such references when a sheet is renamed, so a renamed annex is still found.
 */

export { META_SHEET };
export const IDENTITY_SEPARATOR = '|';

export function identityText(id: SheetIdentity): string {
  return [id.packId, id.packVersion, id.annexId, id.unitCode].join(IDENTITY_SEPARATOR);
}

/** Finds "pack|version|annex|unit" inside the identity cell's text; null when absent or malformed. */
export function parseIdentityText(text: string): SheetIdentity | null {
  const m = /([A-Za-z][A-Za-z0-9_.-]*)\|([^|\s]+)\|([A-Za-z][A-Za-z0-9_.-]*)\|([0-9A-Za-z][0-9A-Za-z._]*)\s*$/.exec(text);
  if (!m) return null;
  return { packId: m[1], packVersion: m[2], annexId: m[3], unitCode: m[4] };
}

export const META_KEYS = {
  notice: 'notice',
  packId: 'pack.id',
  packVersion: 'pack.version',
  packTitle: 'pack.title',
  unitCode: 'unit.code',
  unitName: 'unit.name',
  annexPrefix: 'annex.',
  /** The pack's layout fingerprint (pack/layout.ts): a re-issued pack with the same layout reads this workbook. */
  packLayout: 'pack.layout',
} as const;

export function metaSheetModel(pack: TemplatePack, unit: ReportingUnit, sheets: SheetModel[]): MetaSheetModel {
  return {
    name: META_SHEET,
    rows: [
      [META_KEYS.packId, pack.id],
      [META_KEYS.packVersion, pack.version],
      [META_KEYS.unitCode, unit.code],
      [META_KEYS.unitName, unit.name],
      [META_KEYS.packTitle, pack.title],
      [META_KEYS.notice, fill(sheetMessages['meta.notice'].vi, undefined, 'vi')],
      ...sheets.map((s): [string, string] => [META_KEYS.annexPrefix + s.identity.annexId, s.name]),
      [META_KEYS.packLayout, layoutFingerprint(pack)],
    ],
  };
}

export function annexNameFor(annexId: string): string {
  return `ANNEX_SHEET_${annexId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function identityNames(sheets: SheetModel[]): DefinedNameModel[] {
  const meta = quoteSheet(META_SHEET);
  return [
    { name: 'ANNEX_PACK', formula: `${meta}!$B$1` },
    { name: 'ANNEX_VERSION', formula: `${meta}!$B$2` },
    { name: 'ANNEX_UNIT', formula: `${meta}!$B$3` },
    ...sheets.map((s) => ({
      name: annexNameFor(s.identity.annexId),
      formula: `${quoteSheet(s.name)}!${a1(s.layout.identityCell.row, s.layout.identityCell.col, true)}`,
    })),
  ];
}

/** The identity sheet as cells: key/value text in A:B, locked and protected so it is not edited by accident. Both writers use it. */
export function metaSheetContent(rows: ReadonlyArray<[string, string]>): MetaSheetContent {
  return {
    cells: rows.flatMap(([key, value], row) => [
      { row, col: 0, value: key, style: '', locked: true },
      { row, col: 1, value, style: '', locked: true },
    ]),
    styles: {},
    merges: [],
    columnWidths: [24, 48],
    rowHeights: {},
    freeze: { rows: 0, cols: 0 },
    validations: [],
    protection: { enabled: true },
    page: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    size: { rows: rows.length, cols: rows.length ? 2 : 0 },
  };
}
