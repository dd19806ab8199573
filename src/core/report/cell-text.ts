import type { CellValue } from './cell-source';

/** The text a cell shows, for codes and identity: trimmed, NFC; numbers in their shortest form. */
export function cellText(v: CellValue): string {
  if (v.kind === 'text') return v.text.normalize('NFC').trim();
  if (v.kind === 'number') return String(v.value);
  return '';
}

export function isBlank(v: CellValue): boolean {
  return v.kind === 'blank' || (v.kind === 'text' && v.text.trim() === '');
}
