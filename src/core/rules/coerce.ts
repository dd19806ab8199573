import { Decimal } from '../numbers/decimal';
import { parseTextNumber } from '../numbers/parse-text';
import type { CellValue } from '../report/cell-source';

/**
 * The one place where a cell's value becomes a number or does not. The evaluator, the built-in
 * checks and the merge all read cells through `coerceCell`, so "1.250" typed as text means 1250
 * everywhere, and an error value or a stray word is reported once, by the built-ins, never guessed.
 */
export type Coerced =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal }
  /** Text that reads as a number: the number it would become, for the finding and its one-click fix. */
  | { kind: 'textNumber'; value: Decimal; text: string }
  /** Text starting with "=": a formula typed into a text cell; it is text and is never evaluated. */
  | { kind: 'formulaText'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; code: string };

export function coerceCell(value: CellValue): Coerced {
  switch (value.kind) {
    case 'blank':
      return value;
    case 'number':
      return Number.isFinite(value.value) ? { kind: 'number', value: Decimal.fromNumber(value.value) } : { kind: 'error', code: '#NUM!' };
    case 'bool':
      return value;
    case 'error':
      return value;
    case 'text': {
      const text = value.text.normalize('NFC').trim();
      if (text === '') return { kind: 'blank' };
      if (text.startsWith('=')) return { kind: 'formulaText', text };
      const n = parseTextNumber(text);
      return n ? { kind: 'textNumber', value: n, text } : { kind: 'text', text };
    }
  }
}

/** The number a coerced value stands for, or null (blank, words, errors). */
export function numberOf(c: Coerced): Decimal | null {
  return c.kind === 'number' || c.kind === 'textNumber' ? c.value : null;
}

/** True when the cell holds anything at all (for presence rules: a 0 or a word counts as filled). */
export function isFilled(c: Coerced): boolean {
  return c.kind !== 'blank';
}
