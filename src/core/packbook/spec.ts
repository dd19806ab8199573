import { CHOICES, type ChoiceName } from './choices';

/**
 * The pack workbook's format, declared once: its sheets, their columns in order (the header of row 1),
 * the JSON field each column fills and how its cell is read. The exporter, the compiler and the
 * "Hướng dẫn" sheet are all made from this, so a new optional field of the pack is one more column
 * here (at the end of its sheet: older workbooks without it still compile).
 */

export type Codec =
  /** Text as written (a number typed in is taken as its digits). */
  | 'text'
  /** A code: text or a number typed in, trimmed. */
  | 'code'
  | 'int'
  | 'number'
  /** A day: an Excel date, or text "31/12/2020" or "2020-12-31"; the pack holds "2020-12-31". */
  | 'date'
  /** có / không. */
  | 'bool'
  /** A closed choice (see `choices`): its word or its JSON value. */
  | 'choice'
  /** Several choices or codes separated by commas: "huyện, ngành". */
  | 'list'
  /** One text per line of the cell (Alt+Enter between them). */
  | 'lines'
  /** A target: a number, or "chưa có" (not set yet: null). */
  | 'target'
  /** A tolerance: a number (absolute), or "0,1%" (relative). */
  | 'tolerance';

export interface ColumnSpec {
  header: string;
  /** Field of the record, dotted for nested objects ("target.value"); "#…" fields are put together by the compiler. */
  field: string;
  codec: Codec;
  choices?: ChoiceName;
  /** For a 'list' of choices (kinds of unit); else a list of codes. */
  listChoices?: ChoiceName;
  /** Required for every record of the sheet. */
  required?: boolean;
  help: string;
  example: string;
  width?: number;
}

export interface TableSpec {
  name: string;
  help: string;
  columns: ColumnSpec[];
}

export interface KeySpec {
  key: string;
  field: string;
  codec: Codec;
  required?: boolean;
  help: string;
  example: string;
}

export const SHEETS = {
  guide: 'Hướng dẫn',
  campaign: 'Đợt báo cáo',
  congresses: 'Đại hội',
  departments: 'Phòng ban',
  units: 'Đơn vị',
  annexes: 'Phụ lục',
  columns: 'Cột',
  rows: 'Dòng',
  signatures: 'Chữ ký',
  sentences: 'Câu văn',
  rules: 'Quy tắc',
} as const;

/** Sheets a pack workbook cannot do without; the others may be absent when empty. */
export const REQUIRED_SHEETS: readonly string[] = [SHEETS.campaign, SHEETS.departments, SHEETS.units, SHEETS.annexes, SHEETS.columns, SHEETS.rows, SHEETS.rules];

/** The third column explains each item; the compiler reads only the first two. */
export const CAMPAIGN_HEADERS = ['Mục', 'Giá trị', 'Giải thích'] as const;

