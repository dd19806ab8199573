/** A small hand-built annex workbook: a header, inputs, a SUM row, a ratio column, validations, identity. */
import type { CellModel, SheetModel, WorkbookModel } from '../../src/core/sheet/model';

export function sampleSheet(overrides: Partial<SheetModel> = {}): SheetModel {
  const cells: CellModel[] = [
    { row: 0, col: 0, value: 'Phụ lục 01 — Tổng hợp đoàn viên', style: 'title', locked: true },
    { row: 1, col: 0, value: 'Chỉ tiêu', style: 'header', locked: true },
    { row: 1, col: 1, value: 'Mã số', style: 'header', locked: true },
    { row: 1, col: 2, value: 'Năm 2023', style: 'header', locked: true },
    { row: 1, col: 3, value: 'Năm 2024', style: 'header', locked: true },
    { row: 2, col: 0, value: 'A', style: 'code', locked: true },
    { row: 2, col: 1, value: 'B', style: 'code', locked: true },
    { row: 2, col: 2, value: '1', style: 'code', locked: true },
    { row: 2, col: 3, value: '2', style: 'code', locked: true },
    { row: 3, col: 0, value: 'Tổng số đoàn viên', style: 'label', locked: true },
    { row: 3, col: 1, value: '1', style: 'code', locked: true },
    { row: 3, col: 2, value: null, formula: 'SUM(C5:C6)', style: 'computed', locked: true },
    { row: 3, col: 3, value: null, formula: 'SUM(D5:D6)', style: 'computed', locked: true },
    { row: 4, col: 0, value: 'Trong đó: nữ', style: 'label1', locked: true },
    { row: 4, col: 1, value: '1.1', style: 'code', locked: true },
    { row: 4, col: 2, value: 1250, style: 'input', locked: false },
    { row: 4, col: 3, value: null, style: 'input', locked: false },
    { row: 5, col: 0, value: 'Trong đó: nam', style: 'label1', locked: true },
    { row: 5, col: 1, value: '1.2', style: 'code', locked: true },
    { row: 5, col: 2, value: 60, style: 'input', locked: false },
    { row: 5, col: 3, value: 12.5, style: 'decimalInput', locked: false },
  ];
  return {
    name: 'PL01',
    cells,
    styles: {
      title: { bold: true, size: 14, align: 'center' },
      header: { bold: true, fill: 'D9E1F2', border: true, align: 'center', wrap: true },
      code: { italic: true, border: true, align: 'center', color: '1F4E78' },
      label: { bold: true, border: true },
      label1: { border: true, indent: 1 },
      input: { border: true, fill: 'FFF2CC', numberFormat: '#,##0' },
      decimalInput: { border: true, fill: 'FFF2CC', numberFormat: '#,##0.00' },
      computed: { bold: true, border: true, numberFormat: '#,##0' },
    },
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    columnWidths: [40, 8, 14, 14],
    rowHeights: { 0: 30 },
    freeze: { rows: 3, cols: 2 },
    validations: [
      {
        range: { row: 4, col: 2, rows: 2, cols: 1 },
        rule: { kind: 'wholeNumber', min: 0, max: null },
        errorTitle: 'Số không hợp lệ',
        errorMessage: 'Nhập số nguyên không âm.',
      },
      {
        range: { row: 4, col: 3, rows: 2, cols: 1 },
        rule: { kind: 'decimal', min: 0, max: 100 },
        errorTitle: 'Tỷ lệ không hợp lệ',
        errorMessage: 'Nhập số từ 0 đến 100.',
      },
    ],
    protection: { enabled: true },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: 'so-ket-2025', packVersion: '1.0.0', annexId: 'PL01', unitCode: 'LDLD-HUYEN-A' },
    layout: {
      codeRow: 2,
      rowCodeCol: 1,
      firstDataRow: 3,
      lastDataRow: 5,
      rows: { '1': 3, '1.1': 4, '1.2': 5 },
      cols: { '1': 2, '2': 3 },
      identityCell: { row: 0, col: 5 },
    },
    size: { rows: 6, cols: 4 },
    ...overrides,
  };
}

export function sampleWorkbook(sheets: SheetModel[] = [sampleSheet()]): WorkbookModel {
  return {
    sheets,
    metaSheet: {
      name: '_annex_meta',
      rows: [
        ['packId', 'so-ket-2025'],
        ['packVersion', '1.0.0'],
        ['unitCode', 'LDLD-HUYEN-A'],
        ['annex:PL01', 'PL01'],
      ],
    },
    names: [
      { name: 'annex_unit', formula: "'_annex_meta'!$B$3", hidden: true },
      { name: 'annex_pack', formula: '"so-ket-2025 & <1.0>"', comment: 'Bộ mẫu' },
    ],
  };
}
