import type { NumberType } from '../pack/types';
import type { CellStyle } from './model';
import { PALETTE } from './palette';

/**
 * The small, fixed set of styles every annex uses. Keys are stable so both writers and tests can
 * refer to them; input cells are yellow, computed cells grey, so staff see at once where to type.
 */
/** Excel number format: "#,##0" shows 1.250 in Vietnamese Excel, 1,250 in English. */
export function numberFormatFor(type: Exclude<NumberType, 'text'>, decimals: number): string {
  const intPart = type === 'percent' ? '0' : '#,##0';
  return decimals > 0 ? `${intPart}.${'0'.repeat(decimals)}` : intPart;
}


/** Style key of a value cell; the style is created on demand by valueStyle(). */
export function valueStyleKey(role: 'input' | 'computed', type: NumberType, decimals: number): string {
  return type === 'text' ? `${role}-text` : `${role}-${type}-${decimals}`;
}

export function valueStyle(role: 'input' | 'computed', type: NumberType, decimals: number): CellStyle {
  const fill = role === 'input' ? PALETTE.inputFill : PALETTE.computedFill;
  if (type === 'text') return role === 'input' ? { border: true, fill, align: 'left', wrap: true, numberFormat: '@' } : { border: true, fill, align: 'left' };
  return { border: true, fill, align: 'right', numberFormat: numberFormatFor(type, decimals), ...(role === 'computed' && { bold: true }) };
}

export const SHEET_STYLES: Record<string, CellStyle> = {
  issuer: { bold: true, size: 11 },
  annexLabel: { bold: true, italic: true, align: 'right' },
  unitLine: { bold: true },
  title: { bold: true, size: 14, align: 'center', wrap: true },
  subtitle: { italic: true, align: 'center' },
  identity: { italic: true, size: 8, color: PALETTE.grey },
  hint: { italic: true, size: 9, color: PALETTE.hint },
  header: { bold: true, border: true, fill: PALETTE.headerFill, align: 'center', wrap: true },
  codeRow: { italic: true, border: true, align: 'center', size: 9, color: PALETTE.code, numberFormat: '@' },
  stt: { border: true, align: 'center' },
  sttBold: { border: true, align: 'center', bold: true },
  rowCode: { border: true, align: 'center', numberFormat: '@' },
  unit: { border: true, align: 'center' },
  'label-0': { border: true, bold: true, wrap: true },
  'label-1': { border: true, wrap: true, indent: 1 },
  'label-2': { border: true, wrap: true, indent: 2, italic: true },
  'label-3': { border: true, wrap: true, indent: 3, italic: true },
  blank: { border: true },
  /** A row the unit's kind is not asked for: "—", grey. */
  notAsked: { border: true, fill: PALETTE.computedFill, align: 'center', color: PALETTE.grey },
  note: { italic: true, size: 9, wrap: true },
  signTitle: { bold: true, align: 'center' },
  signHint: { italic: true, align: 'center', size: 9 },
  signDate: { italic: true, align: 'center' },
};

export function labelStyle(level: number): string {
  return `label-${Math.min(level, 3)}`;
}