export const CAMPAIGN_KEYS: KeySpec[] = [
  { key: 'Định dạng', field: 'format', codec: 'int', required: true, help: 'Phiên bản định dạng bộ mẫu: 1 hoặc 2.', example: '2' },
  { key: 'Mã bộ mẫu', field: 'id', codec: 'code', required: true, help: 'Mã của đợt báo cáo, không dấu, không khoảng trắng; ghi vào mọi biểu của đơn vị.', example: 'bc-6-thang-2024' },
  { key: 'Phiên bản', field: 'version', codec: 'code', required: true, help: 'Phiên bản bộ mẫu; tăng khi sửa (biểu của phiên bản trước vẫn đọc được nếu bố cục giữ nguyên).', example: '1.0.0' },
  { key: 'Tên đợt báo cáo', field: 'title', codec: 'text', required: true, help: 'Tên hiện trên biểu và trong bảng tác vụ.', example: 'Báo cáo 6 tháng đầu năm 2024' },
  { key: 'Lưu ý', field: 'notice', codec: 'text', required: true, help: 'Bộ mẫu này là gì (chính thức hay ví dụ); luôn hiện cho người dùng.', example: 'Bộ mẫu ví dụ, không phải số liệu chính thức.' },
  { key: 'Mã đơn vị ban hành', field: 'issuer.code', codec: 'code', required: true, help: 'Mã của công đoàn cấp trên tổng hợp (gốc của cây đơn vị).', example: 'T00' },
  { key: 'Đơn vị ban hành', field: 'issuer.name', codec: 'text', required: true, help: 'Tên đơn vị ban hành.', example: 'Liên đoàn Lao động tỉnh Bắc Kạn' },
  { key: 'Địa danh', field: 'issuer.place', codec: 'text', help: 'Địa danh ở dòng ngày tháng dưới biểu (không bắt buộc).', example: 'Bắc Kạn' },
  { key: 'Nhiệm kỳ từ năm', field: 'campaign.termStart', codec: 'int', required: true, help: 'Năm đầu nhiệm kỳ đại hội.', example: '2023' },
  { key: 'Nhiệm kỳ đến năm', field: 'campaign.termEnd', codec: 'int', required: true, help: 'Năm cuối nhiệm kỳ đại hội.', example: '2028' },
  { key: 'Kỳ báo cáo', field: 'campaign.periodLabel', codec: 'text', required: true, help: 'Kỳ số liệu, như người đọc thấy trên biểu.', example: '6 tháng đầu năm 2024' },
  { key: 'Số liệu đến ngày', field: 'campaign.periodEnd', codec: 'date', required: true, help: 'Ngày cuối của kỳ số liệu.', example: '30/06/2024' },
  { key: 'Hạn gửi', field: 'campaign.deadline', codec: 'date', required: true, help: 'Hạn đơn vị gửi biểu.', example: '10/06/2024' },
  { key: 'Căn cứ', field: 'campaign.reference', codec: 'text', required: true, help: 'Văn bản chỉ đạo đợt báo cáo, ghi dưới tên biểu.', example: 'Công văn số 12/LĐLĐ ngày 15/5/2024' },
];

const KINDS_HELP = 'Các loại đơn vị, cách nhau dấu phẩy (tỉnh, huyện, ngành, cơ sở); để trống = mọi loại.';

