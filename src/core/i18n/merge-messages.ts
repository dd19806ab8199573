import type { Catalogue } from './format';

/**
 * Texts of the merge: file statuses, the reasons a file was left out, and the headers of the
 * summary's own sheets (detail, log, completeness). Shared by the CLI and the task pane.
 */
export const mergeMessages = {
  'status.own': { vi: 'Báo cáo của chính đơn vị', en: "The unit's own report" },
  'status.ready': { vi: 'Sẵn sàng', en: 'Ready' },
  'status.warnings': { vi: 'Có cảnh báo', en: 'Warnings' },
  'status.errors': { vi: 'Có lỗi', en: 'Errors' },
  'status.duplicate': { vi: 'Bản cũ (đã gửi lại)', en: 'Replaced (resubmitted)' },
  'status.doubleCounted': { vi: 'Tính trùng', en: 'Double counting' },
  'status.outOfScope': { vi: 'Không thuộc phạm vi', en: 'Out of scope' },
  'status.notFromPack': { vi: 'Không phải biểu của bộ mẫu', en: 'Not from this pack' },
  'status.unknownUnit': { vi: 'Đơn vị không xác định', en: 'Unknown unit' },
  'status.unreadable': { vi: 'Không đọc được', en: 'Unreadable' },
  'status.needsPassword': { vi: 'Cần mật khẩu', en: 'Needs a password' },

  'merged.yes': { vi: 'Đã tổng hợp', en: 'Merged' },
  'merged.no': { vi: 'Không tổng hợp', en: 'Left out' },

  'reason.errors': {
    vi: '{count} lỗi trong các phụ lục được tổng hợp; lỗi đầu tiên: {first}',
    en: '{count} errors in the annexes merged; the first: {first}',
  },
  'reason.override': {
    vi: 'Vẫn tổng hợp dù có {count} lỗi, theo quyết định: "{reason}"',
    en: 'Merged despite {count} errors, by decision: "{reason}"',
  },
  'reason.warnings': {
    vi: '{count} cảnh báo (cần giải trình trong cột ghi chú)',
    en: '{count} warnings (to be explained in the notes)',
  },
  'reason.duplicate': {
    vi: 'Đơn vị {unit} đã gửi bản mới hơn "{newer}": tệp này được thay thế',
    en: 'Unit {unit} sent a newer file "{newer}": this one is replaced',
  },
  'reason.replaces': { vi: 'Thay thế bản gửi trước: {files}', en: 'Replaces the earlier submission: {files}' },
  'reason.doubleCounted': {
    vi: 'Tính trùng: {units} đã có trong "{other}" ({otherUnit}); không tổng hợp tệp này',
    en: 'Double counting: {units} already inside "{other}" ({otherUnit}); this file is left out',
  },
  'reason.outOfScope.self': {
    vi: 'Đây là bản tổng hợp của chính đơn vị {merging}: không tổng hợp lại vào chính nó',
    en: 'This is a summary of {merging} itself: it is not merged into itself',
  },
  'reason.own': {
    vi: 'Số liệu riêng của {merging} (ngân sách, hoạt động, chỉ tiêu của cấp mình), tổng hợp cùng các đơn vị trực thuộc',
    en: "The own figures of {merging} (its own budget, activities and targets), merged with its units'",
  },
  'reason.outOfScope.notBelow': {
    vi: 'Đơn vị {unit} không trực thuộc {merging}',
    en: 'Unit {unit} is not under {merging}',
  },
  'reason.notPackWorkbook': {
    vi: 'Không phải sổ làm việc biểu mẫu của bộ mẫu "{pack}" (không thấy phụ lục nào)',
    en: 'Not a workbook of the pack "{pack}" (no annex found)',
  },
  'reason.otherPack': { vi: 'Biểu của bộ mẫu khác: {found}', en: 'A form of another pack: {found}' },
  'reason.otherVersion': {
    vi: 'Biểu của phiên bản khác: {found} (cần phiên bản {expected})',
    en: 'A form of another version: {found} (expected {expected})',
  },
  'reason.brokenSummary': {
    vi: 'Tổng hợp có danh sách đơn vị không khớp ({detail}): không kiểm tra được tính trùng',
    en: 'A summary whose list of units does not agree ({detail}): double counting cannot be checked',
  },
  'reason.unknownUnit': { vi: 'Mã đơn vị "{code}" không có trong bộ mẫu', en: 'Unit code "{code}" is not in the pack' },
  'reason.unitMissing': {
    vi: 'Không xác định được đơn vị: mã nhận dạng của biểu đã bị xóa',
    en: 'The unit cannot be identified: the form identity was removed',
  },
  'reason.late': { vi: 'Nộp sau hạn {deadline}', en: 'Sent after the deadline {deadline}' },
  'reason.recalculated': {
    vi: 'Giá trị được tính lại vì tệp không lưu kết quả công thức ({count} ô)',
    en: 'Values recomputed because the file does not store formula results ({count} cells)',
  },

  'transfer.eliminated': {
    vi: '{annex}, cột {col}: loại trừ {eliminated} chuyển nội bộ — các đơn vị ghi ở mã {unitsRow}, {merging} ghi ở mã {ownRow}; hai phía khớp nhau.',
    en: '{annex}, column {col}: {eliminated} moved inside the union eliminated — the units report it in code {unitsRow}, {merging} in code {ownRow}; both sides agree.',
  },
  'transfer.difference': {
    vi: '{annex}, cột {col}: loại trừ {eliminated} chuyển nội bộ; chênh lệch chưa khớp {difference} (các đơn vị ghi {units} ở mã {unitsRow}, {merging} ghi {own} ở mã {ownRow}) — cần đối chiếu.',
    en: '{annex}, column {col}: {eliminated} moved inside the union eliminated; an unmatched difference of {difference} (the units report {units} in code {unitsRow}, {merging} {own} in code {ownRow}) — to be reconciled.',
  },
  'transfer.noOwnReport': {
    vi: '{annex}, cột {col}: giữ nguyên {units} ở mã {unitsRow} — không có báo cáo của chính {merging} trong lần tổng hợp này, nên chỉ một phía của khoản chuyển nội bộ nằm trong phạm vi (không bị tính hai lần).',
    en: '{annex}, column {col}: {units} kept in code {unitsRow} — the own report of {merging} is not in this merge, so only one side of the transfer inside the union is in scope (nothing counted twice).',
  },
  'transfer.oneSideEmpty': {
    vi: '{annex}, cột {col}: không loại trừ — một phía để trống (các đơn vị ghi {units} ở mã {unitsRow}, {merging} ghi {own} ở mã {ownRow}).',
    en: '{annex}, column {col}: nothing eliminated — one side is empty (the units report {units} in code {unitsRow}, {merging} {own} in code {ownRow}).',
  },
  'log.transfers': { vi: 'Khoản chuyển nội bộ (nộp cấp trên, cấp trên cấp)', en: 'Transfers inside the union (paid up, granted down)' },

  'timeliness.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'timeliness.late': { vi: 'Muộn', en: 'Late' },
  'timeliness.unknown': { vi: 'Không rõ', en: 'Unknown' },

  'completeness.reported': { vi: 'Đã nộp', en: 'Reported' },
  'completeness.leftOut': { vi: 'Đã nộp, không tổng hợp', en: 'Sent, left out' },
  'completeness.partly': { vi: 'Chỉ có số liệu đơn vị trực thuộc', en: 'Only units below it' },
  'completeness.missing': { vi: 'Chưa nộp', en: 'Not reported' },
  'completeness.own': { vi: 'Báo cáo của chính đơn vị', en: "The unit's own report" },

  'sheet.summaryLine': {
    vi: 'Tổng hợp của {name} (mã {code}) từ {count} đơn vị: {units}',
    en: 'Summary of {name} (code {code}) from {count} units: {units}',
  },
  'sheet.targetsBeside': { vi: 'Tổng chỉ tiêu của các đơn vị', en: "Sum of the units' targets" },
  'sheet.ownTargetNote': {
    vi: 'Cột chỉ tiêu NQ: chỉ tiêu của {name} theo bộ mẫu; cột bên phải: tổng chỉ tiêu các đơn vị đăng ký.',
    en: "Target column: the targets of {name} from the pack; right-hand column: the sum of the units' targets.",
  },
  'detail.title': { vi: 'CHI TIẾT SỐ LIỆU CÁC ĐƠN VỊ — tổng hợp của {name} (mã {code})', en: 'FIGURES OF EACH UNIT — summary of {name} (code {code})' },
  'detail.hint': {
    vi: 'Mỗi dòng một đơn vị, mỗi cột một ô nhập của biểu; các ô tổng hợp là công thức cộng các cột này.',
    en: 'One row per unit, one column per input cell of the forms; the summary cells are formulas over these columns.',
  },
  'detail.annex': { vi: 'Phụ lục', en: 'Annex' },
  'detail.rowCode': { vi: 'Mã số', en: 'Row code' },
  'detail.colCode': { vi: 'Cột', en: 'Column' },
  'detail.stt': { vi: 'STT', en: 'No.' },
  'detail.unitCode': { vi: 'Mã đơn vị', en: 'Unit code' },
  'detail.unitName': { vi: 'Đơn vị', en: 'Unit' },
  'detail.file': { vi: 'Tệp', en: 'File' },
  'detail.summaryOf': { vi: '(tổng hợp {count} đơn vị)', en: '(summary of {count} units)' },
  'detail.own': { vi: '(báo cáo của chính đơn vị)', en: "(the unit's own report)" },
  'detail.elimination': {
    vi: 'Loại trừ khoản chuyển nội bộ (nộp cấp trên / cấp trên cấp đã có ở cả hai phía)',
    en: 'Eliminated transfers inside the union (paid up / granted down, on both sides)',
  },
  'sheet.plainBeside': { vi: 'Cộng giản đơn (chưa loại trừ chuyển nội bộ)', en: 'Plain sum (transfers inside the union not eliminated)' },
  'log.title': { vi: 'NHẬT KÝ TỔNG HỢP — {name} (mã {code})', en: 'MERGE LOG — {name} (code {code})' },
  'log.file': { vi: 'Tệp', en: 'File' },
  'log.unit': { vi: 'Mã đơn vị', en: 'Unit code' },
  'log.unitName': { vi: 'Đơn vị', en: 'Unit' },
  'log.savedAt': { vi: 'Thời điểm lưu', en: 'Saved at' },
  'log.status': { vi: 'Tình trạng', en: 'Status' },
  'log.merged': { vi: 'Tổng hợp', en: 'Merged' },
  'log.reason': { vi: 'Lý do', en: 'Reason' },
  'log.override': { vi: 'Lý do vẫn tổng hợp', en: 'Override reason' },
  'log.hash': { vi: 'Mã băm nội dung (SHA-256)', en: 'Content hash (SHA-256)' },
  'completeness.title': { vi: 'TÌNH HÌNH NỘP BÁO CÁO — các đơn vị trực thuộc {name} (mã {code})', en: 'REPORTING — the units under {name} (code {code})' },
  'completeness.deadline': {
    vi: 'Hạn nộp: {deadline}. Đã nộp {sent}/{expected} (được tổng hợp {reported}), muộn {late}, chưa nộp {missing}.',
    en: 'Deadline: {deadline}. Sent {sent}/{expected} (merged {reported}), late {late}, not reported {missing}.',
  },
  'completeness.unitCode': { vi: 'Mã đơn vị', en: 'Unit code' },
  'completeness.unitName': { vi: 'Đơn vị', en: 'Unit' },
  'completeness.reportedCol': { vi: 'Đã nộp', en: 'Reported' },
  'completeness.lateCol': { vi: 'Muộn', en: 'Late' },
  'completeness.stateCol': { vi: 'Tình trạng', en: 'State' },
  'completeness.fileCol': { vi: 'Tệp', en: 'File' },
  'completeness.savedCol': { vi: 'Thời điểm lưu', en: 'Saved at' },
  'yes': { vi: 'Có', en: 'Yes' },
  'no': { vi: 'Không', en: 'No' },
} as const satisfies Catalogue;

export type MergeMessageKey = keyof typeof mergeMessages;
