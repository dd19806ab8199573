import type { Catalogue } from './format';

/** Every text of the Excel task pane (src/taskpane), Vietnamese first. */
export const paneMessages = {
  'pane.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'pane.notInExcel.title': { vi: 'Hãy mở phần bổ trợ này trong Excel', en: 'Open this add-in in Excel' },
  'pane.notInExcel.body': {
    vi: 'Phụ lục biểu mẫu là phần bổ trợ của Microsoft Excel. Trang này chỉ hoạt động khi được mở bằng nút “Phụ lục biểu mẫu” trên thẻ Trang đầu của Excel (Microsoft 365, Excel 2019 trở lên hoặc Excel trên web).',
    en: 'Annex tables is a Microsoft Excel add-in. This page only works when opened with the “Annex tables” button on the Home tab of Excel (Microsoft 365, Excel 2019 or later, or Excel on the web).',
  },

  'pane.tabs': { vi: 'Chức năng', en: 'Functions' },
  'pane.tab.templates': { vi: 'Biểu mẫu', en: 'Templates' },
  'pane.tab.validate': { vi: 'Kiểm tra', en: 'Validate' },
  'pane.tab.merge': { vi: 'Tổng hợp', en: 'Merge' },
  'pane.comingSoon': { vi: 'Sắp có', en: 'Coming soon' },
  'pane.comingSoon.merge': {
    vi: 'Tổng hợp sổ tính của các đơn vị thành báo cáo chung, kèm danh sách đơn vị chưa gửi.',
    en: 'Merge the units’ workbooks into one summary, with the list of units that have not reported.',
  },

  'templates.packError': { vi: 'Không đọc được bộ mẫu.', en: 'The template pack cannot be read.' },
  'templates.unit.label': { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  'templates.unit.placeholder': { vi: 'Gõ mã hoặc tên đơn vị (không cần dấu)', en: 'Type a unit code or name' },
  'templates.unit.hint': {
    vi: 'Ví dụ: “ba be” hoặc “H02”. Có {count} đơn vị.',
    en: 'For example “ba be” or “H02”. {count} units.',
  },
  'templates.unit.noMatch': { vi: 'Không có đơn vị nào khớp với “{query}”.', en: 'No unit matches “{query}”.' },
  'unitKind.province': { vi: 'Cấp tỉnh', en: 'Province' },
  'unitKind.district': { vi: 'LĐLĐ huyện, thành phố', en: 'District and city federations' },
  'unitKind.sector': { vi: 'Công đoàn ngành', en: 'Sector unions' },
  'unitKind.grassroots': { vi: 'Công đoàn cơ sở trực thuộc', en: 'Grassroots unions' },
  'templates.annexes.label': { vi: 'Phụ lục cần chèn', en: 'Annexes to insert' },
  'templates.annexes.all': { vi: 'Chọn tất cả ({selected}/{total})', en: 'Select all ({selected}/{total})' },
  'templates.insert': { vi: 'Chèn vào sổ tính', en: 'Insert into workbook' },
  'templates.insert.needUnit': { vi: 'Hãy chọn một đơn vị.', en: 'Choose a unit.' },
  'templates.insert.needAnnex': { vi: 'Hãy chọn ít nhất một phụ lục.', en: 'Choose at least one annex.' },
  'templates.progress.checking': { vi: 'Đang kiểm tra sổ tính…', en: 'Checking the workbook…' },
  'templates.progress.writing': { vi: 'Đang ghi {count} trang tính…', en: 'Writing {count} sheet(s)…' },

  'templates.replace.title': { vi: 'Thay thế trang tính đã có?', en: 'Replace existing sheets?' },
  'templates.replace.body': {
    vi: 'Sổ tính đã có {count} trang tính cùng tên. Nếu thay thế, mọi số liệu đã nhập trong các trang này sẽ mất:',
    en: 'The workbook already has {count} sheet(s) with these names. Replacing them loses every figure typed into them:',
  },
  'templates.replace.confirm': { vi: 'Thay thế', en: 'Replace' },
  'templates.replace.cancel': { vi: 'Huỷ', en: 'Cancel' },
  'templates.cancelled': { vi: 'Đã huỷ: sổ tính không thay đổi.', en: 'Cancelled: the workbook is unchanged.' },

  'templates.done.title': { vi: 'Đã chèn phụ lục', en: 'Annexes inserted' },
  'templates.done.written': {
    vi: 'Đã ghi {count} trang tính cho {unit}.',
    en: 'Wrote {count} sheet(s) for {unit}.',
  },
  'templates.done.replaced': { vi: 'Trong đó {count} trang được thay thế.', en: '{count} of them replaced.' },

  'validate.intro': {
    vi: 'Kiểm tra số liệu của sổ tính đang mở theo các quy tắc của bộ mẫu, chỉ ra từng ô sai.',
    en: 'Check the figures of the open workbook against the rules of the template pack, pointing at each wrong cell.',
  },
  'validate.workbook': { vi: 'Kiểm tra sổ tính', en: 'Validate workbook' },
  'validate.activeSheet': { vi: 'Kiểm tra trang đang mở', en: 'Validate active sheet' },
  'validate.progress.reading': { vi: 'Đang đọc số liệu…', en: 'Reading the figures…' },
  'validate.progress.fixing': { vi: 'Đang sửa ô…', en: 'Fixing cells…' },
  'validate.progress.clearing': { vi: 'Đang xoá đánh dấu…', en: 'Clearing marks…' },
  'validate.scope.all': { vi: 'Kết quả kiểm tra sổ tính', en: 'Results for the workbook' },
  'validate.scope.active': { vi: 'Kết quả kiểm tra trang đang mở', en: 'Results for the active sheet' },
  'validate.passed': { vi: 'Không có lỗi — sổ tính sẵn sàng gửi', en: 'No errors — the workbook is ready to send' },
  'validate.count.error': { vi: '{count} lỗi', en: '{count} error(s)' },
  'validate.count.warning': { vi: '{count} cảnh báo', en: '{count} warning(s)' },
  'validate.count.info': { vi: '{count} thông tin', en: '{count} note(s)' },
  'validate.severity.error': { vi: 'Lỗi', en: 'Error' },
  'validate.severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'validate.severity.info': { vi: 'Thông tin', en: 'Note' },
  'validate.group.workbook': { vi: 'Sổ tính', en: 'Workbook' },
  'validate.cell': { vi: 'Ô {cell}', en: 'Cell {cell}' },
  'validate.goTo': { vi: 'Chọn ô {cell}', en: 'Select cell {cell}' },
  'validate.fix.becomes': { vi: 'Sẽ thành số {number}', en: 'Becomes the number {number}' },
  'validate.fix.one': { vi: 'Sửa thành số', en: 'Make it a number' },
  'validate.fix.all': { vi: 'Sửa tất cả số nhập dạng chữ ({count})', en: 'Fix all numbers typed as text ({count})' },
  'validate.clearMarks': { vi: 'Xoá đánh dấu', en: 'Clear marks' },
  'validate.marksCleared': { vi: 'Đã xoá đánh dấu trên sổ tính.', en: 'The marks were removed from the workbook.' },
  'validate.error.title': { vi: 'Không kiểm tra được', en: 'The check could not be done' },

  'error.title': { vi: 'Không chèn được phụ lục', en: 'The annexes were not inserted' },
  'error.unexpected': { vi: 'Đã xảy ra lỗi: {detail}', en: 'Something went wrong: {detail}' },
} as const satisfies Catalogue;

export type PaneMessageKey = keyof typeof paneMessages;
