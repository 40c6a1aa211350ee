// Linting one file: read, pick its options, analyse. Shared by the in-process path and the workers.

import { AnalysisHost, localize, msg, type Analysis, type Diagnostic, type LintOptions } from '../engine';
import type { FileReport } from './format';
import { readDraft, reason, type InvalidUtf8 } from './io';
import { invalidTextMessage, readFileBytes } from '../node/read';
import type { Say } from './lang';
import type { CliFlags, OptionsFor } from './options';
import { isWordFile, wordErrorText } from './word';

export type CheckOutcome = { readonly report: FileReport } | { readonly file: string; readonly error: string };

/** What checking a file needs of its run: the run's options (each config read once) and its CLI language. */
export interface CheckRun {
  readonly optionsFor: OptionsFor;
  readonly say: Say;
}

export function checkText(file: string, text: string, flags: CliFlags, run: CheckRun, invalid?: InvalidUtf8): FileReport {
  const options = run.optionsFor(file, flags);
  const result = analyseOnce(file, text, options);
  const diagnostics = invalid ? [encodingFinding(invalid, options.language ?? 'vi', file), ...result.findings] : result.findings;
  return { file, profile: result.profile, regime: result.regime, diagnostics };
}

/** The analysis of one version of a file (a draft's text or a Word file's bytes), read once and forgotten. */
export function analyseOnce(file: string, input: string | Uint8Array, options: LintOptions): Analysis {
  const host = new AnalysisHost({ editing: false });
  host.update(file, 0, input);
  return host.analysis(file, options);
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

export function checkFile(file: string, flags: CliFlags, run: CheckRun): CheckOutcome {
  if (isWordFile(file)) return checkDocxFile(file, flags, run);
  let draft;
  try {
    draft = readDraft(file);
  } catch (error) {
    return { file, error: reason(error, run.say) };
  }
  return { report: checkText(file, draft.text, flags, run, draft.invalid) };
}

/** A Word file: the findings on its extracted text (the formatting ones too), each with its paragraph. */
export function checkDocxFile(file: string, flags: CliFlags, run: CheckRun): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, 'docx').bytes;
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  const options = run.optionsFor(file, flags);
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
