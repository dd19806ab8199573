import type { Catalogue } from './format';

/** Texts of the command line `annex`. */
export const cliMessages = {
  'cli.help': {
    vi: `annex — Phụ lục biểu mẫu: tạo, kiểm tra và tổng hợp các biểu phụ lục của đợt báo cáo

Cách dùng:
  npx annex template --unit <mã> --out <tệp.xlsx>    Tạo sổ làm việc biểu mẫu cho một đơn vị
  npx annex template --all --out-dir <thư mục>       Tạo một sổ làm việc cho mỗi đơn vị của bộ mẫu
  npx annex template --list-rules                    Quy tắc nào nằm trong trang "Kiểm tra", quy tắc nào cần add-in
  npx annex units                                    Liệt kê các đơn vị và phụ lục của bộ mẫu
  npx annex validate <tệp.xlsx> …                    Kiểm tra số liệu của các sổ làm việc đơn vị gửi lên
  npx annex validate --list-rules                    Liệt kê các quy tắc kiểm tra của bộ mẫu
  npx annex merge <tệp|thư mục> … --out <tổng-hợp.xlsx>
                                                     Tổng hợp sổ làm việc các đơn vị thành báo cáo tổng hợp
  npx annex report <tổng-hợp.xlsx> --out-dir <thư mục> [--department <mã ban>]
  npx annex pack export [--pack <tệp>] --out <bộ-mẫu.xlsx>
                                                     Ghi bộ mẫu thành sổ Excel để soạn, sửa (mặc định: bộ mẫu kèm theo)
  npx annex pack build <bộ-mẫu.xlsx> --out <bộ-mẫu.json>
                                                     Dịch sổ bộ mẫu thành tệp JSON
  npx annex pack check <tệp>                         Kiểm tra bộ mẫu (.json hoặc sổ .xlsx), liệt kê mọi lỗi kèm trang và ô

Tùy chọn:
  --annex <PL01,PL02>   Chỉ tạo các phụ lục này (mặc định: tất cả)
  --no-checks           Tạo biểu: không kèm trang tự kiểm tra "Kiểm tra"
  --json                Kiểm tra: in kết quả dạng JSON (mỗi phát hiện một mục)
  --json <tệp.json>     Tổng hợp: ghi nhật ký tổng hợp dạng JSON vào tệp này (cũng: --log-json)
  --unit <mã>           Tổng hợp: đơn vị tổng hợp (mặc định: LĐLĐ tỉnh); lấy các đơn vị trực thuộc
  --annex <PL07|TC>     Tổng hợp: chỉ các phụ lục này, hoặc các phụ lục của một ban (mã ban)
  --include <mã>:<lý do>  Tổng hợp: vẫn đưa đơn vị có lỗi vào, ghi lý do vào nhật ký (lặp lại được)
  --threads <n>         Tổng hợp: số luồng đọc tệp (mặc định: số lõi CPU khi có nhiều tệp; 1 = không song song)
  --password <mật khẩu> Kiểm tra, tổng hợp: mật khẩu mở các tệp được mã hóa (lặp lại được; mỗi mật khẩu được thử
                        với mọi tệp mã hóa, sau mật khẩu mặc định của Excel). Không có và chạy trên terminal:
                        chương trình hỏi mật khẩu (không hiện ký tự). Tệp sai mật khẩu không bị coi là hỏng.
  --department <mã>     Báo cáo: chỉ dự thảo của ban này (VP, TC, TCKT, CTCS …); "toan-bo": báo cáo chung
  --pack <tệp>          Dùng bộ mẫu khác, tệp .json hoặc sổ bộ mẫu .xlsx (mặc định: bộ mẫu "Sơ kết giữa nhiệm kỳ 2018–2023")
  --force               Cho phép ghi đè tệp đã có
  --lang vi|en          Ngôn ngữ thông báo (mặc định: vi)
  --help                Hướng dẫn này

Mã thoát của "validate": 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 có tệp không đọc được.
Mã thoát của "merge": 0 đã tổng hợp mọi tệp, 1 có tệp không được tổng hợp, 2 không tổng hợp được tệp nào.
Mã thoát của "pack": 0 bộ mẫu hợp lệ (đã ghi), 2 bộ mẫu có lỗi hoặc không đọc/ghi được.
"merge" quét thư mục (không quét thư mục con), bỏ qua tệp khóa "~$…" và tệp không phải sổ làm việc; không sửa tệp nguồn.`,
    en: `annex — Annex tables: generate, validate and merge the annex tables of a reporting campaign

Usage:
  npx annex template --unit <code> --out <file.xlsx>  Write the template workbook of one unit
  npx annex template --all --out-dir <dir>            Write one workbook per unit of the pack
  npx annex template --list-rules                     Which rules are in the "Kiểm tra" sheet, which need the add-in
  npx annex units                                     List the units and annexes of the pack
  npx annex validate <file.xlsx> …                    Validate the figures of the units' workbooks
  npx annex validate --list-rules                     List the validation rules of the pack
  npx annex merge <files|folders> … --out <summary.xlsx>
                                                      Merge the units' workbooks into a summary
  npx annex report <summary.xlsx> --out-dir <dir> [--department <id>]
  npx annex pack export [--pack <file>] --out <pack.xlsx>
                                                      Write a pack as an Excel workbook to design or edit (default: the bundled pack)
  npx annex pack build <pack.xlsx> --out <pack.json>  Compile a pack workbook to a JSON pack
  npx annex pack check <file>                         Check a pack (.json or .xlsx workbook); every problem with its sheet and cell

Options:
  --annex <PL01,PL02>   Only these annexes (default: all)
  --no-checks           template: leave out the self-checking sheet "Kiểm tra"
  --json                validate: print the findings as JSON (one entry per finding)
  --json <log.json>     merge: write the merge log as JSON to this file (also: --log-json)
  --unit <code>         merge: the merging unit (default: the province); takes the units under it
  --annex <PL07|TC>     merge: only these annexes, or a department's annexes (department id)
  --include <code>:<reason>  merge: merge a unit despite its errors, the reason kept in the log (repeatable)
  --threads <n>         merge: threads reading the files (default: the CPU cores when there are many files; 1 = none)
  --password <password> validate, merge: the open password of encrypted workbooks (repeatable; each is tried on
                        every encrypted file, after Excel's default one). Without it, on a terminal, the
                        password is asked for (not echoed). A wrong password is not a broken file.
  --department <id>     report: only this department's draft (VP, TC, TCKT, CTCS …); "toan-bo": the whole
  --pack <file>         Use another template pack, a .json file or a pack workbook .xlsx (default: "Sơ kết giữa nhiệm kỳ 2018–2023")
  --force               Allow overwriting existing files
  --lang vi|en          Language of messages (default: vi)
  --help                This help

Exit codes of "validate": 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read.
Exit codes of "merge": 0 every file merged, 1 some left out, 2 nothing could be merged.
Exit codes of "pack": 0 the pack is valid (and written), 2 the pack has problems or could not be read or written.
"merge" scans folders (not their subfolders), skips "~$…" lock files and files that are not workbooks, and never changes a source.`,
  },
  'cli.report.needFile': { vi: 'Cần một tệp tổng hợp: npx annex report <tổng-hợp.xlsx> --out-dir <thư mục>.', en: 'Give a summary: npx annex report <summary.xlsx> --out-dir <dir>.' },
  'cli.report.needOutDir': { vi: 'Cần --out-dir <thư mục> để ghi các dự thảo báo cáo.', en: 'Give --out-dir <dir> to write the draft reports to.' },
  'cli.report.cannotOpen': { vi: 'Không mở được "{file}": {reason}', en: 'Cannot open "{file}": {reason}' },
  'cli.report.notSummary': {
    vi: '"{file}" không phải bản tổng hợp của bộ mẫu này (không có trang tổng hợp, hoặc thiếu danh sách đơn vị): hãy tổng hợp bằng "npx annex merge" trước.',
    en: '"{file}" is not a summary of this pack (no merged annexes, or no list of units): merge with "npx annex merge" first.',
  },
  'cli.report.unknownDepartment': { vi: 'Không có ban mã "{id}". Các ban: {ids}', en: 'No department "{id}". Departments: {ids}' },
  'cli.report.wrote': { vi: 'Đã ghi {file} — dự thảo báo cáo: {name}', en: 'Wrote {file} — draft report: {name}' },
  'cli.unknownCommand': { vi: 'Lệnh không rõ: "{command}". Gõ "npx annex --help" để xem hướng dẫn.', en: 'Unknown command "{command}". Type "npx annex --help" for help.' },
  'cli.unknownOption': { vi: 'Tùy chọn không rõ: "{option}".', en: 'Unknown option "{option}".' },
  'cli.missingValue': { vi: 'Tùy chọn {option} cần một giá trị.', en: 'Option {option} needs a value.' },
  'cli.needUnitOrAll': { vi: 'Cần --unit <mã> --out <tệp.xlsx>, hoặc --all --out-dir <thư mục>.', en: 'Give --unit <code> --out <file.xlsx>, or --all --out-dir <dir>.' },
  'cli.unknownUnit': { vi: 'Không có đơn vị mã "{code}" trong bộ mẫu. Các mã có: {codes}', en: 'No unit with code "{code}" in the pack. Known codes: {codes}' },
  'cli.unknownAnnex': { vi: 'Không có phụ lục "{id}" trong bộ mẫu. Các phụ lục: {ids}', en: 'No annex "{id}" in the pack. Annexes: {ids}' },
  'cli.exists': { vi: 'Tệp "{file}" đã có; không ghi đè. Thêm --force nếu muốn thay thế.', en: 'File "{file}" exists; not overwritten. Add --force to replace it.' },
  'cli.cannotWrite': { vi: 'Không ghi được "{file}": {reason}', en: 'Cannot write "{file}": {reason}' },
  'cli.pack.usage': {
    vi: 'Dùng: annex pack export [--pack <tệp>] --out <bộ-mẫu.xlsx> | annex pack build <bộ-mẫu.xlsx> --out <bộ-mẫu.json> | annex pack check <tệp>',
    en: 'Usage: annex pack export [--pack <file>] --out <pack.xlsx> | annex pack build <pack.xlsx> --out <pack.json> | annex pack check <file>',
  },
  'cli.pack.exported': {
    vi: 'Đã ghi sổ bộ mẫu {file}: {id} {version}, {units} đơn vị, {annexes} phụ lục, {rules} quy tắc',
    en: 'Wrote the pack workbook {file}: {id} {version}, {units} units, {annexes} annexes, {rules} rules',
  },
  'cli.pack.built': {
    vi: 'Đã dịch {source} thành {file}: {id} {version}, {units} đơn vị, {annexes} phụ lục, {rules} quy tắc',
    en: 'Compiled {source} to {file}: {id} {version}, {units} units, {annexes} annexes, {rules} rules',
  },
  'cli.pack.valid': {
    vi: 'Bộ mẫu hợp lệ ({form}): {id} {version} — {title}; {units} đơn vị, {annexes} phụ lục, {rules} quy tắc',
    en: 'The pack is valid ({form}): {id} {version} — {title}; {units} units, {annexes} annexes, {rules} rules',
  },
  'cli.pack.notWorkbook': {
    vi: '"{file}" không phải sổ bộ mẫu (.xlsx); "pack build" dịch một sổ bộ mẫu thành JSON',
    en: '"{file}" is not a pack workbook (.xlsx); "pack build" compiles a pack workbook to JSON',
  },
  'cli.cannotReadPack': { vi: 'Không đọc được tệp bộ mẫu "{file}": {reason}', en: 'Cannot read pack file "{file}": {reason}' },
  'cli.wrote': { vi: 'Đã tạo {file} ({unit}, {count} phụ lục)', en: 'Wrote {file} ({unit}, {count} annexes)' },
  'cli.annexNotForKind': {
    vi: 'Phụ lục {id} không dành cho {kind} ({unit}): loại đơn vị này không điền phụ lục đó.',
    en: 'Annex {id} is not for a {kind} ({unit}): units of this kind do not fill it.',
  },
  'cli.skippedKind': {
    vi: 'Bỏ qua {unit}: {kind} không điền phụ lục nào trong số đã chọn ({ids})',
    en: 'Skipped {unit}: a {kind} fills none of the annexes chosen ({ids})',
  },
  'cli.skipped': { vi: 'Bỏ qua {file}: tệp đã có (dùng --force để ghi đè)', en: 'Skipped {file}: exists (use --force to overwrite)' },
  'cli.summaryAll': { vi: 'Xong: {written} sổ làm việc đã tạo, {skipped} bỏ qua, trong {dir}', en: 'Done: {written} workbooks written, {skipped} skipped, in {dir}' },
  'cli.unitsHeader': { vi: 'Bộ mẫu {title} (phiên bản {version}) — {count} đơn vị:', en: 'Pack {title} (version {version}) — {count} units:' },
  'cli.annexesHeader': { vi: 'Phụ lục:', en: 'Annexes:' },
  'cli.unexpected': { vi: 'Lỗi không mong đợi: {reason}. Hãy báo lại cho người quản trị kèm lệnh đã chạy.', en: 'Unexpected error: {reason}. Please report it with the command you ran.' },
  'cli.validate.needFiles': {
    vi: 'Cần ít nhất một tệp .xlsx: npx annex validate <tệp.xlsx> …',
    en: 'Give at least one .xlsx file: npx annex validate <file.xlsx> …',
  },
  'cli.validate.cannotOpen': { vi: 'Không mở được tệp "{file}": {reason}.', en: 'Cannot open file "{file}": {reason}.' },
  'cli.validate.lockFile': {
    vi: 'Bỏ qua "{file}": đây là tệp khóa tạm của Excel (~$…), không phải sổ làm việc.',
    en: 'Skipped "{file}": an Excel lock file (~$…), not a workbook.',
  },
  'cli.validate.fileHeader': { vi: 'Tệp {file} — đơn vị {unit}', en: 'File {file} — unit {unit}' },
  'cli.validate.unknownUnit': { vi: '(không xác định)', en: '(unknown)' },
  'cli.validate.counts': { vi: '{error} lỗi, {warning} cảnh báo, {info} thông tin', en: '{error} errors, {warning} warnings, {info} info' },
  'cli.validate.verdictPassed': { vi: 'Đạt: không có lỗi.', en: 'Passed: no errors.' },
  'cli.validate.verdictFailed': { vi: 'Chưa đạt: cần sửa các lỗi trước khi gửi/tổng hợp.', en: 'Not passed: fix the errors before sending or merging.' },
  'cli.validate.workbook': { vi: 'Toàn sổ làm việc', en: 'Whole workbook' },
  'cli.validate.annexHeader': { vi: '{id} — {title} (trang "{sheet}")', en: '{id} — {title} (sheet "{sheet}")' },
  'cli.validate.cell': { vi: 'ô {address}, mã {row}, cột {col}', en: 'cell {address}, code {row}, column {col}' },
  'cli.validate.summary': {
    vi: 'Đã kiểm tra {files} tệp: {passed} đạt, {failed} có lỗi, {unreadable} không đọc được.',
    en: 'Checked {files} files: {passed} passed, {failed} with errors, {unreadable} unreadable.',
  },
  'cli.validate.summaryPasswords': {
    vi: '{count} tệp cần mật khẩu mở tệp: dùng --password <mật khẩu> (hoặc nhập khi được hỏi trên terminal).',
    en: '{count} files need their open password: give --password <password> (or type it when asked on a terminal).',
  },
  'cli.password.prompt': { vi: 'Mật khẩu mở tệp "{file}" (Enter để bỏ qua): ', en: 'Password to open "{file}" (Enter to skip): ' },
  'cli.password.promptAgain': {
    vi: 'Mật khẩu không đúng. Mật khẩu mở tệp "{file}" (Enter để bỏ qua): ',
    en: 'Wrong password. Password to open "{file}" (Enter to skip): ',
  },
  'cli.validate.rulesHeader': { vi: 'Bộ mẫu {title} (phiên bản {version}) — {count} quy tắc:', en: 'Pack {title} (version {version}) — {count} rules:' },
  'cli.merge.needOut': { vi: 'Cần --out <tệp tổng hợp.xlsx>.', en: 'Give --out <summary.xlsx>.' },
  'cli.merge.needFiles': {
    vi: 'Cần ít nhất một tệp hoặc thư mục: npx annex merge <tệp|thư mục> … --out <tổng-hợp.xlsx>',
    en: 'Give at least one file or folder: npx annex merge <files|folders> … --out <summary.xlsx>',
  },
  'cli.merge.noSuchPath': { vi: 'Không có tệp hoặc thư mục "{path}".', en: 'No such file or folder "{path}".' },
  'cli.merge.badInclude': {
    vi: '--include "{value}": cần dạng <mã đơn vị>:<lý do>, lý do không được để trống.',
    en: '--include "{value}": expected <unit code>:<reason>, with a reason.',
  },
  'cli.merge.unknownAnnex': {
    vi: 'Không có phụ lục hay ban "{ids}" trong bộ mẫu. Phụ lục: {annexes}. Ban: {departments}',
    en: 'No annex or department "{ids}" in the pack. Annexes: {annexes}. Departments: {departments}',
  },
  'cli.merge.outIsInput': {
    vi: 'Tệp kết quả "{file}" cũng là một tệp nguồn; tệp nguồn không bao giờ bị ghi đè. Chọn tên khác cho --out.',
    en: 'The output "{file}" is also a source file; sources are never overwritten. Choose another --out.',
  },
  'cli.merge.header': {
    vi: 'Tổng hợp cho {unit} — phụ lục {annexes} — {files} tệp',
    en: 'Merging for {unit} — annexes {annexes} — {files} files',
  },
  'cli.merge.skipLock': { vi: '  Bỏ qua "{file}": tệp khóa tạm của Excel (~$…), không phải sổ làm việc.', en: '  Skipped "{file}": an Excel lock file (~$…), not a workbook.' },
  'cli.merge.skipNotWorkbook': { vi: '  Bỏ qua "{file}": không phải sổ làm việc (.xlsx).', en: '  Skipped "{file}": not a workbook (.xlsx).' },
  'cli.merge.skipFolder': { vi: '  Bỏ qua thư mục con "{file}" (không quét thư mục con).', en: '  Skipped the subfolder "{file}" (subfolders are not scanned).' },
  'cli.merge.mergedHeader': { vi: 'Đã tổng hợp ({count}):', en: 'Merged ({count}):' },
  'cli.merge.leftOutHeader': { vi: 'Không tổng hợp ({count}):', en: 'Left out ({count}):' },
  'cli.merge.missingHeader': { vi: 'Chưa nộp ({count}):', en: 'Not reported ({count}):' },
  'cli.merge.lateHeader': { vi: 'Nộp sau hạn {deadline} ({count}):', en: 'Sent after the deadline {deadline} ({count}):' },
  'cli.merge.partlyHeader': { vi: 'Chỉ có số liệu đơn vị trực thuộc ({count}):', en: 'Only units below them ({count}):' },
  'cli.merge.unusedOverride': {
    vi: 'Lưu ý: --include {unit} không dùng đến (đơn vị không có lỗi hoặc không có tệp của đơn vị này).',
    en: 'Note: --include {unit} was not used (the unit has no errors, or sent no file).',
  },
  'cli.merge.badThreads': { vi: '--threads "{value}": cần một số nguyên ≥ 1.', en: '--threads "{value}": expected a whole number ≥ 1.' },
  'cli.merge.noFiles': { vi: 'Không có sổ làm việc nào để tổng hợp.', en: 'No workbook to merge.' },
  'cli.merge.nothingMerged': {
    vi: 'Không tổng hợp được tệp nào: không ghi tệp tổng hợp.',
    en: 'Nothing could be merged: no summary written.',
  },
  'cli.merge.wrote': {
    vi: 'Đã ghi {file}: {merged} đơn vị, {units} đơn vị báo cáo bên trong; đã nộp {reported}/{expected}.',
    en: 'Wrote {file}: {merged} units, {units} reporting units inside; reported {reported}/{expected}.',
  },
  'cli.merge.wroteLog': { vi: 'Đã ghi nhật ký {file}.', en: 'Wrote the log {file}.' },
  'fs.read.ENOENT': { vi: 'không có tệp này', en: 'no such file' },
  'fs.read.EACCES': { vi: 'không có quyền đọc', en: 'permission denied' },
  'fs.read.EPERM': { vi: 'không có quyền đọc', en: 'permission denied' },
  'fs.read.EISDIR': { vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' },
  'fs.write.EACCES': { vi: 'không có quyền ghi', en: 'permission denied' },
  'fs.write.EPERM': { vi: 'không có quyền ghi', en: 'permission denied' },
  'fs.write.ENOENT': { vi: 'thư mục không tồn tại', en: 'folder does not exist' },
  'fs.write.ENOTDIR': { vi: 'đường dẫn không phải thư mục', en: 'a part of the path is not a folder' },
  'fs.write.EROFS': { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  'fs.write.ENOSPC': { vi: 'ổ đĩa đã đầy', en: 'disk full' },
  'fs.write.EISDIR': { vi: 'đường dẫn là một thư mục', en: 'the path is a folder' },
  'kind.province': { vi: 'LĐLĐ tỉnh', en: 'provincial federation' },
  'kind.district': { vi: 'LĐLĐ huyện/thành phố', en: 'district/city federation' },
  'kind.sector': { vi: 'CĐ ngành', en: 'sector union' },
  'kind.grassroots': { vi: 'CĐCS trực thuộc', en: 'grassroots union' },
} as const satisfies Catalogue;
