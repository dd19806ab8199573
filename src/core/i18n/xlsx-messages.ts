import type { Catalogue } from './format';

/** Messages of the .xlsx reader: why a file was refused, naming the file. Keys: "xlsx." + ReadErrorCode. */
export const xlsxMessages = {
  'xlsx.notZip': {
    vi: 'Tệp "{file}" không phải là sổ tính Excel (.xlsx).',
    en: 'File "{file}" is not an Excel workbook (.xlsx).',
  },
  'xlsx.encrypted': {
    vi: 'Tệp "{file}" được đặt mật khẩu mở tệp. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.',
    en: 'File "{file}" is protected by an open password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.',
  },
  'xlsx.tooLarge': {
    vi: 'Tệp "{file}" quá lớn để đọc an toàn ({detail}).',
    en: 'File "{file}" is too large to read safely ({detail}).',
  },
  'xlsx.zipBomb': {
    vi: 'Tệp "{file}" bị từ chối: nội dung nén bất thường, có thể là tệp độc hại ({detail}).',
    en: 'File "{file}" was refused: its compressed content is abnormal and may be malicious ({detail}).',
  },
  'xlsx.unsafeXml': {
    vi: 'Tệp "{file}" bị từ chối: chứa khai báo XML không an toàn (DOCTYPE/ENTITY).',
    en: 'File "{file}" was refused: it contains unsafe XML declarations (DOCTYPE/ENTITY).',
  },
  'xlsx.notWorkbook': {
    vi: 'Tệp "{file}" không phải là sổ tính .xlsx ({detail}). Hãy lưu lại bằng Excel dưới dạng "Sổ làm việc Excel (*.xlsx)".',
    en: 'File "{file}" is not an .xlsx workbook ({detail}). Save it from Excel as "Excel Workbook (*.xlsx)".',
  },
  'xlsx.corrupt': {
    vi: 'Tệp "{file}" bị hỏng hoặc không đọc được ({detail}).',
    en: 'File "{file}" is damaged or unreadable ({detail}).',
  },
} as const satisfies Catalogue;
