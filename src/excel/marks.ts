import { blockAddress, parseBlock } from './cell-address';
import { HostError, type CellMark, type MarkSeverity } from './host';

/**
 * Marks are conditional formats of type Custom whose rule is always true, so they show while they
 * exist and never touch the cells' own fill or font: deleting them gives the user's formatting back
 * exactly. A mark is recognised by its formula, which carries a tag — `=ISTEXT("annex-mark:error")`,
 * always TRUE — so the workbook itself says which conditional formats are ours. No list of marked
 * addresses is kept: such a list goes stale when the user inserts rows (Excel moves conditional
 * formats with their cells) or copies a marked cell to another sheet (the copy is tagged too), and it
 * would be lost with the pane; the tag survives closing the pane and reopening the file.
 * Pure, no Office.js.
 */

export const MARK_TAG = 'annex-mark';

/** Excel's own presets: "Light Red Fill with Dark Red Text", "Yellow Fill with Dark Yellow Text", and a light blue. */
export const MARK_STYLES: Record<MarkSeverity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

const RANK: Record<MarkSeverity, number> = { info: 0, warning: 1, error: 2 };
/** Least severe first: each new conditional format goes on top, so the most severe ends up winning. */
const ORDER: MarkSeverity[] = ['info', 'warning', 'error'];

export function markFormula(severity: MarkSeverity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}

/** True for a rule formula written by markFormula, however Excel re-spells the function name. */
export function isMarkFormula(formula: string): boolean {
  return new RegExp(`"${MARK_TAG}:(error|warning|info)"`, 'i').test(formula);
}

export interface SheetMarks {
  sheet: string;
  /** Canonical addresses per severity, least severe first, each address once (its most severe mark). */
  bySeverity: Array<{ severity: MarkSeverity; addresses: string[] }>;
}

/** Groups marks per sheet (names compared without case); a bad address refuses the whole call. */
export function groupMarks(marks: readonly CellMark[]): SheetMarks[] {
  const sheets = new Map<string, { sheet: string; severity: Map<string, MarkSeverity> }>();
  for (const m of marks) {
    const block = parseBlock(m.address);
    if (!block || !(m.severity in RANK)) throw new HostError('invalidInput', `${m.sheet}!${m.address}`);
    const key = m.sheet.toLowerCase();
    let entry = sheets.get(key);
    if (!entry) sheets.set(key, (entry = { sheet: m.sheet, severity: new Map() }));
    const address = blockAddress(block);
    const before = entry.severity.get(address);
    if (!before || RANK[m.severity] > RANK[before]) entry.severity.set(address, m.severity);
  }
  return [...sheets.values()].map(({ sheet, severity }) => ({
    sheet,
    bySeverity: ORDER.map((s) => ({ severity: s, addresses: [...severity].filter(([, v]) => v === s).map(([a]) => a) })).filter((g) => g.addresses.length > 0),
  }));
}

/**
 * Multi-area addresses for `getRanges` ("D5,D7:E8"), kept short: Excel's limit on such an address is
 * not documented, and a conditional format's "Applies to" is edited by users in a small box.
 */
export function chunkAddresses(addresses: readonly string[], maxAreas = 50, maxChars = 1000): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length && (current.length >= maxAreas || length + a.length + 1 > maxChars)) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length) chunks.push(current.join(','));
  return chunks;
}
