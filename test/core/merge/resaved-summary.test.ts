/**
 * A district's summary going up a level after another program re-saved it (issue 16, item 1).
 * openpyxl and xlsx-populate keep every formula and drop every cached result: the summary's input
 * cells (=SUM('Chi tiết PL02'!E7:E9) …) then carry no value. The reader computes them from the
 * workbook, says so once, and the province merges to the same totals as with the original. A detail
 * sheet edited by hand is said cell by cell, the recomputation counting; a formula that cannot be
 * computed is a finding naming the cell, never a silent blank.
 */
import { summaryValue } from '../../../src/core/merge/aggregate';
import { reasonText } from '../../../src/core/merge/describe';
import { mergeSubmissions, type MergeResult } from '../../../src/core/merge/merge';
import type { Submission } from '../../../src/core/merge/submission';
import { packIndex } from '../../../src/core/pack/pack-index';
import { readUnitReport } from '../../../src/core/report/read-unit-report';
import { validateSource } from '../../../src/core/rules/validate';
import type { CellModel, WorkbookModel } from '../../../src/core/sheet/model';
import { summaryWorkbook } from '../../../src/core/summary';
import { pack, submission, submissionFromModel } from './helpers';

const H02_UNITS = pack.units.filter((u) => u.parent === 'H02').map((u) => u.code);
const OTHERS = ['H01', 'H03'];

/** What openpyxl's load_workbook + save leaves: every formula, no cached result anywhere. */
function withoutResults(model: WorkbookModel): WorkbookModel {
  return { ...model, sheets: model.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)) })) };
}

function edited(model: WorkbookModel, sheetName: string, change: (c: CellModel) => CellModel | null): WorkbookModel {
  return { ...model, sheets: model.sheets.map((s) => (s.name === sheetName ? { ...s, cells: s.cells.map((c) => change(c) ?? c) } : s)) };
}

function source(s: Submission) {
  if (s.content.kind !== 'workbook') throw new Error('not a workbook');
  return s.content.source;
}

/** Every figure of a merge, by cell id, as text (exact decimals). */
function totals(r: MergeResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, cell] of r.cells) out[id] = cell.kind === 'text' ? `t:${cell.text}` : (summaryValue(cell)?.toString() ?? '∅');
  return out;
}

let summary: WorkbookModel;
let original: Submission;
let province: MergeResult;

beforeAll(() => {
  expect(H02_UNITS.length).toBeGreaterThanOrEqual(3);
  summary = summaryWorkbook(pack, mergeSubmissions(pack, H02_UNITS.map((u) => submission(u)), { mergingUnit: 'H02' }));
  original = submissionFromModel(summary, 'H02-tong-hop.xlsx');
  province = mergeSubmissions(pack, [original, ...OTHERS.map((u) => submission(u))]);
});

