/**
 * The fuzz oracle: what may come out of openWorkbookFile for a mutated workbook.
 *   - a refusal with a known code and a message naming the file, or
 *   - a workbook. Then readUnitReport and validation must run without throwing, and the "no wrong
 *     total" rule holds against an INDEPENDENT expectation: the figures the generator typed into the
 *     workbook (a FigureMap, at the addresses of the generator's own layout — see expectedOf), not
 *     what the reader under test made of the unmutated file. Every figure the mutation did not touch
 *     reads exactly as written, unless the annex it lies in carries a structure finding of severity
 *     error or warning (a form that cannot be trusted, said to the user). Whatever changed in the unit
 *     or the layout must be SAID: a unit read as another code needs the finding structure.unitMissing /
 *     unitUnknown / notPackWorkbook / otherPack / otherVersion, or an annex's otherUnit; a missing annex
 *     needs structure.annexMissing; a layout that is not the generator's needs a structure.annex finding
 *     for that annex. Cells the generator did not type (computed cells, labels) are compared with the
 *     reading of the unmutated file: their formula presence and value.
 * Never: an exception escaping, a run over the time bound, a figure read differently without a finding.
 */
import { a1 } from '../../src/core/sheet/address';
import type { WorkbookModel } from '../../src/core/sheet/model';
import type { TemplatePack } from '../../src/core/pack/types';
import type { CellValue } from '../../src/core/report/cell-source';
import type { FigureMap } from '../../src/core/report/model-source';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import { issueSeverity } from '../../src/core/report/structure';
import type { AnnexReport, UnitReport } from '../../src/core/report/unit-report';
import type { Finding } from '../../src/core/rules/finding';
import { structureFindings } from '../../src/core/rules/structure-findings';
import { validateReport } from '../../src/core/rules/validate';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import type { ReadErrorCode } from '../../src/xlsx/read-errors';

/**
 * A hang guard, not a performance figure (those are the benchmarks'): a read that never ends fails
 * here. 2 s once failed an unmutated .xls read on a loaded 2-core machine; a hang takes far longer.
 */
export const MAX_MILLIS_PER_FILE = 30_000;

const CODES: ReadErrorCode[] = ['empty', 'notZip', 'otherFormat', 'encrypted', 'tooLarge', 'totalTooLarge', 'zipBomb', 'unsafeXml', 'tooManyCells', 'tooSlow', 'notWorkbook', 'corrupt'];

/** Which cells a mutation may have changed: none, some (annex id → A1 addresses), the text cells, or whole annexes. */
export type Touched =
  | { kind: 'none' }
  | { kind: 'cells'; cells: Map<string, Set<string>> }
  | { kind: 'texts' }
  | { kind: 'annexes'; annexes: Set<string> }
  /** Damaged bytes of a .xls, by where they lie (biff.ts): value bytes of cells, cell positions (their annex), shared strings. */
  | { kind: 'bytes'; cells: Map<string, Set<string>>; annexes: Set<string>; texts: boolean };

function annexTouched(t: Touched, annexId: string): boolean {
  return (t.kind === 'annexes' || t.kind === 'bytes') && t.annexes.has(annexId);
}

function cellTouched(t: Touched, annexId: string, address: string, text: boolean): boolean {
  if ((t.kind === 'cells' || t.kind === 'bytes') && t.cells.get(annexId)?.has(address)) return true;
  return text && (t.kind === 'texts' || (t.kind === 'bytes' && t.texts));
}

export type Outcome = 'refused' | 'same' | 'findings';

export interface Verdict {
  outcome: Outcome;
  /** Set when the oracle is broken: what went wrong. */
  failure?: string;
  code?: ReadErrorCode;
  /** The structure findings' rule ids, when the outcome is findings. */
  said?: string[];
}

/** One figure as the generator typed it. */
export interface WrittenFigure {
  row: string;
  col: string;
  address: string;
  value: number | string;
}

/** What the generator wrote: the unit, and per annex its layout and the figures typed into it. */
export interface Expected {
  unitCode: string;
  annexes: Map<string, { rows: Record<string, number>; cols: Record<string, number>; figures: WrittenFigure[] }>;
}

/** The expectation from the generator's inputs (the rendered model and the FigureMap typed into it) — never from a reader. */
export function expectedOf(model: WorkbookModel, figures: FigureMap, unitCode: string): Expected {
  const annexes: Expected['annexes'] = new Map();
  for (const sheet of model.sheets) {
    const rows = figures[sheet.identity.annexId];
    if (!rows) continue;
    const written: WrittenFigure[] = [];
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, value] of Object.entries(cols)) written.push({ row, col, address: a1(sheet.layout.rows[row], sheet.layout.cols[col]), value });
    }
    annexes.set(sheet.identity.annexId, { rows: sheet.layout.rows, cols: sheet.layout.cols, figures: written });
  }
  return { unitCode, annexes };
}

const UNIT_SAID = new Set(['structure.unitMissing', 'structure.unitUnknown', 'structure.notPackWorkbook', 'structure.otherPack', 'structure.otherVersion']);

