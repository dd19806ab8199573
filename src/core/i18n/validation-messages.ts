import type { Catalogue } from './format';

/**
 * Texts of the rule language and of validation: what the parser expected, why a pack's rule was
 * refused, and the findings shown to the unit (built-in checks, tampered structure, targets).
 */

/** What the expression parser expected at the place it stopped. */
export const parseMessages = {
  'parse.closeBrace': { vi: 'dấu "}" đóng tham chiếu', en: '"}" closing the reference' },
  'parse.token': { vi: 'một số, một tham chiếu {…}, một phép toán hoặc một hàm', en: 'a number, a reference {…}, an operator or a function' },
  'parse.rowCode': { vi: 'mã dòng sau "r", ví dụ r1.2 hoặc r1.1-1.5', en: 'a row code after "r", e.g. r1.2 or r1.1-1.5' },
  'parse.colCode': { vi: 'mã cột sau "c", ví dụ c3 hoặc c1-4', en: 'a column code after "c", e.g. c3 or c1-4' },
  'parse.refPart': { vi: 'một thành phần của tham chiếu (phụ lục, r…, c…)', en: 'a part of the reference (annex, r…, c…)' },
  'parse.oneRow': { vi: 'chỉ một phần dòng (r…) trong một tham chiếu', en: 'one row part per reference' },
  'parse.oneCol': { vi: 'chỉ một phần cột (c…) trong một tham chiếu', en: 'one column part per reference' },
  'parse.oneAnnex': { vi: 'chỉ một phụ lục trong một tham chiếu', en: 'one annex per reference' },
  'parse.refPartKind': { vi: 'mã phụ lục, một dòng (r…) hoặc một cột (c…)', en: 'an annex id, a row (r…) or a column (c…)' },
  'parse.refNeedsAxis': { vi: 'một dòng (r…) hoặc một cột (c…) trong tham chiếu', en: 'a row (r…) or a column (c…) in the reference' },
  'parse.operatorOrEnd': { vi: 'một phép toán hoặc hết biểu thức', en: 'an operator or the end of the expression' },
  'parse.singleComparison': { vi: 'chỉ một phép so sánh trong một quy tắc', en: 'a single comparison per rule' },
  'parse.function': { vi: 'một hàm ({names})', en: 'a function ({names})' },
  'parse.openParen': { vi: 'dấu "(" sau {name}', en: '"(" after {name}' },
  'parse.argSeparator': { vi: 'dấu "," hoặc ")" trong {name}(…)', en: '"," or ")" in {name}(…)' },
  'parse.noArgs': { vi: 'ít nhất một đối số cho {name}', en: 'at least one argument to {name}' },
  'parse.absArity': { vi: 'đúng một đối số cho abs', en: 'one argument to abs' },
  'parse.roundArity': { vi: 'hai đối số cho round(giá trị, số chữ số)', en: 'two arguments to round(value, digits)' },
  'parse.closeParen': { vi: 'dấu ")"', en: '")"' },
  'parse.operand': { vi: 'một số, một tham chiếu {…}, một hàm hoặc dấu "("', en: 'a number, a reference {…}, a function or "("' },
  'parse.foundEnd': { vi: 'hết văn bản', en: 'end of text' },
  'parse.foundArgs': { vi: '{count} đối số', en: '{count} argument(s)' },
} as const satisfies Catalogue;

