// The help texts of `vanban` and each of its commands, in Vietnamese (the default) and English, kept side
// by side, whole, since a help text reads as one page; and the one wording of each situation the commands
// share (an output that exists, a file written, read or not), so every command says it alike.

import { msg, PROFILE_NAMES, type Language } from '../engine';
import type { Say } from './lang';

const PROFILES = PROFILE_NAMES.join('|');

const COMMON = {
  en: `  --profile ${PROFILES}   rules to apply (default: auto; a file's own profile directive wins)
  --lang vi|en            language of the messages and findings (default: vi)
  --ext EXT               also take *.EXT files from folders (repeatable; .vanban always)
  --stdin-filename NAME   the name of the text read from '-' (for messages and configuration)
  --config FILE           use this configuration instead of each file's nearest .vanbanrc.json
  --shard I/N             take only the I-th of N parts of the files (a deterministic split for CI matrices)

Inputs: folders are walked for *.vanban; globs (picomatch: *, **, ?, [..], {a,b}) are quoted to reach
vanban; '!PATTERN' leaves out what it matches; .vanbanignore files (gitignore syntax) prune folders and
globs. Binary files and FIFOs or devices are refused (exit 2); an input matching nothing is exit 2.`,
  vi: `  --profile ${PROFILES}   bộ quy tắc áp dụng (mặc định: auto; chỉ thị profile trong tệp được ưu tiên)
  --lang vi|en            ngôn ngữ của thông báo và lỗi (mặc định: vi)
  --ext EXT               lấy thêm các tệp *.EXT trong thư mục (lặp lại được; luôn lấy .vanban)
  --stdin-filename NAME   tên của văn bản đọc từ '-' (dùng trong thông báo và để tìm cấu hình)
  --config FILE           dùng cấu hình này thay cho .vanbanrc.json gần nhất của từng tệp
  --shard I/N             chỉ lấy phần thứ I trong N phần của danh sách tệp (chia cố định, cho ma trận CI)

Đầu vào: thư mục được duyệt tìm *.vanban; mẫu glob (picomatch: *, **, ?, [..], {a,b}) đặt trong dấu nháy;
'!MẪU' loại những gì mẫu khớp; tệp .vanbanignore (cú pháp gitignore) loại thư mục và tệp khỏi việc duyệt.
Tệp nhị phân, FIFO và thiết bị bị từ chối (mã thoát 2); đầu vào không khớp tệp nào cũng cho mã thoát 2.`,
};

const LINT = {
  en: `Usage: vanban lint [files|folders|globs|!globs|-]... [options]
Folders are searched recursively for *.vanban files; a file named explicitly is linted whatever its
extension; '-' reads standard input.
  --format FORMAT         text (default), json, sarif (code scanning), junit (JUnit XML test report),
                          github (GitHub Actions annotations), codequality (GitLab Code Quality JSON)
  --output-file FILE      write the report to FILE instead of standard output
  --quiet                 report errors only (same as --min-severity error)
  --min-severity LEVEL    report findings at LEVEL or above: error, warning, info, hint (default: hint)
  --max-warnings N        exit 1 when there are more than N warnings
  --print-config FILE     print the options that apply to FILE (configuration and flags) as JSON, and stop
  --color, --no-color     colour the text format (default: when standard output is a terminal)
  --jobs N                at most N worker threads (default: the machine's cores)
  --verbose               say how the run was done on standard error
${COMMON.en}
Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O failure.`,
  vi: `Cách dùng: vanban lint [tệp|thư mục|glob|!glob|-]... [tùy chọn]
Thư mục được duyệt đệ quy tìm tệp *.vanban; tệp nêu tên được kiểm tra dù đuôi tệp là gì; '-' đọc từ đầu
vào chuẩn.
  --format FORMAT         text (mặc định), json, sarif (code scanning), junit (báo cáo kiểm thử JUnit XML),
                          github (chú thích GitHub Actions), codequality (GitLab Code Quality JSON)
  --output-file FILE      ghi báo cáo vào FILE thay cho đầu ra chuẩn
  --quiet                 chỉ báo lỗi (như --min-severity error)
  --min-severity LEVEL    chỉ báo từ mức LEVEL trở lên: error, warning, info, hint (mặc định: hint)
  --max-warnings N        thoát với mã 1 khi có hơn N cảnh báo
  --print-config FILE     in các tùy chọn áp dụng cho FILE (cấu hình và cờ) dạng JSON rồi dừng
  --color, --no-color     tô màu định dạng text (mặc định: khi đầu ra chuẩn là terminal)
  --jobs N                dùng tối đa N luồng (mặc định: số lõi của máy)
  --verbose               cho biết cách đã chạy, trên đầu ra lỗi chuẩn
${COMMON.vi}
Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc quá nhiều cảnh báo), 2 sai cách dùng hoặc lỗi đọc ghi.`,
};

