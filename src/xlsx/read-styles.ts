/** Cell formats from xl/styles.xml: only what the layout contract needs (lock flag, number format). */
import { child, children, xmlBool, type XmlElement } from './xml-tree';

export interface CellFormat {
  locked: boolean;
  /** Format code; undefined for General. */
  numFmt?: string;
}

export const DEFAULT_FORMAT: CellFormat = { locked: true };

/** Built-in number formats a writer may refer to by id only (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_NUMFMTS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** One entry per cellXfs index. */
export function readCellFormats(styleSheet: XmlElement | undefined): CellFormat[] {
  if (!styleSheet) return [];
  const custom = new Map<number, string>();
  for (const f of children(child(styleSheet, 'numFmts'), 'numFmt')) {
    const id = Number(f.attrs.numFmtId);
    if (Number.isInteger(id) && f.attrs.formatCode !== undefined) custom.set(id, f.attrs.formatCode);
  }
  return children(child(styleSheet, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUMFMTS[id];
    const protection = child(xf, 'protection');
    const locked = xmlBool(protection?.attrs.locked, true);
    return code !== undefined && code !== 'General' ? { locked, numFmt: code } : { locked };
  });
}
