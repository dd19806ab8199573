import type { SheetModel } from '../sheet/model';
import { SheetBuilder } from '../sheet/sheet-builder';
import { CHOICES } from './choices';
import { bookSheet, BOOK_STYLES } from './book-sheet';
import { CAMPAIGN_KEYS, SHEETS, TABLES } from './spec';

/**
 * The "Hướng dẫn" sheet: what the workbook is, then every column of every sheet with its meaning,
 * whether it is required and an example — made from the same declarations the compiler reads.
 */

const INTRO: Array<[string, string]> = [
  ['Bộ mẫu là gì', 'Sổ này mô tả một đợt báo cáo: đơn vị báo cáo, các phụ lục (biểu), cột, dòng và quy tắc kiểm tra. Phần bổ trợ dựng biểu cho từng đơn vị, kiểm tra và tổng hợp theo sổ này.'],
  ['Cách ghi', 'Mỗi trang một loại bản ghi, mỗi dòng một bản ghi; dòng 1 là tiêu đề cột, không đổi tên, không đổi thứ tự. Ô để trống = không có. Không dùng công thức, không gộp ô.'],
  ['Kiểm tra', 'Dùng "annex pack check <tệp>" hoặc nút "Kiểm tra bộ mẫu" trong bảng tác vụ: mọi lỗi được báo kèm trang và ô.'],
  ['Quy tắc', 'Ngôn ngữ quy tắc giữ nguyên như trong tài liệu docs/rules.md: {r1} là dòng mã 1, {c2} là cột 2, {PL02, r3, c1} là một ô của phụ lục khác.'],
];

export function guideSheet(): SheetModel {
  const b = new SheetBuilder(BOOK_STYLES);
  ['Trang tính', 'Cột / mục', 'Ý nghĩa', 'Bắt buộc', 'Ví dụ'].forEach((h, col) => b.set(0, col, h, 'header'));
  let row = 1;
  const line = (sheet: string, column: string, help: string, required: string, example: string) => {
    [sheet, column, help, required, example].forEach((v, col) => b.set(row, col, v, 'text'));
    row++;
  };
  for (const [title, text] of INTRO) line('(chung)', title, text, '', '');
  for (const k of CAMPAIGN_KEYS) line(SHEETS.campaign, k.key, k.help, k.required ? 'có' : '', k.example);
  for (const spec of Object.values(TABLES)) {
    line(spec.name, '', spec.help, '', '');
    for (const c of spec.columns) {
      const set = c.codec === 'choice' ? CHOICES[c.choices!] : c.codec === 'bool' ? CHOICES.yesNo : null;
      const help = set ? `${c.help} Chọn trong danh sách: ${set.map((x) => x.vi).join(', ')}.` : c.help;
      line(spec.name, c.header, help, c.required ? 'có' : '', c.example);
    }
  }
  return bookSheet(SHEETS.guide, b, [16, 24, 70, 9, 30]);
}
