/**
 * The workbooks both check-sheet oracles compute: the demo figures of three units; every rule of the
 * default pack broken; missing values under each policy; numbers typed as text; words, "=…" typed as
 * text, TRUE/FALSE and error values; values at the edge of a tolerance and of every comparison;
 * divisions by zero; a row inserted. LibreOffice recalculates them (test/interop/checks-libreoffice),
 * and the project's spreadsheet evaluator does in the fast suite (checks-formulas-oracle.test.ts).
 */
import { withChecks } from '../../../src/core/checks/add-check-sheet';
import type { CheckSheetBuild } from '../../../src/core/checks/check-sheet';
import type { TemplatePack } from '../../../src/core/pack/types';
import { withFigures } from '../../../src/core/report/model-source';
import type { WorkbookModel } from '../../../src/core/sheet/model';
import { renderWorkbook } from '../../../src/core/workbook/render-workbook';
import type { Scenario } from './lo-batch';
import { breakGroups, figuresOf, num, pack as defaultPack, put, testPack, viGrouped } from './scenarios';

export interface Case extends Scenario {
  pack: TemplatePack;
  checks: CheckSheetBuild;
  /** The model's cached verdicts are those of its figures (built by addCheckSheet after filling). */
  cachedForFigures: boolean;
  breaks?: string[];
  /** The structure was changed on purpose: the formulas defer to the add-in there (checked apart). */
  tampered?: string;
}

/**
 * What inserting an empty row into an annex leaves (Excel and LibreOffice do the same): the annex's
 * cells from `at` down move one row, and every reference into them — the check sheet's formulas, the
 * annex's shading — follows.
 */
function insertRow(model: WorkbookModel, annexId: string, at: number): WorkbookModel {
  const target = model.sheets.find((s) => s.identity.annexId === annexId)!;
  const q = `'${target.name.replace(/'/g, "''")}'!`;
  const shift = (n: number) => (n >= at + 1 ? n + 1 : n);
  const moveRefs = (f: string) =>
    f.split(q).map((part, i) => (i === 0 ? part : part.replace(/^\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?/, (_m, c1: string, r1: string, c2?: string, r2?: string) => `$${c1}$${shift(Number(r1))}${c2 ? `:$${c2}$${shift(Number(r2))}` : ''}`))).join(q);
  return {
    ...model,
    sheets: model.sheets.map((s) => {
      if (s === target) {
        if (s.cells.some((c) => c.row >= at && c.formula && c.style !== 'checkHint')) throw new Error('insertRow: the annex has formulas below the row');
        return {
          ...s,
          cells: s.cells.map((c) => (c.row >= at ? { ...c, row: c.row + 1 } : c)),
          merges: s.merges.map((m) => (m.row >= at ? { ...m, row: m.row + 1 } : m)),
          validations: s.validations.map((v) => (v.range.row >= at ? { ...v, range: { ...v.range, row: v.range.row + 1 } } : v)),
          conditionalFormats: s.conditionalFormats?.map((cf) => ({ ...cf, ranges: cf.ranges.map((r) => (r.row < at && r.row + r.rows > at ? { ...r, rows: r.rows + 1 } : r)) })),
        };
      }
      return { ...s, cells: s.cells.map((c) => (c.formula ? { ...c, formula: moveRefs(c.formula) } : c)) };
    }),
  };
}

export function build(name: string, p: TemplatePack, figs: ReturnType<typeof figuresOf> | null, unit = 'H01', patch?: (bytes: Uint8Array) => Uint8Array): Case {
  const annexes = renderWorkbook(p, unit, undefined, { checks: false });
  const { model, checks } = withChecks(figs ? withFigures(annexes, figs) : annexes, p);
  return { name, model, pack: p, checks, cachedForFigures: true, ...(patch && { patch }) };
}

