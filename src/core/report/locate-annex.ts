import type { Annex, TemplatePack } from '../pack/types';
import type { SheetIdentity } from '../sheet/model';
import { annexNameFor, META_KEYS, META_SHEET, parseIdentityText } from '../sheet/identity';
import { CHECK_SHEET_NAME, isDetailSheetName, OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from '../sheet/sheet-names';
import { foldVietnamese } from '../text/normalize';
import type { CellSource, SourceSheet } from './cell-source';
import { cellText } from './cell-text';
import type { FoundBy } from './unit-report';

/**
 * Finding the pack's annexes among a workbook's sheets, most reliable first: the identity text cell
 * ("pack|version|annex|unit"), then the defined name ANNEX_SHEET_<id> (Excel and LibreOffice follow
 * a renamed sheet), then the sheet name. The hidden meta sheet and a "Kiểm tra" (check) sheet are
 * never annexes.
 */

const IDENTITY_SCAN_ROWS = 30;
const IDENTITY_SCAN_COLS = 12;
const CHECK_SHEET = foldVietnamese(CHECK_SHEET_NAME);

export interface LocatedAnnex {
  annex: Annex;
  sheet: SourceSheet;
  foundBy: FoundBy;
  identity: SheetIdentity | null;
  /** Other sheets that carry the same annex's identity (copies), ignored. */
  duplicates: string[];
}

export interface Located {
  annexes: Map<string, LocatedAnnex>;
  /** Identities found on sheets that belong to another pack. */
  foreign: SheetIdentity[];
  /** Key/value rows of the hidden meta sheet (empty when it is gone). */
  meta: Map<string, string>;
}

/** A summary's own tables (and its overview) hold units' names and notes: a forged identity line there must never be taken for an annex. */
const SUMMARY_TABLES = new Set<string>([...Object.values(SUMMARY_SHEETS), OVERVIEW_SHEET_NAME]);

export function isSkippedSheet(name: string): boolean {
  return name === META_SHEET || SUMMARY_TABLES.has(name.normalize('NFC')) || isDetailSheetName(name) || foldVietnamese(name.normalize('NFC')).trim() === CHECK_SHEET;
}

/** The identity text in the sheet's title block, wherever the unit moved it. */
export function scanIdentity(sheet: SourceSheet): SheetIdentity | null {
  const rows = Math.min(sheet.rowCount, IDENTITY_SCAN_ROWS);
  const cols = Math.min(sheet.colCount, IDENTITY_SCAN_COLS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const text = cellText(sheet.cell(r, c).value);
      if (text.includes('|')) {
        const id = parseIdentityText(text);
        if (id) return id;
      }
    }
  }
  return null;
}

export function readMeta(source: CellSource): Map<string, string> {
  const meta = new Map<string, string>();
  const sheet = source.sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return meta;
  const rows = Math.min(sheet.rowCount, 500);
  for (let r = 0; r < rows; r++) {
    const key = cellText(sheet.cell(r, 0).value);
    if (key) meta.set(key, cellText(sheet.cell(r, 1).value));
  }
  return meta;
}

/** "'PL01 Chỉ tiêu NQ'!$A$6" → "PL01 Chỉ tiêu NQ"; null when the name is not a reference into a sheet. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.trim().replace(/^=/, '');
  if (f.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!/.exec(f);
    return m ? m[1].replace(/''/g, "'") : null;
  }
  const bang = f.indexOf('!');
  return bang > 0 ? f.slice(0, bang) : null;
}

function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();
}

export function locateAnnexes(source: CellSource, pack: TemplatePack): Located {
  const sheets = source.sheets.filter((s) => !isSkippedSheet(s.name));
  const identities = new Map(sheets.map((s) => [s, scanIdentity(s)]));
  const claimed = new Set<SourceSheet>();
  const annexes = new Map<string, LocatedAnnex>();
  const foreign: SheetIdentity[] = [];
  for (const [, id] of identities) if (id && id.packId !== pack.id) foreign.push(id);

  // 1. Identity cells: the surest sign, and it wins over names (sheets renamed or swapped).
  for (const annex of pack.annexes) {
    const carriers = sheets.filter((s) => {
      const id = identities.get(s);
      return id && id.packId === pack.id && id.annexId === annex.id;
    });
    if (carriers.length === 0) continue;
    carriers.forEach((s) => claimed.add(s));
    const [sheet, ...copies] = carriers;
    annexes.set(annex.id, { annex, sheet, foundBy: 'identity', identity: identities.get(sheet) ?? null, duplicates: copies.map((s) => s.name) });
  }

  // 2. Defined names, 3. sheet names — only among sheets no identity claimed.
  const free = (s: SourceSheet | undefined): s is SourceSheet => s !== undefined && !claimed.has(s) && !identities.get(s);
  for (const annex of pack.annexes) {
    if (annexes.has(annex.id)) continue;
    const name = source.names.find((n) => n.name.toUpperCase() === annexNameFor(annex.id).toUpperCase());
    const target = name ? sheetOfReference(name.formula) : null;
    let sheet = target !== null ? sheets.find((s) => sameName(s.name, target)) : undefined;
    let foundBy: FoundBy = 'definedName';
    if (!free(sheet)) {
      sheet = sheets.find((s) => sameName(s.name, annex.sheetName));
      foundBy = 'sheetName';
    }
    if (free(sheet)) {
      claimed.add(sheet);
      annexes.set(annex.id, { annex, sheet, foundBy, identity: null, duplicates: [] });
    }
  }
  return { annexes, foreign, meta: readMeta(source) };
}

/** The annexes the workbook was made with: the meta sheet lists them; without it, all of the pack's. */
export function expectedAnnexes(pack: TemplatePack, meta: Map<string, string>): Annex[] {
  const listed = pack.annexes.filter((a) => meta.has(META_KEYS.annexPrefix + a.id));
  return listed.length ? listed : pack.annexes;
}
