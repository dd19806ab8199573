import { Decimal } from '../numbers/decimal';
import { cellKeyId, type CellKey } from '../pack/cell-key';
import { packIndex } from '../pack/pack-index';
import type { TemplatePack } from '../pack/types';
import type { CellSource, SourceSheet } from '../report/cell-source';
import { readMeta } from '../report/locate-annex';
import { readUnitReport } from '../report/read-unit-report';
import type { UnitReport } from '../report/unit-report';
import { coerceCell } from '../rules/coerce';
import type { Finding } from '../rules/finding';
import { BLANK, Recomputation, type Figure } from '../rules/figures';
import { validateReport } from '../rules/validate';
import { isDetailSheetName } from '../sheet/sheet-names';
import { COMPLETENESS_FIRST_ROW } from '../summary/completeness-sheet';
import { DETAIL_FIRST_ROW, DETAIL_FIXED_COLS, DETAIL_HEADER_ROWS } from '../summary/detail-sheet';
import { readReporting, type ReportingState } from '../summary/reporting-meta';

/**
 * A merged summary as read — from the model just built, or from the file a year later
 * (`annex report tong-hop.xlsx`): the annexes' figures (what the sheets hold now, so a corrected cell
 * counts), the target findings of the pack's own rules over them, each unit's figures from "Chi tiết"
 * and what each expected unit's report became (the hidden identity sheet). Everything the overview
 * and the draft reports say comes from here.
 */

export interface UnitFiguresRead {
  code: string;
  name: string;
  /** 0-based row of the unit's line in "Chi tiết". */
  row: number;
  figures: Recomputation;
}

export interface DetailColumn {
  sheet: string;
  col: number;
}

export interface DetailRead {
  units: UnitFiguresRead[];
  /** Cell id (annex|row|col) → its detail sheet ("Chi tiết PL02", …) and 0-based column there. */
  columns: ReadonlyMap<string, DetailColumn>;
}

export interface ReportingRead {
  code: string;
  name: string;
  state: ReportingState;
  /** 0-based row of the unit's line in "Tình hình nộp". */
  line: number;
}

export interface SummaryView {
  pack: TemplatePack;
  unit: { code: string; name: string };
  report: UnitReport;
  /** The summary's figures: inputs as the sheets hold them, computed cells recomputed. */
  figures: Recomputation;
  /** Findings of kind 'target' (attainment of each target row), from the pack's own rules. */
  targetFindings: Finding[];
  detail: DetailRead | null;
  /** Null when the workbook does not say (not a summary of this version of the add-in). */
  reporting: ReportingRead[] | null;
}

function textOf(sheet: SourceSheet, row: number, col: number): string {
  const v = sheet.cell(row, col).value;
  return v.kind === 'text' ? v.text.trim() : v.kind === 'number' ? String(v.value) : '';
}

function figureOf(sheet: SourceSheet, row: number, col: number): Figure {
  const c = coerceCell(sheet.cell(row, col).value);
  if (c.kind === 'blank') return BLANK;
  if (c.kind === 'number' || c.kind === 'textNumber') return { kind: 'number', value: c.value };
  return { kind: 'unreadable' };
}

/**
 * The detail sheets ("Chi tiết PL01" …, one or more per annex): columns found by their annex, row and
 * column codes; units from the first unit row until the codes stop (the same rows on every sheet).
 */
function readDetail(source: CellSource, pack: TemplatePack): DetailRead | null {
  const sheets = source.sheets.filter((s) => isDetailSheetName(s.name));
  if (!sheets.length) return null;
  const index = packIndex(pack);
  const columns = new Map<string, DetailColumn>();
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const sheet of sheets) {
    for (let col = DETAIL_FIXED_COLS; col < sheet.colCount; col++) {
      const key: CellKey = { annexId: textOf(sheet, DETAIL_HEADER_ROWS.annex, col), rowCode: textOf(sheet, DETAIL_HEADER_ROWS.row, col), colCode: textOf(sheet, DETAIL_HEADER_ROWS.col, col) };
      if (index.annex(key.annexId)?.role(key.rowCode, key.colCode) === 'input') columns.set(cellKeyId(key), { sheet: sheet.name, col });
    }
  }
  const first = sheets[0];
  const units: UnitFiguresRead[] = [];
  for (let row = DETAIL_FIRST_ROW; row < first.rowCount; row++) {
    const code = textOf(first, row, 1);
    if (!code) break;
    const input = (key: CellKey): Figure => {
      const at = columns.get(cellKeyId(key));
      return at === undefined ? BLANK : figureOf(byName.get(at.sheet)!, row, at.col);
    };
    units.push({ code, name: pack.units.find((u) => u.code === code)?.name ?? textOf(first, row, 2), row, figures: new Recomputation(pack, input) });
  }
  return { units, columns };
}

function readCompleteness(source: CellSource, pack: TemplatePack): ReportingRead[] | null {
  const states = readReporting(readMeta(source));
  if (!states) return null;
  return states.map((s, i) => ({ ...s, name: pack.units.find((u) => u.code === s.code)?.name ?? s.code, line: COMPLETENESS_FIRST_ROW + i }));
}

export function readSummary(source: CellSource, pack: TemplatePack): SummaryView {
  const validation = validateReport(readUnitReport(source, pack), pack);
  const report = validation.report;
  const code = report.unitCode ?? pack.issuer.code;
  const name = code === pack.issuer.code ? pack.issuer.name : (pack.units.find((u) => u.code === code)?.name ?? code);
  const figures = new Recomputation(
    pack,
    (key) => {
      const cell = report.annexes.get(key.annexId)?.cells.get(key.rowCode)?.get(key.colCode);
      if (!cell) return BLANK;
      const c = coerceCell(cell.value);
      return c.kind === 'number' || c.kind === 'textNumber' ? { kind: 'number', value: c.value } : BLANK;
    },
    (annexId) => report.annexes.has(annexId),
  );
  return {
    pack,
    unit: { code, name },
    report,
    figures,
    targetFindings: validation.findings.filter((f) => f.kind === 'target' && f.attainment),
    detail: readDetail(source, pack),
    reporting: readCompleteness(source, pack),
  };
}

/** The number of a figure, or null. */
export function figureNumber(f: Figure): Decimal | null {
  return f.kind === 'number' ? f.value : null;
}
