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
