import defaultPackJson from '../../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { defaultPack, loadPack } from '../../../src/core/load/load-pack';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import { UnknownUnitError } from '../../../src/core/pack/find';
import { cellRole } from '../../../src/core/pack/cells';
import { parseIdentityText, META_SHEET } from '../../../src/core/sheet/identity';
import type { SheetModel } from '../../../src/core/sheet/model';

const pack = defaultPack();

function cellAt(s: SheetModel, row: number, col: number) {
  return s.cells.find((c) => c.row === row && c.col === col);
}

describe('renderer', () => {
  // The annexes alone; the check sheet "Kiểm tra" (on by default) has its own suite in test/core/checks.
  const wb = renderWorkbook(pack, 'H02', undefined, { checks: false });

  test('one sheet per annex, in pack order, named as the pack says', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(pack.annexes.map((a) => a.sheetName));
  });

  test('the column-code row and the "Mã số" column hold the codes of the pack', () => {
    for (const [i, annex] of pack.annexes.entries()) {
      const s = wb.sheets[i];
      const { codeRow, rowCodeCol } = s.layout;
      expect(['A', 'B', 'C', 'D'].map((_, c) => cellAt(s, codeRow, c)?.value)).toEqual(['A', 'B', 'C', 'D']);
      for (const col of annex.columns) expect(cellAt(s, codeRow, s.layout.cols[col.code])?.value).toBe(col.codeLabel ?? col.code);
      for (const row of annex.rows) expect(cellAt(s, s.layout.rows[row.code], rowCodeCol)?.value).toBe(row.code);
      expect(cellAt(s, codeRow - 1 - (annex.columns.some((c) => c.group) ? 1 : 0), rowCodeCol)?.value).toBe('Mã số');
    }
  });

  test('title block names the unit and carries a parseable identity', () => {
    const s = wb.sheets[0];
    expect(String(cellAt(s, 1, 0)?.value)).toContain('LĐLĐ huyện Ba Bể (mã H02)');
    const id = parseIdentityText(String(cellAt(s, s.layout.identityCell.row, s.layout.identityCell.col)?.value));
    expect(id).toEqual({ packId: pack.id, packVersion: pack.version, annexId: 'PL01', unitCode: 'H02' });
  });

  test('input cells are unlocked with validation; all other cells are locked', () => {
    for (const s of wb.sheets) {
      const unlocked = s.cells.filter((c) => !c.locked);
      expect(unlocked.length).toBeGreaterThan(0);
      for (const c of unlocked) expect(c.style.startsWith('input-')).toBe(true);
      for (const c of s.cells.filter((x) => x.style.startsWith('input-') && x.style !== 'input-text')) {
        const covered = s.validations.some((v) => c.row >= v.range.row && c.row < v.range.row + v.range.rows && c.col >= v.range.col && c.col < v.range.col + v.range.cols);
        expect(covered).toBe(true);
      }
      expect(s.protection.enabled).toBe(true);
      expect(s.freeze.rows).toBe(s.layout.firstDataRow);
      expect(s.page).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    }
  });

  test('counts get whole-number ≥ 0 validation, money decimal ≥ 0, balances may be negative', () => {
    const pl02 = wb.sheets[1];
    const r = pl02.layout.rows['1'];
    const v = pl02.validations.find((x) => x.range.row === r)!;
    expect(v.rule).toEqual({ kind: 'wholeNumber', min: 0, max: null });
    const pl07 = wb.sheets[6];
    const v22 = pl07.validations.find((x) => x.range.row === pl07.layout.rows['22'])!;
    expect(v22.rule).toEqual({ kind: 'decimal', min: 0, max: null });
    const v26 = pl07.validations.find((x) => x.range.row === pl07.layout.rows['26'])!;
    expect(v26.rule).toEqual({ kind: 'decimal', min: -1e15, max: 1e15 });
  });

  test('computed cells get Excel formulas over the right addresses', () => {
    const pl01 = wb.sheets[0];
    const r1 = pl01.layout.rows['1'] + 1;
    expect(cellAt(pl01, r1 - 1, pl01.layout.cols['3'])?.formula).toBe(`IFERROR(F${r1}/E${r1}*100,"")`);
    const r7 = pl01.layout.rows['7'];
    // The rate row: the target is typed in, the results are computed from the parts below.
    expect(cellAt(pl01, r7, pl01.layout.cols['1'])?.locked).toBe(false);
    expect(cellAt(pl01, r7, pl01.layout.cols['2'])?.formula).toBe(`IFERROR(F${r7 + 3}/F${r7 + 2}*100,"")`);
    const pl07 = wb.sheets[6];
    const r20 = pl07.layout.rows['20'] + 1;
    expect(cellAt(pl07, r20 - 1, pl07.layout.cols['1'])?.formula).toBe(`E${r20 + 1}+E${r20 + 2}+E${r20 + 3}+E${r20 + 4}+E${r20 + 5}`);
    expect(cellAt(pl07, r20 - 1, pl07.layout.cols['4'])?.formula).toBe(`E${r20}+F${r20}+G${r20}`);
    // Balances are not summed over years.
    const r26 = pl07.layout.rows['26'];
    expect(cellAt(pl07, r26, pl07.layout.cols['4'])?.formula).toBeUndefined();
  });

  test('grouped columns give a two-row header with a merged group cell', () => {
    const pl07 = wb.sheets[6];
    expect(pl07.layout.codeRow).toBe(9);
    expect(pl07.merges).toContainEqual({ row: 7, col: 4, rows: 1, cols: 3 });
    expect(cellAt(pl07, 7, 4)?.value).toBe('Thực hiện theo năm');
  });

  test('identity sheet and defined names', () => {
    expect(wb.metaSheet.name).toBe(META_SHEET);
    expect(wb.metaSheet.rows).toContainEqual(['unit.code', 'H02']);
    expect(wb.metaSheet.rows).toContainEqual(['annex.PL07', 'PL07 Tài chính']);
    expect(wb.names.map((n) => n.name)).toEqual(expect.arrayContaining(['ANNEX_PACK', 'ANNEX_UNIT', 'ANNEX_SHEET_PL01']));
    expect(wb.names.find((n) => n.name === 'ANNEX_SHEET_PL01')!.formula).toBe("'PL01 Chỉ tiêu NQ'!$A$6");
  });

  test('a subset of annexes, and an unknown unit', () => {
    expect(renderWorkbook(pack, 'CS01', ['PL07'], { checks: false }).sheets.map((s) => s.identity.annexId)).toEqual(['PL07']);
    expect(renderWorkbook(pack, 'CS01', ['PL07']).sheets.map((s) => s.identity.annexId)).toEqual(['PL07', 'KIEM_TRA']);
    expect(() => renderWorkbook(pack, 'X99')).toThrow(UnknownUnitError);
  });

  test('rendering is deterministic', () => {
    expect(JSON.stringify(renderWorkbook(pack, 'H02', undefined, { checks: false }))).toBe(JSON.stringify(wb));
  });

  test('cell roles follow the row kind with per-cell overrides', () => {
    const pl01 = pack.annexes[0];
    const row71 = pl01.rows.find((r) => r.code === '7.1')!;
    expect(cellRole(row71, pl01.columns[0])).toBe('none');
    expect(cellRole(row71, pl01.columns[1])).toBe('input');
  });
});

