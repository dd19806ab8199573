import type { Catalogue } from './format';

/**
 * Messages of the workbook reader: why a file was refused, naming the file. Keys: "xlsx." + ReadErrorCode.
 * Where the unit can fix it by saving again, the message says exactly how. The reader's technical
 * detail (English, for IT: "zip: end of central directory not found") is in the English texts and in
 * the logs (ReadError.detail), never in the Vietnamese ones.
 */

/** How to save a file again as .xlsx, in three programs (the pane shows it once, below its list of files). */
export const SAVE_AS_VI =
  'Hãy mở tệp rồi lưu lại dưới dạng .xlsx: trong Excel chọn Tệp → Lưu thành → "Sổ làm việc Excel (*.xlsx)"; ' +
  'trong LibreOffice chọn Tệp (File) → Lưu thành (Save As) → "Excel 2007-365 (.xlsx)"; trong WPS chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)".';
export const SAVE_AS_EN =
  'Open it and save it as .xlsx: in Excel, File → Save As → "Excel Workbook (*.xlsx)"; ' +
  'in LibreOffice, File → Save As → "Excel 2007-365 (.xlsx)"; in WPS, File → Save As → "Excel Workbook (*.xlsx)".';

export const xlsxMessages = {
  'xlsx.empty': {
    vi: 'Tệp "{file}" rỗng (0 byte): tệp chưa được lưu xong hoặc bị hỏng khi gửi. Hãy gửi lại tệp.',
    en: 'File "{file}" is empty (0 bytes): it was not fully saved or was damaged in transit. Please send it again.',
  },
  'xlsx.notZip': {
    vi: `Tệp "{file}" không phải là sổ làm việc Excel (.xlsx). ${SAVE_AS_VI}`,
    en: `File "{file}" is not an Excel workbook (.xlsx). ${SAVE_AS_EN}`,
  },
  'xlsx.otherFormat': {
    vi: `Tệp "{file}" là {detail}, không phải sổ làm việc đọc được. ${SAVE_AS_VI}`,
    en: `File "{file}" is {detail}, not a workbook that can be read. ${SAVE_AS_EN}`,
  },
  'xlsx.encrypted': {
    vi:
      'Tệp "{file}" được mã hóa bằng mật khẩu theo cách chưa đọc được. Hãy mở tệp, gỡ mật khẩu rồi lưu lại: trong Excel chọn Tệp → Thông tin → ' +
      'Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu và xóa mật khẩu; trong LibreOffice bỏ chọn "Lưu với mật khẩu" khi lưu.',
    en:
      'File "{file}" is encrypted with a password in a way that cannot be read ({detail}). Open it, remove the password and save it again: in Excel, File → Info → ' +
      'Protect Workbook → Encrypt with Password and clear the password; in LibreOffice, untick "Save with password" when saving.',
  },
  'xlsx.passwordRequired': {
    vi:
      'Tệp "{file}" có mật khẩu mở tệp: cần nhập mật khẩu để đọc (trong ngăn tác vụ: nhập vào hộp thoại mật khẩu; dòng lệnh: --password). ' +
      'Tệp không bị hỏng.',
    en:
      'File "{file}" has an open password: the password is needed to read it (in the task pane, in the password dialog; on the command line, --password). ' +
      'The file is not damaged. ({detail})',
  },
  'xlsx.wrongPassword': {
    vi:
      'Mật khẩu đã nhập không mở được tệp "{file}". Hãy hỏi lại đơn vị gửi tệp và nhập đúng mật khẩu (chữ hoa, chữ thường, dấu tiếng Việt). ' +
      'Tệp không bị hỏng.',
    en:
      'The password given does not open file "{file}". Ask the unit that sent it and enter the right password (capitals, Vietnamese accents). ' +
      'The file is not damaged. ({detail})',
  },
  'xlsx.tooLarge': {
    vi: 'Tệp "{file}" quá lớn để đọc an toàn. Sổ làm việc phụ lục chỉ vài trăm kB: hãy xóa các trang, hình ảnh không cần rồi lưu lại.',
    en: 'File "{file}" is too large to read safely ({detail}). An annex workbook is a few hundred kB: remove unneeded sheets and pictures and save it again.',
  },
  'xlsx.totalTooLarge': {
    vi: 'Tệp "{file}" không được đọc: tổng dung lượng các tệp trong lần này vượt giới hạn. Các tệp khác vẫn được xử lý; hãy tổng hợp tệp này ở lần sau.',
    en: 'File "{file}" was not read: the files of this run together exceed the limit ({detail}). The other files are still processed; take this one in another run.',
  },
  'xlsx.zipBomb': {
    vi: 'Tệp "{file}" bị từ chối: nội dung nén bất thường, có thể là tệp độc hại.',
    en: 'File "{file}" was refused: its compressed content is abnormal and may be malicious ({detail}).',
  },
  'xlsx.unsafeXml': {
    vi: 'Tệp "{file}" bị từ chối: chứa khai báo XML không an toàn (DOCTYPE/ENTITY), có thể là tệp độc hại.',
    en: 'File "{file}" was refused: it contains unsafe XML declarations (DOCTYPE/ENTITY) and may be malicious ({detail}).',
  },
  'xlsx.tooManyCells': {
    vi: 'Tệp "{file}" bị từ chối: có quá nhiều ô hoặc trang tính. Hãy xóa các vùng dữ liệu không thuộc phụ lục rồi lưu lại.',
    en: 'File "{file}" was refused: it has too many cells or sheets ({detail}). Remove data that is not part of the annexes and save it again.',
  },
  'xlsx.tooSlow': {
    vi: 'Tệp "{file}" bị dừng đọc vì quá thời gian cho phép; các tệp khác vẫn được xử lý.',
    en: 'Reading file "{file}" was stopped: it took longer than allowed ({detail}); the other files are still processed.',
  },
  'xlsx.notWorkbook': {
    vi: `Tệp "{file}" không phải là sổ làm việc. ${SAVE_AS_VI}`,
    en: `File "{file}" is not a workbook ({detail}). ${SAVE_AS_EN}`,
  },
  'xlsx.corrupt': {
    vi: 'Tệp "{file}" bị hỏng hoặc không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi gửi lại.',
    en: 'File "{file}" is damaged or unreadable ({detail}). Open it in Excel or LibreOffice, save it again as .xlsx and send it again.',
  },
} as const satisfies Catalogue;

