import { HostError, type MarkSeverity } from './host';
import { isOfficeError } from './office-errors';
import { chunkAddresses, isMarkFormula, markFormula, MARK_STYLES, type SheetMarks } from './marks';

/**
 * Replaces the marks of the open workbook: deletes every conditional format of ours (found by the tag
 * in its formula, on every sheet) and adds the new ones. Five syncs at most, whatever the number of
 * marks and sheets: sheet names; each sheet's protection and conditional-format types; the formulas of
 * the Custom ones (skipped when no sheet has one); the protected sheets to change unprotected (skipped
 * when none is); then all changes at once, each such sheet protected again with the options it had
 * (skipped when there is nothing to remove or add).
 *
 * Annex sheets are protected (no password), and a protected sheet refuses conditional formats. A sheet
 * the user protected with a password cannot be unprotected by the pane: the unprotecting is done in a
 * batch of its own before any mark is written, and if Excel refuses it, the sheets already unprotected
 * are protected again and the call fails with HostError('sheetPassword', that sheet) — no sheet is
 * ever half-marked. Addresses are checked beforehand, so the last batch does not stop half-way; if it
 * fails all the same, the sheets are protected again before the error is passed on.
 */

interface ScannedSheet {
  ws: Excel.Worksheet;
  name: string;
  protection: Excel.WorksheetProtection;
  formats: Excel.ConditionalFormatCollection;
}

export async function replaceMarks(context: Excel.RequestContext, marks: readonly SheetMarks[], multiArea: boolean): Promise<void> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const present = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
  const missing = marks.filter((m) => !present.has(m.sheet.toLowerCase())).map((m) => m.sheet);
  if (missing.length) throw new HostError('sheetMissing', missing.join(', '));

  // The whole sheet, not only the used range: a mark copied anywhere is found too.
  const scans: ScannedSheet[] = worksheets.items.map((ws) => ({
    ws,
    name: ws.name,
    protection: ws.protection.load('protected,options'),
    formats: ws.getRange().conditionalFormats.load('items/type'),
  }));
  await context.sync();

  // `custom` exists only on Custom formats (reaching it on a data bar fails), hence a sync of its own.
  const customs = scans.flatMap((s) => s.formats.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ s, cf, rule: cf.custom.rule.load('formula') })));
  if (customs.length) await context.sync();
  const ours = new Map<ScannedSheet, Excel.ConditionalFormat[]>();
  for (const { s, cf, rule } of customs) if (isMarkFormula(rule.formula)) ours.set(s, [...(ours.get(s) ?? []), cf]);

  const wanted = new Map(marks.map((m) => [m.sheet.toLowerCase(), m]));
  const changes = scans.map((s) => ({ s, old: ours.get(s) ?? [], add: wanted.get(s.name.toLowerCase()) })).filter((c) => c.old.length > 0 || c.add);
  if (!changes.length) return;
  const guarded = changes.filter((c) => c.s.protection.protected).map((c) => c.s);
  await unprotectAll(context, guarded);

  for (const { s, old, add } of changes) {
    for (const cf of old) cf.delete();
    if (add) queueSheetMarks(s.ws, add, multiArea);
  }
  for (const s of guarded) s.ws.protection.protect({ ...s.protection.options });
  try {
    await context.sync();
  } catch (e) {
    await protectAgain(context, guarded);
    throw e;
  }
}

/**
 * Unprotects the sheets in one batch, before anything is written. A sheet with a password refuses
 * (Excel stops the batch there): the ones unprotected before it are protected again, and the call
 * fails naming it.
 */
async function unprotectAll(context: Excel.RequestContext, sheets: readonly ScannedSheet[]): Promise<void> {
  if (!sheets.length) return;
  for (const s of sheets) s.ws.protection.unprotect();
  let failure: unknown;
  try {
    await context.sync();
    return;
  } catch (e) {
    failure = e;
  }
  const now = sheets.map((s) => ({ s, state: s.ws.protection.load('protected') }));
  await context.sync();
  const refused = now.find((x) => x.state.protected);
  for (const { s, state } of now) if (!state.protected) s.ws.protection.protect({ ...s.protection.options });
  await context.sync();
  // Excel answers a missing password as a bad argument (or access denied); anything else is not about the sheet.
  if (refused && isOfficeError(failure) && PASSWORD_REFUSALS.has(failure.code)) throw new HostError('sheetPassword', refused.s.name);
  throw failure;
}

const PASSWORD_REFUSALS = new Set(['InvalidArgument', 'AccessDenied', 'BadPassword', 'InvalidOperation']);

/** After a failed batch: every sheet that is unprotected and should not be is protected again (best effort). */
async function protectAgain(context: Excel.RequestContext, sheets: readonly ScannedSheet[]): Promise<void> {
  try {
    const now = sheets.map((s) => ({ s, state: s.ws.protection.load('protected') }));
    await context.sync();
    for (const { s, state } of now) if (!state.protected) s.ws.protection.protect({ ...s.protection.options });
    await context.sync();
  } catch {
    // The first error is the one to report.
  }
}

/** One conditional format per severity and chunk of areas (ExcelApi 1.9), else one per address. */
function queueSheetMarks(ws: Excel.Worksheet, marks: SheetMarks, multiArea: boolean): void {
  for (const { severity, addresses } of marks.bySeverity) {
    const targets = multiArea ? chunkAddresses(addresses).map((a) => ws.getRanges(a)) : addresses.map((a) => ws.getRange(a));
    for (const target of targets) styleMark(target.conditionalFormats.add('Custom'), severity);
  }
}

function styleMark(cf: Excel.ConditionalFormat, severity: MarkSeverity): void {
  cf.custom.rule.formula = markFormula(severity);
  cf.custom.format.fill.color = MARK_STYLES[severity].fill;
  cf.custom.format.font.color = MARK_STYLES[severity].font;
}