/** A cell of an annex written as a boolean or an error value (what Excel keeps for TRUE or #N/A typed in). */
function patchCell(model: WorkbookModel, annexId: string, rowCode: string, colCode: string, as: 'b' | 'e'): (bytes: Uint8Array) => Uint8Array {
  const index = model.sheets.findIndex((s) => s.identity.annexId === annexId);
  const sheet = model.sheets[index];
  const row = sheet.layout.rows[rowCode];
  const col = sheet.layout.cols[colCode];
  let ref = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) ref = String.fromCharCode(65 + ((n - 1) % 26)) + ref;
  ref += String(row + 1);
  return (bytes) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate') as typeof import('fflate');
    const files = unzipSync(bytes);
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    const xml = strFromU8(files[part]);
    const re = new RegExp(`<c r="${ref}"( s="\\d+")?>(<v>[^<]*</v>)?</c>|<c r="${ref}"( s="\\d+")?/>`);
    if (!re.test(xml)) throw new Error(`no cell ${ref} in ${part}`);
    // Without the cell's number format, as Excel keeps TRUE typed in (LibreOffice reads a boolean in a
    // cell formatted "#,##0" as the number 1).
    files[part] = strToU8(xml.replace(re, () => `<c r="${ref}" t="${as}"><v>${as === 'b' ? '1' : '#N/A'}</v></c>`));
    return zipSync(files);
  };
}

