import type { Catalogue } from './format';

/** Texts of the command line `annex`. */
export const cliMessages = {
  'cli.help': {
    vi: `annex — Phụ lục biểu mẫu: tạo, kiểm tra và tổng hợp các biểu phụ lục của đợt báo cáo

Cách dùng:
  npx annex template --unit <mã> --out <tệp.xlsx>    Tạo sổ tính biểu mẫu cho một đơn vị
  npx annex template --all --out-dir <thư mục>       Tạo một sổ tính cho mỗi đơn vị của bộ mẫu
  npx annex units                                    Liệt kê các đơn vị và phụ lục của bộ mẫu
  npx annex validate <tệp.xlsx> …                    Kiểm tra số liệu của các sổ tính đơn vị gửi lên
  npx annex validate --list-rules                    Liệt kê các quy tắc kiểm tra của bộ mẫu

Tuỳ chọn:
  --annex <PL01,PL02>   Chỉ tạo các phụ lục này (mặc định: tất cả)
  --json                Kiểm tra: in kết quả dạng JSON (mỗi phát hiện một mục)
  --pack <tệp.json>     Dùng bộ mẫu khác (mặc định: bộ mẫu "Sơ kết giữa nhiệm kỳ 2018–2023")
  --force               Cho phép ghi đè tệp đã có
  --lang vi|en          Ngôn ngữ thông báo (mặc định: vi)
  --help                Hướng dẫn này

Mã thoát của "validate": 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 có tệp không đọc được.`,
    en: `annex — Annex tables: generate, validate and merge the annex tables of a reporting campaign

Usage:
  npx annex template --unit <code> --out <file.xlsx>  Write the template workbook of one unit
  npx annex template --all --out-dir <dir>            Write one workbook per unit of the pack
  npx annex units                                     List the units and annexes of the pack
  npx annex validate <file.xlsx> …                    Validate the figures of the units' workbooks
  npx annex validate --list-rules                     List the validation rules of the pack

Options:
  --annex <PL01,PL02>   Only these annexes (default: all)
  --json                validate: print the findings as JSON (one entry per finding)
  --pack <file.json>    Use another template pack (default: "Sơ kết giữa nhiệm kỳ 2018–2023")
  --force               Allow overwriting existing files
  --lang vi|en          Language of messages (default: vi)
  --help                This help

Exit codes of "validate": 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read.`,
  },
  'cli.unknownCommand': { vi: 'Lệnh không rõ: "{command}". Gõ "npx annex --help" để xem hướng dẫn.', en: 'Unknown command "{command}". Type "npx annex --help" for help.' },
  'cli.unknownOption': { vi: 'Tuỳ chọn không rõ: "{option}".', en: 'Unknown option "{option}".' },
  'cli.missingValue': { vi: 'Tuỳ chọn {option} cần một giá trị.', en: 'Option {option} needs a value.' },
  'cli.needUnitOrAll': { vi: 'Cần --unit <mã> --out <tệp.xlsx>, hoặc --all --out-dir <thư mục>.', en: 'Give --unit <code> --out <file.xlsx>, or --all --out-dir <dir>.' },
  'cli.unknownUnit': { vi: 'Không có đơn vị mã "{code}" trong bộ mẫu. Các mã có: {codes}', en: 'No unit with code "{code}" in the pack. Known codes: {codes}' },
  'cli.unknownAnnex': { vi: 'Không có phụ lục "{id}" trong bộ mẫu. Các phụ lục: {ids}', en: 'No annex "{id}" in the pack. Annexes: {ids}' },
  'cli.exists': { vi: 'Tệp "{file}" đã có; không ghi đè. Thêm --force nếu muốn thay thế.', en: 'File "{file}" exists; not overwritten. Add --force to replace it.' },
  'cli.cannotWrite': { vi: 'Không ghi được "{file}": {reason}', en: 'Cannot write "{file}": {reason}' },
  'cli.cannotReadPack': { vi: 'Không đọc được tệp bộ mẫu "{file}": {reason}', en: 'Cannot read pack file "{file}": {reason}' },
  'cli.wrote': { vi: 'Đã tạo {file} ({unit}, {count} phụ lục)', en: 'Wrote {file} ({unit}, {count} annexes)' },
  'cli.skipped': { vi: 'Bỏ qua {file}: tệp đã có (dùng --force để ghi đè)', en: 'Skipped {file}: exists (use --force to overwrite)' },
  'cli.summaryAll': { vi: 'Xong: {written} sổ tính đã tạo, {skipped} bỏ qua, trong {dir}', en: 'Done: {written} workbooks written, {skipped} skipped, in {dir}' },
  'cli.unitsHeader': { vi: 'Bộ mẫu {title} (phiên bản {version}) — {count} đơn vị:', en: 'Pack {title} (version {version}) — {count} units:' },
  'cli.annexesHeader': { vi: 'Phụ lục:', en: 'Annexes:' },
  'cli.unexpected': { vi: 'Lỗi không mong đợi: {reason}. Hãy báo lại cho người quản trị kèm lệnh đã chạy.', en: 'Unexpected error: {reason}. Please report it with the command you ran.' },
  'cli.validate.needFiles': {
    vi: 'Cần ít nhất một tệp .xlsx: npx annex validate <tệp.xlsx> …',
    en: 'Give at least one .xlsx file: npx annex validate <file.xlsx> …',
  },
  'cli.validate.cannotOpen': { vi: 'Không mở được tệp "{file}": {reason}.', en: 'Cannot open file "{file}": {reason}.' },
  'cli.validate.lockFile': {
    vi: 'Bỏ qua "{file}": đây là tệp khoá tạm của Excel (~$…), không phải sổ tính.',
    en: 'Skipped "{file}": an Excel lock file (~$…), not a workbook.',
  },
  'cli.validate.fileHeader': { vi: 'Tệp {file} — đơn vị {unit}', en: 'File {file} — unit {unit}' },
  'cli.validate.unknownUnit': { vi: '(không xác định)', en: '(unknown)' },
  'cli.validate.counts': { vi: '{error} lỗi, {warning} cảnh báo, {info} thông tin', en: '{error} errors, {warning} warnings, {info} info' },
  'cli.validate.verdictPassed': { vi: 'Đạt: không có lỗi.', en: 'Passed: no errors.' },
  'cli.validate.verdictFailed': { vi: 'Chưa đạt: cần sửa các lỗi trước khi gửi/tổng hợp.', en: 'Not passed: fix the errors before sending or merging.' },
  'cli.validate.workbook': { vi: 'Toàn sổ tính', en: 'Whole workbook' },
  'cli.validate.annexHeader': { vi: '{id} — {title} (trang "{sheet}")', en: '{id} — {title} (sheet "{sheet}")' },
  'cli.validate.cell': { vi: 'ô {address}, mã {row}, cột {col}', en: 'cell {address}, code {row}, column {col}' },
  'cli.validate.summary': {
    vi: 'Đã kiểm tra {files} tệp: {passed} đạt, {failed} có lỗi, {unreadable} không đọc được.',
    en: 'Checked {files} files: {passed} passed, {failed} with errors, {unreadable} unreadable.',
  },
  'cli.validate.rulesHeader': { vi: 'Bộ mẫu {title} (phiên bản {version}) — {count} quy tắc:', en: 'Pack {title} (version {version}) — {count} rules:' },
  'kind.province': { vi: 'LĐLĐ tỉnh', en: 'provincial federation' },
  'kind.district': { vi: 'LĐLĐ huyện/thành phố', en: 'district/city federation' },
  'kind.sector': { vi: 'CĐ ngành', en: 'sector union' },
  'kind.grassroots': { vi: 'CĐCS trực thuộc', en: 'grassroots union' },
} as const satisfies Catalogue;