/** Why a rule record of a pack was refused; the path names the rule's id and field. */
export const ruleCheckMessages = {
  'rule.notObject': { vi: 'quy tắc phải là một đối tượng JSON {…}', en: 'a rule must be a JSON object {…}' },
  'rule.unknownField': { vi: 'trường "{field}" không dùng cho quy tắc loại {kind} (gõ sai tên?)', en: 'field "{field}" is not used by a rule of kind {kind} (misspelt?)' },
  'rule.missing': { vi: 'thiếu trường bắt buộc "{field}"', en: 'required field "{field}" is missing' },
  'rule.badKind': { vi: 'loại quy tắc phải là một trong: {allowed}', en: 'the kind must be one of: {allowed}' },
  'rule.badEnum': { vi: 'giá trị "{found}" không hợp lệ; phải là một trong: {allowed}', en: 'value "{found}" is not valid; must be one of: {allowed}' },
  'rule.unknownAnnex': { vi: 'không có phụ lục "{annex}" trong bộ mẫu', en: 'the pack has no annex "{annex}"' },
  'rule.unknownRow': { vi: '{ref}: phụ lục {annex} không có dòng mã "{code}"', en: '{ref}: annex {annex} has no row "{code}"' },
  'rule.unknownCol': { vi: '{ref}: phụ lục {annex} không có cột mã "{code}"', en: '{ref}: annex {annex} has no column "{code}"' },
  'rule.backwardRange': {
    vi: '{ref}: khoảng {from}-{to} ngược thứ tự trong biểu (hãy viết {to}-{from})',
    en: '{ref}: range {from}-{to} runs backwards in the annex (write {to}-{from})',
  },
  'rule.badFor': {
    vi: '"for" phải có dạng "c1-3", "r1-5" hoặc danh sách "r1-11, 13-14"; gặp "{found}"',
    en: '"for" must read like "c1-3", "r1-5" or a list "r1-11, 13-14"; found "{found}"',
  },
  'rule.forEmpty': { vi: '"for" không chứa ô số liệu nào mà quy tắc áp dụng được', en: '"for" covers no cell the rule can apply to' },
  'rule.parse': { vi: 'ký tự {pos}: cần {expected}, nhưng gặp {found}', en: 'character {pos}: expected {expected}, found {found}' },
  'rule.notComparison': {
    vi: 'cần một phép so sánh (=, ≠, <, ≤, >, ≥) giữa hai vế',
    en: 'expected a comparison (=, ≠, <, ≤, >, ≥) between two sides',
  },
  'rule.bareRange': {
    vi: 'ký tự {pos}: khoảng {ref} phải nằm trong sum(…), min(…) hoặc max(…)',
    en: 'character {pos}: the range {ref} must be inside sum(…), min(…) or max(…)',
  },
  'rule.needsColumn': {
    vi: 'ký tự {pos}: tham chiếu {ref} cần một cột — thêm c… hoặc "for": "c…"',
    en: 'character {pos}: the reference {ref} needs a column — add c… or "for": "c…"',
  },
  'rule.needsRow': {
    vi: 'ký tự {pos}: tham chiếu {ref} cần một dòng — thêm r… hoặc "for": "r…"',
    en: 'character {pos}: the reference {ref} needs a row — add r… or "for": "r…"',
  },
  'rule.noValueCell': {
    vi: 'ký tự {pos}: {ref} là ô để trống trong biểu (dòng tiêu đề hoặc ô không nhập)',
    en: 'character {pos}: {ref} is a cell the annex leaves empty (a heading or a cell not entered)',
  },
  'rule.textCell': { vi: 'ký tự {pos}: {ref} là cột ghi chú (chữ), không tính toán được', en: 'character {pos}: {ref} is a notes (text) column and cannot be computed' },
  'rule.badTolerance': {
    vi: 'sai số phải là {"abs": số ≥ 0} hoặc {"rel": số từ 0 đến 1}',
    en: 'the tolerance must be {"abs": a number ≥ 0} or {"rel": a number from 0 to 1}',
  },
  'rule.badMessage': {
    vi: 'thông báo phải có cả tiếng Việt ("vi") và tiếng Anh ("en"), không để trống',
    en: 'the message needs both Vietnamese ("vi") and English ("en") text, not empty',
  },
  'rule.badPlaceholder': {
    vi: 'thông báo ({lang}) dùng chỗ trống không có: {{name}}; được dùng: {allowed}',
    en: 'the message ({lang}) uses an unknown placeholder {{name}}; allowed: {allowed}',
  },
  'rule.badNote': {
    vi: '"note" là ghi chú cho người soạn bộ mẫu: phải là một đoạn chữ',
    en: '"note" is a remark for whoever maintains the pack: it must be text',
  },
  'rule.badWhen': { vi: '"when" chỉ nhận giá trị "nonZero" (gặp "{found}")', en: '"when" takes only "nonZero" (found "{found}")' },
  'rule.badCells': {
    vi: '"cells" phải là danh sách hai tham chiếu, ví dụ ["{r9, c1}", "{r9.1, c1}"]',
    en: '"cells" must be a list of two references, e.g. ["{r9, c1}", "{r9.1, c1}"]',
  },
  'rule.singleCell': { vi: 'ký tự {pos}: {ref} phải là một ô, không phải một khoảng', en: 'character {pos}: {ref} must be one cell, not a range' },
  'rule.badColumn': { vi: 'cần một cột dạng "c1"; gặp "{found}"', en: 'expected a column such as "c1"; found "{found}"' },
  'rule.badRows': { vi: 'cần các dòng dạng "1-12" hoặc "r1-12"; gặp "{found}"', en: 'expected rows such as "1-12" or "r1-12"; found "{found}"' },
} as const satisfies Catalogue;

