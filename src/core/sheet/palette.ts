/**
 * The colours of every sheet the product writes ("RRGGBB"), in one place: annexes, the check sheet
 * and the summary's tables look like one product. Input cells are yellow and computed cells grey, so
 * staff see at once where to type; a failing check is red (error) or yellow (warning), a passing one
 * green — Excel's own "Good / Bad / Neutral" cell styles.
 */
export const PALETTE = {
  inputFill: 'FFF2CC',
  computedFill: 'EDEDED',
  headerFill: 'DDEBF7',
  /** Identity lines and small print. */
  grey: '808080',
  /** Hints under titles. */
  hint: '595959',
  /** The column-code row. */
  code: '404040',
  /** The line pointing at the check sheet. */
  alert: 'C00000',
} as const;

/** Conditional-format looks of a check's verdict. */
export const VERDICT_LOOKS = {
  error: { fill: 'FFC7CE', color: '9C0006' },
  warning: { fill: 'FFEB9C', color: '9C5700' },
  passed: { fill: 'C6EFCE', color: '006100' },
} as const;
