// Stage 1 of the reader: the view the recognisers match on. Characters that look like the Vietnamese
// letters they stand in for (U+00D0 Ð for Đ, Cyrillic or Greek capitals and small letters that look like
// Latin ones) and the invisible or no-break spaces are folded one character for one character, so every
// column of the view is the column of the source: a part found in the view has its exact source range.
// The look-alikes themselves are reported once each by the `lookalike-character` rule, which reads the
// source; the structural rules read the view and so never trip over them.

/** Look-alike letter -> the Latin letter it imitates. One UTF-16 unit each way (columns kept). */
const LETTERS: Readonly<Record<string, string>> = {
  '\u00D0': 'Đ', '\u0189': 'Đ', '\u00F0': 'đ',
  // Cyrillic
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
  'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i',
  'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd',
  // Greek
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
  'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o',
};

/** Zero-width characters: read as a space in the view (one unit, columns kept); segments drop them. */
export const ZERO_WIDTH = /[\u200B-\u200D\u2060]/;

/** One cheap test before any per-character work: most lines have none of these. */
const ANY_OR_FEED = /[\f\u00A0\u00D0\u00F0\u0189\u0391-\u03C9\u0400-\u04FF\u0501\u2000-\u200D\u202F\u205F\u2060]/;
const ANY = /[\u00A0\u00D0\u00F0\u0189\u0391-\u03C9\u0400-\u04FF\u0501\u2000-\u200D\u202F\u205F\u2060]/;

/** Whether the whole text holds any character the view folds or a form feed: most documents hold none. */
export function anyFoldable(text: string): boolean {
  return ANY_OR_FEED.test(text);
}

/** Whether `text` holds a character the view folds, or a form feed (one regex test: the cheapest here). */
export function hasFoldable(text: string): boolean {
  return ANY_OR_FEED.test(text);
}

/** The letter a look-alike imitates, or undefined. */
export function lookalikeOf(ch: string): string | undefined {
  return LETTERS[ch];
}

/** The line as the recognisers read it: same length, look-alikes and odd spaces folded. */
export function normaliseLine(text: string): string {
  if (!ANY.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII and the Vietnamese letters (U+00C0 and up, but not U+00D0/U+00F0) pass at the first test.
    if (code < 0xA0) continue;
    const ch = text[i];
    let to: string | undefined;
    if (code === 0xA0 || (code >= 0x2000 && code <= 0x200D) || code === 0x202F || code === 0x205F || code === 0x2060) to = ' ';
    else {
      const letter = LETTERS[ch];
      // A look-alike letter is folded only inside a Latin word (`Ðộc`, `củа`): a word wholly in Cyrillic
      // or Greek is that script's own text and stays as typed.
      // A letter carrying a combining mark (`Α` + U+0301, the NFD of `Ά`) is that script's own letter.
      if (letter && !COMBINING.test(text[i + 1] ?? '') && touchesLatin(text, i)) to = letter;
    }
    if (to !== undefined) {
      out += text.slice(from, i) + to;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const WORD_LIMIT = 24;
const COMBINING = /\p{M}/u;
const LATIN = /[A-Za-z\u00C0-\u00CF\u00D1-\u00EF\u00F1-\u024F\u1E00-\u1EFF]/;

/**
 * Whether the letter at `i` stands in a word that also has a Latin letter: the nearest letters on each side
 * (looking past other look-alikes) decide. Bounded to the word, so linear overall.
 */
export function touchesLatin(text: string, i: number): boolean {
  // At most a word's length each way: a run of look-alikes with no end stays linear.
  for (let j = i - 1; j >= 0 && i - j <= WORD_LIMIT; j--) {
    const ch = text[j];
    if (LATIN.test(ch)) return true;
    if (!LETTERS[ch] && !/\p{M}/u.test(ch)) break;
  }
  for (let j = i + 1; j < text.length && j - i <= WORD_LIMIT; j++) {
    const ch = text[j];
    if (LATIN.test(ch)) return true;
    if (!LETTERS[ch] && !/\p{M}/u.test(ch)) break;
  }
  return false;
}
