import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { exampleFigures, type FigureMap } from '../core/demo/example-figures';
import { ownReportFigures } from '../core/demo/own-report';
import { formatNumber, langFromLocale, type Lang } from '../core/i18n/format';
import { defaultPack } from '../core/load/load-pack';
import { findUnit } from '../core/pack/find';
import type { TemplatePack } from '../core/pack/types';
import { withFigures } from '../core/report/model-source';
import { renderWorkbook, withUnitGlance } from '../core/workbook/render-workbook';
import { writeWorkbook } from '../xlsx/write';
import { PACK_CODEC } from '../xlsx/pack-file';
import { embeddedPackRows, withEmbeddedPack } from '../core/packbook/embed';
import { secondPackDemo } from './demo-second-pack';
import { translateCli } from './translate';
import { main, run } from './main';
import { templateFileName } from './template-command';

/**
 * `npm run demo`: the whole campaign in one command, on the default pack and example figures.
 *  1. templates for every unit            → out/templates/
 *  2. the units fill them (example figures; a few mistakes, one late, one missing, one resubmission)
 *                                           → out/units/
 *  3. validate them
 *  4. district H02 merges its grassroots unions first → out/H02/tong-hop-H02.xlsx, sent up instead of H02's own form
 *  5. the province merges its direct units → out/tong-hop.xlsx (its first sheet "Tổng quan") + out/merge-log.json
 *  6. the draft topical reports of each department and the whole → out/bao-cao/*.docx
 *  7. a second campaign, its pack designed as a workbook (packs/…6-thang…xlsx): templates, filled
 *     examples, validate, merge → out/6-thang/
 * Every step runs the real `annex` command; only the filling-in is simulated.
 */

const OUT = 'out';
const UNITS = join(OUT, 'units');
const DISTRICT = join(OUT, 'H02');
const DISTRICT_UNITS = join(DISTRICT, 'units');
const DISTRICT_SUMMARY = join(DISTRICT, 'tong-hop-H02.xlsx');
const REPORTS = join(OUT, 'bao-cao');

const at = (day: number, hour = 9) => new Date(Date.UTC(2020, 11, day, hour - 7));

type Mistake = (f: FigureMap) => void;

interface Sent {
  unit: string;
  savedAt: Date;
  /** Suffix of the file name (a resubmission is a second file). */
  suffix?: string;
  mistake?: Mistake;
  /** The merging unit's own report: its own targets and budget, the other side of its units' transfers. */
  ownOf?: readonly string[];
  note: Record<Lang, string>;
}

const membersFlowBroken: Mistake = (f) => {
  f.PL02['2']['2'] = (f.PL02['2']['2'] as number) + 7;
};
const wordsInNumberCell: Mistake = (f) => {
  f.PL03['11']['1'] = 'khoảng 50';
};
const balanceBroken: Mistake = (f) => {
  f.PL07['7.50']['1'] = (f.PL07['7.50']['1'] as number) + 1_000_000;
};
const numberAsText: Mistake = (f) => {
  f.PL04['5.1']['1'] = formatNumber(f.PL04['5.1']['1'] as number, 'vi');
};

/** What each unit sends; H07 sends nothing, H02 sends its district summary (step 4). */
const SENT: Sent[] = [
  { unit: 'H01', savedAt: at(21), note: { vi: 'đúng hạn, không lỗi', en: 'on time, clean' } },
  { unit: 'H03', savedAt: at(22), note: { vi: 'đúng hạn', en: 'on time' } },
  { unit: 'H04', savedAt: at(23), mistake: numberAsText, note: { vi: 'một số gõ dạng chữ "1.250" (cảnh báo)', en: 'a number typed as text "1.250" (warning)' } },
  { unit: 'H05', savedAt: at(20), suffix: 'lan-1', mistake: balanceBroken, note: { vi: 'lần 1: số dư cuối năm sai (lỗi)', en: 'first file: closing balance wrong (error)' } },
  { unit: 'H05', savedAt: at(24), suffix: 'lan-2', note: { vi: 'lần 2: gửi lại đã sửa — bản mới hơn được dùng', en: 'second file: resubmitted, fixed — the newer one wins' } },
  { unit: 'H06', savedAt: at(24, 16), note: { vi: 'đúng hạn', en: 'on time' } },
  { unit: 'H08', savedAt: at(28), note: { vi: 'nộp muộn (28/12)', en: 'late (28/12)' } },
  { unit: 'N01', savedAt: at(22), note: { vi: 'đúng hạn', en: 'on time' } },
  { unit: 'N02', savedAt: at(23), mistake: membersFlowBroken, note: { vi: 'đoàn viên đầu kỳ + kết nạp − giảm ≠ cuối kỳ (lỗi) — không tổng hợp', en: 'members flow does not add up (error) — left out' } },
  { unit: 'CS01', savedAt: at(18), note: { vi: 'đúng hạn', en: 'on time' } },
  { unit: 'CS02', savedAt: at(21), note: { vi: 'đúng hạn', en: 'on time' } },
  { unit: 'CS03', savedAt: at(22), mistake: wordsInNumberCell, note: { vi: 'chữ trong ô số (lỗi) — vẫn tổng hợp, có lý do (--include)', en: 'words in a number cell (error) — merged with a reason (--include)' } },
  { unit: 'CS04', savedAt: at(25, 20), note: { vi: 'ngày cuối hạn, 20 giờ', en: 'on the deadline day, 8 pm' } },
];