/** Every case, built once per call (the models are large: build them in beforeAll or at collection). */
export function checkCases(): Case[] {
  const p = defaultPack();
  const tp = testPack();
  const cases: Case[] = [];

  // The demo figures: consistent.
  for (const unit of ['H01', 'CS01', p.issuer.code]) cases.push(build(`consistent-${unit}`, p, figuresOf(p, unit), unit));
  // Every rule broken at least once, several rules per workbook.
  const groups = breakGroups(p);
  groups.forEach((g, i) => cases.push({ ...build(`broken-${i + 1}`, p, g.figures), breaks: g.rules }));
  // Missing values under each policy of the default pack (skipIfAny, skipIfAll) and required cells.
  {
    const f = figuresOf(p);
    put(f, 'PL01', '1', '2', undefined); // skipIfAny: PL01 ↔ PL02, expected ≥ result, target of row 1
    for (const r of ['2', '3', '4', '5']) put(f, 'PL02', r, '3', undefined); // skipIfAll: members flow c3 all blank
    put(f, 'PL02', '8', '2', undefined); // skipIfAll, some blank: counts as 0
    put(f, 'PL04', '4.1', '2', undefined); // skipIfAny: attendance
    put(f, 'PL02', '1', '2', undefined); // required
    put(f, 'PL03', '8.1', '1', undefined); // compulsory pair: homes without money
    cases.push(build('missing', p, f));
  }
  cases.push(build('empty-template', p, null));
  // Numbers typed as text (consistent ones and ones that break rules), words, "=…", spaces.
  {
    const f = figuresOf(p);
    const text = (annex: string, row: string, col: string, t: (n: number) => string) => put(f, annex, row, col, t(num(f, annex, row, col)));
    text('PL02', '1', '1', viGrouped); // "4.415"
    text('PL02', '2', '2', (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')); // "2,233"
    text('PL02', '5', '3', (n) => ` ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} `); // " 1 399 "
    text('PL03', '8.1', '1', (n) => String(n).replace('.', ',')); // "186,5"
    text('PL04', '1.1', '1', (n) => viGrouped(Math.trunc(n)) + ',' + String(n).split('.')[1]); // "1.009,7"
    text('PL07', '22', '1', viGrouped); // "5.000.973.000"
    text('PL07', '26', '1', (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')); // "1,639,551,000"
    text('PL01', '7', '1', (n) => `${n}%`); // "80%"
    text('PL02', '7', '2', (n) => `+${n}`);
    text('PL01', '1', '4', (n) => String(n).replace(/^(\d)/, '$1 ')); // "8 18"
    text('PL06', '6', '1', (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
    text('PL03', '2', '1', (n) => `00${n}`);
    text('PL03', '5', '1', (n) => `${n} %`);
    put(f, 'PL02', '13', '2', '=HYPERLINK("http://example.com","52")');
    put(f, 'PL02', '8', '3', '1.000'); // 1000 where 1 is expected: breaks the unions flow
    put(f, 'PL04', '3', '3', '1.02'); // a decimal in a count
    put(f, 'PL04', '2', '1', 'abc');
    put(f, 'PL05', '4', '1', '   ');
    put(f, 'PL06', '4', '1', '1..2');
    put(f, 'PL06', '3', '1', '0.250');
    put(f, 'PL07', '24', '2', `−${num(f, 'PL07', '24', '2')}`);
    put(f, 'PL07', '26', '2', `-${viGrouped(num(f, 'PL07', '26', '2'))}`);
    put(f, 'PL03', '7', '1', '1e3');
    put(f, 'PL03', '9.1', '1', '238.');
    put(f, 'PL03', '4', '1', '- 74');
    put(f, 'PL03', '4.1', '1', '7,4');
    cases.push(build('text', p, f));
  }
  // Values the built-in checks refuse.
  {
    const f = figuresOf(p);
    put(f, 'PL03', '8.1', '1', 12.34); // 2 decimals where 1 is allowed
    put(f, 'PL02', '6', '1', 12.5); // a count with decimals
    put(f, 'PL01', '8', '1', 120); // a percentage over 100
    put(f, 'PL04', '2', '2', -3); // negative count
    put(f, 'PL07', '50', '1', -5); // a balance may be negative
    put(f, 'PL04', '1.1', '3', 0.3); // 0.1 + 0.2 = 0.3 in the test pack
    put(f, 'PL04', '1.1', '1', 0.1);
    put(f, 'PL04', '1.1', '2', 0.2);
    cases.push(build('odd-values', p, f));
    cases.push(build('tp-odd-values', tp, f));
  }
  // TRUE/FALSE and an error value typed into input cells.
  {
    const base = build('bool-error', p, figuresOf(p));
    const first = patchCell(base.model, 'PL04', '2', '1', 'b');
    const second = patchCell(base.model, 'PL04', '3', '2', 'e');
    // The cached values are those of the figures before the patch: not compared.
    cases.push({ ...base, cachedForFigures: false, patch: (bytes) => second(first(bytes)) });
  }
  // The test pack: tolerances at their edge, the "zero" policy, divisions by zero, an exclusive pair.
  cases.push(build('tp-consistent', tp, figuresOf(tp)));
  {
    const f = figuresOf(tp);
    put(f, 'PL07', '50', '1', num(f, 'PL07', '50', '1') + 1000); // |diff| = t: passes
    put(f, 'PL07', '50', '2', num(f, 'PL07', '50', '2') + 1001); // fails
    put(f, 'PL07', '50', '3', num(f, 'PL07', '50', '3') - 1000); // passes
    put(f, 'PL02', '5', '1', 10000);
    put(f, 'PL02', '1', '1', 9900); // rel 1 %: edge, passes
    put(f, 'PL02', '5', '2', 10000);
    put(f, 'PL02', '1', '2', 9899); // fails
    put(f, 'PL02', '4', '1', num(f, 'PL02', '3', '1') + 2); // < with abs 2: edge passes
    put(f, 'PL02', '4', '2', num(f, 'PL02', '3', '2') + 3); // fails
    put(f, 'PL02', '2', '3', num(f, 'PL02', '4', '3')); // > strict: equal fails
    put(f, 'PL04', '4.1', '1', num(f, 'PL04', '4', '1')); // != with 0.5: equal fails
    put(f, 'PL04', '4.1', '2', num(f, 'PL04', '4', '2') + 0.5); // |d| = t: fails
    put(f, 'PL07', '40', '1', num(f, 'PL07', '22', '1') + num(f, 'PL07', '23', '1') + 0.5); // >= with 0.5: edge passes
    put(f, 'PL07', '40', '2', num(f, 'PL07', '22', '2') + num(f, 'PL07', '23', '2') + 0.6); // fails
    put(f, 'PL03', '1.1', '1', num(f, 'PL03', '1', '1') + 5); // a ratio over 100 %
    put(f, 'PL02', '5.2', '3', num(f, 'PL02', '5', '3') + 10000); // max(…) over the bound
    put(f, 'PL04', '4.1', '3', Math.floor(num(f, 'PL04', '4', '3') / 2)); // > with rel 10 %: fails
    cases.push(build('tp-edges-1', tp, f));
  }
  {
    const f = figuresOf(tp);
    for (const r of ['6', '7', '8', '9']) put(f, 'PL02', r, '2', undefined); // zero policy: 0 = 0
    put(f, 'PL02', '9', '3', undefined); // zero policy: fails
    for (const r of ['10', '10.1', '10.2', '10.3', '10.4']) put(f, 'PL02', r, '1', 0); // 0 / 0: reported
    for (const r of ['10', '10.1', '10.2', '10.3', '10.4']) put(f, 'PL02', r, '2', undefined); // all blank: skipped
    put(f, 'PL03', '1', '1', 0);
    put(f, 'PL03', '1.1', '1', 0); // 0 / 0: skipped
    put(f, 'PL06', '3', '1', 2);
    put(f, 'PL06', '5', '1', 0); // exclusive pair: both filled (a 0 counts)
    put(f, 'PL05', '1', '1', 1000);
    put(f, 'PL02', '1', '1', 950); // rel 5 %: edge, passes
    put(f, 'PL04', '4.1', '3', num(f, 'PL04', '4', '3') * 1.1); // > with rel 10 %
    cases.push(build('tp-edges-2', tp, f));
  }
  // Every comparison at its edge, without tolerance: equal sides pass "≤" and "≥" and fail "<" and
  // ">" — a formula compiled with the wrong operator disagrees with the evaluator here.
  {
    const f = figuresOf(tp);
    put(f, 'PL02', '5.1', '3', num(f, 'PL02', '5', '3')); // ≤: part = whole passes
    put(f, 'PL02', '14', '2', num(f, 'PL02', '13', '2')); // ≤ across rows
    put(f, 'PL01', '1', '4', num(f, 'PL01', '1', '2')); // ≥: expected = result passes
    put(f, 'PL07', '40', '3', num(f, 'PL07', '22', '3') + num(f, 'PL07', '23', '3')); // ≥ with 0.5: equal passes
    put(f, 'PL02', '2', '1', num(f, 'PL02', '4', '1')); // > strict: equal fails
    put(f, 'PL02', '4', '3', num(f, 'PL02', '3', '3')); // < with abs 2: equal passes (lenient)
    put(f, 'PL04', '4.1', '3', num(f, 'PL04', '4', '3')); // > with rel 10 %: equal passes
    put(f, 'PL05', '3.1', '2', num(f, 'PL05', '3.1', '1') + 1); // ≤ by one: fails
    cases.push(build('tp-equal-edges', tp, f));
  }
  // Done when: a template generated by `annex template`, filled by an outside writer with consistent
  // figures → SO_LOI = 0; then with a number typed as text and a negative count → SO_LOI ≥ 2, cells marked.
  const template = renderWorkbook(p, 'H01');
  {
    const ok = withFigures(template, figuresOf(p));
    cases.push({ name: 'done-consistent', model: ok, pack: p, checks: withChecks(ok, p).checks, cachedForFigures: false });
    const f = figuresOf(p);
    put(f, 'PL02', '3', '2', viGrouped(num(f, 'PL02', '3', '2') + 1000)); // "1.258": a number typed as text (and off by 1000)
    put(f, 'PL02', '4', '3', -5); // a negative count
    const bad = withFigures(template, f);
    cases.push({ name: 'done-broken', model: bad, pack: p, checks: withChecks(bad, p).checks, cachedForFigures: false });
  }

  // A row inserted into PL06 (no computed cell there) after the workbook was generated.
  {
    const base = build('structure-inserted-row', p, figuresOf(p));
    const pl06 = base.model.sheets.find((s) => s.identity.annexId === 'PL06')!;
    const model = insertRow(base.model, 'PL06', pl06.layout.rows['4']);
    cases.push({ ...base, model, cachedForFigures: false, tampered: 'PL06' });
  }
  return cases;
}
