// Characters a document cannot carry: C0 control characters other than the tab (NUL, BEL, escape …),
// the non-characters U+FFFE and U+FFFF, and lone UTF-16 surrogates. Text pasted from a PDF or a terminal
// brings them; XML 1.0 forbids them, so the .docx export shows each as U+FFFD (never drops it),
// and this rule says where they are. A form feed (the page break text extracted from a PDF keeps) is
// white space on the page and not reported. No fix: the right character cannot be guessed.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

/** One character per match, so each is reported once; linear (a character class, no quantifier). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The cheap gate: any candidate at all (a surrogate may be half of a valid pair; FORBIDDEN decides). A plain
 *  character class runs on V8's fast path, where FORBIDDEN's look-arounds do not: most texts hold none. */
const CANDIDATE = /[\u0000-\u0008\u000B\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export default defineRule({
  id: 'control-character',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'No control characters or non-characters, which a document cannot carry.',
  basis: {
    dang: 'HD 36-HD/VPTW (bộ mã TCVN 6909:2001); XML 1.0 (Office Open XML)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001); XML 1.0 (Office Open XML)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001); XML 1.0 (Office Open XML)',
  },
  check({ model, report }) {
    // One scan of the whole text from the first candidate; each match is mapped to its line by the line
    // offsets (both only move forward), so a document without any costs one pass of a plain class.
    // Adjacent characters (a run a PDF extraction left) are one cause: one finding for the run.
    // A text the reader found plain (text/plain.ts) holds no control character.
    if (model.plainText) return;
    const text = model.text;
    const first = text.search(CANDIDATE);
    if (first < 0) return;
    const lines = model.lines;
    let line = 0;
    let run: { line: number; start: number; end: number; chars: string[] } | undefined;
    const flush = () => {
      if (!run) return;
      const named = [...new Set(run.chars)].map(codePoint).join(', ');
      report({
        range: columns(lines[run.line].index, run.start, run.end),
        message: run.chars.length === 1
          ? msg('The character {0} cannot be carried by a document: it is exported as U+FFFD', named)
          : msg('The characters {0} cannot be carried by a document: each is exported as U+FFFD', named),
      });
      run = undefined;
    };
    FORBIDDEN.lastIndex = first;
    for (let match = FORBIDDEN.exec(text); match; match = FORBIDDEN.exec(text)) {
      while (line + 1 < lines.length && lines[line + 1].offset <= match.index) line++;
      const column = match.index - lines[line].offset;
      if (run && run.line === line && run.end === column) {
        run.end = column + 1;
        run.chars.push(match[0]);
        continue;
      }
      flush();
      run = { line, start: column, end: column + 1, chars: [match[0]] };
    }
    flush();
  },
});
