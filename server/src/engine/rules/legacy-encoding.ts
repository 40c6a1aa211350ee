// Text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) and read as Unicode shows Latin-1
// look-alikes inside words (`Uû ban nh©n d©n`, `Thµnh phè`): the document is not in TCVN 6909:2001.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

/** Latin-1 symbols that TCVN3 uses for Vietnamese letters and Unicode text never has inside a word. */
const SYMBOLS = '¡¢¤¥¦§¨©ª¬®¯´µ¶·¸¹º¼½¾';
const TOKEN = new RegExp(`[\\p{L}${SYMBOLS}]+`, 'gu');
const HAS_SYMBOL = new RegExp(`[${SYMBOLS}]`, 'u');

export default defineRule({
  id: 'legacy-encoding',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'No legacy-encoding (TCVN3, VNI) artefacts in the text.',
  basis: {
    dang: 'HD 36-HD/VPTW (bộ mã TCVN 6909:2001)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (TCVN 6909:2001)',
  },
  check({ model, report }) {
    let reported = 0;
    // An index loop: it runs over every line, and an iterator costs an object per line until optimised.
    for (let i = 0; i < model.lines.length; i++) {
      const line = model.lines[i];
      if (!HAS_SYMBOL.test(line.text)) continue;
      for (const match of line.text.matchAll(TOKEN)) {
        // A lone symbol (© 2026) is not a garbled word: a letter must touch it.
        // One letter beside a symbol (`s©`, `T¡`: OCR or scan noise) is too little to call a garbled word; a
        // line in a legacy encoding has words of two letters or more (`nh©n`, `c¸c`), and one finding a line is enough.
        if (!HAS_SYMBOL.test(match[0]) || !hasTwoLetters(match[0])) continue;
        report({
          range: columns(line.index, match.index!, match.index! + match[0].length),
          message: msg('{0} looks like text in a legacy encoding (TCVN3 or VNI): convert the document to Unicode', match[0]),
        });
        // One finding per line is enough to show where; a whole garbled document would drown the panel.
        if (++reported >= 50) return;
        break;
      }
    }
  },
});

/** Whether the token has two letters or more besides the legacy symbols. */
function hasTwoLetters(token: string): boolean {
  let letters = 0;
  for (const ch of token) if (!SYMBOLS.includes(ch) && ++letters >= 2) return true;
  return false;
}
