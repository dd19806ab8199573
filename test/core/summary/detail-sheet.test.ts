/**
 * The summary's detail, split so that every sheet fits a legacy .xls sheet (256 columns): one sheet per
 * annex, and an annex with more input cells than 252 continues on "Chi tiết PL02 (2)". The annex
 * sheets' formulas point into the right part, so that the summary, written and read back (and saved
 * without its formula results), checks itself with no error.
 */
import { loadPack } from '../../../src/core/load/load-pack';
import { kindForm } from '../../../src/core/pack/kind-form';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import { inputCatalogue } from '../../../src/core/merge/input-cells';
import { validateSource } from '../../../src/core/rules/validate';
import defaultJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { summaryWorkbook } from '../../../src/core/summary';
import { DETAIL_MAX_CELLS, detailSheetName, XLS_MAX_COLS } from '../../../src/core/summary/detail-sheet';
import { readWorkbook } from '../../../src/xlsx/read';
import { toCellSource } from '../../../src/xlsx/to-cell-source';
import { writeWorkbook } from '../../../src/xlsx/write';
import { directUnits, figuresOf, submission } from '../merge/helpers';

/** The default pack with 14 more input columns on PL02: its input cells outnumber the columns of a .xls sheet. */
function widePack() {
  const json = JSON.parse(JSON.stringify(defaultJson));
  const pl02 = json.annexes[1];
  const extra = Array.from({ length: 14 }, (_, i) => ({ code: String(5 + i), title: `Cột thêm ${i + 1}`, group: 'Thêm (ví dụ)', kind: 'input', type: 'integer' }));
  pl02.columns.splice(pl02.columns.length - 1, 0, ...extra);
  return loadPack(json, 'wide.json');
}

describe('an annex with more input cells than a .xls sheet has columns', () => {
  const pack = widePack();
  const units = directUnits(pack).slice(0, 4);
  const files = units.map((u, k) => {
    const figures = figuresOf(u, pack);
    for (const [row, cols] of Object.entries(figures.PL02)) if (typeof cols['1'] === 'number') for (let c = 5; c <= 18; c++) cols[String(c)] = (row.length + c + k) * 3;
    return submission(u, { p: pack, figures });
  });
  const result = mergeSubmissions(pack, files);
  const model = summaryWorkbook(pack, result);
  // The merging unit's form (its kind's rows and annexes): its input cells are the detail's columns.
  const form = kindForm(pack, result.mergingUnit.kind);
  const formCells = (annexId: string) => inputCatalogue(form).cells.filter((c) => c.annexId === annexId);
  const pl02Cells = formCells('PL02');
  const partsOf = (annexId: string) => Math.ceil(formCells(annexId).length / DETAIL_MAX_CELLS);

  it('continues on a second detail sheet, each within 256 columns', () => {
    expect(result.sources.map((x) => x.unitCode)).toEqual(units);
    expect(pl02Cells.length).toBeGreaterThan(DETAIL_MAX_CELLS);
    const names = model.sheets.map((s) => s.name).filter((n) => n.startsWith('Chi tiết'));
    expect(partsOf('PL02')).toBeGreaterThanOrEqual(2);
    const expected = form.annexes.flatMap((a) => Array.from({ length: partsOf(a.id) }, (_, part) => `Chi tiết ${a.id}${part ? ` (${part + 1})` : ''}`));
    expect(expected).toContain('Chi tiết PL02 (2)');
    expect(names).toEqual(expected);
    for (const name of names) {
      const s = model.sheets.find((x) => x.name === name)!;
      expect([name, Math.max(...s.cells.map((c) => c.col)) < XLS_MAX_COLS]).toEqual([name, true]);
    }
    // Each part holds the next 252 cells (the last one the rest), headed by their codes.
    const parts = partsOf('PL02');
    for (let part = 0; part < parts; part++) {
      const sheet = model.sheets.find((s) => s.name === `Chi tiết PL02${part ? ` (${part + 1})` : ''}`)!;
      const headed = sheet.cells.filter((c) => c.row === 2 && c.col >= 4).length;
      expect([part, headed]).toEqual([part, Math.min(DETAIL_MAX_CELLS, pl02Cells.length - part * DETAIL_MAX_CELLS)]);
    }
    const pl02 = model.sheets.find((s) => s.identity.annexId === 'PL02')!;
    const formulas = pl02.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.startsWith("SUM('Chi tiết PL02 (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.startsWith("SUM('Chi tiết PL02'!"))).toBe(true);
  });

  it.each([
    ['with its results', (m: WorkbookModel) => m],
    ['saved without formula results', (m: WorkbookModel) => ({ ...m, sheets: m.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)) })) })],
  ])('written and read back %s, every formula recomputes to the merge\'s figure: no error', (_what, transform) => {
    const read = readWorkbook(writeWorkbook(transform(model)));
    if (!read.ok) throw new Error(read.error.detail);
    const v = validateSource(toCellSource(read.workbook, 'wide.xlsx'), pack);
    expect(v.report.unitCode).toBe(pack.issuer.code);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.annexId}!${f.address}`)).toEqual([]);
  });
});

describe('detail sheet names', () => {
  it('keep to 31 characters and are never taken twice', () => {
    expect(detailSheetName('PL02', 0, 1)).toBe('Chi tiết PL02');
    expect(detailSheetName('PL02', 1, 2)).toBe('Chi tiết PL02 (2)');
    const long = 'PhuLucRatDaiCuaMotBoMauNaoDo_2024';
    const a = detailSheetName(long, 0, 1);
    expect(a.length).toBeLessThanOrEqual(31);
    const b = detailSheetName(`${long}_b`, 0, 1, new Set([a.toLowerCase()]));
    expect(b.length).toBeLessThanOrEqual(31);
    expect(b).not.toBe(a);
    expect(detailSheetName(long, 2, 3).endsWith(' (3)')).toBe(true);
  });
});