/** What a refused file is, for 'xlsx.otherFormat' ("Tệp "x" là {format}"). Keys: "xlsx.format." + OtherFormat. */
export const xlsxFormatNames = {
  'xlsx.format.text': { vi: 'tệp văn bản (CSV/TXT): mất kiểu số, mã nhận dạng và các trang khác', en: 'a text file (CSV/TXT): it loses number types, the identity and the other sheets' },
  'xlsx.format.html': { vi: 'trang web (HTML) xuất từ bảng tính', en: 'a web page (HTML) exported from a spreadsheet' },
  'xlsx.format.xml2003': { vi: 'tệp "Bảng tính XML 2003"', en: 'an "XML Spreadsheet 2003" file' },
  'xlsx.format.xlsb': { vi: 'sổ làm việc nhị phân Excel (.xlsb)', en: 'an Excel Binary Workbook (.xlsb)' },
  'xlsx.format.odf': { vi: 'tài liệu OpenDocument không phải bảng tính', en: 'an OpenDocument file that is not a spreadsheet' },
  'xlsx.format.word': { vi: 'tài liệu Word', en: 'a Word document' },
  'xlsx.format.powerpoint': { vi: 'bản trình chiếu PowerPoint', en: 'a PowerPoint presentation' },
  'xlsx.format.pdf': { vi: 'tệp PDF', en: 'a PDF file' },
  'xlsx.format.image': { vi: 'tệp hình ảnh', en: 'an image' },
  'xlsx.format.rtf': { vi: 'tài liệu RTF', en: 'an RTF document' },
  'xlsx.format.ole': { vi: 'tệp Office nhị phân không chứa sổ làm việc', en: 'a binary Office file without a workbook' },
  'xlsx.format.archive': { vi: 'tệp nén (zip) không chứa sổ làm việc', en: 'a zip archive without a workbook' },
} as const satisfies Catalogue;

/** Things the reader tells about a file it did read. */
export const xlsxWarnings = {
  'xlsx.warning.outOfGrid': {
    vi: 'Tệp "{file}", trang "{sheet}": {count} ô có địa chỉ nằm ngoài phạm vi của Excel (A1:XFD1048576) nên bị bỏ qua, như Excel bỏ qua khi mở tệp. Tệp có thể đã bị sửa bằng công cụ khác: hãy kiểm tra số liệu.',
    en: 'File "{file}", sheet "{sheet}": {count} cells with addresses outside Excel\'s grid (A1:XFD1048576) were skipped, as Excel skips them when it opens the file. The file may have been edited by another tool: check its figures.',
  },
} as const satisfies Catalogue;
