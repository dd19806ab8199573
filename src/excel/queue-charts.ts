import { rangeA1 } from '../core/sheet/address';
import type { CellModel, CellRange, ChartKind, ChartModel, SheetModel } from '../core/sheet/model';

/**
 * The sheet model's native charts through Office.js (`worksheet.charts`), queued with the sheet's
 * other work — no sync of their own — and before the sheet is protected (a protected sheet refuses
 * new objects). Each chart is added over its first series' cells, then every series is pointed at
 * its own cells (values and categories are ranges of the sheet, so the chart follows a corrected
 * figure), named, coloured; a series drawn as a line over bars (the 100 % line) is a Line series.
 * Members above ExcelApi 1.1 (series.add, setValues, setXAxisValues, chartType: 1.7; number formats
 * of the value axis and data labels: 1.8) are within the insertion's own requirement (1.8).
 */

const CHART_TYPES = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  pie: 'Pie',
} as const satisfies Record<ChartKind, string>;

function address(r: CellRange): string {
  return rangeA1(r.row, r.col, r.rows, r.cols);
}

/** The text of a series' name cell (Office.js names a series by a string). */
function nameText(cells: ReadonlyMap<string, CellModel>, at: { row: number; col: number }): string {
  const cell = cells.get(`${at.row}:${at.col}`);
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

function color(rgb: string): string {
  return `#${rgb}`;
}

function queueChart(ws: Excel.Worksheet, model: ChartModel, cells: ReadonlyMap<string, CellModel>): void {
  const [first, ...rest] = model.series;
  const categories = ws.getRange(address(model.categories));
  const chart = ws.charts.add(CHART_TYPES[model.kind], ws.getRange(address(first.values)), 'Columns');
  const { anchor } = model;
  chart.setPosition(rangeA1(anchor.row, anchor.col, 1, 1), rangeA1(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1, 1, 1));
  chart.title.text = model.title;

  model.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(nameText(cells, s.name));
    if (i === 0) series.name = nameText(cells, s.name);
    // Set explicitly: Excel may have taken a text first cell of the source for a header.
    series.setValues(ws.getRange(address(s.values)));
    series.setXAxisValues(categories);
    if (s.asLine) series.chartType = 'Line';
    if (s.color) {
      if (s.asLine || model.kind === 'line') series.format.line.color = color(s.color);
      else series.format.fill.setSolidColor(color(s.color));
    }
    s.pointColors?.forEach((c, p) => series.points.getItemAt(p).format.fill.setSolidColor(color(c)));
  });

  const several = rest.length > 0 || model.kind === 'pie';
  chart.legend.visible = several;
  if (several) chart.legend.position = 'Bottom';
  if (model.dataLabels) {
    chart.dataLabels.showValue = true;
    if (model.numberFormat) chart.dataLabels.numberFormat = model.numberFormat;
  }
  if (model.kind !== 'pie') {
    const { category, value } = model.axisTitles ?? {};
    if (category) chart.axes.categoryAxis.title.text = category;
    if (value) chart.axes.valueAxis.title.text = value;
    if (model.numberFormat) chart.axes.valueAxis.numberFormat = model.numberFormat;
  }
}

/** Queues every chart of the sheet (nothing when it has none). */
export function queueCharts(ws: Excel.Worksheet, sheet: Pick<SheetModel, 'cells'> & Partial<Pick<SheetModel, 'charts'>>): void {
  const charts = (sheet.charts ?? []).filter((c) => c.series.length > 0);
  if (!charts.length) return;
  const cells = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c]));
  for (const chart of charts) queueChart(ws, chart, cells);
}
