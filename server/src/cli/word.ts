// Word files on the command line: which files are read as Word files, and the reader's reason when one
// cannot be read (a failure, exit 2, never a crash). Checking one is check.ts's `checkDocxFile`.

import { localize, WordError, type Language } from '../engine';

/** Files the CLI reads as Word files, by name: .docx, and .doc/.docm/.dotx to say clearly why not. */
export function isWordFile(file: string): boolean {
  return /\.(docx|docm|dotx|doc)$/i.test(file);
}

/** The reader's reason in the user's language; anything else (a bug of ours) with its message. */
export function wordErrorText(error: unknown, language: Language): string {
  if (error instanceof WordError) return localize(language, error.detail);
  return `internal error reading the Word file: ${(error as Error).message ?? String(error)}`;
}