const FIX = {
  en: `Usage: vanban fix [files|folders|globs|-]... [options]
Applies the safe fixes (punctuation, spacing, leading zeros...) in place, then lists what remains.
  --dry-run               change nothing; print a unified diff of what would change
  --stdout                print the fixed text of one file (or of '-') instead of writing it
${COMMON.en}
Exit codes: 0 no errors remain, 1 errors remain after fixing, 2 usage or I/O failure.`,
  vi: `Cách dùng: vanban fix [tệp|thư mục|glob|-]... [tùy chọn]
Sửa các lỗi sửa được an toàn (dấu câu, dấu cách, số 0 ở đầu...) ngay trong tệp, rồi liệt kê lỗi còn lại.
  --dry-run               không thay đổi gì; in bản khác biệt (unified diff) của những gì sẽ sửa
  --stdout                in văn bản đã sửa của một tệp (hoặc của '-') thay vì ghi vào tệp
${COMMON.vi}
Mã thoát: 0 không còn lỗi, 1 còn lỗi sau khi sửa, 2 sai cách dùng hoặc lỗi đọc ghi.`,
};

const MAIN = {
  en: (commands: string) => `Usage: vanban <command> [options]
Commands: ${commands}. 'vanban <command> --help' tells more; 'vanban --version' prints the version.`,
  vi: (commands: string) => `Cách dùng: vanban <lệnh> [tùy chọn]
Các lệnh: ${commands}. 'vanban <lệnh> --help' để xem thêm; 'vanban --version' in phiên bản.`,
};

const RENDER = {
  en: `Usage: vanban render --to html|docx FILE -o OUT [--profile ${PROFILES}] [--lang vi|en] [--config FILE] [--force]
--to defaults to OUT's extension; without -o, HTML goes to standard output. A draft that still has errors
is written with them, and standard error says how many and where.
Exit codes: 0 written, 2 usage or I/O failure.`,
  vi: `Cách dùng: vanban render --to html|docx TỆP -o ĐÍCH [--profile ${PROFILES}] [--lang vi|en] [--config TỆP] [--force]
--to mặc định theo đuôi của ĐÍCH; không có -o thì HTML ra đầu ra chuẩn. Dự thảo còn lỗi vẫn được ghi
kèm các lỗi đó, và đầu ra lỗi chuẩn cho biết bao nhiêu lỗi, ở đâu.
Mã thoát: 0 đã ghi, 2 sai cách dùng hoặc lỗi đọc ghi.`,
};

const IMPORT = {
  en: `Usage: vanban import FILE.docx [-o OUT.vanban] [--force] [--lang vi|en]
Writes the Word file's text as a draft (to standard output without -o).
Exit codes: 0 written, 2 usage, unreadable Word file or I/O failure.`,
  vi: `Cách dùng: vanban import TỆP.docx [-o ĐÍCH.vanban] [--force] [--lang vi|en]
Ghi chữ của tệp Word thành dự thảo (ra đầu ra chuẩn nếu không có -o).
Mã thoát: 0 đã ghi, 2 sai cách dùng, tệp Word không đọc được hoặc lỗi đọc ghi.`,
};

export const renderUsage = (language: Language): string => RENDER[language];
export const importUsage = (language: Language): string => IMPORT[language];

/** The shared situations, one wording each, prefixed with the command (`vanban render: …`), said by `say`. */
export const wording = (say: Say) => ({
  exists: (command: string, target: string, link = false): string =>
    say(link ? msg('vanban {0}: {1} exists (a symbolic link); add --force to overwrite it', command, target) : msg('vanban {0}: {1} exists; add --force to overwrite it', command, target)),
  wrote: (command: string, target: string): string => say(msg('vanban {0}: wrote {1}', command, target)),
  cannotRead: (command: string, file: string, reason: string): string => say(msg('vanban {0}: cannot read {1}: {2}', command, file, reason)),
  cannotWrite: (command: string, file: string, reason: string): string => say(msg('vanban {0}: cannot write {1}: {2}', command, file, reason)),
  usage: (command: string, problem: string): string => say(msg('vanban {0}: {1}', command, problem)),
});

export const lintUsage = (language: Language): string => LINT[language];
export const fixUsage = (language: Language): string => FIX[language];
export const mainUsage = (commands: string, language: Language): string => MAIN[language](commands);
