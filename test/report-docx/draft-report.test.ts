import { strFromU8, unzipSync } from 'fflate';
import { draftReports, type DraftReport } from '../../src/core/overview/draft-report';
import { readSummary } from '../../src/core/overview/read-summary';
import { overviewOf, summaryWithOverview, type SummaryWithOverview } from '../../src/core/overview/summary-with-overview';
import { sourceFromModel } from '../../src/core/report/model-source';
import { renderReportDocx, reportFileName } from '../../src/report-docx/render-docx';
import { expectedCount, mergeOf, overviewPack } from '../core/overview/helpers';

/** The draft topical reports: one per department and one for the whole, as data and as Word documents. */

const pack = overviewPack();
let built: SummaryWithOverview;
let reports: DraftReport[];

beforeAll(() => {
  built = summaryWithOverview(pack, mergeOf(pack));
  const view = readSummary(sourceFromModel(built.model), pack);
  reports = draftReports({ view, overview: built.overview, sentences: built.sentences, lang: 'vi', file: 'tong-hop.xlsx' });
});

const texts = (r: DraftReport) => r.blocks.flatMap((b) => (b.kind === 'table' ? [b.caption, ...b.header, ...b.rows.flatMap((x) => x.cells)] : [b.text]));
const tables = (r: DraftReport) => r.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
const COMPARE = 'Bảng: so sánh các đơn vị';

test('one report per department of the pack, then the whole', () => {
  expect(reports.map((r) => r.id)).toEqual(['VP', 'TC', 'TCKT', 'CTCS', 'toan-bo']);
  expect(reports.map(reportFileName)).toEqual(['bao-cao-VP.docx', 'bao-cao-TC.docx', 'bao-cao-TCKT.docx', 'bao-cao-CTCS.docx', 'bao-cao-toan-bo.docx']);
});

test('the title block of the federation, the motto, a date line of the federation\'s place', () => {
  const tc = reports[1];
  expect(tc.header).toEqual({
    superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
    issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN',
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    dateLine: 'Bắc Kạn, ngày … tháng … năm 2020',
    draft: 'DỰ THẢO',
  });
  expect(tc.title).toEqual(['BÁO CÁO CHUYÊN ĐỀ', 'Ban Tài chính']);
});

test("a department's report: completeness, its topics as headings each with a place to write, its annexes' sentences and tables", () => {
  const tc = reports[1];
  const headings = tc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
  expect(headings).toEqual([
    'I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
    'II. BAN TÀI CHÍNH',
    '1. Chương trình 740/CTr-TLĐ',
    '2. Thu, chi tài chính công đoàn',
    'III. SỐ LIỆU CHỦ YẾU',
    '1. Phụ lục 07 — Thu, chi tài chính công đoàn',
    'IV. ĐÁNH GIÁ CHUNG, TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP ĐẾN HẾT NHIỆM KỲ',
    'VI. ĐỀ XUẤT, KIẾN NGHỊ',
  ]);
  const all = texts(tc);
  expect(all).toContain(`${expectedCount(pack) - 1}/${expectedCount(pack)} đơn vị đã gửi báo cáo; chưa gửi: LĐLĐ huyện Ngân Sơn.`);
  // A sentence names a total by its words, without the form's formula hint "(7.10 = 22 + …)".
  const sentences = tc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  expect(sentences.filter((t) => /^Tổng (thu|chi)/.test(t))).toHaveLength(4);
  expect(sentences.filter((t) => /^Tổng (thu|chi)/.test(t)).every((t) => !t.includes('='))).toBe(true);
  expect(all.some((t) => /^Tổng thu: năm 2018 [\d.]+ đồng/.test(t))).toBe(true);
  expect(all).toContain('[Đánh giá thêm: kết quả nổi bật, cách làm hay, tồn tại và nguyên nhân về "Chương trình 740/CTr-TLĐ"]');
  const table = tc.blocks.find((b) => b.kind === 'table')!;
  if (table.kind !== 'table') throw new Error('no table');
  expect(table.header).toEqual(['STT', 'Nội dung', 'Đơn vị tính', 'Năm 2018', 'Năm 2019', 'Năm 2020', 'Cộng từ đầu nhiệm kỳ']);
  // Figures the Vietnamese way, as the summary holds them.
  expect(table.rows.find((r) => r.cells[1].startsWith('Tổng thu'))!.cells.slice(3).every((c) => /^\d{1,3}(\.\d{3})*$/.test(c))).toBe(true);
  // Not another department's targets.
  expect(all.some((t) => t.startsWith('Kết nạp đoàn viên công đoàn mới:'))).toBe(false);
});