export const TABLES: Record<'congresses' | 'departments' | 'units' | 'annexes' | 'columns' | 'rows' | 'signatures' | 'sentences' | 'rules', TableSpec> = {
  congresses: {
    name: SHEETS.congresses,
    help: 'Các đại hội có chỉ tiêu Nghị quyết được đánh giá (không bắt buộc).',
    columns: [
      { header: 'Mã', field: 'id', codec: 'code', required: true, help: 'Mã đại hội, dùng ở cột "Đại hội" của trang Dòng.', example: 'DH-tinh-X', width: 14 },
      { header: 'Tên đại hội', field: 'name', codec: 'text', required: true, help: 'Tên đại hội.', example: 'Đại hội X Công đoàn tỉnh', width: 36 },
      { header: 'Ngày khai mạc', field: 'held', codec: 'date', required: true, help: 'Ngày đại hội khai mạc.', example: '15/08/2023', width: 14 },
      { header: 'Ngày hết nhiệm kỳ', field: 'termEnd', codec: 'date', required: true, help: 'Ngày dự kiến hết nhiệm kỳ.', example: '15/08/2028', width: 14 },
      { header: 'Nguồn', field: 'source', codec: 'text', help: 'Văn bản nêu các ngày này, hoặc "ví dụ".', example: 'ví dụ — tỉnh điền', width: 30 },
    ],
  },
  departments: {
    name: SHEETS.departments,
    help: 'Các ban tổng hợp phụ lục.',
    columns: [
      { header: 'Mã', field: 'id', codec: 'code', required: true, help: 'Mã ban, dùng ở cột "Phòng ban" của trang Phụ lục.', example: 'TC', width: 12 },
      { header: 'Tên', field: 'name', codec: 'text', required: true, help: 'Tên ban.', example: 'Ban Tài chính', width: 30 },
      { header: 'Nội dung chuyên đề', field: 'topics', codec: 'lines', help: 'Các đề mục báo cáo chuyên đề của ban, mỗi đề mục một dòng trong ô (Alt+Enter).', example: 'Thu kinh phí\nChi hoạt động', width: 40 },
    ],
  },
  units: {
    name: SHEETS.units,
    help: 'Các đơn vị báo cáo. Bốn cột đầu cố định (các công cụ khác ghi vào trang này).',
    columns: [
      { header: 'Mã', field: 'code', codec: 'code', required: true, help: 'Mã đơn vị, dùng trong tên tệp và trong biểu.', example: 'H01', width: 12 },
      { header: 'Tên', field: 'name', codec: 'text', required: true, help: 'Tên đơn vị.', example: 'LĐLĐ huyện Ba Bể', width: 36 },
      { header: 'Loại', field: 'kind', codec: 'choice', choices: 'unitKind', required: true, help: 'tỉnh, huyện, ngành hoặc cơ sở.', example: 'huyện', width: 10 },
      { header: 'Cấp trên', field: 'parent', codec: 'code', required: true, help: 'Mã đơn vị cấp trên (mã đơn vị ban hành, hoặc mã một đơn vị ở trang này).', example: 'T00', width: 12 },
      { header: 'Địa danh', field: 'place', codec: 'text', help: 'Địa danh ở dòng ngày tháng của đơn vị (để trống = của đơn vị ban hành).', example: 'Ba Bể', width: 16 },
    ],
  },
  annexes: {
    name: SHEETS.annexes,
    help: 'Các phụ lục (biểu), mỗi phụ lục một trang tính trong sổ của đơn vị.',
    columns: [
      { header: 'Mã phụ lục', field: 'id', codec: 'code', required: true, help: 'Mã phụ lục, dùng ở trang Cột, Dòng, Quy tắc.', example: 'PL01', width: 12 },
      { header: 'Nhãn', field: 'label', codec: 'text', required: true, help: 'Nhãn ngắn in trên biểu.', example: 'Phụ lục 01', width: 12 },
      { header: 'Tên biểu', field: 'title', codec: 'text', required: true, help: 'Tên đầy đủ của biểu.', example: 'Đoàn viên và công đoàn cơ sở', width: 40 },
      { header: 'Tên trang tính', field: 'sheetName', codec: 'text', required: true, help: 'Tên trang trong sổ của đơn vị (tối đa 31 ký tự, không có : \\ / ? * [ ]).', example: 'PL01 Đoàn viên', width: 24 },
      { header: 'Phòng ban', field: 'department', codec: 'code', required: true, help: 'Mã ban tổng hợp (trang Phòng ban).', example: 'TCKT', width: 12 },
      { header: 'Tiêu đề cột chỉ tiêu', field: 'labelTitle', codec: 'text', help: 'Tiêu đề cột tên chỉ tiêu (để trống = "Chỉ tiêu").', example: 'Nội dung', width: 18 },
      { header: 'Ghi chú dưới biểu', field: 'note', codec: 'text', help: 'Ghi chú in dưới bảng.', example: 'Đơn vị tính: đồng.', width: 30 },
      { header: 'Loại đơn vị điền', field: 'forKinds', codec: 'list', listChoices: 'unitKind', help: KINDS_HELP, example: 'huyện, ngành', width: 16 },
    ],
  },
  columns: {
    name: SHEETS.columns,
    help: 'Các cột số liệu của từng phụ lục, theo thứ tự trái sang phải.',
    columns: [
      { header: 'Phụ lục', field: '#annex', codec: 'code', required: true, help: 'Mã phụ lục của cột.', example: 'PL01', width: 10 },
      { header: 'Mã cột', field: 'code', codec: 'code', required: true, help: 'Mã cột ghi ở dòng mã dưới tiêu đề: 1, 2, 3…', example: '1', width: 8 },
      { header: 'Tiêu đề', field: 'title', codec: 'text', required: true, help: 'Tiêu đề cột.', example: 'Tổng số', width: 30 },
      { header: 'Nhóm', field: 'group', codec: 'text', help: 'Tiêu đề chung phía trên các cột liền nhau cùng nhóm (ô gộp trên biểu).', example: 'Chia theo khu vực', width: 18 },
      { header: 'Loại', field: 'kind', codec: 'choice', choices: 'columnKind', required: true, help: 'nhập (đơn vị điền), công thức (tự tính), ghi chú (chữ).', example: 'nhập', width: 12 },
      { header: 'Kiểu số', field: 'type', codec: 'choice', choices: 'numberType', required: true, help: 'số nguyên, tiền, số thập phân, tỷ lệ %, chữ.', example: 'số nguyên', width: 12 },
      { header: 'Công thức', field: 'formula', codec: 'text', help: 'Với cột công thức: phép tính trên mã cột cùng dòng, như {c2} / {c1} * 100.', example: '{c2} / {c1} * 100', width: 20 },
      { header: 'Nhãn ô mã', field: 'codeLabel', codec: 'text', help: 'Chữ ở ô mã cột khi muốn ghi cách tính.', example: '3 = 2/1', width: 10 },
      { header: 'Độ rộng', field: 'width', codec: 'number', help: 'Độ rộng cột (số ký tự).', example: '16', width: 8 },
      { header: 'Số chữ số thập phân', field: 'decimals', codec: 'int', help: 'Số chữ số sau dấu phẩy cho tiền / số thập phân.', example: '0', width: 10 },
      { header: 'Năm', field: 'year', codec: 'int', help: 'Cột chứa số liệu của một năm (tài chính theo năm).', example: '2024', width: 8 },
      { header: 'Kỳ', field: 'period', codec: 'choice', choices: 'period', help: '"đến cuối kỳ": lũy kế đến hết kỳ báo cáo.', example: 'đến cuối kỳ', width: 12 },
    ],
  },
  rows: {
    name: SHEETS.rows,
    help: 'Các dòng chỉ tiêu của từng phụ lục, theo thứ tự trên xuống dưới.',
    columns: [
      { header: 'Phụ lục', field: '#annex', codec: 'code', required: true, help: 'Mã phụ lục của dòng.', example: 'PL01', width: 10 },
      { header: 'Mã số', field: 'code', codec: 'code', required: true, help: 'Mã số của dòng (cột "Mã số" trên biểu), duy nhất trong phụ lục.', example: '1.1', width: 8 },
      { header: 'STT', field: 'stt', codec: 'text', help: 'Số thứ tự in trên biểu: I, 1, a, -…', example: '-', width: 6 },
      { header: 'Chỉ tiêu', field: 'label', codec: 'text', required: true, help: 'Tên chỉ tiêu.', example: 'Trong đó: nữ', width: 40 },
      { header: 'Cấp', field: 'level', codec: 'int', help: 'Mức lùi đầu dòng: 0 (dòng chính), 1, 2… (để trống = 0).', example: '1', width: 6 },
      { header: 'Đơn vị tính', field: 'unit', codec: 'text', help: 'Đơn vị tính in trên biểu.', example: 'người', width: 10 },
      { header: 'Loại', field: 'kind', codec: 'choice', choices: 'rowKind', required: true, help: 'tiêu đề (không có số), nhập, công thức.', example: 'nhập', width: 11 },
      { header: 'Kiểu số', field: 'type', codec: 'choice', choices: 'numberType', help: 'Kiểu số riêng của dòng (để trống = theo cột).', example: 'tiền', width: 11 },
      { header: 'Công thức', field: 'formula', codec: 'text', help: 'Với dòng công thức: phép tính trên mã số cùng cột, như {r1.1} + {r1.2}.', example: '{r1.1} + {r1.2}', width: 22 },
      { header: 'Tổng hợp', field: 'aggregation.type', codec: 'choice', choices: 'aggregation', help: 'Cách cộng khi tổng hợp các đơn vị (để trống = cộng; tiêu đề: không tổng hợp).', example: 'tỷ lệ', width: 11 },
      { header: 'Tử số', field: 'aggregation.numerator', codec: 'code', help: 'Với "tỷ lệ": mã số dòng tử số.', example: '2', width: 7 },
      { header: 'Mẫu số', field: 'aggregation.denominator', codec: 'code', help: 'Với "tỷ lệ": mã số dòng mẫu số.', example: '1', width: 7 },
      { header: 'Hệ số', field: 'aggregation.scale', codec: 'number', help: 'Với "tỷ lệ": nhân với (để trống = 100).', example: '100', width: 7 },
      { header: 'Bắt buộc', field: 'required', codec: 'bool', help: 'có: ô nhập của dòng phải được điền.', example: 'có', width: 9 },
      { header: 'Cho phép âm', field: 'allowNegative', codec: 'bool', help: 'có: được nhập số âm (số dư).', example: 'có', width: 9 },
      { header: 'Số chữ số thập phân', field: 'decimals', codec: 'int', help: 'Số chữ số sau dấu phẩy của dòng (thay cho cột).', example: '1', width: 10 },
      { header: 'Cột nhập tay', field: '#cellsInput', codec: 'list', help: 'Mã các cột mà ô của dòng công thức này do đơn vị nhập.', example: '1', width: 10 },
      { header: 'Cột để trống', field: '#cellsNone', codec: 'list', help: 'Mã các cột mà ô của dòng này để trống.', example: '4, 5', width: 10 },
      { header: 'Loại đơn vị', field: 'forKinds', codec: 'list', listChoices: 'unitKind', help: KINDS_HELP, example: 'cơ sở', width: 12 },
      { header: 'Chỉ tiêu chính', field: 'key', codec: 'bool', help: 'có: chỉ tiêu chính, so sánh giữa các đơn vị.', example: 'có', width: 9 },
      { header: 'Chuyển giao', field: 'transfer.direction', codec: 'choice', choices: 'transfer', help: 'Khoản chuyển trong hệ thống công đoàn, được loại trừ khi tổng hợp cả hai bên.', example: 'nộp cấp trên', width: 14 },
      { header: 'Dòng đối ứng', field: 'transfer.counterpart', codec: 'code', help: 'Mã số dòng bên kia của khoản chuyển.', example: '31', width: 9 },
      { header: 'Chỉ tiêu Nghị quyết', field: 'target.value', codec: 'target', help: 'Con số chỉ tiêu; "chưa có" khi tỉnh chưa điền.', example: '2000', width: 11 },
      { header: 'Đại hội', field: 'target.congress', codec: 'code', help: 'Mã đại hội đặt chỉ tiêu (trang Đại hội).', example: 'DH-tinh-X', width: 12 },
      { header: 'Cách tính chỉ tiêu', field: 'target.measure', codec: 'choice', choices: 'measure', help: 'cả nhiệm kỳ, hằng năm, tỷ lệ.', example: 'cả nhiệm kỳ', width: 12 },
      { header: 'Chiều chỉ tiêu', field: 'target.direction', codec: 'choice', choices: 'direction', help: 'không thấp hơn (đa số) hoặc không cao hơn.', example: 'không thấp hơn', width: 12 },
      { header: 'Nguồn chỉ tiêu', field: 'target.source', codec: 'text', help: 'Văn bản nêu con số, hoặc "ví dụ".', example: 'Nghị quyết Đại hội X', width: 20 },
      { header: 'Cột các năm', field: 'target.years', codec: 'list', help: 'Với "hằng năm": mã các cột kết quả từng năm.', example: '1, 2, 3', width: 10 },
    ],
  },
  signatures: {
    name: SHEETS.signatures,
    help: 'Khối chữ ký dưới biểu: chung cho mọi phụ lục, hoặc riêng một phụ lục.',
    columns: [
      { header: 'Phụ lục', field: '#scope', codec: 'code', help: 'Để trống: chung mọi phụ lục; mã phụ lục: riêng phụ lục đó.', example: 'PL05', width: 10 },
      { header: 'Dòng địa danh, ngày tháng', field: 'dateLine', codec: 'bool', required: true, help: 'có: in dòng "<địa danh>, ngày … tháng … năm …".', example: 'có', width: 12 },
      { header: 'Chức danh', field: 'title', codec: 'text', help: 'Tiêu đề khối chữ ký; để trống khi chỉ có dòng ngày tháng.', example: 'NGƯỜI LẬP BIỂU', width: 24 },
      { header: 'Dòng dưới', field: 'subtitle', codec: 'text', help: 'Dòng dưới tiêu đề.', example: '(Ký, ghi rõ họ tên)', width: 24 },
      { header: 'Loại đơn vị', field: 'forKinds', codec: 'list', listChoices: 'unitKind', help: KINDS_HELP, example: 'huyện', width: 12 },
    ],
  },
  sentences: {
    name: SHEETS.sentences,
    help: 'Viết lại các câu nhận định tự sinh (không bắt buộc).',
    columns: [
      { header: 'Khóa', field: '#key', codec: 'code', required: true, help: 'Khóa của câu (xem tài liệu).', example: 'targets.summary', width: 24 },
      { header: 'Tiếng Việt', field: 'vi', codec: 'text', required: true, help: 'Câu tiếng Việt.', example: '{unit} đạt {percent}% chỉ tiêu.', width: 40 },
      { header: 'Tiếng Anh', field: 'en', codec: 'text', required: true, help: 'Câu tiếng Anh.', example: '{unit} reached {percent}% of the target.', width: 40 },
    ],
  },
  rules: {
    name: SHEETS.rules,
    help: 'Quy tắc kiểm tra, viết bằng ngôn ngữ quy tắc (docs/rules.md). Chín cột đầu cố định.',
    columns: [
      { header: 'Mã quy tắc', field: 'id', codec: 'code', required: true, help: 'Mã quy tắc, duy nhất.', example: 'PL07.tong-thu', width: 22 },
      { header: 'Phụ lục', field: 'annex', codec: 'code', required: true, help: 'Phụ lục mà quy tắc thuộc về.', example: 'PL07', width: 9 },
      { header: 'Áp dụng cho', field: '#for', codec: 'text', help: 'Các dòng hoặc cột áp dụng: "c1-3", "r1-11, 13-14"; với quy tắc chỉ tiêu: các dòng.', example: 'c1-4', width: 12 },
      { header: 'Biểu thức kiểm tra', field: 'check', codec: 'text', help: 'Phép so sánh: {r20} = {r22} + {r23}.', example: '{r1} >= {r1.1}', width: 36 },
      { header: 'Khi thiếu số liệu', field: 'missing', codec: 'choice', choices: 'missing', help: 'bỏ qua nếu thiếu một ô, bỏ qua nếu thiếu hết, coi ô trống là 0.', example: 'bỏ qua nếu thiếu một ô', width: 16 },
      { header: 'Dung sai', field: 'tolerance', codec: 'tolerance', help: 'Số: chênh lệch tuyệt đối cho phép; "0,1%": tương đối.', example: '0,5', width: 9 },
      { header: 'Mức độ', field: 'severity', codec: 'choice', choices: 'severity', required: true, help: 'lỗi (chặn tổng hợp), cảnh báo (cần giải trình), thông tin.', example: 'lỗi', width: 10 },
      { header: 'Thông báo (tiếng Việt)', field: 'message.vi', codec: 'text', help: 'Thông báo khi sai; có thể dùng {left}, {right}, {diff}, {label}…', example: 'Tổng thu {left} khác tổng các khoản {right}.', width: 40 },
      { header: 'Thông báo (tiếng Anh)', field: 'message.en', codec: 'text', help: 'Thông báo tiếng Anh.', example: 'Total income {left} differs from its parts {right}.', width: 40 },
      { header: 'Loại quy tắc', field: 'kind', codec: 'choice', choices: 'ruleKind', help: 'so sánh (mặc định), cặp bắt buộc, cặp loại trừ, chỉ tiêu.', example: 'so sánh', width: 12 },
      { header: 'Ô thứ nhất', field: '#cell1', codec: 'text', help: 'Với cặp: ô thứ nhất, như {r5, c1}.', example: '{r5, c1}', width: 12 },
      { header: 'Ô thứ hai', field: '#cell2', codec: 'text', help: 'Với cặp: ô thứ hai.', example: '{r5, c2}', width: 12 },
      { header: 'Cột chỉ tiêu', field: 'target', codec: 'text', help: 'Với quy tắc chỉ tiêu: cột chỉ tiêu.', example: 'c1', width: 9 },
      { header: 'Cột kết quả', field: 'result', codec: 'text', help: 'Với quy tắc chỉ tiêu: cột kết quả.', example: 'c2', width: 9 },
      { header: 'Cột dự kiến', field: 'expected', codec: 'text', help: 'Với quy tắc chỉ tiêu: cột dự kiến của đơn vị.', example: 'c4', width: 9 },
      { header: 'Khi chia cho 0', field: 'divideByZero', codec: 'choice', choices: 'divideByZero', help: 'bỏ qua hoặc báo lỗi.', example: 'bỏ qua', width: 10 },
      { header: 'Ghi chú', field: 'note', codec: 'text', help: 'Ghi chú cho người soạn bộ mẫu, không hiện cho đơn vị.', example: 'Theo mẫu B07-TLĐ', width: 24 },
      // Added after the first pack workbooks were made: last, so that their Quy tắc sheets (without it) still read.
      { header: 'Điều kiện', field: 'when', codec: 'choice', choices: 'when', help: 'Với cặp bắt buộc: "khi khác 0" — ô thứ hai chỉ bắt buộc khi ô thứ nhất là số khác 0 (một chiều).', example: 'khi khác 0', width: 11 },
    ],
  },
};

export { CHOICES };
