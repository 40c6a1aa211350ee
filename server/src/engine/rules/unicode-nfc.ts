// Text is stored precomposed (Unicode NFC, TCVN 6909:2001 as practised): decomposed letters (a base
// letter and combining marks) break every text match and some fonts. Safe fix: normalise the line's runs.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import { textIsNfc } from './support/text';

/** A run of letters and marks; the ones holding a combining mark are reported (one pass over the line). */
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const MARK = /\p{M}/u;

export default defineRule({
  id: 'unicode-nfc',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'Text is in precomposed Unicode (NFC).',
  basis: {
    dang: 'HD 36-HD/VPTW (bộ mã TCVN 6909:2001)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
  },
  check({ model, shared, report }) {
    // One native check of the whole text first: line breaks never compose, so the text is NFC exactly when
    // every line is, and most texts are.
    // A text the reader found plain (text/plain.ts) is NFC without asking.
    if (textIsNfc(model, shared)) return;
    // An index loop: it runs over every line, and an iterator costs an object per line until optimised.
    for (let i = 0; i < model.lines.length; i++) {
      const line = model.lines[i];
      if (line.text.normalize('NFC') === line.text) continue;
      // One finding per line, however many of its words are decomposed (a line pasted from a decomposing
      // source is one slip), naming the first word and fixing them all.
      const edits: { range: ReturnType<typeof columns>; newText: string }[] = [];
      for (const match of line.text.matchAll(LETTER_RUN)) {
        if (!MARK.test(match[0])) continue;
        const composed = match[0].normalize('NFC');
        if (composed !== match[0]) edits.push({ range: columns(line.index, match.index!, match.index! + match[0].length), newText: composed });
      }
      if (edits.length === 0) continue;
      const first = edits[0];
      report({
        range: edits.length === 1 ? first.range : { start: first.range.start, end: edits[edits.length - 1].range.end },
        message: edits.length === 1
          ? msg('Decomposed Unicode in {0}: the text is stored precomposed (NFC)', first.newText)
          : msg('Decomposed Unicode in {0} and {1} more words of the line: the text is stored precomposed (NFC)', first.newText, edits.length - 1),
        fix: { title: msg('Normalise to NFC'), safety: 'safe', edits },
      });
    }
  },
});