/** Findings of the built-in checks (derived from the pack, no rule to write). */
export const builtinMessages = {
  'builtin.required': { vi: 'Chưa nhập số liệu bắt buộc.', en: 'A required figure is missing.' },
  'builtin.textNumber': {
    vi: 'Số được nhập dưới dạng chữ "{text}"; sẽ được hiểu là {number}. Hãy nhập lại thành số (hoặc bấm sửa).',
    en: 'A number typed as text "{text}"; it reads as {number}. Enter it as a number (or click fix).',
  },
  'builtin.notNumber': { vi: 'Ô cần một số nhưng chứa chữ "{text}".', en: 'The cell needs a number but holds the text "{text}".' },
  'builtin.formulaText': {
    vi: 'Ô chứa chữ bắt đầu bằng "=" ("{text}"): đây là chữ, không được tính. Hãy nhập số.',
    en: 'The cell holds text starting with "=" ("{text}"): it is text and is not computed. Enter a number.',
  },
  'builtin.bool': { vi: 'Ô cần một số nhưng chứa giá trị đúng/sai.', en: 'The cell needs a number but holds TRUE/FALSE.' },
  'builtin.errorValue': {
    vi: 'Ô có giá trị lỗi {code} (công thức hỏng hoặc tham chiếu bị xóa).',
    en: 'The cell holds the error value {code} (a broken formula or a deleted reference).',
  },
  'builtin.integer': { vi: 'Phải là số nguyên; đang là {value}.', en: 'Must be a whole number; it is {value}.' },
  'builtin.decimals': {
    vi: 'Chỉ được {decimals} chữ số thập phân; đang là {value}.',
    en: 'At most {decimals} decimal places allowed; it is {value}.',
  },
  'builtin.percentRange': { vi: 'Tỷ lệ phải từ 0 đến 100; đang là {value}.', en: 'A percentage must be from 0 to 100; it is {value}.' },
  'builtin.negative': { vi: 'Không được là số âm; đang là {value}.', en: 'Must not be negative; it is {value}.' },
  'builtin.formulaOverwritten': {
    vi: 'Ô tính tự động đã bị ghi đè bằng {value} (mất công thức); số liệu được tính lại từ các ô nhập là {computed}.',
    en: 'A computed cell was overwritten with {value} (its formula is gone); recomputed from the inputs it is {computed}.',
  },
  'builtin.formulaOverwrittenBlank': {
    vi: 'Ô tính tự động đã bị ghi đè bằng {value} (mất công thức).',
    en: 'A computed cell was overwritten with {value} (its formula is gone).',
  },
  'builtin.formulaLost': {
    vi: '{count} ô tính tự động không còn công thức ({cells}): tệp được lưu lại bởi chương trình khác, công thức đã mất. Số liệu vẫn được tính lại từ các ô nhập; nên dùng lại biểu mẫu gốc, hoặc lưu bằng Excel hay LibreOffice.',
    en: '{count} computed cell(s) no longer hold their formulas ({cells}): the file was saved again by another program and the formulas were lost. The figures are still recomputed from the inputs; better use the original form, or save it with Excel or LibreOffice.',
  },
  'builtin.formulaUncomputable': {
    vi: 'Ô có công thức ={formula} nhưng tệp không lưu kết quả của công thức, và không tính lại được: {why}. Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại.',
    en: 'The cell holds the formula ={formula} but the file saved no result for it, and it cannot be computed: {why}. Open the file in Excel or LibreOffice and save it again.',
  },
  'builtin.formulaDisagrees': {
    vi: 'Ô ghi {cached} nhưng công thức ={formula} tính lại từ các ô nó tham chiếu ra {value}: hai nơi không khớp nhau (trang chi tiết có thể đã bị sửa tay). Số được dùng là số tính lại từ công thức: {value}.',
    en: 'The cell shows {cached} but its formula ={formula}, recomputed from the cells it names, gives {value}: the two disagree (the detail sheet may have been edited by hand). The figure used is the recomputed one: {value}.',
  },
  'builtin.formulaBroken': {
    vi: 'Công thức của ô đã mất tham chiếu (={formula}): thường do tệp đã được lưu dạng .xls (Excel 97–2003), chỉ giữ 256 cột và 65.536 dòng. Số ô đang ghi ({cached}) không còn kiểm chứng được. Hãy gửi lại tệp .xlsx gốc.',
    en: "The cell's formula lost its references (={formula}): usually because the file was saved as .xls (Excel 97–2003), which keeps only 256 columns and 65,536 rows. The figure it shows ({cached}) can no longer be checked. Send the original .xlsx again.",
  },
  'builtin.recalculated': {
    vi: 'Giá trị được tính lại vì tệp không lưu kết quả công thức: {count} ô nhập có công thức, tính từ chính sổ làm việc.',
    en: 'Values were recomputed because the file does not store formula results: {count} input cell(s) holding formulas, computed from the workbook itself.',
  },
} as const satisfies Catalogue;

