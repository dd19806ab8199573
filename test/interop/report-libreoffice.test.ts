/**
 * The draft reports and the overview through LibreOffice: Writer opens each .docx (converted to PDF, its
 * text read back by pdftotext), and the summary's "Tổng quan" carries its native charts over its own
 * cells (.ods chart objects) and draws them (the first page of the PDF has coloured pixels).
 * Needs LibreOffice Calc and Writer, and poppler-utils; under CI=true a missing tool fails the suite.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { draftReports } from '../../src/core/overview/draft-report';
import { readSummary } from '../../src/core/overview/read-summary';
import { summaryWithOverview, type SummaryWithOverview } from '../../src/core/overview/summary-with-overview';
import { sourceFromModel } from '../../src/core/report/model-source';
import { renderReportDocx } from '../../src/report-docx/render-docx';
import { writeWorkbook } from '../../src/xlsx/write';
import { expectedCount, mergeOf, overviewPack } from '../core/overview/helpers';
import { colouredPixels, odsCharts, renderPdfPage } from './render';
import { convertWithLibreOffice } from './soffice';
import { libreOffice, popplerUtils, requiring } from '../support/requires';

const { describe: describeLo } = requiring([libreOffice(), popplerUtils()], 'report interop suite');

jest.setTimeout(240_000);

const pack = overviewPack();
let dir = '';
let built: SummaryWithOverview;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-report-'));
  built = summaryWithOverview(pack, mergeOf(pack));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pdfText(pdf: string): string {
  const run = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, ' ');
}

describeLo('LibreOffice', () => {
  test('Writer opens every draft report: title, sentences and tables are there', async () => {
    const view = readSummary(sourceFromModel(built.model), pack);
    const reports = draftReports({ view, overview: built.overview, sentences: built.sentences, lang: 'vi' });
    for (const r of [reports[1], reports[4]]) {
      const file = join(dir, `${r.id}.docx`);
      writeFileSync(file, await renderReportDocx(r));
      const text = pdfText(await convertWithLibreOffice(file, 'pdf', join(dir, `pdf-${r.id}`)));
      expect(text).toContain(r.title[0]);
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain(`${expectedCount(pack) - 1}/${expectedCount(pack)} đơn vị đã gửi báo cáo`);
      expect(text).toContain('[Đánh giá thêm:');
      // The table's row of total revenue: its label wraps in the narrow column, its yearly figures follow.
      expect(text).toMatch(/Tổng thu \(7\.10 = 22 \+ [\d.]+ [\d.]+ [\d.]+/);
      // Where the figures are, under the tables; the units compared.
      expect(text).toMatch(/Nguồn: bản tổng hợp, trang "PL07 Tài chính", ô [A-Z]+\d+:[A-Z]+\d+\./);
      expect(text).toContain('Bảng: so sánh các đơn vị — Phụ lục 07');
    }
  });

  test('"Tổng quan": at least four chart objects over its own ranges, drawn on the page beside the first block that has one', async () => {
    const input = join(dir, 'tong-hop.xlsx');
    writeFileSync(input, writeWorkbook(built.model));
    const charts = odsCharts(new Uint8Array(readFileSync(await convertWithLibreOffice(input, 'ods', join(dir, 'ods')))));
    expect(charts.length).toBe(built.model.sheets[0].charts!.length);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const c of charts) expect(c.ranges).toMatch(/^'Tổng quan'\./);
    expect(charts.map((c) => c.classes[0])).toEqual(expect.arrayContaining(['circle', 'bar', 'line']));
    // The sentences come first (a page or more with both congresses' targets): the charts are drawn
    // beside the blocks below them. Some page among the first few shows a drawn chart, not a blank area.
    const pdf = await convertWithLibreOffice(input, 'pdf', join(dir, 'pdf'));
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? '1');
    const coloured = Array.from({ length: Math.min(pages, 4) }, (_, i) => colouredPixels(renderPdfPage(pdf, i + 1, mkdtempSync(join(dir, `png-${i}-`)))));
    expect(Math.max(...coloured)).toBeGreaterThan(2000);
  });
});
