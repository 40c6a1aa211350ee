// Linting one file: read, pick its options, lint. Shared by the in-process path and the workers.

import { localize, lintModel, msg, parse, type Diagnostic } from '../engine';
import type { FileReport } from './format';
import { readDraft, reason, type InvalidUtf8 } from './io';
import { invalidTextMessage } from '../node/read';
import { lintOptionsFor, type CliFlags } from './options';
import { checkDocxFile, isWordFile } from './word';

export type CheckOutcome = { readonly report: FileReport } | { readonly file: string; readonly error: string };

export function checkText(file: string, text: string, flags: CliFlags, invalid?: InvalidUtf8): FileReport {
  const options = lintOptionsFor(file, flags);
  const result = lintModel(parse(text), options);
  const diagnostics = invalid ? [encodingFinding(invalid, options.language ?? 'vi', file), ...result.diagnostics] : result.diagnostics;
  return { file, profile: result.profile, regime: result.regime, diagnostics };
}

/**
 * A file that is not valid UTF-8 (nor UTF-16 with a BOM) is a CLI-level finding (`encoding`, an error) at its
 * first bad byte, naming the legacy encoding it most likely is and the command that converts it: the engine
 * sees text, not bytes, so no rule can tell. The rest is linted as decoded (U+FFFD for bad bytes); `vanban
 * fix` refuses such a file. Files and standard input alike.
 */
function encodingFinding(invalid: InvalidUtf8, language: 'vi' | 'en', file: string): Diagnostic {
  const at = { line: invalid.line, character: invalid.character };
  const command = invalid.legacy.encoding === 'unknown' ? msg('save it as UTF-8') : msg('convert it with: vanban convert {0}', file);
  return {
    rule: 'encoding',
    severity: 'error',
    message: localize(language, msg('The file is {0}: {1}; vanban fix will not change it', invalidTextMessage(invalid), command)),
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
  };
}

export function checkFile(file: string, flags: CliFlags): CheckOutcome {
  if (isWordFile(file)) return checkDocxFile(file, flags);
  let draft;
  try {
    draft = readDraft(file);
  } catch (error) {
    return { file, error: reason(error) };
  }
  return { report: checkText(file, draft.text, flags, draft.invalid) };
}
