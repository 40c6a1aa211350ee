// Linting one file: read, pick its options, analyse. Shared by the in-process path and the workers.

import { AnalysisHost, localize, msg, type Analysis, type Diagnostic, type LintOptions } from '../engine';
import { readFileSync } from 'node:fs';
import type { FileReport } from './format';
import { readDraft, type InvalidUtf8 } from './io';
import { lintOptionsFor, type CliFlags } from './options';
import { isWordFile, wordErrorText } from './word';

export type CheckOutcome = { readonly report: FileReport } | { readonly file: string; readonly error: string };

export function checkText(file: string, text: string, flags: CliFlags, invalid?: InvalidUtf8): FileReport {
  const options = lintOptionsFor(file, flags);
  const result = analyseOnce(file, text, options);
  const diagnostics = invalid ? [encodingFinding(invalid, options.language ?? 'vi'), ...result.findings] : result.findings;
  return { file, profile: result.profile, regime: result.regime, diagnostics };
}

/** The analysis of one version of a file (a draft's text or a Word file's bytes), read once and forgotten. */
export function analyseOnce(file: string, input: string | Uint8Array, options: LintOptions): Analysis {
  const host = new AnalysisHost({ editing: false });
  host.update(file, 0, input);
  return host.analysis(file, options);
}

/**
 * A file that is not valid UTF-8 is a CLI-level finding (`encoding`, an error) at its first bad byte: the
 * engine sees text, not bytes, so no rule can tell. The rest is linted as decoded (U+FFFD for bad bytes);
 * `vanban fix` refuses such a file.
 */
function encodingFinding(invalid: InvalidUtf8, language: 'vi' | 'en'): Diagnostic {
  const at = { line: invalid.line, character: invalid.character };
  return {
    rule: 'encoding',
    severity: 'error',
    message: localize(language, msg('The file is not valid UTF-8 (byte 0x{0} at offset {1}): save it as UTF-8; vanban fix will not change it',
      invalid.byte.toString(16).padStart(2, '0'), invalid.offset)),
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
  };
}

export function checkFile(file: string, flags: CliFlags): CheckOutcome {
  if (isWordFile(file)) return checkDocxFile(file, flags);
  let draft;
  try {
    draft = readDraft(file);
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  return { report: checkText(file, draft.text, flags, draft.invalid) };
}

/** A Word file: the findings on its extracted text (the formatting ones too), each with its paragraph. */
export function checkDocxFile(file: string, flags: CliFlags): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  const options = lintOptionsFor(file, flags);
  try {
    const result = analyseOnce(file, bytes, options);
    return {
      report: {
        file, profile: result.profile, regime: result.regime, diagnostics: result.findings,
        paragraphOfLine: result.word?.paragraphOfLine,
      },
    };
  } catch (error) {
    return { file, error: wordErrorText(error, flags.language ?? options.language ?? 'vi') };
  }
}