test('the Office\'s report (targets annex): one sentence per target and the table of figures, % of target and status', () => {
  const vp = reports[0];
  const table = vp.blocks.find((b) => b.kind === 'table' && b.caption === 'Bảng: kết quả thực hiện chỉ tiêu');
  if (!table || table.kind !== 'table') throw new Error('no targets table');
  expect(table.rows).toHaveLength(built.overview.targets.length);
  expect(built.overview.targets.length).toBeGreaterThanOrEqual(12);
  for (const [i, t] of built.overview.targets.entries()) {
    expect(table.rows[i].cells[1]).toBe(t.label);
    expect(table.rows[i].cells[5]).toBe(t.percent === null ? '—' : t.percent.toNumber().toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  }
  const sentences = vp.blocks.filter((b) => b.kind === 'paragraph' && /chỉ tiêu Nghị quyết/.test(b.text));
  expect(sentences.length).toBeGreaterThanOrEqual(12);
});

test('the whole report covers every annex', () => {
  const whole = reports[4];
  const headings = whole.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
  expect(headings).toEqual(pack.annexes.filter((x) => x.id !== 'PL01').map((a, i) => `${i + 1}. ${a.label} — ${a.title}`));
  expect(tables(whole).filter((b) => !b.caption.startsWith(COMPARE))).toHaveLength(pack.annexes.length);
  // The units compared on each annex that has key indicators (PL01, PL02, PL04, PL07).
  expect(tables(whole).filter((b) => b.caption.startsWith(COMPARE)).map((b) => b.caption)).toEqual([
    'Bảng: so sánh các đơn vị — Phụ lục 01 (Từ đầu nhiệm kỳ đến 31/12/2020)',
    'Bảng: so sánh các đơn vị — Phụ lục 02 (Tổng số)',
    'Bảng: so sánh các đơn vị — Phụ lục 04 (Cộng từ đầu nhiệm kỳ)',
    'Bảng: so sánh các đơn vị — Phụ lục 07 (Cộng từ đầu nhiệm kỳ)',
  ]);
});

/** "E11:H26" → its corners, 0-based. */
function corners(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = range.split(':');
  const at = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
  };
  const [p, q] = [at(a), at(b)];
  return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
}

