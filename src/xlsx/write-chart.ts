/**
 * Native charts: xl/charts/chartN.xml (DrawingML chart) and the drawing that anchors them on their
 * sheet, xl/drawings/drawingN.xml. Element order follows the schema (CT_ChartSpace, CT_Chart,
 * CT_BarChart …): Excel refuses a chart part in any other order. Every series refers to cells of its
 * own sheet, so the chart follows the figures; the values the cells hold in the model are written as
 * the chart's cache, so that a viewer that does not recalculate shows them.
 */
import { quoteSheet } from '../core/sheet/address';
import type { CellLiteral, CellModel, CellRange, ChartModel, ChartSeriesModel } from '../core/sheet/model';
import { cellAddress } from './cell-ref';
import { escapeXmlAttr, escapeXmlText } from './xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Colours of series without their own, in order. */
const SERIES_COLORS = ['2F5597', 'C55A11', '548235', '7F6000', '7030A0', '1F4E79'];
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** EMU per point; a column of width w characters is about 7w + 5 pixels, a pixel 0.75 pt. */
const EMU_PER_PT = 12700;

export interface ChartSheetContext {
  sheetName: string;
  cells: readonly CellModel[];
}

/** Absolute reference to a range of the sheet: 'Tổng quan'!$B$5:$B$16. */
function ref(sheetName: string, r: CellRange): string {
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const first = abs(r.row, r.col);
  const last = abs(r.row + r.rows - 1, r.col + r.cols - 1);
  return `${quoteSheet(sheetName)}!${first === last ? first : `${first}:${last}`}`;
}

function cellMap(cells: readonly CellModel[]): Map<string, CellLiteral> {
  return new Map(cells.map((c) => [`${c.row},${c.col}`, c.value]));
}

/** The cells of a one-column (or one-row) range, in order. */
function rangeValues(values: Map<string, CellLiteral>, r: CellRange): CellLiteral[] {
  const out: CellLiteral[] = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(values.get(`${r.row + i},${r.col + j}`) ?? null);
  return out;
}