/** Why a formula saved without its result cannot be computed (the {why} of builtin.formulaUncomputable). */
export const formulaTroubleMessages = {
  'trouble.cycle': { vi: 'các tham chiếu tạo thành vòng, qua ô {at}', en: 'its references go round in a cycle, through {at}' },
  'trouble.function': { vi: 'công thức dùng hàm không được hỗ trợ ({names}, ở ô {at})', en: 'it uses functions that are not supported ({names}, in {at})' },
  'trouble.syntax': { vi: 'không đọc được công thức ở ô {at}', en: 'the formula in {at} cannot be read' },
  'trouble.limit': { vi: 'công thức lồng quá sâu hoặc đọc quá nhiều ô (tại ô {at})', en: 'the formulas nest too deep or read too many cells (at {at})' },
  'trouble.more': { vi: '{cells} và {count} ô khác', en: '{cells} and {count} more' },
} as const satisfies Catalogue;

/** A difference between a workbook's own pack and the pack in use, by kind (core/pack/compare-packs.ts). */
export const packDifferenceMessages = {
  annexAdded: { vi: 'có thêm phụ lục {items}', en: 'annexes added: {items}' },
  annexRemoved: { vi: 'thiếu phụ lục {items}', en: 'annexes missing: {items}' },
  rowAdded: { vi: 'có thêm dòng {items}', en: 'rows added: {items}' },
  rowRemoved: { vi: 'bỏ dòng {items}', en: 'rows removed: {items}' },
  rowChanged: { vi: 'đổi dòng {items}', en: 'rows changed: {items}' },
  columnAdded: { vi: 'có thêm cột {items}', en: 'columns added: {items}' },
  columnRemoved: { vi: 'bỏ cột {items}', en: 'columns removed: {items}' },
  columnChanged: { vi: 'đổi cột {items}', en: 'columns changed: {items}' },
  ruleAdded: { vi: 'có thêm quy tắc {items}', en: 'rules added: {items}' },
  ruleRemoved: { vi: 'bỏ quy tắc {items}', en: 'rules removed: {items}' },
  ruleChanged: { vi: 'đổi quy tắc {items}', en: 'rules changed: {items}' },
  unitAdded: { vi: 'có thêm đơn vị {items}', en: 'units added: {items}' },
  unitRemoved: { vi: 'bỏ đơn vị {items}', en: 'units removed: {items}' },
  unitChanged: { vi: 'đổi đơn vị {items}', en: 'units changed: {items}' },
  campaignChanged: { vi: 'đổi thông tin đợt báo cáo ({items})', en: 'campaign details changed ({items})' },
  otherPack: { vi: 'là bộ mẫu khác', en: 'another pack' },
} satisfies Catalogue;

