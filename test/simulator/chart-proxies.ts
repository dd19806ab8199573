/**
 * Charts (ExcelApi 1.1, with the members of 1.7 and 1.8 the adapter uses): a sheet's chart collection,
 * a chart, its title, legend, data labels, axes, series and points. Every member carries the set of
 * its [Api set] tag (excel-api-sets.generated.ts), checked at sync. As Excel does:
 * - `charts.add(type, sourceData, seriesBy)` needs a known chart type ("Invalid" is none), a Range,
 *   and "Auto", "Columns" or "Rows"; one series per column (or row) of the source, a first row (or
 *   column) of texts taken for the series' names (or categories); a protected sheet refuses a new
 *   chart unless its protection allows editing objects;
 * - a series' values and categories (`setValues`, `setXAxisValues`) are one row or one column;
 *   `series.getItemAt`, `points.getItemAt` past the end → ItemNotFound;
 * - colours are "#RRGGBB" or a colour name; a pie chart has no axes (InvalidOperation).
 * Not simulated: drawing, chart sheets, the many formatting members, and Excel's finer guesses at
 * headers (formulas and numbers in the first row are always data here).
 */
import { parseAddress, type Rect } from './address';
import { SimClientObject, type ContextCore } from './client-object';
import { fail, protectedSheet } from './errors';
import { checkBoolean, parseColor, type RangeTarget } from './range-cells';
import type { SimChart, SimChartAxisState, SimChartSeries, SimSheet } from './workbook-state';

/** Excel.ChartType, as @types/office-js lists it, without "Invalid". */
const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked',
  '3DColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked',
  '3DBarStacked100', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100',
  'PieOfPie', 'PieExploded', '3DPieExploded', 'BarOfPie', 'XYScatterSmooth', 'XYScatterSmoothNoMarkers',
  'XYScatterLines', 'XYScatterLinesNoMarkers', 'AreaStacked', 'AreaStacked100', '3DAreaStacked', '3DAreaStacked100',
  'DoughnutExploded', 'RadarMarkers', 'RadarFilled', 'Surface', 'SurfaceWireframe', 'SurfaceTopView',
  'SurfaceTopViewWireframe', 'Bubble', 'Bubble3DEffect', 'StockHLC', 'StockOHLC', 'StockVHLC', 'StockVOHLC',
  'CylinderColClustered', 'CylinderColStacked', 'CylinderColStacked100', 'CylinderBarClustered',
  'CylinderBarStacked', 'CylinderBarStacked100', 'CylinderCol', 'ConeColClustered', 'ConeColStacked',
  'ConeColStacked100', 'ConeBarClustered', 'ConeBarStacked', 'ConeBarStacked100', 'ConeCol', 'PyramidColClustered',
  'PyramidColStacked', 'PyramidColStacked100', 'PyramidBarClustered', 'PyramidBarStacked', 'PyramidBarStacked100',
  'PyramidCol', '3DColumn', 'Line', '3DLine', '3DPie', 'Pie', 'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar',
  'Histogram', 'Boxwhisker', 'Pareto', 'RegionMap', 'Treemap', 'Waterfall', 'Sunburst', 'Funnel',
]);
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Right', 'Left', 'Corner', 'Custom'];
const PIES = /^(3D)?Pie|^PieOfPie$|^BarOfPie$|^Doughnut/;

/** What a proxy of a Range argument gives: its sheet and cells, at sync. */
interface RangeArgument {
  target(): RangeTarget | null;
}

interface ChartTarget {
  sheet: SimSheet;
  chart: SimChart;
}

let nextChartId = 1;

function rangeOf(arg: unknown, location: string): RangeTarget {
  const t = arg && typeof (arg as RangeArgument).target === 'function' ? (arg as RangeArgument).target() : null;
  if (!t) return fail('InvalidArgument', location);
  return t;
}

function isText(sheet: SimSheet, row: number, col: number): boolean {
  const c = sheet.peek(row, col);
  return c.formula === null && typeof c.value === 'string' && c.value !== '';
}

