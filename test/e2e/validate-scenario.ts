/**
 * The Kiểm tra tab end to end, on a page where the annexes of `unitCode` were just inserted: the test
 * plays the user typing figures through the simulator (window.__sim), and the pane validates, lists,
 * selects, marks and fixes. Runs inside taskpane.test.ts's browser session (one build, one browser).
 */
import type { Page } from 'playwright-core';
import type { TemplatePack } from '../../src/core/pack/types';
import { a1 } from '../../src/core/sheet/address';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { expectInView } from './pane-page';

/** window.__sim (harness.tsx), spelled inline in each page.evaluate callback: only the callback reaches the page. */
interface SimWindow {
  __sim: SimView;
}

interface SimView {
  typeInto(sheet: string, address: string, text: string): unknown;
  sheet(name: string): { cell(row: number, col: number): { value: unknown; formula: string | null } };
  cell(sheet: string, address: string): { value: unknown };
  selection: { sheet: string; address: string } | null;
  sheetNames(): string[];
  conditionalFormats(sheet: string): Array<{ address: string; formula: string | null }>;
}

/**
 * The PL02 cells the scenario uses, found by their codes in the unit's rendered form (never by a fixed
 * address: the pack's layout may change): row code 1 (total = state + non-state, columns 1 = 2 + 3) and
 * row code 14, whose non-state part is made negative.
 */
function scenarioCells(pack: TemplatePack, unitCode: string, sheetName: string) {
  const sheet = renderWorkbook(pack, unitCode).sheets.find((s) => s.name === sheetName);
  expect(sheet).toBeDefined();
  const { rows, cols } = sheet!.layout;
  const at = (row: string, col: string) => {
    expect([row, col, rows[row] !== undefined && cols[col] !== undefined]).toEqual([row, col, true]);
    return { row: rows[row], col: cols[col], address: a1(rows[row], cols[col]) };
  };
  const cells = { total: at('1', '1'), text: at('1', '2'), other: at('1', '3'), negative: at('14', '3'), negativeTotal: at('14', '1') };
  // The cells it types into are unlocked inputs.
  for (const c of [cells.total, cells.text, cells.other, cells.negative]) expect(sheet!.cells.find((x) => x.row === c.row && x.col === c.col)?.locked).toBe(false);
  return cells;
}

