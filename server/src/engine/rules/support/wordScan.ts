// One scan of a text's words for the word rules: the tokens that are not possible Vietnamese syllables
// (syllable-spelling), a function word typed twice in a row (repeated-word), the words whose tone mark
// placement has a style (tone-consistency) and whether two spaces stand in a row (double-space, when a word
// rule has scanned already: see scannedWords). All come from one pass over the characters, remembered per
// text (LintShared.perText): the pass is what costs.

import { checkSyllable, looksVietnamese, runTogether, vowelGroups, type SpellingProblem } from './syllable';
import type { DocumentModel, Segment } from '../../model';
import type { LintShared, SharedKey } from './shared';
import { offsetInText, textSegments } from './text';
import { isWhiteSpaceCode } from '../../text/source';
import { hashStep, TokenMemo } from './tokenMemo';
import { toneWordsIn, type ToneWordAt } from './tone';

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

export interface Verdict {
  /** The word inside the token (edge punctuation removed) and where it starts in the token. */
  readonly word: string;
  readonly lead: number;
  readonly problem: SpellingProblem;
  /** Two syllables run together: the word split in two (`thành phần`). */
  readonly split?: string;
}

/** What a token is, as the word rules see it: a pure function of its text (the word list is applied after). */
interface TokenFacts {
  /** Not a possible syllable (only judged for a token not too long, not starting with an ASCII capital). */
  readonly verdict: Verdict | null;
  /** Its words whose tone mark placement has a style, with where each stands in the token. */
  readonly tones: readonly ToneWordAt[] | undefined;
}
const PLAIN: TokenFacts = { verdict: null, tones: undefined };

/**
 * Each token's facts, remembered across lints: the same few thousand syllables make up every document,
 * and on each keystroke the server would otherwise judge them all again. Bounded (TokenMemo), so memory
 * stays flat.
 */
const facts = new TokenMemo<TokenFacts>();

function factsOf(token: string): TokenFacts {
  const first = token.charCodeAt(0);
  // A token starting with an ASCII capital (a name or an abbreviation) is not judged as a syllable, nor
  // is one longer than any syllable with its punctuation; either may still hold a toned word.
  const verdict = token.length > LONGEST + 6 || (first >= 65 && first <= 90) ? null : verdictOf(token);
  const tones = toneWordsIn(token);
  return verdict || tones ? { verdict, tones } : PLAIN;
}

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

/** A function word typed twice in a row (`của của`, `tại tại`): where the second stands in the text. */
export interface Repeated {
  readonly at: number;
  readonly word: string;
}

/** What one scan of a text finds. */
export interface WordScan {
  /** The tokens that are not possible syllables, with where each starts in the text. */
  readonly misspelt: readonly { at: number; verdict: Verdict }[];
  readonly repeated: readonly Repeated[];
  /** The words whose tone mark placement has a style, with where each stands in the text. */
  readonly toned: readonly ToneWordAt[];
  /** Whether the text holds two plain spaces in a row. */
  readonly spaced: boolean;
}

/**
 * The function words that never stand twice in a row in Vietnamese. Left out: words that reduplicate
 * (`từ từ`, `là là`, `sau sau`, `người người`, `năm năm`) and those whose double can be two phrases
 * (`kèm theo theo danh mục`, `có hay không không quan trọng`, `để để lại`, `có có`).
 */
const NEVER_TWICE = new Set(['của', 'tại', 'và', 'các', 'những', 'được', 'cho', 'với', 'trong', 'đã', 'sẽ',
  'này', 'thì', 'khi', 'nếu', 'hoặc', 'bị', 'do', 'vì', 'đến', 'trên', 'dưới', 'một', 'về', 'qua', 'trước', 'nhằm', 'đối']);
/** The longest of them, in UTF-16 units: a longer token is not compared. */
const NEVER_TWICE_LONGEST = Math.max(...[...NEVER_TWICE].map((word) => word.length));

