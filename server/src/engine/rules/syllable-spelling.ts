// Vietnamese spelling by the orthography's own rules, with no dictionary: `ngh`, `gh`, `k` only before
// `i e ê`; `ng`, `c` never before them, `g` never before `e ê`; `q` only in `qu`; a syllable ending in
// `p t c ch` takes only the sắc or nặng tone; impossible vowel clusters and finals; the tone mark never
// on the `u` of `qu` or the `i` of `gi`, nor on the first vowel of `oa`, `oe`, `uy` before a final (`sóat`);
// the rhymes that occur (`cơng` does not) (orthography.md). A word of two vowel groups that splits into two
// marked syllables is two syllables run together (`thànhphần`): reported with the split as a guarded fix.
// Capitalised words (names of minority or foreign origin), capitals, words with no Vietnamese letter
// (loanwords) and other words of more than one vowel group (a loanword written joined, `cácbon`) are left
// alone, and so is every word of the `words` list.

import { msg, type Message } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SpellingProblem } from './support/syllable';
import { textSegments } from './support/text';
import { wordScans } from './support/wordScan';

const WHY: Record<Exclude<SpellingProblem, 'run-together'>, Message> = {
  'two-tones': msg('two tone marks'),
  'initial-before-front': msg('k, gh and ngh stand only before i, y, e, ê'),
  'initial-not-before-front': msg('c, ng and g do not stand before i, y, e, ê (write k, ngh, gh)'),
  'q-without-u': msg('q is written only as qu followed by a vowel'),
  'no-vowel': msg('no vowel'),
  'vowel-cluster': msg('an impossible vowel sequence'),
  'stop-tone': msg('a syllable ending in p, t, c, ch takes only the sắc or nặng tone'),
  'final': msg('an impossible final consonant after this vowel'),
  'tone-on-glide': msg('the tone mark is on the wrong vowel'),
};

export default defineRule({
  id: 'syllable-spelling',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  description: 'Each syllable is spelled by the rules of Vietnamese orthography.',
  basis: {
    dang: 'Chính tả tiếng Việt; QĐ 1989/QĐ-BGDĐT Điều 8 (vị trí dấu thanh)',
    nd30: 'Chính tả tiếng Việt; QĐ 1989/QĐ-BGDĐT Điều 8 (vị trí dấu thanh)',
    qppl: 'Chính tả tiếng Việt; QĐ 1989/QĐ-BGDĐT Điều 8 (vị trí dấu thanh)',
  },
  options: {
    words: { type: 'string[]', default: [], description: 'The word list: names and terms the rules of orthography do not know (compared in NFC).' },
  },
  check({ model, shared, report, options }) {
    // The word list (option `words`: names and terms the orthography's rules do not know), compared in NFC.
    const words = new Set(options.words.map((w) => w.normalize('NFC')));
    const scans = wordScans(model, shared);
    textSegments(model, shared).forEach((segment, i) => {
      // What the scan finds depends on the text alone: one scan per run, shared with repeated-word.
      for (const { at: offset, verdict } of scans[i].misspelt) {
        if (words.has(verdict.word.normalize('NFC'))) continue;
        const at = segment.start + offset + verdict.lead;
        const range = columns(segment.line, at, at + verdict.word.length);
        if (verdict.split !== undefined) {
          // A split is a reading, not a certainty (a loanword may be written joined): an explicit quick fix only.
          report({
            range,
            message: msg('{0} reads as two syllables run together: write {1}', verdict.word, verdict.split),
            fix: { title: msg('Write {0}', verdict.split), safety: 'guarded', edits: [{ range, newText: verdict.split }] },
          });
          continue;
        }
        report({ range, message: msg('{0} is not a possible Vietnamese syllable: {1}', verdict.word, WHY[verdict.problem as Exclude<SpellingProblem, 'run-together'>]) });
      }
    });
  },
});
