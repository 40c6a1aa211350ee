// The .docx reader: bytes -> WordDocument (the text as a draft, each paragraph's resolved formatting, the
// sections). Pure. Linting a Word file is `lintDocx` (../lintDocx.ts), above the reader.

import type { WordDocument } from './model';

export { readDocx, WordError } from './reader';
export type { WordErrorKind, ZipLimits } from './zip';
export type * from './model';

/** The 0-based paragraph index of a line of the extracted text. */
export function paragraphOf(word: WordDocument, line: number): number | undefined {
  return word.paragraphOfLine[line];
}
