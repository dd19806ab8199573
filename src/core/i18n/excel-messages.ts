import type { Catalogue } from './format';

/** Messages of the Office.js adapter (src/excel): why an insertion, a check or a fix in the open workbook failed. */
export const excelMessages = {
  'excel.sheetExists': {
    vi: 'Sổ tính đã có trang: {names}. Hãy đồng ý thay thế các trang này, hoặc đổi tên chúng trước khi chèn.',
    en: 'The workbook already has these sheets: {names}. Agree to replace them, or rename them before inserting.',
  },
  'excel.unsupported': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để đặt kiểm tra dữ liệu nhập). Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel does not support {set} (needed for input validation). Use Excel 2019 or later, Microsoft 365 or Excel on the web.',
  },
  'excel.unsupportedRead': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để đọc sổ tính đang mở). Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web, hoặc kiểm tra tệp bằng công cụ dòng lệnh.',
    en: 'This version of Excel does not support {set} (needed to read the open workbook). Use Excel 2019 or later, Microsoft 365 or Excel on the web, or check the file with the command-line tool.',
  },
  'excel.unsupportedMarks': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để tô màu các ô có vấn đề). Kết quả kiểm tra vẫn được liệt kê trong ngăn này. Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel does not support {set} (needed to highlight the cells with problems). The results are still listed in this pane. Use Excel 2019 or later, Microsoft 365 or Excel on the web.',
  },
  'excel.sheetMissing': {
    vi: 'Sổ tính không còn trang: {names}. Có thể trang đã bị đổi tên hoặc xoá — hãy kiểm tra lại.',
    en: 'The workbook no longer has this sheet: {names}. It may have been renamed or deleted — run the check again.',
  },
  'excel.cellLocked': {
    vi: 'Không sửa tự động được ô {cells}: ô bị khoá (không phải ô nhập số liệu). Nếu cần, hãy sửa trực tiếp trong Excel.',
    en: 'Cannot fix {cells} automatically: the cell is locked (not an input cell). Edit it in Excel if needed.',
  },
  'excel.invalidInput': { vi: 'Địa chỉ ô hoặc giá trị không hợp lệ: {detail}', en: 'Invalid cell address or value: {detail}' },
  'excel.officeError': { vi: 'Excel báo lỗi khi làm việc với sổ tính: {detail}', en: 'Excel reported an error while working on the workbook: {detail}' },
  /** CellSource label of the open workbook when Excel cannot tell its file name. */
  'excel.openWorkbook': { vi: 'Sổ tính đang mở', en: 'Open workbook' },
} as const satisfies Catalogue;
