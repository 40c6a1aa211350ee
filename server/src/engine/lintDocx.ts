// Linting a Word file: read it, parse its text as a draft, run every rule with the formatting data, so the
// structural and text rules run unchanged and the formatting rules (input 'docx') run too.

import { lintModel, type LintOptions, type LintResult } from './lint';
import { parse } from './parse/parse';
import type { WordDocument } from './docx/model';
import { readDocx } from './docx/reader';
import type { ZipLimits } from './docx/zip';

export interface DocxLintResult extends LintResult {
  readonly word: WordDocument;
}

/** Reads and lints a .docx. Throws WordError when the bytes are not a readable .docx. */
export function lintDocx(bytes: Uint8Array, options: LintOptions = {}, limits?: ZipLimits): DocxLintResult {
  const word = readDocx(bytes, limits);
  return { ...lintModel(parse(word.text), { ...options, word }), word };
}