const DISTRICT_CS = ['H02.CS01', 'H02.CS02', 'H02.CS03'];
const DISTRICT_SENT: Sent[] = [
  ...DISTRICT_CS.map((unit, i) => ({ unit, savedAt: at(17 + i), note: { vi: 'CĐCS của H02', en: "H02's grassroots union" } })),
  { unit: 'H02', savedAt: at(20), ownOf: DISTRICT_CS, note: { vi: 'báo cáo của chính LĐLĐ huyện: chỉ tiêu, ngân sách cấp mình, CĐCS trực thuộc', en: "the district's own report: its targets, own budget, its CĐCS" } },
];

const CS03_REASON = 'Đã xác minh qua điện thoại: ô "Lượt tư vấn" bỏ trống, các số khác đúng';

function fill(pack: TemplatePack, dir: string, sent: Sent): string {
  const unit = findUnit(pack, sent.unit)!;
  const figures = JSON.parse(JSON.stringify(sent.ownOf ? ownReportFigures(pack, unit.code, sent.ownOf) : exampleFigures(pack, unit.code))) as FigureMap;
  sent.mistake?.(figures);
  const name = templateFileName(unit.code, unit.name).replace(/\.xlsx$/, sent.suffix ? `_${sent.suffix}.xlsx` : '.xlsx');
  const file = join(dir, name);
  // The unit fills the template it was sent, which carries its pack; the file keeps every result
  // computed for its figures (the check sheet's counts, the totals), as Excel would save it.
  const template = withEmbeddedPack(renderWorkbook(pack, unit.code, undefined, { checks: false }), embeddedPackRows(pack, PACK_CODEC.compress));
  writeFileSync(file, writeWorkbook(withUnitGlance(pack, unit.code, withFigures(template, figures)), { modified: sent.savedAt }));
  return file;
}

