import type { Catalogue } from './format';

/** Messages of the Office.js adapter (src/excel): why an insertion into the open workbook failed. */
export const excelMessages = {
  'excel.sheetExists': {
    vi: 'Sổ tính đã có trang: {names}. Hãy đồng ý thay thế các trang này, hoặc đổi tên chúng trước khi chèn.',
    en: 'The workbook already has these sheets: {names}. Agree to replace them, or rename them before inserting.',
  },
  'excel.unsupported': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để đặt kiểm tra dữ liệu nhập). Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel does not support {set} (needed for input validation). Use Excel 2019 or later, Microsoft 365 or Excel on the web.',
  },
  'excel.officeError': { vi: 'Excel báo lỗi khi ghi vào sổ tính: {detail}', en: 'Excel reported an error while writing to the workbook: {detail}' },
} as const satisfies Catalogue;
