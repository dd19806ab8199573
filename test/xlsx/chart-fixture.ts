/** A small sheet with native charts over its own cells: a % chart with its 100 % line, a pie, a line chart. */
import type { CellModel, ChartModel, SheetModel, WorkbookModel } from '../../src/core/sheet/model';
import { sampleWorkbook } from './fixtures';

/** Category labels, some hostile: a formula-looking text, quotes, a very long name. */
export const CHART_LABELS = ['Kết nạp đoàn viên', '=1+2 "trích dẫn"', "LĐLĐ huyện 'Ba Bể'", 'Tên rất dài '.repeat(30).trim()];
export const PERCENTS = [147, 80.5, 0, 112.25];

export function chartSheet(name = 'Tổng quan'): SheetModel {
  const cells: CellModel[] = [
    { row: 0, col: 0, value: 'Biểu đồ', style: 'plain', locked: true },
    { row: 1, col: 0, value: 'Chỉ tiêu', style: 'plain', locked: true },
    { row: 1, col: 1, value: '% chỉ tiêu', style: 'plain', locked: true },
    { row: 1, col: 2, value: 'Mốc 100 %', style: 'plain', locked: true },
    { row: 1, col: 3, value: 'Năm', style: 'plain', locked: true },
  ];
  CHART_LABELS.forEach((label, i) => {
    cells.push({ row: 2 + i, col: 0, value: label, style: 'plain', locked: true });
    cells.push({ row: 2 + i, col: 1, value: PERCENTS[i], style: 'plain', locked: true, formula: `${PERCENTS[i]}*1` });
    cells.push({ row: 2 + i, col: 2, value: 100, style: 'plain', locked: true });
    cells.push({ row: 2 + i, col: 3, value: 2018 + i, style: 'plain', locked: true });
  });
  const charts: ChartModel[] = [
    {
      kind: 'column',
      title: '% chỉ tiêu Nghị quyết',
      anchor: { row: 0, col: 5, rows: 16, cols: 8 },
      categories: { row: 2, col: 0, rows: 4, cols: 1 },
      series: [
        { name: { row: 1, col: 1 }, values: { row: 2, col: 1, rows: 4, cols: 1 } },
        { name: { row: 1, col: 2 }, values: { row: 2, col: 2, rows: 4, cols: 1 }, asLine: true, color: 'C00000' },
      ],
      axisTitles: { value: '%' },
      numberFormat: '0.0',
      dataLabels: true,
    },
    {
      kind: 'pie',
      title: 'Tình hình nộp',
      anchor: { row: 17, col: 5, rows: 14, cols: 6 },
      categories: { row: 2, col: 0, rows: 4, cols: 1 },
      series: [{ name: { row: 1, col: 1 }, values: { row: 2, col: 1, rows: 4, cols: 1 }, pointColors: ['548235', 'FFC000', 'ED7D31', 'C00000'] }],
      dataLabels: true,
    },
    {
      kind: 'line',
      title: 'Theo năm',
      anchor: { row: 32, col: 5, rows: 14, cols: 8 },
      categories: { row: 2, col: 3, rows: 4, cols: 1 },
      series: [{ name: { row: 1, col: 1 }, values: { row: 2, col: 1, rows: 4, cols: 1 } }],
    },
  ];
  return {
    name,
    role: 'overview',
    cells,
    styles: { plain: {} },
    merges: [],
    columnWidths: [30, 12, 12, 8],
    rowHeights: {},
    freeze: { rows: 0, cols: 0 },
    validations: [],
    protection: { enabled: true },
    charts,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    identity: { packId: 'p', packVersion: '1', annexId: '_overview', unitCode: 'T00' },
    layout: { codeRow: -1, rowCodeCol: -1, firstDataRow: 0, lastDataRow: 5, rows: {}, cols: {}, identityCell: { row: 0, col: 0 } },
    size: { rows: 6, cols: 4 },
  };
}

/** The sample workbook with the chart sheet first. */
export function chartWorkbook(): WorkbookModel {
  const wb = sampleWorkbook();
  return { ...wb, sheets: [chartSheet(), ...wb.sheets] };
}
