import type { Catalogue } from './format';

/** Texts written into the annex sheets themselves (the forms are Vietnamese; English kept for reference). */
export const sheetMessages = {
  'sheet.unitLine': { vi: 'Đơn vị báo cáo: {name} (mã {code})', en: 'Reporting unit: {name} (code {code})' },
  'sheet.reference': { vi: '(Kèm theo {reference}) — Số liệu {period}', en: '(Attached to {reference}) — Figures {period}' },
  'sheet.identity': { vi: 'Mã nhận dạng biểu (không sửa): {id}', en: 'Form identity (do not edit): {id}' },
  'sheet.stt': { vi: 'STT', en: 'No.' },
  'sheet.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'sheet.rowCode': { vi: 'Mã số', en: 'Code' },
  'sheet.unitOfMeasure': { vi: 'Đơn vị tính', en: 'Unit' },
  'sheet.dateLine': { vi: '{place}, ngày …… tháng …… năm ……', en: '{place}, date ……' },
  'sheet.estimate': { vi: '(ước thực hiện)', en: '(estimate)' },
  'sheet.signSealHint': { vi: '(Ký, họ tên, đóng dấu)', en: '(Signature, full name, seal)' },
  'sheet.preparer': { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  'sheet.head': { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'HEAD OF UNIT' },
  'sheet.signHint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'sheet.inputHint': {
    vi: 'Chỉ nhập số vào các ô nền vàng; các ô khác được khóa và tự tính.',
    en: 'Type figures only into the yellow cells; the others are locked and computed.',
  },
  'dv.title': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'dv.integer': { vi: 'Nhập số nguyên không âm (ví dụ 1250), không gõ dấu chấm phân cách.', en: 'Enter a whole number ≥ 0 (e.g. 1250).' },
  'dv.integerSigned': { vi: 'Nhập số nguyên (ví dụ 1250).', en: 'Enter a whole number (e.g. 1250).' },
  'dv.money': { vi: 'Nhập số tiền không âm, bằng số (ví dụ 1250000).', en: 'Enter an amount ≥ 0, as a number (e.g. 1250000).' },
  'dv.moneySigned': { vi: 'Nhập số tiền bằng số (ví dụ 1250000 hoặc -500).', en: 'Enter an amount as a number (e.g. 1250000 or -500).' },
  'dv.decimal': { vi: 'Nhập số không âm.', en: 'Enter a number ≥ 0.' },
  'dv.percent': { vi: 'Nhập tỷ lệ phần trăm từ 0 đến 100.', en: 'Enter a percentage from 0 to 100.' },
  'meta.notice': {
    vi: 'Trang ẩn này giữ mã nhận dạng của bộ mẫu và đơn vị. Không sửa, không xóa.',
    en: 'This hidden sheet keeps the identity of the pack and the unit. Do not edit or delete it.',
  },
} as const satisfies Catalogue;
