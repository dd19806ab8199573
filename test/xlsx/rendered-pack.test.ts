/** The real renderer on the default pack, written and read back: every cell of every annex survives. */
import { defaultPack } from '../../src/core/load/load-pack';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { rangeAddress } from '../../src/xlsx/cell-ref';
import { cellAt, readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';

describe('default pack → .xlsx → reader', () => {
  const pack = defaultPack();
  const unitCode = pack.units[0].code;
  const model = renderWorkbook(pack, unitCode);
  const bytes = writeWorkbook(model);
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  const wb = result.workbook;

  it('has every annex, then the hidden meta sheet', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([...model.sheets.map((s) => s.name), model.metaSheet.name]);
    expect(wb.sheets.map((s) => s.state)).toEqual([...model.sheets.map(() => 'visible'), 'hidden']);
  });

  it.each(model.sheets.map((s, i) => [s.name, i] as const))('annex %s: cells, formulas, locks, formats', (_name, i) => {
    const sheetModel = model.sheets[i];
    const read = wb.sheets[i];
    for (const c of sheetModel.cells) {
      const got = cellAt(read, c.row, c.col);
      const where = `${sheetModel.name}!${rangeAddress({ row: c.row, col: c.col, rows: 1, cols: 1 })}`;
      expect({ where, locked: got?.locked }).toEqual({ where, locked: c.locked });
      if (c.formula) expect({ where, formula: got?.formula }).toEqual({ where, formula: c.formula.replace(/^=/, '') });
      else if (c.value === null || c.value === '') expect({ where, type: got?.type }).toEqual({ where, type: 'blank' });
      else expect({ where, value: got?.value }).toEqual({ where, value: c.value });
      const fmt = sheetModel.styles[c.style]?.numberFormat;
      expect({ where, numFmt: got?.numFmt }).toEqual({ where, numFmt: fmt && fmt !== 'General' ? fmt : undefined });
    }
  });

  it.each(model.sheets.map((s, i) => [s.name, i] as const))('annex %s: merges, validations, view, protection, page', (_name, i) => {
    const sheetModel = model.sheets[i];
    const read = wb.sheets[i];
    expect(read.merges).toEqual(sheetModel.merges.filter((m) => m.rows * m.cols > 1));
    expect(read.validations.map((v) => v.sqref)).toEqual(sheetModel.validations.map((v) => rangeAddress(v.range)));
    expect(read.validations.map((v) => v.type)).toEqual(sheetModel.validations.map((v) => (v.rule.kind === 'wholeNumber' ? 'whole' : 'decimal')));
    const { rows, cols } = sheetModel.freeze;
    expect(read.freeze).toEqual(rows || cols ? { rows, cols } : null);
    expect(read.protection?.sheet ?? false).toBe(sheetModel.protection.enabled);
    expect(read.page).toMatchObject({ orientation: sheetModel.page.orientation, paperSize: 9, fitToWidth: 1, fitToPage: true });
  });

  it('keeps the meta rows and the defined names', () => {
    const meta = wb.sheets[wb.sheets.length - 1];
    model.metaSheet.rows.forEach(([key, value], row) => {
      expect(cellAt(meta, row, 0)?.value).toBe(key);
      expect(cellAt(meta, row, 1)?.value ?? '').toBe(value);
    });
    expect(wb.names.map((n) => [n.name, n.formula])).toEqual(model.names.map((n) => [n.name, n.formula]));
  });

  it('is deterministic', () => {
    expect(Buffer.from(writeWorkbook(renderWorkbook(pack, unitCode))).equals(Buffer.from(bytes))).toBe(true);
  });
});
