// Linting a Word file: read it, parse its text as a draft, run every rule with the formatting data, so the
// structural and text rules run unchanged and the formatting rules (input 'docx') run too.

import { lintModel, type LintOptions, type LintResult } from '../lint';
import { parse } from '../parse/parse';
import type { WordDocument } from './model';
import { readDocx } from './reader';
import type { ZipLimits } from './zip';

export { readDocx, WordError } from './reader';
export type { WordErrorKind, ZipLimits } from './zip';
export type * from './model';

export interface DocxLintResult extends LintResult {
  readonly word: WordDocument;
}

/** Reads and lints a .docx. Throws WordError when the bytes are not a readable .docx. */
export function lintDocx(bytes: Uint8Array, options: LintOptions = {}, limits?: ZipLimits): DocxLintResult {
  const word = readDocx(bytes, limits);
  return { ...lintModel(parse(word.text), { ...options, word }), word };
}

/** The 0-based paragraph index of a line of the extracted text. */
export function paragraphOf(word: WordDocument, line: number): number | undefined {
  return word.paragraphOfLine[line];
}