/** Why a workbook's own pack could not be read. */
export const embeddedCorruptionMessages = {
  encoding: { vi: 'cách mã hóa không rõ', en: 'unknown encoding' },
  parts: { vi: 'thiếu phần dữ liệu', en: 'parts missing' },
  tooLarge: { vi: 'quá lớn', en: 'too large' },
  inflate: { vi: 'không giải nén được', en: 'cannot be decompressed' },
  digest: { vi: 'mã kiểm tra SHA-256 không khớp', en: 'SHA-256 digest does not match' },
  json: { vi: 'không phải JSON', en: 'not JSON' },
  invalid: { vi: 'bộ mẫu không hợp lệ', en: 'not a valid pack' },
} satisfies Catalogue;

export const structureMessages = {
  'structure.annexHeader': {
    vi: 'Cấu trúc {annex} (trang "{sheet}") đã bị thay đổi: {issues}.',
    en: 'The structure of {annex} (sheet "{sheet}") was changed: {issues}.',
  },
  'structure.annexNotForKind': {
    vi: '{annex} không dành cho {kind}: số liệu không được đọc, không được tổng hợp. Hãy xóa trang này hoặc dùng biểu mẫu của đúng đơn vị.',
    en: '{annex} is not filled by a {kind}: its figures are not read and not merged. Delete the sheet, or use the template of the right unit.',
  },
  'structure.annexMissing': {
    vi: 'Không tìm thấy {annex} (trang "{sheet}") trong sổ làm việc: không có trang nào mang mã nhận dạng, tên định danh hay tên trang của phụ lục này.',
    en: '{annex} (sheet "{sheet}") is not in the workbook: no sheet carries its identity, its defined name or its sheet name.',
  },
  'structure.notPackWorkbook': {
    vi: 'Sổ làm việc không phải biểu mẫu của bộ "{pack}" (phiên bản {version}): không tìm thấy phụ lục nào.',
    en: 'The workbook is not a form of the pack "{pack}" (version {version}): no annex was found.',
  },
  'structure.otherPack': {
    vi: 'Sổ làm việc thuộc bộ mẫu khác: "{found}" (cần "{expected}").',
    en: 'The workbook belongs to another pack: "{found}" (expected "{expected}").',
  },
  'structure.otherVersion': {
    vi: 'Sổ làm việc được lập theo phiên bản {found} của bộ mẫu, nhưng cần phiên bản {expected}: hãy nhập số liệu vào biểu mẫu mới.',
    en: 'The workbook was made from version {found} of the pack, but version {expected} is expected: enter the figures in the new form.',
  },
  'structure.earlierVersion': {
    vi: 'Sổ làm việc được lập theo phiên bản {found} của bộ mẫu; phiên bản {expected} giữ nguyên bố cục nên số liệu được đọc và kiểm tra theo phiên bản {expected}.',
    en: 'The workbook was made from version {found} of the pack; version {expected} keeps the same layout, so the figures are read and checked by version {expected}.',
  },
  'structure.embeddedDiffers': {
    vi: 'Bộ mẫu kèm trong sổ làm việc ({embedded}) khác bộ mẫu đang dùng ({used}): {differences}. Số liệu được kiểm tra theo bộ mẫu đang dùng.',
    en: 'The pack carried by the workbook ({embedded}) differs from the pack in use ({used}): {differences}. The figures are checked by the pack in use.',
  },
  'structure.embeddedCorrupt': {
    vi: 'Bộ mẫu kèm trong sổ làm việc không đọc được ({reason}); số liệu được kiểm tra theo bộ mẫu đang dùng ({used}).',
    en: 'The pack carried by the workbook cannot be read ({reason}); the figures are checked by the pack in use ({used}).',
  },
  'structure.unitUnknown': {
    vi: 'Đơn vị mã "{code}" không có trong danh sách đơn vị của bộ mẫu.',
    en: 'Unit code "{code}" is not in the pack\'s list of units.',
  },
  'structure.unitMissing': {
    vi: 'Không xác định được đơn vị báo cáo: mã nhận dạng và trang "_annex_meta" đều không còn.',
    en: 'The reporting unit cannot be told: both the identity cells and the "_annex_meta" sheet are gone.',
  },
  'issue.foundBy.definedName': {
    vi: 'trang được nhận ra qua tên định danh (ô mã nhận dạng đã mất)',
    en: 'the sheet was recognised by its defined name (the identity cell is gone)',
  },
  'issue.foundBy.sheetName': {
    vi: 'trang được nhận ra qua tên trang (ô mã nhận dạng đã mất)',
    en: 'the sheet was recognised by its name (the identity cell is gone)',
  },
  'issue.otherVersion': {
    vi: 'biểu thuộc phiên bản {found} của bộ mẫu, cần phiên bản {expected} — hãy nhập số liệu vào biểu mẫu mới',
    en: 'the form is version {found} of the pack, version {expected} is expected — enter the figures in the new form',
  },
  'issue.otherUnit': {
    vi: 'trang mang mã đơn vị {found}, khác với đơn vị của sổ làm việc {expected} (trang chép từ sổ làm việc khác?)',
    en: 'the sheet carries unit code {found}, not the workbook\'s unit {expected} (copied from another workbook?)',
  },
  'issue.duplicateSheet': { vi: 'trang "{sheet}" cũng mang mã của phụ lục này và đã bị bỏ qua', en: 'sheet "{sheet}" also carries this annex\'s identity and was ignored' },
  'issue.noCodeRow': {
    vi: 'không tìm thấy dòng mã cột (A, B, C, D, 1, 2 …) nên không đọc được số liệu',
    en: 'the column-code row (A, B, C, D, 1, 2 …) is not there, so no figure could be read',
  },
  'issue.rowMissing': { vi: 'thiếu dòng mã {code} ("{label}")', en: 'row {code} ("{label}") is missing' },
  'issue.rowUnknown': {
    vi: 'hàng {row} có mã lạ "{code}" (đổi mã hoặc thêm dòng?) — số liệu dòng này không được đọc',
    en: 'row {row} has an unknown code "{code}" (renamed or added?) — its figures are not read',
  },
  'issue.rowWithoutCode': {
    vi: 'hàng {row} được chèn thêm, không có mã số — số liệu dòng này không được đọc',
    en: 'row {row} was inserted without a code — its figures are not read',
  },
  'issue.rowDuplicate': {
    vi: 'mã {code} xuất hiện ở nhiều hàng ({rows}) — không biết đọc hàng nào',
    en: 'code {code} appears on several rows ({rows}) — it is not known which to read',
  },
  'issue.rowMoved': {
    vi: 'dòng {codes} đã bị chuyển chỗ — vẫn đọc đúng theo mã số',
    en: 'row(s) {codes} were moved — still read right by their code',
  },
  'issue.colMissing': { vi: 'thiếu cột mã {code} ("{title}")', en: 'column {code} ("{title}") is missing' },
  'issue.colUnknown': {
    vi: 'cột {col} có mã lạ "{code}" — số liệu cột này không được đọc',
    en: 'column {col} has an unknown code "{code}" — its figures are not read',
  },
  'issue.colWithoutCode': {
    vi: 'cột {col} được chèn thêm, không có mã cột — số liệu cột này không được đọc',
    en: 'column {col} was inserted without a code — its figures are not read',
  },
  'issue.colDuplicate': {
    vi: 'mã cột {code} xuất hiện ở nhiều cột ({cols}) — không biết đọc cột nào',
    en: 'column code {code} appears in several columns ({cols}) — it is not known which to read',
  },
  'issue.colMoved': {
    vi: 'cột {codes} đã bị chuyển chỗ — vẫn đọc đúng theo mã cột',
    en: 'column(s) {codes} were moved — still read right by their code',
  },
} as const satisfies Catalogue;

