import type { Catalogue } from './format';

/** Messages of the pack workbook's compiler: what only a workbook can get wrong, named by sheet and cell. */
export const packbookMessages = {
  'book.notPackWorkbook': {
    vi: 'không phải sổ bộ mẫu: không có trang nào trong số {sheets}',
    en: 'not a pack workbook: none of the sheets {sheets}',
  },
  'book.sheetMissing': { vi: 'thiếu trang tính "{sheet}"', en: 'the sheet "{sheet}" is missing' },
  'book.header': {
    vi: 'tiêu đề cột phải là "{expected}" (đang là "{found}"); không đổi tên, không đổi thứ tự các cột',
    en: 'the column header must be "{expected}" (found "{found}"); do not rename or reorder the columns',
  },
  'book.headerExtra': { vi: 'cột "{found}" không thuộc trang này (gõ sai tên?)', en: 'the column "{found}" does not belong to this sheet (misspelt?)' },
  'book.formula': {
    vi: 'ô chứa công thức (={formula}); bộ mẫu chỉ nhận giá trị: hãy dán giá trị (Paste Values){more}',
    en: 'the cell holds a formula (={formula}); a pack takes values only: paste values instead{more}',
  },
  'book.merged': { vi: 'ô gộp {range}; hãy bỏ gộp ô (Unmerge Cells)', en: 'merged cells {range}; unmerge them' },
  'book.blankText': {
    vi: 'ô chỉ có khoảng trắng{more}; hãy xóa nội dung các ô này (phím Delete)',
    en: 'the cell holds only spaces{more}; clear these cells (Delete key)',
  },
  'book.more': { vi: ' (và {count} ô như vậy nữa)', en: ' (and {count} more such cells)' },
  'book.tooManyRows': {
    vi: 'trang có {count} dòng, quá giới hạn {max} dòng của một bộ mẫu',
    en: 'the sheet has {count} rows, more than the {max} a pack may have',
  },
  'book.notInteger': { vi: 'phải là số nguyên', en: 'must be a whole number' },
  'book.notNumber': { vi: 'phải là một số', en: 'must be a number' },
  'book.notDate': { vi: 'phải là ngày (31/12/2024 hoặc 2024-12-31)', en: 'must be a date (31/12/2024 or 2024-12-31)' },
  'book.notChoice': { vi: '"{found}" không có trong danh sách: {allowed}', en: '"{found}" is not one of: {allowed}' },
  'book.listNumber': {
    vi: 'danh sách mã phải nhập dạng chữ, như "4, 5" (Excel đã đọc thành số thập phân)',
    en: 'a list of codes must be typed as text, e.g. "4, 5" (Excel read it as a decimal number)',
  },
  'book.errorValue': { vi: 'ô báo lỗi {code}', en: 'the cell shows the error {code}' },
  'book.unknownKey': { vi: 'mục "{key}" không có trong bộ mẫu; các mục: {keys}', en: 'the item "{key}" is not part of a pack; items: {keys}' },
  'book.duplicateKey': { vi: 'mục "{key}" đã có ở {first}', en: 'the item "{key}" is already at {first}' },
  'book.unknownAnnex': {
    vi: 'phụ lục "{code}" không có ở trang Phụ lục',
    en: 'the annex "{code}" is not on the sheet Phụ lục',
  },
  'book.dateLineMismatch': {
    vi: 'các dòng chữ ký của cùng phụ lục phải cùng giá trị ở cột này (như {first})',
    en: 'the signature rows of one annex must have the same value in this column (as {first})',
  },
  'book.missingKey': { vi: 'thiếu mục "{key}"', en: 'the item "{key}" is missing' },
} satisfies Catalogue;

export type PackbookMessageKey = keyof typeof packbookMessages;
