import type { Catalogue } from './format';

/** Messages of the Office.js adapter (src/excel): why an insertion, a check or a fix in the open workbook failed. */
export const excelMessages = {
  'excel.sheetExists': {
    vi: 'Sổ làm việc đã có trang: {names}. Hãy đồng ý thay thế các trang này, hoặc đổi tên chúng trước khi chèn.',
    en: 'The workbook already has these sheets: {names}. Agree to replace them, or rename them before inserting.',
  },
  // Host lists: Microsoft's "Excel JavaScript API requirement sets" table (ExcelApi 1.8 and 1.7 rows).
  'excel.unsupported': {
    vi: 'Phiên bản Excel này quá cũ để chèn biểu mẫu (có kiểm tra dữ liệu nhập) vào sổ làm việc. Cần Excel trên web; Microsoft 365 hoặc Office mua lẻ đã cập nhật từ phiên bản 1808 trên Windows; Office 2021 trở lên (bản cấp phép số lượng lớn); Excel cho Mac từ 16.17; hoặc Excel trên iPad. (Cho người phụ trách tin học: cần {set}.)',
    en: 'This version of Excel is too old to insert the forms (with input validation) into the workbook. It needs Excel on the web; Microsoft 365 or retail Office updated to Version 1808 or later on Windows; volume-licensed Office 2021 or later; Excel for Mac 16.17 or later; or Excel on iPad. (For IT: {set} is needed.)',
  },
  'excel.unsupportedRead': {
    vi: 'Phiên bản Excel này quá cũ để đọc sổ làm việc đang mở. Cần Excel trên web; Microsoft 365 hoặc Office mua lẻ đã cập nhật từ phiên bản 1801 trên Windows; Office 2019 trở lên; Excel cho Mac từ 16.9; hoặc Excel trên iPad. Cũng có thể kiểm tra tệp bằng công cụ dòng lệnh. (Cho người phụ trách tin học: cần {set}.)',
    en: 'This version of Excel is too old to read the open workbook. It needs Excel on the web; Microsoft 365 or retail Office updated to Version 1801 or later on Windows; Office 2019 or later; Excel for Mac 16.9 or later; or Excel on iPad. The file can also be checked with the command-line tool. (For IT: {set} is needed.)',
  },
  'excel.unsupportedMarks': {
    vi: 'Phiên bản Excel này không tô màu được các ô có vấn đề; kết quả kiểm tra vẫn được liệt kê trong ngăn này. (Cho người phụ trách tin học: cần {set}.)',
    en: 'This version of Excel cannot highlight the cells with problems; the results are still listed in this pane. (For IT: {set} is needed.)',
  },
  'excel.unsupportedFix': {
    vi: 'Phiên bản Excel này không sửa tự động được số nhập dạng chữ: hãy sửa trực tiếp trong ô. (Cho người phụ trách tin học: cần {set}.)',
    en: 'This version of Excel cannot fix numbers typed as text automatically: edit the cells directly. (For IT: {set} is needed.)',
  },
  'excel.insertFailed': {
    vi: 'Không chèn được vào sổ làm việc vì Excel báo lỗi: {detail}. Sổ làm việc đã được trả lại như trước khi chèn — không trang nào bị thêm, mất hay đổi tên. Hãy thử lại.',
    en: 'Could not insert into the workbook because Excel reported an error: {detail}. The workbook was put back as it was before — no sheet added, lost or renamed. Try again.',
  },
  'excel.insertLeftovers': {
    vi: 'Không chèn được vào sổ làm việc (Excel báo lỗi: {reason}) và không trả lại được sổ làm việc như cũ. Trước khi lưu, hãy xóa các trang mới nếu còn ({names}) và đổi tên các trang cũ về tên cũ: {renamed}.',
    en: 'Could not insert into the workbook (Excel reported: {reason}) nor put it back as it was. Before saving, delete the new sheets if they are there ({names}) and rename the old ones back: {renamed}.',
  },
  'excel.insertLeftoversNoRename': {
    vi: 'Không chèn được vào sổ làm việc (Excel báo lỗi: {reason}) và không trả lại được sổ làm việc như cũ. Trước khi lưu, hãy xóa các trang mới nếu còn: {names}.',
    en: 'Could not insert into the workbook (Excel reported: {reason}) nor put it back as it was. Before saving, delete the new sheets if they are there: {names}.',
  },
  'excel.sheetPassword': {
    vi: 'Không tô màu được: trang {names} được bảo vệ bằng mật khẩu. Chưa ô nào bị thay đổi. Hãy bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang) rồi kiểm tra lại; kết quả vẫn được liệt kê trong ngăn này.',
    en: 'Cannot highlight the cells: the sheet {names} is protected with a password. Nothing was changed. Unprotect it (Review → Unprotect Sheet) and check again; the results are still listed in this pane.',
  },
  'excel.sheetMissing': {
    vi: 'Sổ làm việc không còn trang: {names}. Có thể trang đã bị đổi tên hoặc xóa — hãy kiểm tra lại.',
    en: 'The workbook no longer has this sheet: {names}. It may have been renamed or deleted — run the check again.',
  },
  'excel.cellLocked': {
    vi: 'Không sửa tự động được ô {cells}: ô bị khóa (không phải ô nhập số liệu). Nếu cần, hãy sửa trực tiếp trong Excel.',
    en: 'Cannot fix {cells} automatically: the cell is locked (not an input cell). Edit it in Excel if needed.',
  },
  'excel.noBackup': {
    vi: 'Không còn bản cũ nào để khôi phục: các trang cũ đã bị xóa hoặc đổi tên.',
    en: 'There is no earlier copy to restore: the kept sheets were deleted or renamed.',
  },
  'excel.invalidInput': { vi: 'Địa chỉ ô hoặc giá trị không hợp lệ: {detail}', en: 'Invalid cell address or value: {detail}' },
  'excel.officeError': { vi: 'Excel báo lỗi khi làm việc với sổ làm việc: {detail}', en: 'Excel reported an error while working on the workbook: {detail}' },
  /** CellSource label of the open workbook when Excel cannot tell its file name. */
  'excel.openWorkbook': { vi: 'Sổ làm việc đang mở', en: 'Open workbook' },
} as const satisfies Catalogue;
