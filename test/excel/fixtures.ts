import type { CellModel, SheetModel, WorkbookModel } from '../../src/core/sheet/model';
import type { SnapshotCell } from '../simulator';

/** A small annex built by hand, with every feature the adapter writes and the texts Excel would mangle. */
export function handBuiltSheet(name = 'PL01 Thử', annexId = 'PL01'): SheetModel {
  const cells: CellModel[] = [
    { row: 0, col: 0, value: 'BÁO CÁO THỬ', style: 'title', locked: true },
    { row: 1, col: 0, value: 'STT', style: 'header', locked: true },
    { row: 1, col: 1, value: 'Chỉ tiêu', style: 'header', locked: true },
    { row: 1, col: 2, value: 'Mã số', style: 'header', locked: true },
    { row: 1, col: 3, value: 'Số lượng', style: 'header', locked: true },
    { row: 2, col: 0, value: 'A', style: 'codeRow', locked: true },
    { row: 2, col: 1, value: 'B', style: 'codeRow', locked: true },
    { row: 2, col: 2, value: 'C', style: 'codeRow', locked: true },
    { row: 2, col: 3, value: '1', style: 'codeRow', locked: true },
    { row: 3, col: 0, value: 1, style: 'stt', locked: true },
    { row: 3, col: 1, value: '=Tổng số (dòng 1 = 1.1 + 1.2)', style: 'label-0', locked: true },
    { row: 3, col: 2, value: '1', style: 'rowCode', locked: true },
    { row: 3, col: 3, value: null, formula: 'SUM(D5:D6)', style: 'computed', locked: true },
    { row: 4, col: 1, value: '- Trong đó: nữ', style: 'label-1', locked: true },
    { row: 4, col: 2, value: '1.1', style: 'rowCode', locked: true },
    { row: 4, col: 3, value: null, style: 'input', locked: false },
    { row: 5, col: 1, value: '+ Khác', style: 'label-1', locked: true },
    { row: 5, col: 2, value: '1.2', style: 'rowCode', locked: true },
    { row: 5, col: 3, value: 12.5, style: 'input', locked: false },
    { row: 6, col: 1, value: '@ghi chú', style: 'note', locked: true },
    { row: 6, col: 2, value: '2/1', style: 'rowCode', locked: true },
    { row: 6, col: 3, value: null, style: 'input', locked: false },
  ];
  return {
    name,
    cells,
    styles: {
      title: { bold: true, size: 14, align: 'center' },
      header: { bold: true, border: true, fill: 'DDEBF7', align: 'center', wrap: true },
      codeRow: { italic: true, border: true, align: 'center', size: 9, color: '404040', numberFormat: '@' },
      stt: { border: true, align: 'center' },
      'label-0': { border: true, bold: true, wrap: true },
      'label-1': { border: true, wrap: true, indent: 1 },
      rowCode: { border: true, align: 'center', numberFormat: '@' },
      computed: { border: true, fill: 'EDEDED', align: 'right', numberFormat: '#,##0', bold: true },
      input: { border: true, fill: 'FFF2CC', align: 'right', numberFormat: '#,##0.00' },
      note: { italic: true },
    },
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    columnWidths: [6, 46, 8, 14],
    rowHeights: { 0: 36, 1: 30 },
    freeze: { rows: 3, cols: 2 },
    validations: [
      { range: { row: 4, col: 3, rows: 3, cols: 1 }, rule: { kind: 'decimal', min: 0, max: null }, errorTitle: 'Giá trị không hợp lệ', errorMessage: 'Nhập một số không âm.' },
    ],
    protection: { enabled: true },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: 'test-pack', packVersion: '1.0.0', annexId, unitCode: 'H01' },
    layout: { codeRow: 2, rowCodeCol: 2, firstDataRow: 3, lastDataRow: 6, rows: { '1': 3, '1.1': 4, '1.2': 5, '2/1': 6 }, cols: { '1': 3 }, identityCell: { row: 0, col: 0 } },
    size: { rows: 7, cols: 4 },
  };
}

export const META = '_annex_meta';

export function handBuiltModel(sheets: SheetModel[] = [handBuiltSheet()], unitCode = 'H01'): WorkbookModel {
  return {
    sheets,
    metaSheet: {
      name: META,
      rows: [
        ['pack.id', 'test-pack'],
        ['pack.version', '1.0'],
        ['unit.code', unitCode],
        ...sheets.map((s): [string, string] => [`annex.${s.identity.annexId}`, s.name]),
      ],
    },
    names: [
      { name: 'ANNEX_PACK', formula: `'${META}'!$B$1` },
      { name: 'ANNEX_VERSION', formula: `'${META}'!$B$2`, hidden: true, comment: 'Phiên bản bộ mẫu' },
      ...sheets.map((s) => ({ name: `ANNEX_SHEET_${s.identity.annexId}`, formula: `'${s.name}'!$A$1` })),
    ],
  };
}

/** A sheet of `rows` input rows × `cols` value columns, to show that syncs do not grow with size. */
export function largeSheet(name: string, annexId: string, rows: number, cols: number): SheetModel {
  const base = handBuiltSheet(name, annexId);
  const cells: CellModel[] = [];
  for (let r = 0; r < rows; r++) {
    cells.push({ row: r + 3, col: 0, value: r + 1, style: 'stt', locked: true });
    cells.push({ row: r + 3, col: 1, value: `Chỉ tiêu ${r + 1}`, style: r % 2 ? 'label-1' : 'label-0', locked: true });
    for (let c = 0; c < cols; c++) cells.push({ row: r + 3, col: c + 2, value: r * c, style: c % 3 ? 'input' : 'computed', locked: c % 3 === 0 });
  }
  return {
    ...base,
    cells: [...base.cells.filter((c) => c.row < 3), ...cells],
    validations: [{ ...base.validations[0], range: { row: 3, col: 3, rows, cols: 1 } }],
    size: { rows: rows + 3, cols: cols + 2 },
  };
}

/**
 * The cells a writer should produce for a SheetModel, in the simulator snapshot's conventions: value
 * null for formula cells, formula without "=", only cells with content, a number format or unlocked.
 */
export function expectedCells(sheet: SheetModel): SnapshotCell[] {
  return sheet.cells
    .map((c): SnapshotCell => {
      const formula = c.formula ? c.formula.replace(/^=/, '') : null;
      const value = formula !== null || c.value === '' ? null : c.value;
      return { row: c.row, col: c.col, value, formula, numberFormat: sheet.styles[c.style]?.numberFormat || 'General', locked: c.locked };
    })
    .filter((c) => c.value !== null || c.formula !== null || c.numberFormat !== 'General' || !c.locked)
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