/** The series Excel makes of a source range. */
function seriesOf(source: RangeTarget, seriesBy: string): SimChartSeries[] {
  const { sheet, rect } = source;
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rect.rows >= rect.cols);
  const lines = byColumns ? rect.cols : rect.rows;
  const length = byColumns ? rect.rows : rect.cols;
  const all = (n: number, at: (i: number) => [number, number]) => n > 0 && Array.from({ length: n }, (_, i) => at(i)).every(([r, c]) => isText(sheet, r, c));
  // A first row (by columns) of texts names the series; a first column of texts gives the categories.
  const names = length > 1 && all(lines, (i) => (byColumns ? [rect.row, rect.col + i] : [rect.row + i, rect.col]));
  const categories = lines > 1 && all(length - (names ? 1 : 0), (i) => (byColumns ? [rect.row + (names ? 1 : 0) + i, rect.col] : [rect.row, rect.col + (names ? 1 : 0) + i]));
  const skip = names ? 1 : 0;
  const first = categories ? 1 : 0;
  const dataRect = (i: number): Rect =>
    byColumns ? { row: rect.row + skip, col: rect.col + i, rows: rect.rows - skip, cols: 1 } : { row: rect.row + i, col: rect.col + skip, rows: 1, cols: rect.cols - skip };
  const out: SimChartSeries[] = [];
  for (let i = first; i < lines; i++) {
    const [r, c] = byColumns ? [rect.row, rect.col + i] : [rect.row + i, rect.col];
    out.push({
      name: names ? String(sheet.peek(r, c).value) : `Series${i - first + 1}`,
      values: { sheet, rect: dataRect(i) },
      xValues: categories ? { sheet, rect: dataRect(0) } : null,
      chartType: null,
      fill: null,
      lineColor: null,
      pointFills: {},
    });
  }
  return out;
}

export class SimChartCollection extends SimClientObject<SimSheet> {
  constructor(
    context: ContextCore,
    private readonly sheet: { target(): SimSheet | null },
  ) {
    super(context, 'ChartCollection');
  }

  target(): SimSheet | null {
    return this.sheet.target();
  }

  protected scalars(): Record<string, (s: SimSheet) => unknown> {
    return { count: (s) => s.charts.length };
  }

  get count(): number {
    return this.read('count');
  }

  add(type: string, sourceData: unknown, seriesBy = 'Auto'): SimChartProxy {
    let created: ChartTarget | undefined;
    this.call('add', (sheet) => {
      const location = 'ChartCollection.add';
      if (!CHART_TYPES.has(type) || !SERIES_BY.includes(seriesBy)) fail('InvalidArgument', location);
      const source = rangeOf(sourceData, location);
      if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) throw protectedSheet(location);
      const id = nextChartId++;
      const chart: SimChart = {
        id: `{CHART-${id}}`,
        name: `Chart ${id}`,
        type,
        title: null,
        position: null,
        legend: { visible: true, position: 'Right' },
        dataLabels: { showValue: false, numberFormat: null },
        axes: { category: { title: null, numberFormat: null }, value: { title: null, numberFormat: null } },
        series: seriesOf(source, seriesBy),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    }, [type, seriesBy]);
    return new SimChartProxy(this.context, () => created ?? null).through(this, 'ChartCollection', 'add');
  }

  getItemAt(index: number): SimChartProxy {
    return new SimChartProxy(this.context, () => {
      const sheet = this.target();
      const chart = sheet?.charts[index];
      if (!sheet || !chart) return fail('ItemNotFound', 'ChartCollection.getItemAt');
      return { sheet, chart };
    }).through(this, 'ChartCollection', 'getItemAt');
  }
}

/** A part of a chart (title, legend, data labels, axes…): the chart's target, reached through a member. */
abstract class ChartPart<T> extends SimClientObject<T> {
  constructor(
    context: ContextCore,
    typeName: string,
    protected readonly find: () => T | null,
  ) {
    super(context, typeName);
  }

  target(): T | null {
    return this.find();
  }
}

