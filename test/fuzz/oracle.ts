/**
 * The fuzz oracle: what may come out of openWorkbookFile for a mutated workbook.
 *   - a refusal with a known code and a message naming the file, or
 *   - a workbook. Then readUnitReport and validation must run without throwing, and — the "no wrong
 *     total" rule — wherever the unit and the layout of an annex are still intact (same unit code, the
 *     same row-code → row and column-code → column maps), every value cell the mutation did not touch
 *     reads exactly as in the original (value and formula presence). Cells a mutation touched may
 *     change: the file says so. What "touched" means is given per mutation (see mutate.ts).
 * Never: an exception escaping, a run over the time bound, an untouched figure read differently.
 */
import type { TemplatePack } from '../../src/core/pack/types';
import type { CellValue } from '../../src/core/report/cell-source';
import { readUnitReport } from '../../src/core/report/read-unit-report';
import type { UnitReport } from '../../src/core/report/unit-report';
import { validateReport } from '../../src/core/rules/validate';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import type { ReadErrorCode } from '../../src/xlsx/read-errors';

export const MAX_MILLIS_PER_FILE = 2000;

const CODES: ReadErrorCode[] = ['empty', 'notZip', 'otherFormat', 'encrypted', 'tooLarge', 'totalTooLarge', 'zipBomb', 'unsafeXml', 'tooManyCells', 'tooSlow', 'notWorkbook', 'corrupt'];

/** Which cells a mutation may have changed: none, some (annex id → A1 addresses), the text cells, or any (no figure check). */
export type Touched = { kind: 'none' } | { kind: 'cells'; cells: Map<string, Set<string>> } | { kind: 'texts' } | { kind: 'annexes'; annexes: Set<string> } | { kind: 'any' };

export type Outcome = 'refused' | 'same' | 'findings';

export interface Verdict {
  outcome: Outcome;
  /** Set when the oracle is broken: what went wrong. */
  failure?: string;
  code?: ReadErrorCode;
}

export function judge(name: string, bytes: Uint8Array, base: UnitReport, pack: TemplatePack, touched: Touched, validate: boolean): Verdict {
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
  try {
    report = readUnitReport(result.source, pack);
    if (validate) validateReport(report, pack);
  } catch (e) {
    return { outcome: 'findings', failure: `exception in readUnitReport/validation: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
  if (touched.kind === 'any' || report.unitCode !== base.unitCode) return { outcome: 'findings' };
  let intact = report.issues.length === base.issues.length;
  for (const [annexId, want] of base.annexes) {
    const got = report.annexes.get(annexId);
    if (!got || !want.layout || !got.layout || !sameMap(want.layout.rows, got.layout.rows) || !sameMap(want.layout.cols, got.layout.cols)) {
      intact = false;
      continue;
    }
    if (touched.kind === 'annexes' && touched.annexes.has(annexId)) continue;
    for (const [rowCode, cols] of want.cells) {
      for (const [colCode, w] of cols) {
        if (touched.kind === 'cells' && touched.cells.get(annexId)?.has(w.address)) continue;
        if (touched.kind === 'texts' && w.value.kind === 'text') continue;
        const g = got.cells.get(rowCode)?.get(colCode);
        if (!g || !sameValue(w.value, g.value) || w.hasFormula !== g.hasFormula) {
          return { outcome: 'same', failure: `wrong figure: ${annexId} r${rowCode} c${colCode} (${w.address}) was ${show(w.value)}${w.hasFormula ? ' ƒ' : ''}, read ${g ? show(g.value) + (g.hasFormula ? ' ƒ' : '') : 'nothing'}` };
        }
      }
    }
  }
  return { outcome: intact ? 'same' : 'findings' };
}

function sameMap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
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