describe('input validation by number type', () => {
  // The default pack has no percent input; a pack that asks a rate typed in gets one (other packs will).
  const json = JSON.parse(JSON.stringify(defaultPackJson)) as { annexes: Array<{ id: string; rows: Array<{ code: string; formula?: string; type?: string }> }> };
  const pl04 = json.annexes.find((a) => a.id === 'PL04')!;
  const plain = renderWorkbook(pack, 'H01', ['PL04'], { checks: false }).sheets[0];
  const row = pl04.rows.find((r) => !r.type && plain.validations.some((v) => v.range.row === plain.layout.rows[r.code]))!;
  row.type = 'percent';
  const p = loadPack(json, 'percent-pack.json');
  const sheet = renderWorkbook(p, 'H01', ['PL04'], { checks: false }).sheets[0];
  const at = (rowCode: string) => sheet.validations.filter((v) => v.range.row === sheet.layout.rows[rowCode]);

  test('a percent input takes 0 to 100, nothing over 100', () => {
    const rules = at(row.code).map((v) => v.rule);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r).toEqual({ kind: 'decimal', min: 0, max: 100 });
  });

  test('a count takes whole numbers from 0, with no upper bound', () => {
    const other = pl04.rows.find((r) => r.code !== row.code && !r.type && plain.validations.some((v) => v.range.row === plain.layout.rows[r.code]))!;
    const rules = at(other.code).map((v) => v.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((r) => r.kind === 'wholeNumber' && r.min === 0 && r.max === null)).toBe(true);
  });
});
