/** Sheet references inside a formula ("'Phụ lục 1'!$B$2", "Data!A1"), outside string literals. */

const SHEET_REF = /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g;

function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (m) => ' '.repeat(m.length));
}

export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  for (const m of withoutStrings(formula).matchAll(SHEET_REF)) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}

export function referencesSheet(formula: string, sheet: string): boolean {
  const key = sheet.toLowerCase();
  return referencedSheets(formula).some((s) => s.toLowerCase() === key);
}
