import { unzipSync, strFromU8 } from 'fflate';
import { cellAt, readWorkbook, type ReadWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { sampleSheet, sampleWorkbook } from './fixtures';

function roundTrip(bytes: Uint8Array): ReadWorkbook {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`read failed: ${result.error.code} ${result.error.detail}`);
  return result.workbook;
}

describe('writeWorkbook → readWorkbook', () => {
  const bytes = writeWorkbook(sampleWorkbook());
  const wb = roundTrip(bytes);
  const sheet = wb.sheets[0];

  it('lists the annex first and the meta sheet last, hidden', () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['PL01', 'visible'],
      ['_annex_meta', 'hidden'],
    ]);
  });

  it('keeps texts, numbers and blanks', () => {
    expect(cellAt(sheet, 0, 0)).toMatchObject({ type: 'text', value: 'Phụ lục 01 — Tổng hợp đoàn viên' });
    expect(cellAt(sheet, 4, 1)).toMatchObject({ type: 'text', value: '1.1' });
    expect(cellAt(sheet, 4, 2)).toMatchObject({ type: 'number', value: 1250 });
    expect(cellAt(sheet, 5, 3)).toMatchObject({ type: 'number', value: 12.5 });
    expect(cellAt(sheet, 4, 3)).toMatchObject({ type: 'blank', value: null });
  });

  it('keeps formulas, without a cached value when the model has none', () => {
    expect(cellAt(sheet, 3, 2)).toMatchObject({ formula: 'SUM(C5:C6)', hasFormula: true, type: 'blank' });
  });

  it('writes a cached value beside the formula when the model has one', () => {
    const s = sampleSheet();
    s.cells = s.cells.map((c) => (c.row === 3 && c.col === 2 ? { ...c, value: 1310 } : c));
    s.cells.push({ row: 6, col: 2, value: 'đạt', formula: 'IF(C4>0,"đạt","")', style: 'label', locked: true });
    const read = roundTrip(writeWorkbook(sampleWorkbook([s]))).sheets[0];
    expect(cellAt(read, 3, 2)).toMatchObject({ type: 'number', value: 1310, formula: 'SUM(C5:C6)' });
    expect(cellAt(read, 6, 2)).toMatchObject({ type: 'text', value: 'đạt', formula: 'IF(C4>0,"đạt","")' });
  });

  it('keeps the locked flag per cell, including blank input cells', () => {
    expect(cellAt(sheet, 3, 2)?.locked).toBe(true);
    expect(cellAt(sheet, 0, 0)?.locked).toBe(true);
    expect(cellAt(sheet, 4, 2)?.locked).toBe(false);
    expect(cellAt(sheet, 4, 3)?.locked).toBe(false);
  });

  it('keeps number formats', () => {
    expect(cellAt(sheet, 4, 2)?.numFmt).toBe('#,##0');
    expect(cellAt(sheet, 5, 3)?.numFmt).toBe('#,##0.00');
    expect(cellAt(sheet, 0, 0)?.numFmt).toBeUndefined();
  });

  it('keeps merges, frozen pane, protection and page setup', () => {
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 2 });
    expect(sheet.protection?.sheet).toBe(true);
    expect(sheet.protection?.attributes).toMatchObject({ objects: '1', scenarios: '1', formatColumns: '0', formatRows: '0' });
    expect(sheet.protection?.attributes.password).toBeUndefined();
    expect(sheet.page).toEqual({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, fitToPage: true });
  });

  it('keeps data validations with bounds, operator and messages', () => {
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        sqref: 'C5:C6',
        ranges: [{ row: 4, col: 2, rows: 2, cols: 1 }],
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formula1: '0',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Số không hợp lệ',
        error: 'Nhập số nguyên không âm.',
      }),
      expect.objectContaining({ sqref: 'D5:D6', type: 'decimal', operator: 'between', formula1: '0', formula2: '100' }),
    ]);
  });

  it('chooses the operator from the bounds that are set', () => {
    const s = sampleSheet({
      validations: [
        { range: { row: 4, col: 2, rows: 1, cols: 1 }, rule: { kind: 'decimal', min: null, max: 5 }, errorTitle: 't', errorMessage: 'm' },
        { range: { row: 5, col: 2, rows: 1, cols: 1 }, rule: { kind: 'wholeNumber', min: null, max: null }, errorTitle: 't', errorMessage: 'm' },
      ],
    });
    const [upper, unbounded] = roundTrip(writeWorkbook(sampleWorkbook([s]))).sheets[0].validations;
    expect(upper).toMatchObject({ operator: 'lessThanOrEqual', formula1: '5' });
    expect(upper.formula2).toBeUndefined();
    expect(unbounded).toMatchObject({ type: 'whole', operator: 'between', formula1: '-999999999999999', formula2: '999999999999999' });
  });

  it('writes the meta sheet as key/value text rows', () => {
    const meta = wb.sheets[1];
    expect(cellAt(meta, 2, 0)).toMatchObject({ type: 'text', value: 'unitCode' });
    expect(cellAt(meta, 2, 1)).toMatchObject({ type: 'text', value: 'LDLD-HUYEN-A' });
    expect(meta.protection?.sheet).toBe(true);
  });

  it('keeps defined names, hidden flag and escaped formulas', () => {
    expect(wb.names).toEqual([
      { name: 'annex_unit', formula: "'_annex_meta'!$B$3", hidden: true },
      { name: 'annex_pack', formula: '"so-ket-2025 & <1.0>"', hidden: false },
    ]);
  });
});