export async function checkValidateTab(page: Page, pack: TemplatePack, unitCode: string, screenshot: string): Promise<void> {
  const annex = pack.annexes.find((a) => a.id === 'PL02')!;
  const sheetName = annex.sheetName;
  const cells = scenarioCells(pack, unitCode, sheetName);
  const [TOTAL, TEXT_CELL, OTHER, NEGATIVE_CELL, NEGATIVE_TOTAL] = [cells.total, cells.text, cells.other, cells.negative, cells.negativeTotal].map((c) => c.address);
  const finding = (rule: string, address: string) => page.locator(`[data-testid="finding"][data-rule="${rule}"][data-cell="${sheetName}!${address}"]`);
  const summary = () => page.getByTestId('validate-summary-text').innerText();
  /**
   * Addresses carrying one of our marks on the sheet (our conditional formats are tagged
   * "annex-mark:<severity>"): errors and warnings by default; a note ("Chưa có chỉ tiêu") has its own
   * pale mark, counted only when `all`.
   */
  const marked = async (sheet: string, all = false) =>
    (
      await page.evaluate(
        ([name, pattern]) => (window as unknown as SimWindow).__sim.conditionalFormats(name).filter((cf) => new RegExp(pattern).test(cf.formula ?? '')).map((cf) => cf.address),
        [sheet, all ? 'annex-mark' : 'annex-mark:(error|warning)'] as const,
      )
    ).flatMap((a) => a.split(/,\s*/));
  const allMarks = async (all = false) => {
    const names = await page.evaluate(() => (window as unknown as SimWindow).__sim.sheetNames());
    return (await Promise.all(names.map((name) => marked(name, all)))).flat();
  };
  const validate = async (expectSummary: RegExp) => {
    await page.getByTestId('validate-workbook').click();
    await page
      .waitForFunction(([pattern]) => new RegExp(pattern).test(document.querySelector('[data-testid="validate-summary-text"]')?.textContent ?? ''), [expectSummary.source])
      .catch(async () => {
        // Say what the pane showed instead, and its first findings.
        const shown = await page.getByTestId('validate-summary-text').allInnerTexts();
        const first = (await page.getByTestId('finding').allInnerTexts()).slice(0, 5);
        throw new Error(`expected ${expectSummary}, the pane shows ${JSON.stringify(shown)}; first findings: ${JSON.stringify(first)}`);
      });
    await page.getByTestId('validate-workbook').and(page.locator(':enabled')).waitFor();
  };

  await page.getByTestId('tab-validate').click();
  await page.getByTestId('validate-workbook').waitFor();
  expect(await page.getByTestId('validate-workbook').innerText()).toBe('Kiểm tra sổ làm việc');
  expect(await page.getByTestId('validate-active').innerText()).toBe('Kiểm tra trang đang mở');

  // An empty unit: every required figure is missing — errors, each cell marked.
  // Notes (a district's targets the province has not set: "Chưa có chỉ tiêu") are counted after the errors.
  await validate(/^\d+ lỗi(, \d+ lưu ý)?$/);
  // The list is paged: show it all.
  while (await page.getByTestId('findings-more').count()) await page.getByTestId('findings-more').click();
  const required = await page.locator('[data-testid="finding"][data-rule="builtin.required"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-cell')!));
  expect(required.length).toBeGreaterThan(0);
  expect(await summary()).toMatch(new RegExp(`^${required.length} lỗi(, \\d+ lưu ý)?$`));
  expect(await allMarks()).toHaveLength(required.length);

  // The user fills the required figures with 0, the total of row 1 as 1250, its state part as the text
  // "1.250" (a leading apostrophe keeps it text), and a negative number (written directly: the
  // simulator reads a typed "-5" as a formula, which it does not calculate).
  await page.evaluate(
    (a) => {
      const s = (window as unknown as SimWindow).__sim;
      for (const cell of a.required) {
        const at = cell.lastIndexOf('!');
        s.typeInto(cell.slice(0, at), cell.slice(at + 1), '0');
      }
      s.typeInto(a.sheet, a.total, '1250');
      s.typeInto(a.sheet, a.text, "'1.250");
      s.typeInto(a.sheet, a.other, '0');
      s.sheet(a.sheet).cell(a.negative.row, a.negative.col).value = -5;
    },
    { required, sheet: sheetName, total: TOTAL, text: TEXT_CELL, other: OTHER, negative: cells.negative },
  );

  await validate(/^2 lỗi, 1 cảnh báo(, \d+ lưu ý)?$/);
  await finding('builtin.negative', NEGATIVE_CELL).waitFor();
  expect(await page.getByTestId('filter-error').innerText()).toBe('2 lỗi');
  expect(await page.getByTestId('filter-warning').innerText()).toBe('1 cảnh báo');
  expect(await finding('builtin.negative', NEGATIVE_CELL).innerText()).toContain('Không được là số âm');
  const textFinding = finding('builtin.textNumber', TEXT_CELL);
  expect(await textFinding.getByTestId('fix-value').innerText()).toBe('Sẽ thành số 1.250');
  expect(new Set(await marked(sheetName))).toEqual(new Set([NEGATIVE_TOTAL, NEGATIVE_CELL, TEXT_CELL]));
  await page.screenshot({ path: screenshot, animations: 'disabled' });

  // Errors first, and the result where the eye is (beside the button, at 350 × 600).
  await expectInView(page, 'validate-summary');
  const severities = await page.getByTestId('finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-severity')));
  expect(severities).toEqual(['error', 'error', 'warning']);
  const errorCells = await page.locator('[data-testid="finding"][data-severity="error"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-cell')));
  // Each finding names the indicator, its row code and the column in words, not only a cell.
  expect(await page.getByTestId('finding-where').first().innerText()).toMatch(/^Lỗi · Phụ lục 02 · .+ \(mã số \d+\) · cột .+ · ô /);

  // "Lỗi tiếp theo" selects the next failing cell in Excel, and says which, in view.
  await page.getByTestId('next-error').click();
  await page.waitForFunction((cell) => {
    const sel = (window as unknown as SimWindow).__sim.selection;
    return !!sel && `${sel.sheet}!${sel.address}` === cell;
  }, errorCells[0]);
  await expectInView(page, 'current-error');
  expect(await page.getByTestId('current-error').innerText()).toMatch(/^Lỗi 1\/2/);
  await page.getByTestId('next-error').click();
  await page.waitForFunction((cell) => {
    const sel = (window as unknown as SimWindow).__sim.selection;
    return !!sel && `${sel.sheet}!${sel.address}` === cell;
  }, errorCells[1]);

  // The counts filter: without errors, the warning alone.
  await page.getByTestId('filter-error').click();
  expect(await page.getByTestId('finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-severity')))).toEqual(['warning']);
  await page.getByTestId('filter-error').click();

  // Clicking a finding selects its cell.
  await finding('builtin.negative', NEGATIVE_CELL).getByTestId('finding-select').click();
  await page.waitForFunction((address) => (window as unknown as SimWindow).__sim.selection?.address === address, NEGATIVE_CELL);
  expect(await page.evaluate(() => (window as unknown as SimWindow).__sim.selection)).toEqual({ sheet: sheetName, address: NEGATIVE_CELL });

  // "Sửa thành số": the cell holds the number, the finding and its mark are gone after re-validation.
  await textFinding.getByTestId('fix-one').click();
  await textFinding.waitFor({ state: 'detached' });
  await page.getByTestId('validate-workbook').and(page.locator(':enabled')).waitFor();
  expect(await summary()).toMatch(/^2 lỗi(, \d+ lưu ý)?$/);
  expect(await page.evaluate((a) => (window as unknown as SimWindow).__sim.cell(a.sheet, a.cell).value, { sheet: sheetName, cell: TEXT_CELL })).toBe(1250);
  expect(new Set(await marked(sheetName))).toEqual(new Set([NEGATIVE_TOTAL, NEGATIVE_CELL]));
  // It says what it changed, in view, and can be undone: the text as typed comes back, then is fixed again.
  await expectInView(page, 'fix-done');
  expect(await page.getByTestId('fix-done').innerText()).toContain(`Đã sửa 1 ô thành số: ${sheetName}!${TEXT_CELL} “1.250” → 1.250.`);
  await page.getByTestId('fix-undo').click();
  await textFinding.waitFor();
  expect(await page.evaluate((a) => (window as unknown as SimWindow).__sim.cell(a.sheet, a.cell).value, { sheet: sheetName, cell: TEXT_CELL })).toBe('1.250');
  expect(await page.getByTestId('fix-done').innerText()).toContain('Đã trả lại 1 ô như cũ');
  await textFinding.getByTestId('fix-one').click();
  await textFinding.waitFor({ state: 'detached' });
  await page.getByTestId('fix-undo').waitFor();

  // "Xóa tô màu" removes every mark.
  await page.getByTestId('clear-marks').click();
  await page.getByTestId('marks-cleared').waitFor();
  expect(await allMarks(true)).toEqual([]);

  // The user corrects the negative figure; validating again finds nothing and marks nothing.
  await page.evaluate((a) => (window as unknown as SimWindow).__sim.typeInto(a.sheet, a.cell, '0'), { sheet: sheetName, cell: NEGATIVE_CELL });
  await validate(/^Không có lỗi/);
  expect(await summary()).toMatch(/^Không có lỗi — sổ làm việc sẵn sàng gửi(; \d+ lưu ý)?$/);
  expect(await page.getByTestId('finding').count()).toBe(0);
  expect(await allMarks()).toEqual([]);
  expect(await page.getByTestId('validate-error').count()).toBe(0);

  // "Kiểm tra trang đang mở" on PL01 of this complete workbook: PL01's findings only, and not one
  // "Không tìm thấy Phụ lục 02…07" for the annexes that are there (the old pane reported 6 such errors).
  const pl01 = pack.annexes.find((a) => a.id === 'PL01')!.sheetName;
  await page.evaluate((name) => {
    const w = (window as unknown as { __sim: { workbook: { sheets: Array<{ name: string }>; activeSheet: unknown } } }).__sim.workbook;
    w.activeSheet = w.sheets.find((s) => s.name === name);
  }, pl01);
  await page.getByTestId('validate-active').click();
  await page.waitForFunction((name) => (document.querySelector('[data-testid="validate-summary"]')?.textContent ?? '').includes(name), pl01);
  await expectInView(page, 'validate-summary');
  expect(await summary()).toMatch(/^Không có lỗi/);
  expect(await page.locator('[data-testid="finding"][data-severity="error"]').count()).toBe(0);
  expect((await page.getByTestId('findings').allInnerTexts()).join(' ')).not.toContain('Không tìm thấy');
}
