/**
 * Our .xlsx through LibreOffice (open, recalculate, save as .xlsx) and back through our reader.
 *
 * What survives a LibreOffice 7.4 round trip (checked below):
 * - texts, including row/column codes such as "1.1" (kept as text, not turned into numbers);
 * - formulas (text unchanged) and their results: cells we wrote without a cached value get one;
 * - locked/unlocked cells, sheet protection (sheet/objects/scenarios, formatColumns/Rows allowed);
 * - whole/decimal data validations with operator, bounds and error texts (LO adds an unused formula2);
 * - number formats, merges, page setup (A4, orientation, fit to width);
 * - identity carriers: (1) the identity text cell of each annex, (2) the hidden meta sheet, still
 *   hidden, with its key/value rows, (3) the defined names and their targets.
 * What is lost:
 * - frozen panes: headless conversion writes no view settings (the same happens to files Excel wrote);
 * - the hidden flag and comments of defined names (LibreOffice writes hidden="false");
 * - quotes around sheet names that do not need them ('_annex_meta'!$B$1 → _annex_meta!$B$1), and the
 *   order of defined names (sorted);
 * - calcPr fullCalcOnLoad; LibreOffice also keeps a stale cached result it is given rather than
 *   recalculating it (not exercised: the writer omits cached values unless the model has one).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { cellAt, readWorkbook, type ReadWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { sampleSheet, sampleWorkbook } from '../xlsx/fixtures';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, requiring } from '../support/requires';

const { describe: describeLibreOffice } = requiring(libreOffice(), 'LibreOffice interop suite');

jest.setTimeout(120_000);

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'lo-interop-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function throughLibreOffice(name: string, model: WorkbookModel): Promise<ReadWorkbook> {
  const dir = mkdtempSync(join(workDir, `${name}-`));
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, writeWorkbook(model));
  const output = await convertWithLibreOffice(input, 'xlsx', join(dir, 'out'));
  const result = readWorkbook(new Uint8Array(readFileSync(output)));
  if (!result.ok) throw new Error(`reading LibreOffice's file failed: ${result.error.code} ${result.error.detail}`);
  return result.workbook;
}

/** Sheet-name quotes are optional where the name needs none; LibreOffice drops them. */
const unquoted = (formula: string) => formula.replace(/'/g, '');

describeLibreOffice('LibreOffice round trip of a hand-built annex', () => {
  let wb: ReadWorkbook;
  beforeAll(async () => {
    const sheet = sampleSheet();
    sheet.cells.push({ row: 6, col: 2, value: null, formula: 'ROUND(C5/C4*100,1)', style: 'computed', locked: true });
    wb = await throughLibreOffice('sample', sampleWorkbook([sheet]));
  });

  it('keeps the texts and the codes as text', () => {
    const s = wb.sheets[0];
    expect(cellAt(s, 0, 0)?.value).toBe('Phụ lục 01 — Tổng hợp đoàn viên');
    expect([cellAt(s, 4, 1)?.value, cellAt(s, 5, 1)?.value, cellAt(s, 2, 2)?.value]).toEqual(['1.1', '1.2', '1']);
    expect(cellAt(s, 4, 1)?.type).toBe('text');
  });

  it('keeps the formulas and computes their results', () => {
    const s = wb.sheets[0];
    expect(cellAt(s, 3, 2)).toMatchObject({ formula: 'SUM(C5:C6)', type: 'number', value: 1310 });
    expect(cellAt(s, 3, 3)).toMatchObject({ formula: 'SUM(D5:D6)', type: 'number', value: 12.5 });
    expect(cellAt(s, 6, 2)).toMatchObject({ formula: 'ROUND(C5/C4*100,1)', value: 95.4 });
  });

  it('keeps locked and unlocked cells and the protection', () => {
    const s = wb.sheets[0];
    expect([cellAt(s, 4, 2)?.locked, cellAt(s, 4, 3)?.locked, cellAt(s, 5, 3)?.locked]).toEqual([false, false, false]);
    expect([cellAt(s, 3, 2)?.locked, cellAt(s, 4, 1)?.locked]).toEqual([true, true]);
    expect(s.protection?.sheet).toBe(true);
    expect(s.protection?.attributes).toMatchObject({ formatColumns: 'false', formatRows: 'false' });
  });

  it('keeps the data validations', () => {
    expect(wb.sheets[0].validations).toEqual([
      expect.objectContaining({ sqref: 'C5:C6', type: 'whole', operator: 'greaterThanOrEqual', formula1: '0', errorTitle: 'Số không hợp lệ', showErrorMessage: true }),
      expect.objectContaining({ sqref: 'D5:D6', type: 'decimal', operator: 'between', formula1: '0', formula2: '100', error: 'Nhập số từ 0 đến 100.' }),
    ]);
  });

  it('keeps number formats, merges and page setup; loses the frozen pane', () => {
    const s = wb.sheets[0];
    expect(cellAt(s, 4, 2)?.numFmt).toBe('#,##0');
    expect(cellAt(s, 5, 3)?.numFmt).toBe('#,##0.00');
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(s.page).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, fitToPage: true });
    expect(s.freeze).toBeNull();
  });

  it('keeps the meta sheet hidden with its rows, and the defined names (not their hidden flag)', () => {
    const meta = wb.sheets.find((s) => s.name === '_annex_meta');
    expect(meta?.state).toBe('hidden');
    expect(meta && cellAt(meta, 2, 1)?.value).toBe('LDLD-HUYEN-A');
    const names = Object.fromEntries(wb.names.map((n) => [n.name, n]));
    expect(unquoted(names.annex_unit.formula)).toBe('_annex_meta!$B$3');
    expect(names.annex_pack.formula).toBe('"so-ket-2025 & <1.0>"');
    expect(names.annex_unit.hidden).toBe(false);
  });
});