describe('writeWorkbook package', () => {
  const parts = unzipSync(writeWorkbook(sampleWorkbook()));
  const text = (name: string) => strFromU8(parts[name]);

  it('asks spreadsheet programs to recalculate on open', () => {
    expect(text('xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it('orders worksheet elements as the schema requires', () => {
    const xml = text('xl/worksheets/sheet1.xml');
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'mergeCells', 'dataValidations', 'pageMargins', 'pageSetup'];
    const positions = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml).toContain('<dimension ref="A1:D6"/>');
    expect(xml).toContain('<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>');
  });

  it('makes the first annex the active tab, never the hidden meta sheet', () => {
    expect(text('xl/workbook.xml')).toContain('<workbookView activeTab="0" firstSheet="0"/>');
    expect(text('xl/worksheets/sheet1.xml')).toContain('tabSelected="1"');
    expect(text('xl/worksheets/sheet2.xml')).not.toContain('tabSelected');
  });

  it('lists every part in the content types', () => {
    const types = text('[Content_Types].xml');
    for (const name of Object.keys(parts).filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml')) {
      expect(types).toContain(`PartName="/${name}"`);
    }
  });

  it('shares one xf per (style, locked) and writes custom number formats from 164', () => {
    const styles = text('xl/styles.xml');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0"/>');
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="#,##0.00"/>');
    expect(styles).toContain('<protection locked="0"/>');
    expect(styles.indexOf('<fill><patternFill patternType="gray125"/></fill>')).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  it('gives byte-identical files for the same model', () => {
    expect(Buffer.from(writeWorkbook(sampleWorkbook())).equals(Buffer.from(writeWorkbook(sampleWorkbook())))).toBe(true);
  });

  it('uses the given modification date, in every time zone the same way', () => {
    const modified = new Date(Date.UTC(2025, 5, 30, 8, 15, 0));
    const parts = unzipSync(writeWorkbook(sampleWorkbook(), { modified }));
    expect(strFromU8(parts['docProps/core.xml'])).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-30T08:15:00Z</dcterms:modified>');
    const savedTz = process.env.TZ;
    try {
      // Node re-reads TZ when it is assigned, so the zip timestamps are computed in each zone in turn.
      const inZone = (tz: string) => {
        process.env.TZ = tz;
        return Buffer.from(writeWorkbook(sampleWorkbook(), { modified }));
      };
      const hanoi = inZone('Asia/Ho_Chi_Minh');
      expect(hanoi.equals(inZone('America/New_York'))).toBe(true);
      expect(hanoi.equals(inZone('UTC'))).toBe(true);
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
  });
});

describe('text safety', () => {
  const tricky = [
    '=SUM(A1:A2)',
    '+1',
    'a & b < c > d "q" \'s\'',
    '  leading and trailing  ',
    'line 1\nline 2',
    'ctrl\u0001\u0008chars\uFFFE',
    'emoji 😀 and lone \uD800 surrogate',
    'literal _x0041_ escape',
    ']]> and <![CDATA[',
  ];
  const s = sampleSheet({
    cells: tricky.map((value, col) => ({ row: 0, col, value, style: 'x', locked: true })),
    merges: [],
    validations: [],
  });
  const wb = roundTrip(writeWorkbook({ ...sampleWorkbook([s]), names: [{ name: 'n', formula: '"a<b&c"' }] }));
  const read = wb.sheets[0];

  it('writes text starting with "=" as text, never as a formula', () => {
    expect(cellAt(read, 0, 0)).toMatchObject({ type: 'text', value: '=SUM(A1:A2)', hasFormula: false });
    expect(cellAt(read, 0, 0)?.formula).toBeUndefined();
  });

  it('escapes XML and keeps spaces, line breaks and OOXML escape look-alikes', () => {
    expect(cellAt(read, 0, 2)?.value).toBe(tricky[2]);
    expect(cellAt(read, 0, 3)?.value).toBe(tricky[3]);
    expect(cellAt(read, 0, 4)?.value).toBe(tricky[4]);
    expect(cellAt(read, 0, 7)?.value).toBe('literal _x0041_ escape');
    expect(cellAt(read, 0, 8)?.value).toBe(']]> and <![CDATA[');
    expect(wb.names[0].formula).toBe('"a<b&c"');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(cellAt(read, 0, 5)?.value).toBe('ctrlchars');
    expect(cellAt(read, 0, 6)?.value).toBe('emoji 😀 and lone  surrogate');
  });

  it('refuses invalid or duplicate sheet names', () => {
    expect(() => writeWorkbook(sampleWorkbook([sampleSheet({ name: 'a/b' })]))).toThrow(/invalid sheet name/);
    expect(() => writeWorkbook(sampleWorkbook([sampleSheet(), sampleSheet({ name: 'pl01' })]))).toThrow(/duplicate/);
    expect(() => writeWorkbook(sampleWorkbook([]))).toThrow(/at least one visible sheet/);
  });
});
