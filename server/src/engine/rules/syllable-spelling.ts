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
import { isWhiteSpaceCode } from '../text/source';
import { defineRule } from './rule';
import { checkSyllable, looksVietnamese, runTogether, vowelGroups, type SpellingProblem } from './support/syllable';
import type { SharedKey } from './support/shared';
import { textSegments } from './support/text';
import { hashStep, TokenMemo } from './support/tokenMemo';

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

/** The characters `\s` matches (words are what lies between them; edge punctuation is not part of a word),
 *  as a table up to U+3000 (one load per character in the scan below). */
const SPACE_TABLE = Uint8Array.from({ length: 0x3001 }, (_, code) => (isWhiteSpaceCode(code) ? 1 : 0));
function isSpace(code: number): boolean {
  return code < 0x3001 ? SPACE_TABLE[code] === 1 : code === 0xfeff;
}
const LEADING = new Set([...'("“‘\'[«']);
const TRAILING = new Set([...')"”’\']],.;:!?…»']);
/** No Vietnamese syllable is longer than this (nghiêng: 7 letters); longer tokens are not words. */
const LONGEST = 12;

/** The token without punctuation at its edges (a loop: a regex with `$` goes quadratic on long runs). */
function stripEdges(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && LEADING.has(token[start])) start++;
  while (end > start && TRAILING.has(token[end - 1])) end--;
  return token.slice(start, end);
}
const LOWER_WORD = /^\p{Ll}+$/u;

interface Verdict {
  /** The word inside the token (edge punctuation removed) and where it starts in the token. */
  readonly word: string;
  readonly lead: number;
  readonly problem: SpellingProblem;
  /** Two syllables run together: the word split in two (`thành phần`). */
  readonly split?: string;
}

/**
 * Each token's verdict, remembered across lints: a token's verdict is a pure function of its text (the
 * word list is applied after), the same few thousand syllables make up every document, and on each
 * keystroke the server would otherwise judge them all again. Bounded (TokenMemo), so memory stays flat.
 */
const verdicts = new TokenMemo<Verdict | null>();

function verdictOf(token: string): Verdict | null {
  const word = stripEdges(token);
  // Only a word of one vowel group is a syllable to judge: two groups (`cácbon`) is a loanword written
  // joined, or two words run together; the rules cannot tell which (rather silent than wrong).
  if (word.length < 2 || !LOWER_WORD.test(word) || !looksVietnamese(word)) return null;
  const groups = vowelGroups(word);
  if (groups <= 1) {
    const problem = checkSyllable(word.normalize('NFC'));
    if (problem) return { word, lead: token.indexOf(word), problem: problem.problem };
  } else if (groups === 2) {
    // Two syllables run together, when the word splits into two marked syllables (runTogether).
    const split = runTogether(word);
    if (split) return { word, lead: token.indexOf(word), problem: 'run-together', split };
  }
  return null;
}

const NONE: readonly { at: number; verdict: Verdict }[] = [];
const MISSPELT: SharedKey<readonly { at: number; verdict: Verdict }[]> = { name: 'syllable-spelling tokens' };

/** The tokens of a text that are not possible syllables, with where each starts in the text. */
function misspelt(text: string): readonly { at: number; verdict: Verdict }[] {
  // Tokens split on white space by hand: a regex iterator allocates a match per word, and this rule
  // looks at every word of the document.
  let found: { at: number; verdict: Verdict }[] | undefined;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    // A plain space first: most separators are one, and the table's range test is then not needed.
    if (code === 32 || isSpace(code)) { i++; continue; }
    const start = i;
    // Every unit OR-ed together: below 128 when the token is ASCII.
    let high = 0;
    let hash = 0;
    // Never read past the end: charCodeAt's NaN there would make the loop's numbers slow for V8.
    for (;;) {
      high |= code;
      hash = hashStep(hash, code);
      if (++i >= length) break;
      code = text.charCodeAt(i);
      if (code === 32 || isSpace(code)) break;
    }
    // Left alone without a lookup: a token with no letter beyond ASCII (a loanword, a code, a number:
    // looksVietnamese would say no), and one starting with an ASCII capital (a name or an abbreviation).
    const first = text.charCodeAt(start);
    if (high < 128 || i - start > LONGEST + 6 || (first >= 65 && first <= 90)) continue;
    const verdict = verdicts.get(text, start, i, hash, verdictOf);
    if (verdict) (found ??= []).push({ at: start, verdict });
  }
  return found ?? NONE;
}

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
    for (const segment of textSegments(model, shared)) {
      // What the scan finds depends on the text alone: while the document is edited, an unchanged line's
      // findings come from the previous version's run (LintShared.perText).
      for (const { at: offset, verdict } of shared.perText(MISSPELT, segment.line, segment.text, misspelt)) {
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
    }
  },
});
