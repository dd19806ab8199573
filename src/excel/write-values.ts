import { blockAddress, parseBlock } from './cell-address';
import { HostError, type ValueFix } from './host';
import { isOfficeError } from './office-errors';

/**
 * The one-click fix of numbers typed as text, and its undo: writes each value into its cell — a
 * number as a number, a text as text (with Excel's leading apostrophe, so "1.250" stays the text
 * typed). Input cells are unlocked, so protection stays on. Two syncs: the first checks that every
 * target exists and is unlocked and reads what it holds (returned, to undo), the second writes.
 * Checking first makes a refusal all-or-nothing (Excel does not roll a failed batch back), and it
 * also refuses a locked cell of an unprotected sheet, which Excel would overwrite — a locked cell of
 * an annex is a label or a formula, never an input.
 */

export function checkFixes(fixes: readonly ValueFix[]): ValueFix[] {
  return fixes.map((f) => {
    const block = parseBlock(f.address);
    if (!block || block.rows * block.cols !== 1) throw new HostError('invalidInput', `${f.sheet}!${f.address}`);
    const ok = typeof f.value === 'string' || (typeof f.value === 'number' && Number.isFinite(f.value));
    if (!ok) throw new HostError('invalidInput', `${f.sheet}!${f.address} = ${String(f.value)}`);
    return { ...f, address: blockAddress(block) };
  });
}

/** What a cell held, as a value that writes it back: a number, a text, or "" for an empty cell. */
function previousValue(value: unknown, type: string): number | string {
  if (type === 'Double' && typeof value === 'number') return value;
  if (type === 'Empty') return '';
  return String(value ?? '');
}

export async function writeValues(context: Excel.RequestContext, fixes: readonly ValueFix[]): Promise<ValueFix[]> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    let ws = sheets.get(name.toLowerCase());
    if (!ws) sheets.set(name.toLowerCase(), (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const targets = fixes.map((fix) => {
    const range = sheetOf(fix.sheet).getRange(fix.address);
    range.format.protection.load('locked');
    range.load('values,valueTypes');
    return { fix, range };
  });
  await syncNamingMissingSheets(context, fixes.map((f) => f.sheet));

  const locked = targets.filter((t) => t.range.format.protection.locked !== false);
  if (locked.length) throw new HostError('cellLocked', locked.map((t) => `${t.fix.sheet}!${t.fix.address}`).join(', '));
  const previous = targets.map(({ fix, range }) => ({ sheet: fix.sheet, address: fix.address, value: previousValue(range.values[0][0], String(range.valueTypes[0][0])) }));
  for (const { fix, range } of targets) range.values = [[typeof fix.value === 'string' && fix.value !== '' ? `'${fix.value}` : fix.value]];
  await context.sync();
  return previous;
}

/**
 * A sync whose "ItemNotFound" (a sheet renamed or deleted since the check) becomes
 * HostError('sheetMissing') naming the sheets — which takes one more sync, on that path only.
 */
export async function syncNamingMissingSheets(context: Excel.RequestContext, sheetNames: readonly string[]): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (!isOfficeError(e) || e.code !== 'ItemNotFound') throw e;
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const present = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
    const missing = [...new Set(sheetNames.filter((n) => !present.has(n.toLowerCase())))];
    if (!missing.length) throw e;
    throw new HostError('sheetMissing', missing.join(', '));
  }
}
