import { blockAddress, parseBlock } from './cell-address';
import { HostError, type ValueFix } from './host';
import { isOfficeError } from './office-errors';

/**
 * The one-click fix of numbers typed as text: writes each number into its cell. Input cells are
 * unlocked, so protection stays on. Two syncs: the first checks that every target exists and is
 * unlocked, the second writes. Checking first makes a refusal all-or-nothing (Excel does not roll a
 * failed batch back), and it also refuses a locked cell of an unprotected sheet, which Excel would
 * overwrite — a locked cell of an annex is a label or a formula, never an input.
 */

export function checkFixes(fixes: readonly ValueFix[]): ValueFix[] {
  return fixes.map((f) => {
    const block = parseBlock(f.address);
    if (!block || block.rows * block.cols !== 1) throw new HostError('invalidInput', `${f.sheet}!${f.address}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) throw new HostError('invalidInput', `${f.sheet}!${f.address} = ${String(f.value)}`);
    return { ...f, address: blockAddress(block) };
  });
}

export async function writeNumbers(context: Excel.RequestContext, fixes: readonly ValueFix[]): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    let ws = sheets.get(name.toLowerCase());
    if (!ws) sheets.set(name.toLowerCase(), (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const targets = fixes.map((fix) => {
    const range = sheetOf(fix.sheet).getRange(fix.address);
    range.format.protection.load('locked');
    return { fix, range };
  });
  await syncNamingMissingSheets(context, fixes.map((f) => f.sheet));

  const locked = targets.filter((t) => t.range.format.protection.locked !== false);
  if (locked.length) throw new HostError('cellLocked', locked.map((t) => `${t.fix.sheet}!${t.fix.address}`).join(', '));
  for (const { fix, range } of targets) range.values = [[fix.value]];
  await context.sync();
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