/** The kinds of unit, as a unit's form names them ("… không dành cho CĐCS"). */
export const unitKindNames = {
  province: { vi: 'LĐLĐ tỉnh', en: 'provincial federation' },
  district: { vi: 'LĐLĐ huyện, thành phố', en: 'district federation' },
  sector: { vi: 'công đoàn ngành', en: 'sector union' },
  grassroots: { vi: 'CĐCS', en: 'grassroots union' },
} as const satisfies Catalogue;

/** Attainment of a congress target (kind "target"); the status words are in status-words.ts. */
export const targetMessages = {
  'target.count': {
    vi: '{label}: kết quả {result}/{target} = {percent}% chỉ tiêu; dự báo hết nhiệm kỳ {projection} theo nhịp độ hiện nay{expectedPart} — {status}.',
    en: '{label}: result {result}/{target} = {percent}% of the target; projected to the end of the term {projection} at the present pace{expectedPart} — {status}.',
  },
  'target.countMax': {
    vi: '{label}: kết quả {result}, mức tối đa cả nhiệm kỳ {target}; dự báo hết nhiệm kỳ {projection} theo nhịp độ hiện nay{expectedPart} — {status}.',
    en: '{label}: result {result}, at most {target} over the term; projected to the end of the term {projection} at the present pace{expectedPart} — {status}.',
  },
  'target.rate': {
    vi: '{label}: tỷ lệ đạt {result}% so với chỉ tiêu {target}%{expectedPart} — {status}.',
    en: '{label}: rate {result}% against a target of {target}%{expectedPart} — {status}.',
  },
  'target.rateMax': {
    vi: '{label}: {result}% so với mức tối đa {target}%{expectedPart} — {status}.',
    en: '{label}: {result}% against a maximum of {target}%{expectedPart} — {status}.',
  },
  'target.annual': {
    vi: '{label}: chỉ tiêu hằng năm {target}; kết quả từng năm {years} — {status}.',
    en: '{label}: yearly target {target}; each year {years} — {status}.',
  },
  'target.annualMax': {
    vi: '{label}: mức tối đa hằng năm {target}; kết quả từng năm {years} — {status}.',
    en: '{label}: at most {target} a year; each year {years} — {status}.',
  },
  'target.noTarget': {
    vi: '{label}: ô chỉ tiêu để trống — {status}.',
    en: '{label}: the target cell is empty — {status}.',
  },
  'target.expectedCount': { vi: ', đơn vị dự kiến {expected}', en: ', the unit expects {expected}' },
  'target.expectedRate': { vi: ', dự kiến hết nhiệm kỳ {expected}%', en: ', expected by the end of the term {expected}%' },
  'target.estimate': { vi: '(ước)', en: '(est.)' },
} as const satisfies Catalogue;

export const severityMessages = {
  'severity.error': { vi: 'Lỗi', en: 'Error' },
  'severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'severity.info': { vi: 'Thông tin', en: 'Info' },
} as const satisfies Catalogue;

/** Findings of the rule evaluator itself. */
export const validationFindingMessages = {
  'evaluate.divideByZero': {
    vi: 'Quy tắc {id} không tính được: có phép chia cho 0 trong "{check}" (mẫu số bằng 0 hoặc để trống).',
    en: 'Rule {id} cannot be computed: a division by zero in "{check}" (the denominator is 0 or empty).',
  },
} as const satisfies Catalogue;
