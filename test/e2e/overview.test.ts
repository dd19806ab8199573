/**
 * End to end, at 350 × 600 in headless Chromium over the Excel simulator: after a merge the Tổng hợp
 * tab shows the overview in a few lines (issue 14 item 4) — who reported, the missing and late units
 * by name (a click selects the unit's line in "Tình hình nộp"), the targets as bars with status words,
 * a button to "Tổng quan" (with its native charts, written through Office.js) and the draft reports
 * downloaded as .docx (built in the pane from a chunk loaded on the first download). Bad input: a pack
 * without targets and a merge of one unit — no "NaN", no empty panel.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type Page } from 'playwright-core';
import defaultPackJson from '../../src/core/pack/default/so-ket-giua-nhiem-ky-2018-2023.json';
import { exampleFigures } from '../../src/core/demo/example-figures';
import { defaultPack } from '../../src/core/load/load-pack';
import { OVERVIEW_SHEET_NAME, SUMMARY_SHEETS } from '../../src/core/pack/own-sheets';
import { withFigures } from '../../src/core/report/model-source';
import { packRules } from '../../src/core/rules/check-rules';
import type { TargetRule } from '../../src/core/rules/types';
import { a1 } from '../../src/core/sheet/address';
import { renderWorkbook } from '../../src/core/workbook/render-workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { statusWords } from '../../src/core/i18n/status-words';
import { e2eSuite, expectInView, SCREENSHOTS, text, builtPane, openPanePage } from './pane-page';

jest.setTimeout(180_000);

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SimWindow {
  __sim: {
    selection: { sheet: string; address: string } | null;
    activeSheetName: string | null;
    charts(sheet: string): Array<{ type: string; series: Array<{ values: string | null }> }>;
  };
  __simSnapshot(sheet: string): Array<{ row: number; col: number; value: unknown }>;
}

e2eSuite('the overview after a merge, in the pane', () => {
  const pack = defaultPack();
  let page: Page | undefined;
  let pageErrors: string[] = [];

  const pane = builtPane('pane-overview-');

  afterEach(async () => {
    await page?.context().close();
    page = undefined;
    expect(pageErrors).toEqual([]);
  });

  async function openPane(): Promise<Page> {
    pageErrors = [];
    return openPanePage(pane, 'harness.html', pageErrors, { timeout: 20_000, acceptDownloads: true });
  }

  function unitFile(unit: string, day: number) {
    const modified = new Date(Date.UTC(2020, 11, day, 2));
    return { name: `${unit}_bao-cao.xlsx`, mimeType: XLSX_MIME, buffer: Buffer.from(writeWorkbook(withFigures(renderWorkbook(pack, unit), exampleFigures(pack, unit)), { modified })) };
  }

  async function merge(p: Page, files: Array<ReturnType<typeof unitFile>>): Promise<void> {
    await p.getByTestId('tab-merge').click();
    await p.getByTestId('merge-input').waitFor({ state: 'attached' });
    await p.getByTestId('merge-input').setInputFiles(files);
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="merge-file"]').length === n, files.length);
    await p.getByTestId('merge-reading').waitFor({ state: 'detached' });
    await p.getByTestId('merge-run').click();
    await p.getByTestId('merge-overview').waitFor();
  }

  const sim = (p: Page) => p.evaluate(() => ({ selection: (window as unknown as SimWindow).__sim.selection, active: (window as unknown as SimWindow).__sim.activeSheetName }));

  test('after a merge: completeness with the missing and late units, targets as bars, the Tổng quan sheet, a .docx report', async () => {
    page = await openPane();
    // H01 sent after the deadline, H05 on time; every other direct unit is missing.
    await merge(page, [unitFile('H01', 28), unitFile('H05', 20)]);
    const p = page;

    // Brought into view by itself at 350 × 600, the footer's result still there.
    await expectInView(p, 'merge-overview-reported');
    await expectInView(p, 'merge-result-units');
    const children = pack.units.filter((u) => u.parent === pack.issuer.code);
    expect(await text(p, 'merge-overview-reported')).toBe(`2/${children.length} đơn vị đã gửi báo cáo.`);
    const missingNames = await p.getByTestId('merge-overview-missing-unit').allInnerTexts();
    const h02 = children.find((u) => u.code === 'H02')!;
    expect(missingNames).toContain(h02.name);
    expect(missingNames).not.toContain(children.find((u) => u.code === 'H05')!.name);
    expect(await p.getByTestId('merge-overview-late-unit').allInnerTexts()).toEqual([children.find((u) => u.code === 'H01')!.name]);

    // Targets: one bar per target of the pack's target rules, each with a % (or says it has none) and a status word; never NaN.
    const bars = await p.getByTestId('merge-overview-targets-text').allInnerTexts();
    expect(bars.length).toBeGreaterThan(0);
    const words = Object.values(statusWords).map((w) => w.vi).join('|');
    for (const line of bars) expect(line).toMatch(new RegExp(`^(\\d{1,3}(\\.\\d{3})*,\\d % chỉ tiêu|chưa tính được % chỉ tiêu) — (${words})$`));
    expect(await text(p, 'merge-overview')).not.toMatch(/NaN|undefined|Infinity/);
    expect(await p.locator('[data-testid="merge-overview"] [role="progressbar"]').count()).toBe(bars.length);
    await p.screenshot({ path: path.join(SCREENSHOTS, 'overview-after-merge.png'), fullPage: true, animations: 'disabled' });

    // A missing unit's name selects its line in "Tình hình nộp" — the line that names it.
    await p.getByTestId('merge-overview-missing-unit').filter({ hasText: h02.name }).click();
    await p.waitForFunction((sheet) => (window as unknown as SimWindow).__sim.selection?.sheet === sheet, SUMMARY_SHEETS.completeness);
    const { selection, active } = await sim(p);
    expect(active).toBe(SUMMARY_SHEETS.completeness);
    const m = /^A(\d+):H\1$/.exec(selection!.address);
    expect(m).not.toBeNull();
    const row = Number(m![1]) - 1;
    const cells = await p.evaluate((sheet) => (window as unknown as SimWindow).__simSnapshot(sheet), SUMMARY_SHEETS.completeness);
    expect(cells.filter((c) => c.row === row && (c.col === 1 || c.col === 2)).map((c) => c.value)).toEqual([h02.code, h02.name]);

    // The button goes to "Tổng quan", whose charts Excel holds over its own cells.
    await p.getByTestId('merge-overview-open').click();
    await p.waitForFunction((sheet) => (window as unknown as SimWindow).__sim.activeSheetName === sheet, OVERVIEW_SHEET_NAME);
    expect((await sim(p)).selection).toEqual({ sheet: OVERVIEW_SHEET_NAME, address: 'A1' });
    const charts = await p.evaluate((sheet) => (window as unknown as SimWindow).__sim.charts(sheet), OVERVIEW_SHEET_NAME);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) for (const s of c.series) expect(s.values).toMatch(/^'Tổng quan'!/);

    // The draft report of the whole, as a Word file: a zip whose main part is word/document.xml.
    const before = await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => /docx/.test(e.name)).length);
    expect(before).toBe(0); // the Word writer is not loaded before the first download
    await p.getByTestId('merge-overview-reports').click();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('merge-overview-report-toan-bo').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-toan-bo.docx');
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => /docx/.test(e.name)).length)).toBeGreaterThan(0);
    await p.getByTestId('merge-overview-note').waitFor();
    expect(await text(p, 'merge-overview-note')).toBe('Đã tải xuống bao-cao-toan-bo.docx.');
  });

  test("after a check: the unit's own targets as bars with the status words of the pack's target rule", async () => {
    page = await openPane();
    const p = page;
    const unit = pack.units.find((u) => u.name === 'LĐLĐ huyện Ba Bể')!;
    await p.getByTestId('unit-combobox').pressSequentially('ba be');
    await p.getByTestId(`unit-option-${unit.code}`).click();
    await p.getByTestId('insert-button').click();
    await p.getByTestId('result').waitFor();

    // The unit types the target and, in 2020, the result of the first target row: 1.500 done of 1.000
    // (the term's result is a formula over the years' columns, locked).
    const rule = packRules(pack).find((r): r is TargetRule => r.kind === 'target')!;
    const sheet = renderWorkbook(pack, unit.code).sheets.find((s) => s.identity.annexId === rule.annexId)!;
    const row = rule.rows[0];
    const cell = (col: string) => a1(sheet.layout.rows[row], sheet.layout.cols[col]);
    const lastYear = pack.annexes.find((a) => a.id === rule.annexId)!.columns.filter((c) => c.year !== undefined && c.kind === 'input').slice(-1)[0];
    await p.evaluate(
      ([name, target, result]) => {
        const w = window as unknown as { __sim: { typeInto(sheet: string, address: string, text: string): unknown } };
        w.__sim.typeInto(name, target, '1000');
        w.__sim.typeInto(name, result, '1500');
      },
      [sheet.name, cell(rule.targetCol), cell(lastYear.code)],
    );
    await p.getByTestId('tab-validate').click();
    await p.getByTestId('validate-workbook').click();
    await p.getByTestId('unit-targets').waitFor();
    const label = pack.annexes.find((a) => a.id === rule.annexId)!.rows.find((r) => r.code === row)!.label;
    const items = p.getByTestId('unit-targets-bars-item');
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    expect(await items.first().innerText()).toMatch(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+150,0 % chỉ tiêu — Đã vượt$`));
    expect(await text(p, 'unit-targets')).not.toMatch(/NaN|undefined|Infinity/);
    await p.getByTestId('unit-targets').scrollIntoViewIfNeeded();
    await expectInView(p, 'unit-targets-bars-text');
    await p.screenshot({ path: path.join(SCREENSHOTS, 'unit-targets.png'), animations: 'disabled' });
  });

  test('bad input: a pack without targets, one unit merged — a sentence instead of bars, no NaN', async () => {
    page = await openPane();
    const p = page;
    const noTargets = { ...defaultPackJson, rules: (defaultPackJson.rules as Array<{ kind: string }>).filter((r) => r.kind !== 'target') };
    // The pack picker is one line until "Đổi" opens it.
    await p.getByTestId('pack-change').waitFor();
    if ((await p.getByTestId('pack-change').getAttribute('aria-expanded')) !== 'true') await p.getByTestId('pack-change').click();
    await p.getByTestId('pack-file-input').setInputFiles({ name: 'khong-chi-tieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noTargets)) });
    await p.getByTestId('tab-merge').waitFor();
    await merge(p, [unitFile('H03', 20)]);
    await p.getByTestId('merge-overview-notargets').scrollIntoViewIfNeeded();
    await expectInView(p, 'merge-overview-notargets');
    expect(await text(p, 'merge-overview-notargets')).toBe('Bộ mẫu không có chỉ tiêu Nghị quyết để theo dõi.');
    expect(await p.getByTestId('merge-overview-targets').count()).toBe(0);
    const children = pack.units.filter((u) => u.parent === pack.issuer.code);
    expect(await text(p, 'merge-overview-reported')).toBe(`1/${children.length} đơn vị đã gửi báo cáo.`);
    expect(await text(p, 'merge-overview')).not.toMatch(/NaN|undefined|Infinity/);
    await p.screenshot({ path: path.join(SCREENSHOTS, 'overview-no-targets.png'), fullPage: true, animations: 'disabled' });
  });
});