export class SimChartProxy extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'Chart', find);
  }

  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { name: (t) => t.chart.name, id: (t) => t.chart.id };
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      if (typeof v !== 'string' || v === '') fail('InvalidArgument', 'Chart.name');
      t.chart.name = v;
    });
  }

  private part<P extends SimClientObject<any>>(member: string, make: () => P): P {
    return make().through(this, 'Chart', member);
  }

  get title(): SimChartTitle {
    return this.part('title', () => new SimChartTitle(this.context, () => this.target()));
  }
  get legend(): SimChartLegend {
    return this.part('legend', () => new SimChartLegend(this.context, () => this.target()));
  }
  get dataLabels(): SimChartDataLabels {
    return this.part('dataLabels', () => new SimChartDataLabels(this.context, () => this.target()));
  }
  get axes(): SimChartAxes {
    return this.part('axes', () => new SimChartAxes(this.context, () => this.target()));
  }
  get series(): SimChartSeriesCollection {
    return this.part('series', () => new SimChartSeriesCollection(this.context, () => this.target()));
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this.call(
      'setPosition',
      (t) => {
        const cell = (arg: unknown): Rect => (typeof arg === 'string' ? parseAddress(arg).rect : rangeOf(arg, 'Chart.setPosition').rect);
        const from = cell(startCell);
        const to = endCell === undefined ? from : cell(endCell);
        if (to.row < from.row || to.col < from.col) fail('InvalidArgument', 'Chart.setPosition');
        t.chart.position = { from, to };
      },
      [typeof startCell === 'string' ? startCell : null, typeof endCell === 'string' ? endCell : null],
    );
  }

  delete(): void {
    this.call('delete', (t) => {
      if (t.sheet.protection.protected && t.sheet.protection.options.allowEditObjects !== true) throw protectedSheet('Chart.delete');
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }
}

export class SimChartTitle extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'ChartTitle', find);
  }
  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { text: (t) => t.chart.title ?? '' };
  }
  get text(): string {
    return this.read('text');
  }
  set text(v: string) {
    this.write('text', v, (t) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'ChartTitle.text');
      t.chart.title = v;
    });
  }
}

export class SimChartLegend extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'ChartLegend', find);
  }
  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { visible: (t) => t.chart.legend.visible, position: (t) => t.chart.legend.position };
  }
  set visible(v: boolean) {
    this.write('visible', v, (t) => {
      checkBoolean(v, 'ChartLegend.visible');
      t.chart.legend.visible = v;
    });
  }
  set position(v: string) {
    this.write('position', v, (t) => {
      if (!LEGEND_POSITIONS.includes(v) || v === 'Invalid') fail('InvalidArgument', 'ChartLegend.position');
      t.chart.legend.position = v;
    });
  }
}

export class SimChartDataLabels extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'ChartDataLabels', find);
  }
  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { showValue: (t) => t.chart.dataLabels.showValue, numberFormat: (t) => t.chart.dataLabels.numberFormat ?? 'General' };
  }
  set showValue(v: boolean) {
    this.write('showValue', v, (t) => {
      checkBoolean(v, 'ChartDataLabels.showValue');
      t.chart.dataLabels.showValue = v;
    });
  }
  set numberFormat(v: string) {
    this.write('numberFormat', v, (t) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'ChartDataLabels.numberFormat');
      t.chart.dataLabels.numberFormat = v;
    });
  }
}

export class SimChartAxes extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'ChartAxes', find);
  }
  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return {};
  }
  private axis(member: 'categoryAxis' | 'valueAxis', key: 'category' | 'value'): SimChartAxis {
    return new SimChartAxis(this.context, () => {
      const t = this.target();
      if (!t) return null;
      if (PIES.test(t.chart.type)) fail('InvalidOperation', `ChartAxes.${member}`);
      return t.chart.axes[key];
    }).through(this, 'ChartAxes', member);
  }
  get categoryAxis(): SimChartAxis {
    return this.axis('categoryAxis', 'category');
  }
  get valueAxis(): SimChartAxis {
    return this.axis('valueAxis', 'value');
  }
}

