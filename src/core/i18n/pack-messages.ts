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
    vi: 'tên trang tính phải có 1–31 ký tự, không chứa : \\ / ? * [ ] hay ký tự điều khiển, không bắt đầu hay kết thúc bằng dấu nháy \'',
    en: "sheet name must have 1–31 characters, none of : \\ / ? * [ ] or control characters, and not begin or end with an apostrophe '",
  },
  'pack.reservedSheetName': {
    vi: 'Excel không cho đặt tên trang là "{name}" (tên dành riêng của Excel)',
    en: 'Excel does not allow a sheet named "{name}" (a name Excel keeps for itself)',
  },
  'pack.ownSheetName': {
    vi: 'tên trang "{name}" trùng với {use} mà phần bổ trợ tự tạo; hãy đặt tên khác',
    en: 'sheet name "{name}" is that of {use}, which the add-in writes itself; choose another name',
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
  'pack.transferPair': {
    vi: 'dòng đối ứng "{code}" phải khai báo chuyển ngược lại ({direction}) về dòng này',
    en: 'the counterpart row "{code}" must declare the opposite transfer ({direction}) back to this row',
  },
  'pack.kindNotInAnnex': {
    vi: 'loại đơn vị "{kind}" không điền phụ lục này (forKinds của phụ lục)',
    en: 'units of kind "{kind}" do not fill this annex (the annex\'s forKinds)',
  },
  'pack.parentCycle': { vi: 'đơn vị là cấp trên của chính nó qua: {cycle}', en: 'the unit is its own ancestor through: {cycle}' },
  'pack.sentenceKey': { vi: 'không có câu nào mang khóa này; các khóa: {allowed}', en: 'no sentence has this key; the keys: {allowed}' },
  'pack.sentencePlaceholder': {
    vi: 'chỗ trống {found} không có trong câu này; được dùng: {allowed}',
    en: 'placeholder {found} is not one of this sentence\'s; allowed: {allowed}',
  },
  'pack.parentSelf': { vi: 'đơn vị cấp trên không thể là chính nó', en: 'a unit cannot be its own parent' },
} as const satisfies Catalogue;

/** What a pack message's {what} names (a unit, a row …), worded per language: a finance officer reads "dòng", not "row". */
export const packRefNames: Record<string, { vi: string; en: string }> = {
  unit: { vi: 'đơn vị', en: 'unit' },
  row: { vi: 'dòng', en: 'row' },
  column: { vi: 'cột', en: 'column' },
  department: { vi: 'phòng ban', en: 'department' },
  congress: { vi: 'đại hội', en: 'congress' },
};
