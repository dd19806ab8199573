import type { Catalogue } from './format';

/** Messages of the pack loader (a refused pack names the field and the reason). */
export const packMessages = {
  'pack.refused': { vi: 'Bộ mẫu "{source}" không hợp lệ:', en: 'Template pack "{source}" is invalid:' },
  'pack.notJson': { vi: 'tệp không phải JSON hợp lệ ({detail})', en: 'the file is not valid JSON ({detail})' },
  'pack.notObject': { vi: 'phải là một đối tượng JSON', en: 'must be a JSON object' },
  'pack.missing': { vi: 'thiếu trường bắt buộc', en: 'required field is missing' },
  'pack.type': { vi: 'phải là {expected}', en: 'must be {expected}' },
  'pack.enum': { vi: 'phải là một trong: {allowed}', en: 'must be one of: {allowed}' },
  'pack.unknownField': { vi: 'trường không được phép (gõ sai tên?)', en: 'field is not allowed (misspelt?)' },
  'pack.duplicate': { vi: 'trùng mã "{code}" (đã có ở {first})', en: 'duplicate code "{code}" (already at {first})' },
  'pack.unknownRef': { vi: 'tham chiếu đến {what} "{code}" không tồn tại', en: 'refers to unknown {what} "{code}"' },
  'pack.badDate': { vi: 'phải là ngày dạng YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' },
  'pack.badSheetName': {
    vi: 'tên trang tính phải có 1–31 ký tự và không chứa : \\ / ? * [ ]',
    en: 'sheet name must have 1–31 characters and none of : \\ / ? * [ ]',
  },
  'pack.formulaMissing': { vi: 'ô tính toán cần có công thức (formula)', en: 'a computed item needs a formula' },
  'pack.formulaNotAllowed': { vi: 'chỉ dòng/cột tính toán mới có công thức', en: 'only computed rows/columns have a formula' },
  'pack.formulaBad': { vi: 'công thức không hợp lệ: {detail}', en: 'invalid formula: {detail}' },
  'pack.formulaScope': {
    vi: 'công thức của {what} chỉ được tham chiếu {allowed}',
    en: 'a {what} formula may only refer to {allowed}',
  },
  'pack.formulaCycle': { vi: 'công thức tham chiếu vòng: {cycle}', en: 'circular formula: {cycle}' },
  'pack.ratioParts': {
    vi: 'tỷ lệ phải dẫn đến hai dòng có trong biểu (tử số, mẫu số)',
    en: 'a ratio must name two rows of the annex (numerator, denominator)',
  },
  'pack.termOrder': { vi: 'năm kết thúc nhiệm kỳ phải sau năm bắt đầu', en: 'the term must end after it starts' },
  'pack.emptyList': { vi: 'danh sách không được rỗng', en: 'the list must not be empty' },
  'pack.levelJump': { vi: 'mức thụt lề tăng quá 1 so với dòng trước', en: 'indent level rises by more than 1' },
  'pack.parentSelf': { vi: 'đơn vị cấp trên không thể là chính nó', en: 'a unit cannot be its own parent' },
} as const satisfies Catalogue;