/** Runs `annex …` in-process; its output is printed, or handed back to be condensed. */
function annex(argv: string[], lang: Lang, quiet = false): { code: number; lines: string[] } {
  const lines: string[] = [];
  const io = quiet ? { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) } : { out: (s: string) => console.log(s), err: (s: string) => console.log(s) };
  console.log(`\n$ npx annex ${argv.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  return { code: main([...argv, '--lang', lang], io), lines };
}

/** `annex report …`, whose Word writer is asynchronous. */
function annexAsync(argv: string[], lang: Lang): Promise<number> {
  console.log(`\n$ npx annex ${argv.join(' ')}`);
  return run([...argv, '--lang', lang], { out: (s) => console.log(s), err: (s) => console.log(s) });
}

export async function demo(lang: Lang): Promise<number> {
  const started = Date.now();
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const pack = defaultPack();
  for (const dir of [join(OUT, 'templates'), UNITS, DISTRICT, REPORTS]) rmSync(dir, { recursive: true, force: true });
  for (const dir of [UNITS, DISTRICT_UNITS]) mkdirSync(dir, { recursive: true });

  console.log(t('1/6 Tạo biểu mẫu cho mọi đơn vị', '1/6 Templates for every unit'));
  const templates = annex(['template', '--all', '--out-dir', join(OUT, 'templates'), '--force'], lang, true);
  console.log(templates.lines[templates.lines.length - 1]);

  console.log(t('\n2/6 Các đơn vị điền số liệu (ví dụ) và gửi lên', '\n2/6 The units fill in their figures (examples) and send them'));
  // The province's own report: its congress targets, its own budget, what it received from and granted to its units.
  const provinceOwn: Sent = {
    unit: pack.issuer.code,
    savedAt: at(25, 10),
    ownOf: pack.units.filter((u) => u.parent === pack.issuer.code).map((u) => u.code),
    note: { vi: 'báo cáo của chính LĐLĐ tỉnh: chỉ tiêu Đại hội IX và XII, ngân sách cấp tỉnh', en: "the province's own report: congress IX and XII targets, its own budget" },
  };
  const files = [...SENT, provinceOwn].map((s) => {
    const file = fill(pack, UNITS, s);
    console.log(`  ${file.padEnd(62)} ${s.note[lang]}`);
    return file;
  });
  for (const s of DISTRICT_SENT) console.log(`  ${fill(pack, DISTRICT_UNITS, s).padEnd(62)} ${s.note[lang]}`);
  console.log(t('  (H07 chưa gửi; H02 gửi bản tổng hợp của huyện ở bước 4)', '  (H07 sends nothing; H02 sends its district summary, step 4)'));
  // What a real inbox holds too: Excel's lock file of an open workbook, and a stray document.
  writeFileSync(join(UNITS, `~$${files[0].split(/[\\/]/).pop()}`), 'lock');
  writeFileSync(join(UNITS, 'doc-truoc.txt'), t('Thư mục nhận báo cáo của các đơn vị.', 'Folder of the reports received.'));

  console.log(t('\n3/6 Kiểm tra từng sổ làm việc', '\n3/6 Validate each workbook'));
  const validation = annex(['validate', ...files, '--json'], lang, true);
  const findings = JSON.parse(validation.lines.find((l) => l.startsWith('['))!) as Array<{ file: string; severity: string }>;
  for (const file of files) {
    const mine = findings.filter((f) => f.file === file);
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.filter((f) => f.severity === 'warning').length;
    console.log(`  ${errors ? '✗' : warnings ? '!' : '✓'} ${file.padEnd(62)} ${t(`${errors} lỗi, ${warnings} cảnh báo`, `${errors} errors, ${warnings} warnings`)}`);
  }

  console.log(t('\n4/6 LĐLĐ huyện Ba Bể (H02) tổng hợp các CĐCS của mình, rồi gửi bản tổng hợp lên tỉnh', "\n4/6 District H02 merges its grassroots unions, then sends the summary up"));
  const district = annex(['merge', DISTRICT_UNITS, '--unit', 'H02', '--out', DISTRICT_SUMMARY, '--force'], lang);
  copyFileSync(DISTRICT_SUMMARY, join(UNITS, 'H02_tong-hop-huyen-Ba-Be.xlsx'));

  console.log(t('\n5/6 LĐLĐ tỉnh tổng hợp các đơn vị trực thuộc', '\n5/6 The province merges its direct units'));
  const province = annex(['merge', UNITS, '--out', join(OUT, 'tong-hop.xlsx'), '--json', join(OUT, 'merge-log.json'), '--include', `CS03:${CS03_REASON}`, '--force'], lang);

  console.log(t('\n6/6 Các ban dự thảo báo cáo chuyên đề từ bản tổng hợp (Word)', '\n6/6 Each department\'s draft topical report from the summary (Word)'));
  const reports = await annexAsync(['report', join(OUT, 'tong-hop.xlsx'), '--out-dir', REPORTS, '--force'], lang);

  console.log(t(`\nXong trong ${((Date.now() - started) / 1000).toFixed(1)} giây. Mở ${join(OUT, 'tong-hop.xlsx')}: "Tổng quan" (biểu đồ, nhận định), các phụ lục tổng hợp, "Chi tiết PL…", "Tình hình nộp", "Nhật ký"; các dự thảo báo cáo ở ${REPORTS}.`, `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Open ${join(OUT, 'tong-hop.xlsx')}: "Tổng quan" (charts, findings), the merged annexes, "Chi tiết PL…" (detail, one sheet per annex), "Tình hình nộp" (completeness), "Nhật ký" (log); the draft reports are in ${REPORTS}.`));
  const ctx = { lang, t: (key: Parameters<typeof translateCli>[1], params?: Record<string, string | number>) => translateCli(lang, key, params), out: console.log, err: console.log };
  const second = secondPackDemo(lang, annex, ctx);
  // The province's merge leaves N02 and H05's first file out on purpose: exit 1 is the expected outcome.
  return district.code === 0 && province.code === 1 && reports === 0 && second ? 0 : 1;
}

if (require.main === module) {
  const i = process.argv.indexOf('--lang');
  void demo(i > 0 ? langFromLocale(process.argv[i + 1]) : 'vi').then((code) => (process.exitCode = code));
}