export class SimChartAxis extends ChartPart<SimChartAxisState> {
  constructor(context: ContextCore, find: () => SimChartAxisState | null) {
    super(context, 'ChartAxis', find);
  }
  protected scalars(): Record<string, (a: SimChartAxisState) => unknown> {
    return { numberFormat: (a) => a.numberFormat ?? 'General' };
  }
  set numberFormat(v: string) {
    this.write('numberFormat', v, (a) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'ChartAxis.numberFormat');
      a.numberFormat = v;
    });
  }
  get title(): SimChartAxisTitle {
    return new SimChartAxisTitle(this.context, () => this.target()).through(this, 'ChartAxis', 'title');
  }
}

export class SimChartAxisTitle extends ChartPart<SimChartAxisState> {
  constructor(context: ContextCore, find: () => SimChartAxisState | null) {
    super(context, 'ChartAxisTitle', find);
  }
  protected scalars(): Record<string, (a: SimChartAxisState) => unknown> {
    return { text: (a) => a.title ?? '' };
  }
  set text(v: string) {
    this.write('text', v, (a) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'ChartAxisTitle.text');
      a.title = v;
    });
  }
}

interface SeriesTarget {
  chart: SimChart;
  series: SimChartSeries;
}

export class SimChartSeriesCollection extends ChartPart<ChartTarget> {
  constructor(context: ContextCore, find: () => ChartTarget | null) {
    super(context, 'ChartSeriesCollection', find);
  }
  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { count: (t) => t.chart.series.length };
  }
  get count(): number {
    return this.read('count');
  }

  getItemAt(index: number): SimChartSeriesProxy {
    return new SimChartSeriesProxy(this.context, () => {
      const t = this.target();
      const series = t?.chart.series[index];
      if (!t || !series) return fail('ItemNotFound', 'ChartSeriesCollection.getItemAt');
      return { chart: t.chart, series };
    }).through(this, 'ChartSeriesCollection', 'getItemAt');
  }

  /** A new series without values (ExcelApi 1.7), at the end or at `index`. */
  add(name?: string, index?: number): SimChartSeriesProxy {
    let created: SeriesTarget | undefined;
    this.call(
      'add',
      (t) => {
        const list = t.chart.series;
        if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > list.length)) fail('InvalidArgument', 'ChartSeriesCollection.add');
        const series: SimChartSeries = { name: name ?? `Series${list.length + 1}`, values: null, xValues: null, chartType: null, fill: null, lineColor: null, pointFills: {} };
        list.splice(index ?? list.length, 0, series);
        created = { chart: t.chart, series };
      },
      [name ?? null, index ?? null],
    );
    return new SimChartSeriesProxy(this.context, () => created ?? null).through(this, 'ChartSeriesCollection', 'add');
  }
}

function lineOf(arg: unknown, location: string): RangeTarget {
  const t = rangeOf(arg, location);
  if (t.rect.rows !== 1 && t.rect.cols !== 1) fail('InvalidArgument', location);
  return { sheet: t.sheet, rect: { ...t.rect } };
}

function lengthOf(r: Rect | undefined): number {
  return r ? Math.max(r.rows, r.cols) : 0;
}

export class SimChartSeriesProxy extends ChartPart<SeriesTarget> {
  constructor(context: ContextCore, find: () => SeriesTarget | null) {
    super(context, 'ChartSeries', find);
  }
  protected scalars(): Record<string, (t: SeriesTarget) => unknown> {
    return { name: (t) => t.series.name, chartType: (t) => t.series.chartType ?? t.chart.type };
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'ChartSeries.name');
      t.series.name = v;
    });
  }
  set chartType(v: string) {
    this.write('chartType', v, (t) => {
      if (!CHART_TYPES.has(v)) fail('InvalidArgument', 'ChartSeries.chartType');
      t.series.chartType = v;
    });
  }
  setValues(sourceData: unknown): void {
    this.call('setValues', (t) => (t.series.values = lineOf(sourceData, 'ChartSeries.setValues')));
  }
  setXAxisValues(sourceData: unknown): void {
    this.call('setXAxisValues', (t) => (t.series.xValues = lineOf(sourceData, 'ChartSeries.setXAxisValues')));
  }
  get format(): SimChartSeriesFormat {
    return new SimChartSeriesFormat(this.context, () => this.target()).through(this, 'ChartSeries', 'format');
  }
  get points(): SimChartPoints {
    return new SimChartPoints(this.context, () => this.target()).through(this, 'ChartSeries', 'points');
  }
}