function numCache(values: CellLiteral[], format: string): string {
  const points = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${Object.is(v, -0) ? 0 : v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${escapeXmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function strCache(values: CellLiteral[]): string {
  const points = values.map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXmlText(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${escapeXmlAttr(color)}"/></a:solidFill>`;
}

/** A title or an axis title, as rich text. */
function titleXml(text: string, size: number): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${escapeXmlText(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function dataLabelsXml(format: string, forPie: boolean): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXmlAttr(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/>${forPie ? '<c:showLeaderLines val="1"/>' : ''}</c:dLbls>`
  );
}

function seriesXml(chart: ChartModel, s: ChartSeriesModel, i: number, ctx: ChartSheetContext, values: Map<string, CellLiteral>, kind: 'bar' | 'line' | 'pie'): string {
  const color = s.color ?? SERIES_COLORS[i % SERIES_COLORS.length];
  const format = chart.numberFormat ?? 'General';
  const name = `<c:tx><c:strRef><c:f>${escapeXmlText(ref(ctx.sheetName, { row: s.name.row, col: s.name.col, rows: 1, cols: 1 }))}</c:f>${strCache(rangeValues(values, { row: s.name.row, col: s.name.col, rows: 1, cols: 1 }))}</c:strRef></c:tx>`;
  const spPr =
    kind === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(color)}<a:prstDash val="${s.asLine ? 'dash' : 'solid'}"/><a:round/></a:ln></c:spPr>`
      : kind === 'pie'
        ? ''
        : `<c:spPr>${solidFill(color)}</c:spPr>`;
  const points =
    s.pointColors
      ?.map((pc, p) => `<c:dPt><c:idx val="${p}"/>${kind === 'bar' ? '<c:invertIfNegative val="0"/>' : ''}<c:bubble3D val="0"/><c:spPr>${solidFill(pc)}</c:spPr></c:dPt>`)
      .join('') ?? '';
  const cat = `<c:cat><c:strRef><c:f>${escapeXmlText(ref(ctx.sheetName, chart.categories))}</c:f>${strCache(rangeValues(values, chart.categories))}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXmlText(ref(ctx.sheetName, s.values))}</c:f>${numCache(rangeValues(values, s.values), format)}</c:numRef></c:val>`;
  const labels = chart.dataLabels && !s.asLine ? dataLabelsXml(format, kind === 'pie') : '';
  const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${spPr}`;
  if (kind === 'bar') return `${head}<c:invertIfNegative val="0"/>${points}${labels}${cat}${val}</c:ser>`;
  if (kind === 'line') return `${head}<c:marker><c:symbol val="${s.asLine ? 'none' : 'circle'}"/></c:marker>${points}${labels}${cat}${val}<c:smooth val="0"/></c:ser>`;
  return `${head}${points}${labels}${cat}${val}</c:ser>`;
}

function axesXml(chart: ChartModel): string {
  const horizontal = chart.kind === 'bar';
  const axisTitle = (t: string | undefined) => (t ? titleXml(t, 1000) : '');
  const format = chart.numberFormat ?? 'General';
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${axisTitle(chart.axisTitles?.category)}<c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>${axisTitle(chart.axisTitles?.value)}` +
    `<c:numFmt formatCode="${escapeXmlAttr(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plotXml(chart: ChartModel, ctx: ChartSheetContext, values: Map<string, CellLiteral>): string {
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  if (chart.kind === 'pie') {
    const s = chart.series.slice(0, 1).map((x, i) => seriesXml(chart, x, i, ctx, values, 'pie')).join('');
    return `<c:pieChart><c:varyColors val="1"/>${s}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  const indexed = chart.series.map((s, i) => ({ s, i }));
  if (chart.kind === 'line') {
    const s = indexed.map(({ s, i }) => seriesXml(chart, s, i, ctx, values, 'line')).join('');
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${s}<c:marker val="1"/>${axes}</c:lineChart>${axesXml(chart)}`;
  }
  const bars = indexed.filter(({ s }) => !s.asLine).map(({ s, i }) => seriesXml(chart, s, i, ctx, values, 'bar')).join('');
  const lines = indexed.filter(({ s }) => s.asLine).map(({ s, i }) => seriesXml(chart, s, i, ctx, values, 'line')).join('');
  const bar = `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/>${axes}</c:barChart>`;
  const line = lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : '';
  return `${bar}${line}${axesXml(chart)}`;
}

export function chartXml(chart: ChartModel, ctx: ChartSheetContext): string {
  const values = cellMap(ctx.cells);
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.title, 1200)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart, ctx, values)}</c:plotArea>` +
    `<c:legend><c:legendPos val="${chart.kind === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
}

/**
 * The drawing of one sheet: one two-cell anchor per chart, pointing at the drawing's relationships
 * rId1 … rIdN (chart i is rId{i+1}).
 */
export function drawingXml(charts: readonly ChartModel[]): string {
  const anchors = charts.map((chart, i) => {
    const a = chart.anchor;
    const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from>${at(a.col, a.row)}</xdr:from><xdr:to>${at(a.col + a.cols, a.row + a.rows)}</xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXmlAttr(`Chart ${i + 1}`)}" descr="${escapeXmlAttr(chart.title)}"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${6 * EMU_PER_PT}" cy="${4 * EMU_PER_PT}"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join('')}</xdr:wsDr>`;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Relationships of a part to its targets, rId1 … rIdN in order. */
export function relsXml(type: 'drawing' | 'chart', targets: readonly string[]): string {
  const rels = targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${R_NS}/${type}" Target="${escapeXmlAttr(t)}"/>`).join('');
  return XML_HEAD + `<Relationships xmlns="${REL_NS}">${rels}</Relationships>`;
}
