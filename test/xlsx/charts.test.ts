/** The .xlsx writer's native charts: parts, relationships, content types, references and caches. */
import { strFromU8, unzipSync } from 'fflate';
import { writeWorkbook } from '../../src/xlsx/write';
import { readWorkbook } from '../../src/xlsx/read';
import { CHART_LABELS, chartWorkbook } from './chart-fixture';
import { sampleWorkbook } from './fixtures';

const files = () => unzipSync(writeWorkbook(chartWorkbook()));
const text = (f: Record<string, Uint8Array>, name: string) => strFromU8(f[name]);

test('a sheet with charts gets a drawing, one chart part per chart, their relationships and content types', () => {
  const f = files();
  expect(text(f, 'xl/worksheets/sheet1.xml')).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
  expect(text(f, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
  expect(f['xl/worksheets/_rels/sheet2.xml.rels']).toBeUndefined();
  const drawingRels = text(f, 'xl/drawings/_rels/drawing1.xml.rels');
  for (const n of [1, 2, 3]) expect(drawingRels).toContain(`Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${n}.xml"`);
  expect(text(f, 'xl/drawings/drawing1.xml').match(/<xdr:twoCellAnchor/g)).toHaveLength(3);
  expect(text(f, 'xl/drawings/drawing1.xml')).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>');
  const types = text(f, '[Content_Types].xml');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  for (const n of [1, 2, 3]) expect(types).toContain(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
});

test('series refer to the sheet\'s own cells and carry the cells\' values as their cache', () => {
  const chart = text(files(), 'xl/charts/chart1.xml');
  expect(chart).toContain("<c:f>'Tổng quan'!$A$3:$A$6</c:f>");
  expect(chart).toContain("<c:f>'Tổng quan'!$B$3:$B$6</c:f>");
  expect(chart).toContain('<c:pt idx="0"><c:v>147</c:v></c:pt><c:pt idx="1"><c:v>80.5</c:v></c:pt>');
  // The 100 % line is a line series over the bars' axes, the bars a clustered column chart.
  expect(chart).toMatch(/<c:barChart><c:barDir val="col"\/>.*<\/c:barChart><c:lineChart>.*'Tổng quan'!\$C\$3:\$C\$6.*<\/c:lineChart><c:catAx>/);
  // Hostile labels are escaped text in the cache, never a formula.
  expect(chart).toContain('<c:v>=1+2 "trích dẫn"</c:v>');
  expect(chart).toContain("<c:v>LĐLĐ huyện 'Ba Bể'</c:v>");
  expect(chart).toContain(`<c:v>${CHART_LABELS[3]}</c:v>`);
});

test('a pie colours each slice; a sheet name with a quote is quoted in the references', () => {
  const wb = chartWorkbook();
  wb.sheets[0] = { ...wb.sheets[0], name: "Đơn vị 'A' ≥" };
  const f = unzipSync(writeWorkbook(wb));
  expect(text(f, 'xl/charts/chart2.xml')).toMatch(/<c:pieChart><c:varyColors val="1"\/>.*<c:dPt><c:idx val="3"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:srgbClr val="C00000"\/>/);
  expect(text(f, 'xl/charts/chart1.xml')).toContain("<c:f>'Đơn vị ''A'' ≥'!$B$3:$B$6</c:f>");
});

test('a workbook without charts has no drawing part, and ours with charts reads back the same cells', () => {
  const plain = unzipSync(writeWorkbook(sampleWorkbook()));
  expect(Object.keys(plain).filter((n) => /drawing|chart/.test(n))).toEqual([]);
  expect(text(plain, '[Content_Types].xml')).not.toContain('drawing');
  const read = readWorkbook(writeWorkbook(chartWorkbook()));
  expect(read.ok).toBe(true);
  if (read.ok) expect(read.workbook.sheets.map((s) => s.name)).toEqual(['Tổng quan', 'PL01', '_annex_meta']);
});