export class SimChartSeriesFormat extends ChartPart<SeriesTarget> {
  constructor(context: ContextCore, find: () => SeriesTarget | null) {
    super(context, 'ChartSeriesFormat', find);
  }
  protected scalars(): Record<string, (t: SeriesTarget) => unknown> {
    return {};
  }
  get fill(): SimChartFill {
    return new SimChartFill(this.context, () => {
      const t = this.target();
      return t && { set: (c: string) => (t.series.fill = c) };
    }).through(this, 'ChartSeriesFormat', 'fill');
  }
  get line(): SimChartLineFormat {
    return new SimChartLineFormat(this.context, () => this.target()).through(this, 'ChartSeriesFormat', 'line');
  }
}

interface FillTarget {
  set(color: string): void;
}

export class SimChartFill extends ChartPart<FillTarget> {
  constructor(context: ContextCore, find: () => FillTarget | null) {
    super(context, 'ChartFill', find);
  }
  protected scalars(): Record<string, (t: FillTarget) => unknown> {
    return {};
  }
  setSolidColor(color: string): void {
    this.call('setSolidColor', (t) => t.set(parseColor(color, 'ChartFill.setSolidColor')), [color]);
  }
}

export class SimChartLineFormat extends ChartPart<SeriesTarget> {
  constructor(context: ContextCore, find: () => SeriesTarget | null) {
    super(context, 'ChartLineFormat', find);
  }
  protected scalars(): Record<string, (t: SeriesTarget) => unknown> {
    return { color: (t) => t.series.lineColor };
  }
  set color(v: string) {
    this.write('color', v, (t) => (t.series.lineColor = parseColor(v, 'ChartLineFormat.color')));
  }
}

export class SimChartPoints extends ChartPart<SeriesTarget> {
  constructor(context: ContextCore, find: () => SeriesTarget | null) {
    super(context, 'ChartPointsCollection', find);
  }
  protected scalars(): Record<string, (t: SeriesTarget) => unknown> {
    return { count: (t) => lengthOf(t.series.values?.rect) };
  }
  getItemAt(index: number): SimChartPoint {
    return new SimChartPoint(this.context, () => {
      const t = this.target();
      if (!t) return null;
      if (!Number.isInteger(index) || index < 0 || index >= lengthOf(t.series.values?.rect)) fail('ItemNotFound', 'ChartPointsCollection.getItemAt');
      return { set: (c: string) => (t.series.pointFills[index] = c) };
    }).through(this, 'ChartPointsCollection', 'getItemAt');
  }
}

export class SimChartPoint extends ChartPart<FillTarget> {
  constructor(context: ContextCore, find: () => FillTarget | null) {
    super(context, 'ChartPoint', find);
  }
  protected scalars(): Record<string, (t: FillTarget) => unknown> {
    return {};
  }
  get format(): SimChartPointFormat {
    return new SimChartPointFormat(this.context, () => this.target()).through(this, 'ChartPoint', 'format');
  }
}

export class SimChartPointFormat extends ChartPart<FillTarget> {
  constructor(context: ContextCore, find: () => FillTarget | null) {
    super(context, 'ChartPointFormat', find);
  }
  protected scalars(): Record<string, (t: FillTarget) => unknown> {
    return {};
  }
  get fill(): SimChartFill {
    return new SimChartFill(this.context, () => this.target()).through(this, 'ChartPointFormat', 'fill');
  }
}
