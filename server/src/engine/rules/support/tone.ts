// Tone-mark placement in the open syllables `oa`, `oe`, `uy` (hoà / hòa, khoẻ / khỏe, thuỷ / thủy): the
// only place the two accepted styles differ (domain.md section 3; orthography.md).

export type ToneStyle = 'main-vowel' | 'first-vowel';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

export interface ToneWord {
  readonly style: ToneStyle;
  /** The same word in the other style. */
  readonly other: string;
}

/** The style of a word whose last syllable is an open oa/oe/uy with a tone mark, else undefined. */
export function toneStyleOf(word: string): ToneWord | undefined {
  const lower = word.toLowerCase();
  const nfd = lower.normalize('NFD');
  const tone = TONE_MARK.exec(nfd);
  if (!tone) return undefined;
  const base = nfd.replace(TONE_MARK, '').normalize('NFC');
  const match = /^(?:[bcdđhklmnprstvx]|ch|kh|ng|nh|ph|th|tr|g)?(o[ae]|uy)$/u.exec(base);
  if (!match) return undefined;
  // Which of the two vowels carries the mark (count letters before the mark in the NFD form).
  const before = [...nfd.slice(0, tone.index).normalize('NFC')].length;
  const first = base.length - 2;
  const onFirst = before - 1 === first;
  const target = onFirst ? first + 1 : first;
  const letters = [...base];
  letters[target] = (letters[target] + tone[0]).normalize('NFC');
  let other = letters.join('');
  if (word !== lower) other = word[0] === word[0].toUpperCase() && word.slice(1) === word.slice(1).toLowerCase()
    ? other[0].toUpperCase() + other.slice(1)
    : other.toUpperCase();
  return { style: onFirst ? 'first-vowel' : 'main-vowel', other };
}

/** A word ending in a toned oa, oe or uy (either style), in precomposed text: the only words the styles differ on. */
const ENDING_AT = /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[òóỏõọÒÓỎÕỌ][aAeE]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[ùúủũụÙÚỦŨỤ][yY])/gu;
const LETTER = /\p{L}/u;

/** A word whose tone mark placement has a style, with where it stands in the text searched. */
export interface ToneWordAt extends ToneWord {
  readonly from: number;
  readonly end: number;
  readonly word: string;
}

/**
 * The words of a text whose tone mark placement has a style. A word is a run of letters, so it never
 * crosses white space: the word scan (wordScan.ts) searches each distinct token once, not the whole text.
 */
export function toneWordsIn(text: string): readonly ToneWordAt[] | undefined {
  let words: ToneWordAt[] | undefined;
  // From ending to ending by a native search: every ending is two units, so lastIndex says where it is.
  ENDING_AT.lastIndex = 0;
  while (ENDING_AT.test(text)) {
    // The ending must close the word; the word starts at the nearest non-letter before it.
    const end = ENDING_AT.lastIndex;
    if (end < text.length && LETTER.test(text[end])) continue;
    let from = end - 2;
    while (from > 0 && LETTER.test(text[from - 1])) from--;
    const word = text.slice(from, end);
    const tone = toneStyleOf(word);
    if (tone) (words ??= []).push({ from, end, word, style: tone.style, other: tone.other });
  }
  return words;
}
