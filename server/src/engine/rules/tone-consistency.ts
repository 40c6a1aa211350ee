// Tone-mark placement is consistent within a document (`hoà` and `hòa` not both). Neither style is an
// error (domain.md section 3: the official texts mix them), so mixing is information; a house style set
// by the option `style` (main-vowel as QĐ 1989/QĐ-BGDĐT, or first-vowel) makes it a warning.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { toneStyleOf, type ToneStyle } from './support/tone';

/** A word ending in a toned oa, oe or uy (either style), in precomposed text: the only words the styles differ on. */
const ENDING = '(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[òóỏõọÒÓỎÕỌ][aAeE]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[ùúủũụÙÚỦŨỤ][yY])';
const ENDING_AT = new RegExp(ENDING, 'gu');
const LETTER = /\p{L}/u;

type Styles = Map<string, ReturnType<typeof toneStyleOf> | null>;
/** Each word's style, remembered for the lint run: the same few words recur throughout a document. */
const STYLES: SharedKey<Styles> = { name: 'tone-consistency styles' };
function styleOf(styles: Styles, word: string): ReturnType<typeof toneStyleOf> {
  let style = styles.get(word);
  if (style === undefined) {
    style = toneStyleOf(word) ?? null;
    styles.set(word, style);
  }
  return style ?? undefined;
}

interface ToneWordAt { readonly from: number; readonly end: number; readonly word: string; readonly style: ToneStyle; readonly other: string }
const NONE: readonly ToneWordAt[] = [];
const TONE_WORDS: SharedKey<readonly ToneWordAt[]> = { name: 'tone-consistency words' };

/** The words of a text whose tone mark placement has a style, with where each stands in the text. */
function toneWords(text: string, styles: Styles): readonly ToneWordAt[] {
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
    const tone = styleOf(styles, word);
    if (!tone) continue;
    (words ??= []).push({ from, end, word, style: tone.style, other: tone.other });
  }
  return words ?? NONE;
}

export default defineRule({
  id: 'tone-consistency',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  description: 'Tone marks on oa, oe, uy are placed in one style throughout (or the house style).',
  basis: {
    dang: 'QĐ 1989/QĐ-BGDĐT Điều 8 (chỉ khi chọn kiểu riêng); HD 36-HD/VPTW đặt dấu trên nguyên âm chính',
    nd30: 'NĐ 30/2020/NĐ-CP không quy định (chính văn bản dùng cả hai kiểu): chỉ xét sự thống nhất',
    qppl: 'Không có quy định: chỉ xét sự thống nhất',
  },
  options: {
    style: {
      type: 'enum', values: ['any', 'main-vowel', 'first-vowel'], default: 'any',
      description: 'The house style of tone marks on oa, oe, uy: any (one style throughout, whichever), main-vowel (hoà, khoẻ, thuỷ) or first-vowel (hòa, khỏe, thủy).',
    },
  },
  visit({ options, shared, report }) {
    const found: { line: number; start: number; end: number; word: string; style: ToneStyle; other: string }[] = [];
    const styles = shared.get(STYLES, (): Styles => new Map());
    const wordsOf = (text: string) => toneWords(text, styles);
    return {
      segment(segment) {
        // The words depend on the text alone: an unchanged line's come from the previous version's run.
        for (const word of shared.perText(TONE_WORDS, segment.line, segment.text, wordsOf)) {
          found.push({ line: segment.line, start: segment.start + word.from, end: segment.start + word.end, word: word.word, style: word.style, other: word.other });
        }
      },
      end() {
        if (found.length === 0) return;
        const house = options.style === 'any' ? undefined : options.style;
        let wanted: ToneStyle;
        if (house) wanted = house;
        else {
          const main = found.filter((word) => word.style === 'main-vowel').length;
          if (main === 0 || main === found.length) return;
          wanted = main * 2 >= found.length ? 'main-vowel' : 'first-vowel';
        }
        // One finding per word written in the other style, at its first place, with the count and the
        // other places (a long guide spells khoá a dozen times: one line says it, not thirty).
        const byWord = new Map<string, typeof found>();
        for (const word of found) {
          if (word.style === wanted) continue;
          const places = byWord.get(word.word);
          if (places) places.push(word);
          else byWord.set(word.word, [word]);
        }
        for (const [text, places] of byWord) {
          const ranges = places.map((place) => columns(place.line, place.start, place.end));
          const { other } = places[0];
          const times = places.length;
          const message = house
            ? times > 1 ? msg('{0} ({1} times): the house style places the tone mark as in {2}', text, times, other) : msg('{0}: the house style places the tone mark as in {1}', text, other)
            : times > 1 ? msg('{0} ({1} times) places the tone mark in the other style from the rest of the document ({2})', text, times, other) : msg('{0} places the tone mark in the other style from the rest of the document ({1})', text, other);
          report({
            range: ranges[0],
            severity: house ? 'warning' : undefined,
            message,
            related: ranges.slice(1).map((range) => ({ range, message: msg('{0} again', text) })),
            fix: { title: times > 1 ? msg('Write {0} ({1} places)', other, times) : msg('Write {0}', other), safety: 'guarded', edits: ranges.map((range) => ({ range, newText: other })) },
          });
        }
      },
    };
  },
});
