/** The fixed OOXML package parts around the worksheets: content types, relationships, properties, workbook. */
import type { DefinedNameModel } from '../core/sheet/model';
import { escapeXmlAttr, escapeXmlText } from './xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface SheetEntry {
  name: string;
  hidden: boolean;
}

export function contentTypesXml(sheetCount: number, drawings: { drawings: number; charts: number } = { drawings: 0, charts: 0 }): string {
  const parts = (count: number, name: (i: number) => string, type: string) =>
    Array.from({ length: count }, (_, i) => `<Override PartName="${name(i + 1)}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`).join('');
  const charts =
    parts(drawings.drawings, (i) => `/xl/drawings/drawing${i}.xml`, 'drawing+xml') + parts(drawings.charts, (i) => `/xl/charts/chart${i}.xml`, 'drawingml.chart+xml');
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    charts +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function corePropsXml(props: { creator: string; title?: string; modified: Date }): string {
  const when = props.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (props.title ? `<dc:title>${escapeXmlText(props.title)}</dc:title>` : '') +
    `<dc:creator>${escapeXmlText(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXmlText(props.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Our own name, not "Microsoft Excel": readers must not mistake our cached values for Excel's.
 * (LibreOffice 7.4 ignores fullCalcOnLoad: it keeps cached results and computes only formula cells
 * that have none, which is why the writer omits a cached value unless the model supplies one.)
 */
export function appPropsXml(application: string): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXmlText(application)}</Application><DocSecurity>0</DocSecurity>` +
    '</Properties>'
  );
}

export function workbookXml(sheets: SheetEntry[], names: DefinedNameModel[]): string {
  const sheetList = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXmlAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const nameList = names
    .map(
      (n) =>
        `<definedName name="${escapeXmlAttr(n.name)}"${n.comment ? ` comment="${escapeXmlAttr(n.comment)}"` : ''}` +
        `${n.hidden ? ' hidden="1"' : ''}>${escapeXmlText(n.formula.replace(/^=/, ''))}</definedName>`,
    )
    .join('');
  const firstVisible = Math.max(0, sheets.findIndex((s) => !s.hidden));
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}">` +
    '<workbookPr/>' +
    `<bookViews><workbookView activeTab="${firstVisible}" firstSheet="${firstVisible}"/></bookViews>` +
    `<sheets>${sheetList}</sheets>` +
    (nameList ? `<definedNames>${nameList}</definedNames>` : '') +
    // Recalculate on open: cached values we write may be absent or stale.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= sheetCount; i++) {
    rels.push(`<Relationship Id="rId${i}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  }
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${DOC_REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return XML_HEAD + `<Relationships xmlns="${REL_NS}">${rels.join('')}</Relationships>`;
}
