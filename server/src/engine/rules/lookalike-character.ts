// A letter from another script that looks like a Vietnamese one (U+00D0 Ð for Đ, a Cyrillic а in `củа`),
// or an invisible zero-width character, inside a word. The reader reads through them (text/normalise.ts),
// so no other structural rule trips on them; this rule reports each one once, with its safe fix.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { hasFoldable, lookalikeOf, touchesLatin, ZERO_WIDTH } from '../text/normalise';
import { defineRule } from './rule';

const hex = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export default defineRule({
  id: 'lookalike-character',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'No look-alike letter of another script and no zero-width character inside a word.',
  basis: {
    dang: 'HD 36-HD/VPTW (bộ mã TCVN 6909:2001)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
  },
  check({ model, report }) {
    // The reader notes the lines its view folded; a model made elsewhere has every line looked at.
    const indexes = model.foldedLines ?? model.lines.map((line) => line.index);
    for (const index of indexes) {
      const line = model.lines[index];
      const text = line.text;
      if (!hasFoldable(text)) continue;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const letter = lookalikeOf(ch);
        if (letter !== undefined) {
          if (/\p{M}/u.test(text[i + 1] ?? '') || !touchesLatin(text, i)) continue;
          const range = columns(line.index, i, i + 1);
          report({
            range,
            message: msg('{0} ({1}) only looks like the letter {2}: searches, sorting and the checks do not read it as {2}', ch, hex(ch), letter),
            fix: { title: msg('Write {0}', letter), safety: 'safe', edits: [{ range, newText: letter }] },
          });
        } else if (ZERO_WIDTH.test(ch)) {
          // Between two letters it splits the word invisibly; at a word's edge it is harmless but still junk.
          const range = columns(line.index, i, i + 1);
          report({
            range,
            message: msg('An invisible character ({0}) in the text', hex(ch)),
            fix: { title: msg('Remove the invisible character'), safety: 'safe', edits: [{ range, newText: '' }] },
          });
        }
      }
    }
  },
});
