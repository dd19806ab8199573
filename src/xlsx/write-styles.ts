/**
 * Builds xl/styles.xml from the models' CellStyle records. Sheets keep their own style keys, so xfs
 * are shared by content (style + locked), not by key: two sheets may use "input" for different looks.
 */
import type { CellStyle } from '../core/sheet/model';
import { escapeXmlAttr } from './xml-text';

/** Custom number formats start here; 0–163 are reserved for built-in formats. */
const FIRST_CUSTOM_NUMFMT = 164;

const DEFAULT_FONT_SIZE = 11;

export interface StyleTableOptions {
  /** Vietnamese administrative documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP). */
  fontName: string;
}

export class StyleTable {
  private readonly fonts = new Interned();
  private readonly fills = new Interned();
  private readonly borders = new Interned();
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Interned();
  private readonly dxfs = new Interned();

  constructor(private readonly options: StyleTableOptions) {
    this.fonts.id(this.fontXml({}));
    // Excel requires the first two fills to be "none" and "gray125", whatever the cells use.
    this.fills.id('<fill><patternFill patternType="none"/></fill>');
    this.fills.id('<fill><patternFill patternType="gray125"/></fill>');
    this.borders.id('<border><left/><right/><top/><bottom/><diagonal/></border>');
    this.xfs.id('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** Index into cellXfs for a cell with this style and lock flag. */
  xfIndex(style: CellStyle | undefined, locked: boolean): number {
    const s = style ?? {};
    const fontId = this.fonts.id(this.fontXml(s));
    const fill = hexColor(s.fill);
    const fillId = fill
      ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="FF${fill}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    const borderId = s.border ? this.borders.id(THIN_BORDER) : 0;
    const numFmtId = this.numFmtId(s.numberFormat);
    const alignment = alignmentXml(s);
    const protection = locked ? '' : '<protection locked="0"/>';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '') +
      (protection ? ' applyProtection="1"' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const children = alignment + protection;
    return this.xfs.id(children ? `${open}>${children}</xf>` : `${open}/>`);
  }

  /** Index into dxfs for a conditional format's style (font colour and weight, solid fill). */
  dxfIndex(style: { fill?: string; color?: string; bold?: boolean }): number {
    const color = hexColor(style.color);
    const fill = hexColor(style.fill);
    const font = style.bold || color ? `<font>${style.bold ? '<b/>' : ''}${color ? `<color rgb="FF${color}"/>` : ''}</font>` : '';
    // A differential fill takes its colour from bgColor.
    const fillXml = fill ? `<fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill>` : '';
    return this.dxfs.id(`<dxf>${font}${fillXml}</dxf>`);
  }

  toXml(): string {
    const numFmts = [...this.numFmts]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`)
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      (this.dxfs.size ? list('dxfs', this.dxfs) : '<dxfs count="0"/>') +
      '<tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }

  private numFmtId(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontXml(s: CellStyle): string {
    const size = s.size && s.size > 0 && s.size < 410 ? s.size : DEFAULT_FONT_SIZE;
    const color = hexColor(s.color);
    return (
      '<font>' +
      (s.bold ? '<b/>' : '') +
      (s.italic ? '<i/>' : '') +
      `<sz val="${size}"/>` +
      (color ? `<color rgb="FF${color}"/>` : '<color theme="1"/>') +
      `<name val="${escapeXmlAttr(this.options.fontName)}"/><family val="1"/>` +
      '</font>'
    );
  }
}

const THIN_SIDE = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
const THIN_BORDER = `<border>${THIN_SIDE('left')}${THIN_SIDE('right')}${THIN_SIDE('top')}${THIN_SIDE('bottom')}<diagonal/></border>`;

function alignmentXml(s: CellStyle): string {
  const indent = s.indent && s.indent > 0 ? Math.min(Math.floor(s.indent), 250) : 0;
  // Excel ignores indent unless the alignment is left, right or distributed.
  const horizontal = s.align ?? (indent ? 'left' : undefined);
  const attrs =
    (horizontal ? ` horizontal="${horizontal}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    (indent ? ` indent="${indent}"` : '');
  return attrs ? `<alignment${attrs}/>` : '';
}

function hexColor(color: string | undefined): string | null {
  if (!color) return null;
  const hex = color.startsWith('#') ? color.slice(1) : color;
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : null;
}

function list(tag: string, items: Interned): string {
  return `<${tag} count="${items.size}">${items.values().join('')}</${tag}>`;
}

/** Assigns stable indexes to XML snippets in first-use order (deterministic output). */
class Interned {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(xml, id);
    }
    return id;
  }
  values(): string[] {
    return [...this.ids.keys()];
  }
}
