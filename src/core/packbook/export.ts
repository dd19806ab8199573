import type { TemplatePack } from '../pack/types';
import type { DataValidationModel, SheetModel, WorkbookModel } from '../sheet/model';
import { META_SHEET } from '../pack/own-sheets';
import { SheetBuilder } from '../sheet/sheet-builder';
import { bookSheet, BOOK_STYLES } from './book-sheet';
import { CHOICES } from './choices';
import { encodeValue } from './codec';
import { guideSheet } from './guide';
import { PACKBOOK_META } from './meta';
import { getPath, packRecords, type FlatRecord } from './records';
import { CAMPAIGN_HEADERS, CAMPAIGN_KEYS, SHEETS, TABLES, type ColumnSpec, type TableSpec } from './spec';

/**
 * A pack → its workbook (a WorkbookModel for either writer): the guide, the campaign's key–value
 * sheet, one sheet per kind of record with one row each, drop-down lists on the closed choices.
 * Compiling the workbook gives the same pack back, field for field (tested by walking the pack).
 */

/** Rows below the last record that still get the drop-down lists, for records added by hand. */
const SPARE_ROWS = 500;

function styleOf(c: Pick<ColumnSpec, 'codec'>): string {
  if (c.codec === 'date') return 'date';
  return c.codec === 'int' || c.codec === 'number' || c.codec === 'target' || c.codec === 'tolerance' ? 'number' : 'text';
}

function numberCellStyle(value: unknown, c: Pick<ColumnSpec, 'codec'>): string {
  const style = styleOf(c);
  // A text in a number column ("chưa có", "0.1%") is written as text.
  return style === 'number' && typeof value !== 'number' ? 'text' : style;
}

function putCell(b: SheetBuilder, row: number, col: number, value: unknown, c: Pick<ColumnSpec, 'codec' | 'choices' | 'listChoices'>): void {
  const literal = encodeValue(value, c);
  if (literal === null) b.put({ row, col, value: null, style: styleOf(c), locked: false });
  else b.put({ row, col, value: literal, style: numberCellStyle(literal, c), locked: false });
}

function listValidations(spec: TableSpec, rows: number): DataValidationModel[] {
  return spec.columns.flatMap((c, col): DataValidationModel[] => {
    const set = c.codec === 'choice' ? CHOICES[c.choices!] : c.codec === 'bool' ? CHOICES.yesNo : null;
    if (!set) return [];
    return [
      {
        range: { row: 1, col, rows: rows + SPARE_ROWS, cols: 1 },
        rule: { kind: 'list', values: set.map((x) => x.vi) },
        errorTitle: c.header,
        errorMessage: `Chọn một trong: ${set.map((x) => x.vi).join(', ')}`,
      },
    ];
  });
}

export function tableSheet(spec: TableSpec, records: readonly FlatRecord[]): SheetModel {
  const b = new SheetBuilder(BOOK_STYLES);
  spec.columns.forEach((c, col) => b.set(0, col, c.header, 'header'));
  records.forEach((r, i) => spec.columns.forEach((c, col) => putCell(b, i + 1, col, r.get(c.field), c)));
  return bookSheet(spec.name, b, spec.columns.map((c) => c.width ?? 14), listValidations(spec, records.length));
}

function campaignSheet(pack: TemplatePack): SheetModel {
  const b = new SheetBuilder(BOOK_STYLES);
  CAMPAIGN_HEADERS.forEach((h, col) => b.set(0, col, h, 'header'));
  CAMPAIGN_KEYS.forEach((k, i) => {
    b.set(i + 1, 0, k.key, 'key');
    putCell(b, i + 1, 1, getPath(pack, k.field), k);
    b.set(i + 1, 2, k.help, 'hint');
  });
  return bookSheet(SHEETS.campaign, b, [24, 60, 60]);
}

/** The pack's workbook, ready for writeWorkbook. */
export function packWorkbook(pack: TemplatePack): WorkbookModel {
  const records = packRecords(pack);
  return {
    sheets: [
      guideSheet(),
      campaignSheet(pack),
      tableSheet(TABLES.congresses, records.congresses),
      tableSheet(TABLES.departments, records.departments),
      tableSheet(TABLES.units, records.units),
      tableSheet(TABLES.annexes, records.annexes),
      tableSheet(TABLES.columns, records.columns),
      tableSheet(TABLES.rows, records.rows),
      tableSheet(TABLES.signatures, records.signatures),
      tableSheet(TABLES.sentences, records.sentences),
      tableSheet(TABLES.rules, records.rules),
    ],
    metaSheet: { name: META_SHEET, rows: [[PACKBOOK_META.format, '1']] },
    names: [],
  };
}
