/**
 * Formulas lost by another program, noticed (issue 16, item 3). SheetJS's .xls writer keeps none of
 * the formulas of a unit's annexes, and its .ods writer may keep fewer than were there; the figures
 * are still recomputed from the inputs, but the unit's form has lost what it computes. Each re-saved
 * file must give the same unit, the same input figures and the same findings as the file it was
 * made from, plus ONE warning per annex naming exactly the computed cells whose formula is gone —
 * whether they kept their figure (saved from LibreOffice's .xlsx, with results) or nothing (saved
 * from our own file, which carries no results).
 */
import * as XLSX from '@e965/xlsx';
import { defaultPack } from '../../src/core/load/load-pack';
import { packIndex } from '../../src/core/pack/pack-index';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import { validateSource } from '../../src/core/rules/validate';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { committed, extract } from './writer-corpus';

const pack = defaultPack();
const index = packIndex(pack);

function open(name: string, bytes: Uint8Array) {
  const r = openWorkbookFile({ name, bytes });
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.detail}`);
  return r.source;
}

/** Computed cells (of the pack) holding a formula, by annex: "PL02!G12". */
function computedFormulaCells(source: ReturnType<typeof open>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [annexId, annex] of readUnitReport(source, pack).annexes) {
    const list: string[] = [];
    for (const rowCode of index.annex(annexId)!.rowOrder) {
      for (const colCode of index.annex(annexId)!.colOrder) {
        const role = index.annex(annexId)!.role(rowCode, colCode);
        const cell = annex.cells.get(rowCode)?.get(colCode);
        if (cell?.hasFormula && (role === 'computed-row' || role === 'computed-col')) list.push(cell.address);
      }
    }
    out.set(annexId, list);
  }
  return out;
}

describe.each([
  ['libreoffice.xlsx', 'with results'],
  ['original.xlsx', 'without results'],
])('SheetJS re-saves %s (computed cells %s)', (from) => {
  const before = open(from, committed(from));
  const expected = extract(before, pack);
  const hadFormula = computedFormulaCells(before);
  const workbook = XLSX.read(committed(from), { type: 'array', cellFormula: true });

  it.each(['xls', 'biff8', 'ods'] as const)('as .%s: the same figures, and each annex with lost formulas says so once, naming them', (bookType) => {
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
    const after = open(`sheetjs.${bookType === 'biff8' ? 'xls' : bookType}`, bytes);
    const got = extract(after, pack);
    expect(got.unitCode).toBe(expected.unitCode);
    // Every value cell that was no formula reads the same.
    const inputs = (e: typeof expected) => Object.fromEntries(Object.entries(e.cells).filter(([key]) => !expected.cells[key].startsWith('ƒ')));
    expect(inputs(got)).toEqual(inputs(expected));

    const keeps = computedFormulaCells(after);
    const lost = new Map([...hadFormula].map(([annexId, cells]) => [annexId, cells.filter((a) => !keeps.get(annexId)?.includes(a))]).filter(([, cells]) => cells.length > 0) as Array<[string, string[]]>);
    if (bookType !== 'ods') expect([...lost.values()].flat().length).toBe([...hadFormula.values()].flat().length);

    const v = validateSource(after, pack);
    const warnings = v.findings.filter((f) => f.ruleId === 'builtin.formulaLost');
    expect(warnings.map((f) => [f.severity, f.annexId, f.cells.map((c) => c.address)])).toEqual([...lost].map(([annexId, cells]) => ['warning', annexId, cells]));
    for (const w of warnings) expect(w.message.vi).toContain('tệp được lưu lại bởi chương trình khác, công thức đã mất');
    // Nothing else changes: no per-cell warning for a computed cell that merely lost its formula.
    expect(got.findings.filter((f) => !f.includes('builtin.formulaLost'))).toEqual(expected.findings);
  });
});