export function judge(name: string, bytes: Uint8Array, base: UnitReport, expected: Expected, pack: TemplatePack, touched: Touched, validate: boolean): Verdict {
  const started = Date.now();
  let result: ReturnType<typeof openWorkbookFile>;
  try {
    result = openWorkbookFile({ name, bytes });
  } catch (e) {
    return { outcome: 'refused', failure: `exception escaped openWorkbookFile: ${String(e)}` };
  }
  const millis = Date.now() - started;
  if (millis > MAX_MILLIS_PER_FILE) return { outcome: result.ok ? 'same' : 'refused', failure: `took ${millis} ms` };
  if (!result.ok) {
    if (!CODES.includes(result.error.code)) return { outcome: 'refused', failure: `unknown code ${result.error.code}` };
    if (!result.message.vi.includes(name) || !result.message.en.includes(name)) return { outcome: 'refused', failure: 'message does not name the file' };
    return { outcome: 'refused', code: result.error.code };
  }
  let report: UnitReport;
  let said: Finding[];
  try {
    report = readUnitReport(result.source, pack);
    said = structureFindings(report, pack);
    if (validate) {
      const all = validateReport(report, pack).findings.filter((f) => f.kind === 'structure');
      if (all.length !== said.length) return { outcome: 'findings', failure: `validation reports ${all.length} structure findings, the report ${said.length}` };
    }
  } catch (e) {
    return { outcome: 'findings', failure: `exception in readUnitReport/validation: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
  const failure = unitSaid(report, expected, said) ?? annexesSaid(report, expected, said, touched) ?? othersAsBefore(report, base, expected, touched);
  const outcome: Outcome = said.length ? 'findings' : 'same';
  return { outcome, ...(failure && { failure }), ...(said.length && { said: said.map((f) => f.ruleId) }) };
}

/** A unit read as another code (or none) must be said. */
function unitSaid(report: UnitReport, expected: Expected, said: Finding[]): string | undefined {
  if (report.unitCode === expected.unitCode) return undefined;
  if (said.some((f) => UNIT_SAID.has(f.ruleId) || f.structure?.some((i) => i.kind === 'otherUnit'))) return undefined;
  return `unit read as ${JSON.stringify(report.unitCode)} instead of ${expected.unitCode}, and no finding says so`;
}

/** Per annex: present (or said missing), its layout the generator's (or said), every untouched figure as written (or its annex said untrustworthy). */
function annexesSaid(report: UnitReport, expected: Expected, said: Finding[], touched: Touched): string | undefined {
  const workbookSaid = said.some((f) => f.annexId === null);
  for (const [annexId, want] of expected.annexes) {
    const got = report.annexes.get(annexId);
    const annexSaid = said.filter((f) => f.annexId === annexId);
    if (!got) {
      if (annexSaid.some((f) => f.ruleId === 'structure.annexMissing') || workbookSaid) continue;
      return `${annexId} not found, and no finding says so`;
    }
    const untrusted = got.issues.some((i) => issueSeverity(i) !== 'info');
    if (!sameLayout(got, want) && annexSaid.length === 0) return `${annexId}: layout differs from the one written, and no finding says so`;
    if (annexTouched(touched, annexId)) continue;
    for (const w of want.figures) {
      if (cellTouched(touched, annexId, w.address, typeof w.value === 'string')) continue;
      const g = got.cells.get(w.row)?.get(w.col);
      const wantValue: CellValue = typeof w.value === 'number' ? { kind: 'number', value: w.value } : { kind: 'text', text: w.value };
      if (g && !g.hasFormula && sameValue(wantValue, g.value)) continue;
      if (untrusted || saidMissing(got, w.row, w.col)) continue;
      return `wrong figure: ${annexId} r${w.row} c${w.col} (${w.address}) was written ${show(wantValue)}, read ${g ? show(g.value) + (g.hasFormula ? ' ƒ' : '') + ` at ${g.address}` : 'nothing'}`;
    }
  }
  return undefined;
}

/** A row or column the annex's findings say is missing (e.g. the notes column, an info): its cells are not read. */
function saidMissing(got: AnnexReport, row: string, col: string): boolean {
  return got.issues.some((i) => (i.kind === 'rowMissing' && i.code === row) || (i.kind === 'colMissing' && i.code === col));
}

function sameLayout(got: AnnexReport, want: { rows: Record<string, number>; cols: Record<string, number> }): boolean {
  return !!got.layout && sameMap(got.layout.rows, want.rows) && sameMap(got.layout.cols, want.cols);
}

/** Cells the generator did not type (computed, notes): as in the unmutated file, where the annex is trusted. */
function othersAsBefore(report: UnitReport, base: UnitReport, expected: Expected, touched: Touched): string | undefined {
  for (const [annexId, want] of base.annexes) {
    const got = report.annexes.get(annexId);
    if (!got || got.issues.some((i) => issueSeverity(i) !== 'info') || annexTouched(touched, annexId)) continue;
    const typed = new Set(expected.annexes.get(annexId)?.figures.map((f) => `${f.row}|${f.col}`));
    for (const [rowCode, cols] of want.cells) {
      for (const [colCode, w] of cols) {
        if (typed.has(`${rowCode}|${colCode}`) || saidMissing(got, rowCode, colCode)) continue;
        if (cellTouched(touched, annexId, w.address, w.value.kind === 'text')) continue;
        const g = got.cells.get(rowCode)?.get(colCode);
        if (!g || !sameValue(w.value, g.value) || w.hasFormula !== g.hasFormula) {
          return `wrong cell: ${annexId} r${rowCode} c${colCode} (${w.address}) was ${show(w.value)}${w.hasFormula ? ' ƒ' : ''}, read ${g ? show(g.value) + (g.hasFormula ? ' ƒ' : '') : 'nothing'}`;
        }
      }
    }
  }
  return undefined;
}

function sameMap(a: ReadonlyMap<string, number>, b: Record<string, number>): boolean {
  if (a.size !== Object.keys(b).length) return false;
  for (const [k, v] of a) if (b[k] !== v) return false;
  return true;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return show(a) === show(b);
}

function show(v: CellValue): string {
  switch (v.kind) {
    case 'blank':
      return 'blank';
    case 'number':
      return `n:${Object.is(v.value, -0) ? 0 : v.value}`;
    case 'text':
      return `t:${JSON.stringify(v.text)}`;
    case 'bool':
      return `b:${v.value}`;
    case 'error':
      return `e:${v.code}`;
  }
}
