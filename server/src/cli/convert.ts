// `vanban convert IN [-o OUT] [--from windows-1258|tcvn3|vni] [--force]`: a draft (or a .docx's runs in
// `.VnTime`/`VNI-Times`) in a legacy Vietnamese encoding turned into Unicode NFC, written as a new file
// (`x.unicode.vanban` beside `x.vanban` by default; never over an existing file without --force, never over
// the input), through the one atomic writer. It says which encoding it detected and how sure it is; an
// encoding it cannot tell is refused unless --from names it. Exit codes: 0 written, 1 nothing to convert,
// 2 usage, unreadable input, unknown encoding or I/O failure.

import { basename, dirname, extname, join, resolve } from 'node:path';
import { convertLegacy, convertWordRuns, ENCODING_NAMES, LEGACY_ENCODINGS, msg, readDocx, type Language, type LegacyEncoding } from '../engine';
import { readFileBytes } from '../node/read';
import { namedRoots } from '../node/write';
import { parse, UsageError } from './args';
import { reason, writeDraftAtomic, type Io } from './io';
import type { Messages } from './lang';
import { isWordFile, wordErrorText } from './word';

const USAGE = {
  en: `Usage: vanban convert FILE [-o OUT] [--from windows-1258|tcvn3|vni] [--force] [--lang vi|en]
Converts a draft in a legacy Vietnamese encoding (Windows-1258, TCVN3/ABC, VNI), or the .VnTime and
VNI-Times runs of a .docx, to Unicode. Writes a new file (FILE.unicode.vanban beside it without -o) and
says which encoding it detected and how sure it is.
Exit codes: 0 written, 1 nothing to convert, 2 usage, unknown encoding or I/O failure.`,
  vi: `Cách dùng: vanban convert TỆP [-o TỆP_RA] [--from windows-1258|tcvn3|vni] [--force] [--lang vi|en]
Chuyển dự thảo gõ bằng bảng mã cũ (Windows-1258, TCVN3/ABC, VNI), hoặc các đoạn phông .VnTime và
VNI-Times trong tệp .docx, sang Unicode. Ghi ra tệp mới (TỆP.unicode.vanban bên cạnh nếu không có -o) và
cho biết bảng mã nhận ra cùng mức độ chắc chắn.
Mã thoát: 0 đã ghi, 1 không có gì để chuyển, 2 sai cú pháp, không rõ bảng mã hoặc lỗi đọc/ghi.`,
};

export const CONVERT_USAGE = (language: Language): string => USAGE[language];

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  from: { type: 'string' },
  force: { type: 'boolean', short: 'f', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `x.vanban` -> `x.unicode.vanban`; a .docx becomes a draft. */
function convertedName(file: string): string {
  const ext = isWordFile(file) ? '' : extname(file);
  const stem = basename(file, extname(file));
  return join(dirname(file), `${stem}.unicode${ext || '.vanban'}`);
}

export async function runConvert(argv: readonly string[], io: Io, messages: Messages): Promise<number> {
  const { say } = messages;
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) { io.out(`${CONVERT_USAGE(messages.language)}\n`); return 0; }
  if (positionals.length !== 1) throw new UsageError(say(msg('name exactly one file to convert')));
  const from = values.from as LegacyEncoding | undefined;
  if (from !== undefined && !LEGACY_ENCODINGS.includes(from)) throw new UsageError(say(msg('unknown encoding \'{0}\' (use {1})', from, LEGACY_ENCODINGS.join(', '))));
  const [file] = positionals;
  const target = values.out ?? convertedName(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, isWordFile(file) ? 'docx' : 'draft').bytes;
  } catch (error) {
    io.err(`vanban convert: ${say(msg('cannot read {0}: {1}', file, reason(error, say)))}\n`);
    return 2;
  }
  let text: string;
  if (isWordFile(file)) {
    let converted;
    try {
      converted = convertWordRuns(readDocx(bytes));
    } catch (error) {
      io.err(`vanban convert: ${file}: ${wordErrorText(error, values.lang === 'en' ? 'en' : 'vi')}\n`);
      return 2;
    }
    if (converted.runs.tcvn3 + converted.runs.vni === 0) {
      io.err(`vanban convert: ${say(msg('{0}: no run in a legacy font (.VnTime, VNI-Times); nothing to convert', file))}\n`);
      return 1;
    }
    io.out(`${say(msg('{0}: {1} run(s) in TCVN3 (.VnTime) and {2} in VNI (VNI-Times) converted', file, converted.runs.tcvn3, converted.runs.vni))}\n`);
    text = `${converted.text}\n`;
  } else {
    const conversion = convertLegacy(bytes, from);
    if (!conversion) {
      const utf8 = isUtf8(bytes);
      io.err(`vanban convert: ${say(utf8
        ? msg('{0} is already Unicode text; nothing to convert', file)
        : msg('{0}: the encoding cannot be told with confidence; name it with --from ({1})', file, LEGACY_ENCODINGS.join(', ')))}\n`);
      return utf8 ? 1 : 2;
    }
    const { encoding, confidence } = conversion.detection;
    io.out(`${say(from
      ? msg('{0}: converted from {1} (as asked)', file, ENCODING_NAMES[encoding])
      : msg('{0}: detected {1}, {2}% sure', file, ENCODING_NAMES[encoding], Math.round(confidence * 100)))}\n`);
    text = conversion.text;
  }
  try {
    const written = writeDraftAtomic(target, text, { force: values.force, mustBeNew: true, inputs: [file], roots: namedRoots([file, target]) });
    io.out(`${say(msg('wrote {0}', written === resolve(target) ? target : `${target} -> ${written}`))}\n`);
  } catch (error) {
    io.err(`vanban convert: ${say(msg('cannot write {0}: {1}', target, reason(error, say)))}\n`);
    return 2;
  }
  return 0;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