const NO_SCAN: WordScan = { misspelt: [], repeated: [], toned: [], spaced: false };
const WORD_SCAN: SharedKey<WordScan> = { name: 'word scan' };
const WORD_SCANS: SharedKey<readonly WordScan[]> = { name: 'word scans' };

/**
 * The scan of each text segment (textSegments' order), made once per run for every rule that reads it;
 * while a document is edited, an unchanged line's scan is the previous version's (LintShared.perText).
 */
export function wordScans(model: DocumentModel, shared: LintShared): readonly WordScan[] {
  return shared.get(WORD_SCANS, () => {
    const source = model.text;
    // A text segment (see textSegments) is read in place in the document's text where it is its very characters.
    const scan = (text: string, segment: Segment) => {
      const at = offsetInText(model, segment);
      return at >= 0 ? scanWords(source, at, at + text.length) : scanWords(text, 0, text.length);
    };
    return textSegments(model, shared).map((segment) => shared.perText(WORD_SCAN, segment.line, segment.text, scan, segment));
  });
}

/**
 * The scans, if a rule of this run has made them already, else undefined. A cheap rule (double-space) reads
 * them when they are there for nothing, and never starts them: on a very large document only the cheap rules
 * run, and the scan and its findings would cost more than that rule's own search.
 */
export function scannedWords(shared: LintShared): readonly WordScan[] | undefined {
  return shared.peek(WORD_SCANS);
}

/**
 * The tokens of `text[from, to)` that are not possible syllables, the function words typed twice in a row
 * and the toned words, at offsets from `from`.
 */
function scanWords(text: string, from: number, to: number): WordScan {
  // Tokens split on white space by hand: a regex iterator allocates a match per word, and this scan
  // looks at every word of the document.
  let found: { at: number; verdict: Verdict }[] | undefined;
  let repeated: Repeated[] | undefined;
  let toned: ToneWordAt[] | undefined;
  let spaced = false;
  // The token before, to see a word typed twice (compared only when the hashes and lengths agree).
  let previousStart = -1;
  let previousHash = 0;
  let previousLength = 0;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    // A plain space first: most separators are one, and the table's range test is then not needed.
    if (code === 32) {
      if (++i < to && text.charCodeAt(i) === 32) spaced = true;
      continue;
    }
    if (isSpace(code)) { i++; continue; }
    const start = i;
    // Every unit OR-ed together: below 128 when the token is ASCII.
    let high = 0;
    let hash = 0;
    // Never read past the end: charCodeAt's NaN there would make the loop's numbers slow for V8.
    for (;;) {
      high |= code;
      hash = hashStep(hash, code);
      if (++i >= to) break;
      code = text.charCodeAt(i);
      if (code === 32 || isSpace(code)) break;
    }
    const size = i - start;
    if (hash === previousHash && size === previousLength && size <= NEVER_TWICE_LONGEST && previousStart >= 0) {
      const word = text.slice(start, i);
      if (NEVER_TWICE.has(word) && text.startsWith(word, previousStart)) (repeated ??= []).push({ at: start - from, word });
    }
    previousStart = start;
    previousHash = hash;
    previousLength = size;
    // Left alone without a lookup: a token with no letter beyond ASCII (a loanword, a code, a number:
    // looksVietnamese would say no, and a toned vowel is not ASCII).
    if (high < 128) continue;
    const token = facts.get(text, start, i, hash, factsOf);
    if (token === PLAIN) continue;
    const at = start - from;
    if (token.verdict) (found ??= []).push({ at, verdict: token.verdict });
    if (token.tones) {
      for (const word of token.tones) (toned ??= []).push(at === 0 ? word : { ...word, from: at + word.from, end: at + word.end });
    }
  }
  return found || repeated || toned || spaced ? { misspelt: found ?? [], repeated: repeated ?? [], toned: toned ?? [], spaced } : NO_SCAN;
}
