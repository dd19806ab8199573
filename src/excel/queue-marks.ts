import { HostError, type MarkSeverity } from './host';
import { chunkAddresses, isMarkFormula, markFormula, MARK_STYLES, type SheetMarks } from './marks';

/**
 * Replaces the marks of the open workbook: deletes every conditional format of ours (found by the tag
 * in its formula, on every sheet) and adds the new ones. Four syncs at most, whatever the number of
 * marks and sheets: sheet names; each sheet's protection and conditional-format types; the formulas of
 * the Custom ones; then all changes at once. The third is skipped when no sheet has a Custom format,
 * the last when there is nothing to remove or add.
 *
 * Annex sheets are protected (no password), and a protected sheet refuses conditional formats: each
 * sheet is unprotected, changed and protected again with the options it had, all in the last batch.
 * Addresses are checked beforehand, so that batch does not stop half-way on a sheet left unprotected.
 * A sheet protected with a password (not ours) cannot be unprotected: Excel refuses, and the call
 * fails with HostError('officeError') — after the sheets before it were done.
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
  let queued = false;
  for (const s of scans) {
    const old = ours.get(s) ?? [];
    const add = wanted.get(s.name.toLowerCase());
    if (!old.length && !add) continue;
    const wasProtected = s.protection.protected;
    if (wasProtected) s.ws.protection.unprotect();
    for (const cf of old) cf.delete();
    if (add) queueSheetMarks(s.ws, add, multiArea);
    if (wasProtected) s.ws.protection.protect({ ...s.protection.options });
    queued = true;
  }
  if (queued) await context.sync();
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