test('every figure table is followed by where its figures are in the summary: file, sheet, a range holding exactly its cells', () => {
  const view = readSummary(sourceFromModel(built.model), pack);
  const tc = reports[1];
  const i = tc.blocks.findIndex((b) => b.kind === 'table' && b.caption === 'Bảng: Phụ lục 07 — Thu, chi tài chính công đoàn');
  const note = tc.blocks[i + 1];
  if (note.kind !== 'note') throw new Error('no source under the annex table');
  const m = /^Nguồn: bản tổng hợp tong-hop\.xlsx, trang "([^"]+)", ô ([A-Z]+\d+:[A-Z]+\d+)\.$/.exec(note.text);
  expect(m).not.toBeNull();
  const annex = view.report.annexes.get('PL07')!;
  expect(m![1]).toBe(annex.sheetName);
  const c = corners(m![2]);
  const cells = [...annex.cells.values()].flatMap((row) => [...row.values()]).filter((x) => x.col <= c.c1 + 1);
  for (const x of cells.filter((x) => x.col <= c.c1)) expect([x.row >= c.r0 && x.row <= c.r1, x.col >= c.c0]).toEqual([true, true]);
  // The corners are figures of the annex, not a guess.
  expect(cells.some((x) => x.row === c.r0)).toBe(true);
  expect(cells.some((x) => x.row === c.r1)).toBe(true);
  // The targets table cites the targets' sheet, the comparison the units' lines of "Chi tiết".
  const vp = reports[0];
  const targetsNote = vp.blocks[vp.blocks.findIndex((b) => b.kind === 'table' && b.caption === 'Bảng: kết quả thực hiện chỉ tiêu') + 1];
  expect(targetsNote).toEqual({ kind: 'note', text: expect.stringMatching(new RegExp(`^Nguồn: bản tổng hợp tong-hop\\.xlsx, trang "${view.report.annexes.get('PL01')!.sheetName}", ô [A-Z]+\\d+:[A-Z]+\\d+\\.$`)) });
  const j = tc.blocks.findIndex((b) => b.kind === 'table' && b.caption.startsWith(COMPARE));
  const rows = view.detail!.units.map((u) => u.row + 1);
  // The annex's own detail sheet ("Chi tiết PL07"): the summary has one per annex.
  const annexId = (tc.blocks[j] as { caption: string }).caption.includes('Phụ lục 07') ? 'PL07' : 'PL02';
  const detailSheet = [...view.detail!.columns].find(([id]) => id.startsWith(`${annexId}|`))![1].sheet;
  expect(detailSheet).toBe(`Chi tiết ${annexId}`);
  expect(tc.blocks[j + 1]).toEqual({ kind: 'note', text: `Nguồn: bản tổng hợp tong-hop.xlsx, trang "${detailSheet}", dòng ${Math.min(...rows)}–${Math.max(...rows)} (tính từ số liệu của từng đơn vị).` });
});

test('the units compared ("đối chiếu, so sánh"): highest first, each share of the total, the total equal to the annex\'s own figure', () => {
  const tc = reports[1];
  const compare = tables(tc).find((b) => b.caption.startsWith(COMPARE))!;
  expect(compare.header).toEqual(['STT', 'Đơn vị', 'Tổng thu (đồng)', 'Tỷ trọng (%)', 'Tổng chi (đồng)', 'Tỷ trọng (%)']);
  const amount = (s: string) => BigInt(s.replace(/\./g, ''));
  const body = compare.rows.slice(0, -1);
  const total = compare.rows[compare.rows.length - 1];
  expect(body).toHaveLength(built.overview.keys.find((k) => k.annexId === 'PL07')!.units.length);
  for (let k = 1; k < body.length; k++) expect(amount(body[k - 1].cells[2]) >= amount(body[k].cells[2])).toBe(true);
  expect(total.bold).toBe(true);
  expect(total.cells[2]).toBe(body.reduce((sum, r) => sum + amount(r.cells[2]), 0n).toLocaleString('de-DE'));
  expect(total.cells[4]).toBe(body.reduce((sum, r) => sum + amount(r.cells[4]), 0n).toLocaleString('de-DE'));
  // The same "Tổng thu" as the annex's table says for the term ("Cộng từ đầu nhiệm kỳ").
  const annexTable = tables(tc).find((b) => b.caption === 'Bảng: Phụ lục 07 — Thu, chi tài chính công đoàn')!;
  expect(total.cells[2]).toBe(annexTable.rows.find((r) => r.cells[1].startsWith('Tổng thu'))!.cells[6]);
  const shares = body.map((r) => Number(r.cells[3].replace(',', '.')));
  expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.1 * body.length);
  expect(Number(body[0].cells[3].replace(',', '.'))).toBeCloseTo((Number(amount(body[0].cells[2])) * 100) / Number(amount(total.cells[2])), 1);
});

