// Linting a Word file from the command line: the bytes through the engine's .docx reader, the findings on
// the extracted text with each one's paragraph. A file that is not a readable .docx is a failure (exit 2)
// with the reader's reason, never a crash.

import { readFileBytes } from '../node/read';
import { lintDocx, localize, WordError, type Language } from '../engine';
import type { CheckOutcome } from './check';
import { lintOptionsFor, type CliFlags } from './options';

/** Files the CLI reads as Word files, by name: .docx, and .doc/.docm/.dotx to say clearly why not. */
export function isWordFile(file: string): boolean {
  return /\.(docx|docm|dotx|doc)$/i.test(file);
}

export function checkDocxFile(file: string, flags: CliFlags): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, 'docx').bytes;
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  const options = lintOptionsFor(file, flags);
  try {
    const result = lintDocx(bytes, options);
    return {
      report: {
        file, profile: result.profile, regime: result.regime, diagnostics: result.diagnostics,
        paragraphOfLine: result.word.paragraphOfLine,
      },
    };
  } catch (error) {
    return { file, error: wordErrorText(error, flags.language ?? options.language ?? 'vi') };
  }
}

/** The reader's reason in the user's language; anything else (a bug of ours) with its message. */
export function wordErrorText(error: unknown, language: Language): string {
  if (error instanceof WordError) return localize(language, error.detail);
  return `internal error reading the Word file: ${(error as Error).message ?? String(error)}`;
}