describe('a summary saved without formula results (openpyxl, xlsx-populate)', () => {
  let resaved: Submission;
  beforeAll(() => {
    resaved = submissionFromModel(withoutResults(summary), 'H02-openpyxl.xlsx');
  });

  it('reads every input figure computed from the detail sheets, and says so once', () => {
    const report = readUnitReport(source(resaved), pack);
    const before = readUnitReport(source(original), pack);
    const index = packIndex(pack);
    let formulas = 0;
    for (const [annexId, annex] of before.annexes) {
      for (const [rowCode, cols] of annex.cells) {
        for (const [colCode, cell] of cols) {
          if (!cell.hasFormula || index.annex(annexId)!.role(rowCode, colCode) !== 'input') continue;
          formulas++;
          const now = report.annexes.get(annexId)!.cells.get(rowCode)!.get(colCode)!;
          expect({ at: `${annexId}!${cell.address}`, value: now.value, note: now.formulaNote?.kind }).toEqual({ at: `${annexId}!${cell.address}`, value: cell.value, note: 'computed' });
        }
      }
    }
    expect(formulas).toBeGreaterThan(150);
    expect(report.recalculated).toBe(formulas);

    const v = validateSource(source(resaved), pack);
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.address}`)).toEqual([]);
    const said = v.findings.filter((f) => f.ruleId === 'builtin.recalculated');
    expect(said.map((f) => [f.severity, f.message.vi])).toEqual([['info', `Giá trị được tính lại vì tệp không lưu kết quả công thức: ${formulas} ô nhập có công thức, tính từ chính sổ làm việc.`]]);
  });

  it('merges into the province to the same totals as the original, the log saying why', () => {
    const r = mergeSubmissions(pack, [resaved, ...OTHERS.map((u) => submission(u))]);
    const entry = r.entries.find((e) => e.file.fileName === 'H02-openpyxl.xlsx')!;
    expect(entry.decision).toEqual({ merged: true, status: 'ready' });
    expect(reasonText(entry, pack, 'vi')).toContain('Giá trị được tính lại vì tệp không lưu kết quả công thức (');
    expect(totals(r)).toEqual(totals(province));
    // Not vacuous: the district's figures are in the province's totals.
    const without = mergeSubmissions(pack, OTHERS.map((u) => submission(u)));
    expect(totals(without)).not.toEqual(totals(province));
  });
});

describe("a summary whose detail sheet was edited by hand, so that it disagrees with its annex sheets", () => {
  it('names each cell that disagrees, with both figures; the detail counts, never picked silently', () => {
    const pl02 = summary.sheets.find((s) => s.identity.annexId === 'PL02')!;
    const target = pl02.cells.find((c) => c.row === pl02.layout.rows['1'] && c.col === pl02.layout.cols['1'])!;
    const m = /^SUM\('(Chi tiết PL02)'!([A-Z]+)(\d+):/.exec(target.formula!)!;
    expect(m).not.toBeNull();
    const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[3]) - 1;
    let old = 0;
    const hand = edited(summary, m[1], (c) => (c.row === row && c.col === col ? ((old = c.value as number), { ...c, value: (c.value as number) + 1000 }) : null));
    expect(old).toBeGreaterThan(0);
    const s = submissionFromModel(hand, 'H02-sua-tay.xlsx');

    const v = validateSource(source(s), pack);
    const found = v.findings.filter((f) => f.ruleId === 'builtin.formulaDisagrees');
    expect(found.map((f) => [f.severity, f.annexId, f.address])).toEqual([['error', 'PL02', target.formula && addressOf(target)]]);
    expect(found[0].message.en).toContain(`gives ${fmt(target.value as number + 1000)}`);

    // The figure read is the detail's; the error holds the file back from the province until someone decides.
    const cell = readUnitReport(source(s), pack).annexes.get('PL02')!.cells.get('1')!.get('1')!;
    expect([cell.value, cell.formulaNote?.kind]).toEqual([{ kind: 'number', value: (target.value as number) + 1000 }, 'disagrees']);
    const r = mergeSubmissions(pack, [s, ...OTHERS.map((u) => submission(u))]);
    expect(r.entries.find((e) => e.file.fileName === 'H02-sua-tay.xlsx')!.decision.merged).toBe(false);
  });
});

describe('a formula saved without its result that cannot be computed', () => {
  it('a cycle of references: an error naming the cell, not "required figure missing"', () => {
    const pl02 = summary.sheets.find((s) => s.identity.annexId === 'PL02')!;
    const at = { row: pl02.layout.rows['1'], col: pl02.layout.cols['1'] };
    const cyclic = edited(withoutResults(summary), pl02.name, (c) => (c.row === at.row && c.col === at.col ? { ...c, formula: `SUM(${addressOf(c)})+1` } : null));
    const v = validateSource(source(submissionFromModel(cyclic, 'H02-vong.xlsx')), pack);
    // Besides the rules over that figure (a total against its parts), the cell itself is named once, with why.
    const found = v.findings.filter((f) => f.ruleId.startsWith('builtin.') && f.annexId === 'PL02' && f.address === addressOf({ ...at }));
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['builtin.formulaUncomputable', 'error']]);
    expect(found[0].message.vi).toContain('các tham chiếu tạo thành vòng');
  });
});

describe('an older summary (one detail sheet of 336 columns) saved as .xls: formulas past column IV lost', () => {
  it('a formula whose reference became #REF! is an error naming the cell, with or without its saved figure — said once', () => {
    const pl02 = summary.sheets.find((s) => s.identity.annexId === 'PL02')!;
    const kept = { row: pl02.layout.rows['1'], col: pl02.layout.cols['1'] };
    const gone = { row: pl02.layout.rows['1'], col: pl02.layout.cols['2'] };
    // LibreOffice's first .xls save keeps the cached figure; its second has none left to keep.
    const broken = edited(summary, pl02.name, (c) =>
      c.row === kept.row && c.col === kept.col ? { ...c, formula: 'SUM(#REF!)' } : c.row === gone.row && c.col === gone.col ? { ...c, formula: 'SUM(#REF!)', value: null } : null,
    );
    const s = submissionFromModel(broken, 'H02-xls.xlsx');
    const v = validateSource(source(s), pack);
    const at = (p: { row: number; col: number }) => v.findings.filter((f) => f.ruleId.startsWith('builtin.') && f.annexId === 'PL02' && f.address === addressOf(p)).map((f) => [f.ruleId, f.severity]);
    expect(at(kept)).toEqual([['builtin.formulaBroken', 'error']]);
    expect(at(gone)).toEqual([['builtin.formulaBroken', 'error']]);
    expect(v.findings.find((f) => f.ruleId === 'builtin.formulaBroken')!.message.vi).toContain('.xls');
    const report = readUnitReport(source(s), pack).annexes.get('PL02')!.cells.get('1')!;
    expect(report.get('1')!.value).toEqual({ kind: 'number', value: pl02.cells.find((c) => c.row === kept.row && c.col === kept.col)!.value });
    expect(report.get('2')!.value).toEqual({ kind: 'error', code: '#REF!' });
  });
});

function addressOf(c: { row: number; col: number }): string {
  let n = c.col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${c.row + 1}`;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
