import type { Catalogue } from './format';

/** Messages of the Office.js adapter (src/excel): why an insertion, a check or a fix in the open workbook failed. */
export const excelMessages = {
  'excel.sheetExists': {
    vi: 'Sổ tính đã có trang: {names}. Hãy đồng ý thay thế các trang này, hoặc đổi tên chúng trước khi chèn.',
    en: 'The workbook already has these sheets: {names}. Agree to replace them, or rename them before inserting.',
  },
  // Host lists: Microsoft's "Excel JavaScript API requirement sets" table (ExcelApi 1.8 and 1.7 rows).
  'excel.unsupported': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để chèn biểu có kiểm tra dữ liệu nhập vào sổ tính). Cần Excel trên web; Microsoft 365 hoặc Office mua lẻ từ phiên bản 1808 trên Windows; Office 2021 trở lên (bản cấp phép số lượng lớn); Excel cho Mac từ 16.17; hoặc Excel trên iPad.',
    en: 'This version of Excel does not support {set} (needed to insert tables with input validation into the workbook). It needs Excel on the web; Microsoft 365 or retail Office from Version 1808 on Windows; volume-licensed Office 2021 or later; Excel for Mac 16.17 or later; or Excel on iPad.',
  },
  'excel.unsupportedRead': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để đọc sổ tính đang mở). Cần Excel trên web; Microsoft 365 hoặc Office mua lẻ từ phiên bản 1801 trên Windows; Office 2019 trở lên; Excel cho Mac từ 16.9; hoặc Excel trên iPad. Có thể kiểm tra tệp bằng công cụ dòng lệnh.',
    en: 'This version of Excel does not support {set} (needed to read the open workbook). It needs Excel on the web; Microsoft 365 or retail Office from Version 1801 on Windows; Office 2019 or later; Excel for Mac 16.9 or later; or Excel on iPad. The file can be checked with the command-line tool.',
  },
  'excel.unsupportedMarks': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để tô màu các ô có vấn đề). Kết quả kiểm tra vẫn được liệt kê trong ngăn này.',
    en: 'This version of Excel does not support {set} (needed to highlight the cells with problems). The results are still listed in this pane.',
  },
  'excel.unsupportedFix': {
    vi: 'Phiên bản Excel này chưa hỗ trợ {set} (cần để sửa tự động số nhập dạng chữ). Hãy sửa trực tiếp trong ô.',
    en: 'This version of Excel does not support {set} (needed to fix numbers typed as text automatically). Edit the cells directly.',
  },
  'excel.insertFailed': {
    vi: 'Không chèn được vào sổ tính vì Excel báo lỗi: {detail}. Sổ tính đã được trả lại như trước khi chèn — không trang nào bị thêm, mất hay đổi tên. Hãy thử lại.',
    en: 'Could not insert into the workbook because Excel reported an error: {detail}. The workbook was put back as it was before — no sheet added, lost or renamed. Try again.',
  },
  'excel.insertLeftovers': {
    vi: 'Không chèn được vào sổ tính (Excel báo lỗi: {reason}) và không trả lại được sổ tính như cũ. Trước khi lưu, hãy xoá các trang mới nếu còn ({names}) và đổi tên các trang cũ về tên cũ: {renamed}.',
    en: 'Could not insert into the workbook (Excel reported: {reason}) nor put it back as it was. Before saving, delete the new sheets if they are there ({names}) and rename the old ones back: {renamed}.',
  },
  'excel.insertLeftoversNoRename': {
    vi: 'Không chèn được vào sổ tính (Excel báo lỗi: {reason}) và không trả lại được sổ tính như cũ. Trước khi lưu, hãy xoá các trang mới nếu còn: {names}.',
    en: 'Could not insert into the workbook (Excel reported: {reason}) nor put it back as it was. Before saving, delete the new sheets if they are there: {names}.',
  },
  'excel.sheetPassword': {
    vi: 'Không tô màu được: trang {names} được bảo vệ bằng mật khẩu. Chưa ô nào bị thay đổi. Hãy bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang) rồi kiểm tra lại; kết quả vẫn được liệt kê trong ngăn này.',
    en: 'Cannot highlight the cells: the sheet {names} is protected with a password. Nothing was changed. Unprotect it (Review → Unprotect Sheet) and check again; the results are still listed in this pane.',
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