test('a figure corrected in the summary is the figure the report says, with its % recomputed', () => {
  const t = built.overview.targets[0];
  const target = Number(t.target!.toString());
  const before = Number(t.result!.toString());
  // The officer corrects the 2020 figure (column 4) of the target's row; the term's result (column
  // 5 = 2 + 3 + 4) follows, and so do the report's figure and its % of target.
  const annex = readSummary(sourceFromModel(built.model), pack).report.annexes.get(t.annexId)!;
  const year = annex.cells.get(t.rowCode)!.get('4')!;
  const sheets = built.model.sheets.map((s) =>
    s.name !== annex.sheetName ? s : { ...s, cells: s.cells.map((c) => (c.row === year.row && c.col === year.col ? { row: c.row, col: c.col, style: c.style, locked: c.locked, value: Number(c.value) + target * 2 - before } : c)) },
  );
  const view = readSummary(sourceFromModel({ ...built.model, sheets }), pack);
  const read = overviewOf(view, 'vi');
  const [vp] = draftReports({ view, overview: read.overview, sentences: read.sentences, lang: 'vi' });
  const row = tables(vp).find((b) => b.caption === 'Bảng: kết quả thực hiện chỉ tiêu')!.rows[0];
  expect(row.cells.slice(3, 6)).toEqual([(target).toLocaleString('de-DE'), (target * 2).toLocaleString('de-DE'), '200,0']);
  expect(texts(vp).some((x) => x.startsWith(`${t.label}:`) && x.includes((target * 2).toLocaleString('de-DE')) && x.includes('200,0 %'))).toBe(true);
});

test('the Word document: Times New Roman 14 pt, A4 with official margins, headings, the marked places highlighted, tables', async () => {
  const files = unzipSync(await renderReportDocx(reports[1]));
  const doc = strFromU8(files['word/document.xml']);
  const styles = strFromU8(files['word/styles.xml']);
  expect(styles).toContain('w:ascii="Times New Roman"');
  expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
  expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
  expect(doc).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(doc).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
  expect(doc).toMatch(/<w:highlight w:val="yellow"\/>.*\[Đánh giá thêm:/s);
  expect((doc.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(3);
});

test('tables never wider than the text of an A4 page (16 cm): money over four years goes down to a smaller size', async () => {
  const doc = strFromU8(unzipSync(await renderReportDocx(reports[4]))['word/document.xml']);
  const grids = [...doc.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].reduce((a, g) => a + Number(g[1]), 0));
  const TEXT = 11906 - 5 * 567;
  // The title block alone reaches 1 cm into the left margin, as the motto's lines need.
  expect(grids[0]).toBe(TEXT + 567);
  expect(grids.length).toBeGreaterThan(8);
  for (const w of grids.slice(1)) expect(w).toBeLessThanOrEqual(TEXT);
  // PL07's figures in đồng do not fit at 12 pt: its rows are written smaller; PL02's counts are not.
  const sizesAfter = (caption: string) => {
    const at = doc.indexOf(caption);
    const tbl = doc.slice(doc.indexOf('<w:tbl>', at), doc.indexOf('</w:tbl>', at));
    return new Set([...tbl.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
  };
  expect([...sizesAfter('Bảng: Phụ lục 07 — Thu, chi tài chính công đoàn')]).not.toContain('24');
  expect([...sizesAfter('Bảng: Phụ lục 02 — ')]).toEqual(['24']);
});

test('unit names with quotes, "=", "<" and 300 characters are plain text in the document', async () => {
  const hostile = ['=HYPERLINK("http://evil.example","bấm")', 'LĐLĐ "Ba Bể" <x> & \'y\'', `CĐCS ${'rất dài '.repeat(37)}`.trim()];
  const p = overviewPack((raw) => ['H07', 'H08', 'N02'].forEach((code, i) => (raw.units.find((u: { code: string }) => u.code === code).name = hostile[i])));
  const out = summaryWithOverview(p, mergeOf(p, ['H01', 'H03']));
  const view = readSummary(sourceFromModel(out.model), p);
  const [vp] = draftReports({ view, overview: out.overview, sentences: out.sentences, lang: 'vi' });
  const doc = strFromU8(unzipSync(await renderReportDocx(vp))['word/document.xml']);
  expect(doc).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;bấm&quot;)');
  expect(doc).toContain('LĐLĐ &quot;Ba Bể&quot; &lt;x&gt; &amp; &apos;y&apos;');
  expect(doc).toContain(hostile[2]);
  expect(doc).not.toContain('<w:fldSimple');
});