describeLibreOffice('LibreOffice round trip of the default pack', () => {
  const pack = defaultPack();
  const unit = pack.units[0];
  // The annexes alone: the check sheet's round trip is test/interop/checks-libreoffice.test.ts.
  const model = renderWorkbook(pack, unit.code, undefined, { checks: false });
  // Every input cell gets 10, so every computed cell has a defined result.
  for (const sheet of model.sheets) {
    sheet.cells = sheet.cells.map((c) => (!c.locked && !c.formula ? { ...c, value: 10 } : c));
  }
  let wb: ReadWorkbook;
  beforeAll(async () => {
    wb = await throughLibreOffice('pack', model);
  });

  it('keeps every annex and the hidden meta sheet', () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ...model.sheets.map((s) => [s.name, 'visible']),
      [model.metaSheet.name, 'hidden'],
    ]);
  });

  it('keeps every text, input, lock and formula, and computes every formula without an error', () => {
    model.sheets.forEach((sheetModel, i) => {
      const read = wb.sheets[i];
      for (const c of sheetModel.cells) {
        const got = cellAt(read, c.row, c.col);
        const where = `${sheetModel.name} r${c.row} c${c.col}`;
        expect({ where, locked: got?.locked }).toEqual({ where, locked: c.locked });
        if (c.formula) {
          expect({ where, formula: got?.formula, type: got?.type }).toEqual({ where, formula: c.formula, type: 'number' });
        } else if (typeof c.value === 'string' && c.value !== '') {
          expect({ where, value: got?.value }).toEqual({ where, value: c.value });
        } else if (typeof c.value === 'number') {
          expect({ where, value: got?.value }).toEqual({ where, value: c.value });
        }
      }
    });
  });

  it('keeps the identity carriers: identity cells, meta rows and defined names', () => {
    model.sheets.forEach((sheetModel, i) => {
      const { row, col } = sheetModel.layout.identityCell;
      const modelCell = sheetModel.cells.find((c) => c.row === row && c.col === col);
      expect(cellAt(wb.sheets[i], row, col)?.value).toBe(modelCell?.value);
    });
    const meta = wb.sheets[wb.sheets.length - 1];
    model.metaSheet.rows.forEach(([key, value], r) => {
      expect(cellAt(meta, r, 0)?.value).toBe(key);
      expect(cellAt(meta, r, 1)?.value ?? '').toBe(value);
    });
    const byName = new Map(wb.names.map((n) => [n.name, unquoted(n.formula)]));
    for (const n of model.names) expect([n.name, byName.get(n.name)]).toEqual([n.name, unquoted(n.formula)]);
  });

  it('keeps validations and protection on every annex', () => {
    model.sheets.forEach((sheetModel, i) => {
      expect(wb.sheets[i].validations).toHaveLength(sheetModel.validations.length);
      expect(wb.sheets[i].protection?.sheet ?? false).toBe(sheetModel.protection.enabled);
    });
  });
});
