// Numbered headings and items run in sequence at each level, restarting under a new parent, with no
// gap or repeat, and one numbering style per level.

import { msg } from '../l10n/localize';
import type { Heading, HeadingKind } from '../model';
import { POINT_LETTERS } from '../catalog/conventions';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

/** Levels from the outermost; kinds on one level share a counter. */
const LEVEL: Record<HeadingKind, number> = {
  'phan': 0, 'chuong': 1, 'muc': 2, 'tieu-muc': 3, 'dieu': 4, 'roman': 5, 'decimal': 6, 'multilevel': 7,
  'paren': 8, 'letter': 9, 'dash': 10, 'plus': 11,
};

/** The Roman sections' level when they hold articles: between Tiểu mục (3) and Điều (4), doubled. */
const ROMAN_ABOVE_ARTICLES = LEVEL['tieu-muc'] * 2 + 1;

export default defineRule({
  id: 'section-numbering',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  description: 'Numbered headings and items run in sequence at each level, in one style per level.',
  basis: {
    dang: 'HD 36-HD/VPTW, Phụ lục 2 (Phần, Chương, Mục; dòng Điều, khoản, điểm CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.đ',
    qppl: 'Luật 64/2025/QH15 Điều 7.2; NĐ 78/2025/NĐ-CP',
  },
  check({ model, report }) {
    // Per level, the last value seen per counter key (a multilevel prefix such as "1.2"); and the style
    // first used per level.
    const counters: Map<string, number>[] = [];
    const styles = new Map<HeadingKind, Heading>();
    const headings = model.body.headings;
    // Party texts and plans head sections `I-`, `II-` that each hold articles: there the Roman sections are
    // the articles' parents (between Mục and Điều), not their children.
    const firstRoman = headings.find((heading) => heading.kind === 'roman');
    const firstArticle = headings.find((heading) => heading.kind === 'dieu');
    const romanAbove = firstRoman !== undefined && firstArticle !== undefined && firstRoman.line < firstArticle.line;
    const levelOf = (kind: HeadingKind) => (romanAbove && kind === 'roman' ? ROMAN_ABOVE_ARTICLES : LEVEL[kind] * 2);
    const interruptions = footnoteRuns(headings);
    const counted = (heading: Heading, h: number) => !(heading.kind === 'dash' || heading.kind === 'plus' || heading.quoted || interruptions.has(h));
    const keyOf = (heading: Heading) => (heading.kind === 'multilevel' ? heading.values.slice(0, -1).join('.') : heading.kind);
    /** The next heading of the same list within a few headings (a parent heading ends the list, except for articles). */
    const nextSibling = (h: number, level: number, key: string): Heading | undefined => {
      for (let k = h + 1; k < headings.length && k <= h + SIBLING_SPAN; k++) {
        const next = headings[k];
        if (!counted(next, k)) continue;
        const nextLevel = levelOf(next.kind);
        if (nextLevel === level && keyOf(next) === key) return next;
        if (nextLevel < level && headings[h].kind !== 'dieu') return undefined;
      }
      return undefined;
    };
    for (let h = 0; h < headings.length; h++) {
      const heading = headings[h];
      if (!counted(heading, h)) continue;
      const level = levelOf(heading.kind);
      // A heading resets every counter below it, except articles: Điều run on through the whole document.
      // (An empty counter is left as it is: clearing a Map allocates a new table.)
      for (let below = level + 1; below < counters.length; below++) {
        const counter = counters[below];
        if (below !== LEVEL.dieu * 2 && counter !== undefined && counter.size > 0) counter.clear();
      }
      if (heading.kind === 'letter' && heading.values[0] < 0) {
        report({
          range: rangeOf(heading),
          message: msg('{0} is not a letter of the Vietnamese alphabet: points run {1}', heading.marker, 'a) b) c) d) đ) e) g) h) i) k)'),
        });
        continue;
      }
      const key = keyOf(heading);
      const last = counters[level] ??= new Map<string, number>();
      const value = heading.values[heading.values.length - 1];
      const previous = last.get(key);
      // A new list may always start again at 1 (a list under a paragraph, not under a heading). Points,
      // bracketed items and sub-headings may also open a list past its first value: Word's automatic
      // numbering is lost in the text (`b)` after plain paragraphs), and footnote texts `(7) …` or a list
      // quoted from another text open one: the reader cannot tell, so it stays silent there.
      const opensFreely = previous === undefined && (heading.kind === 'letter' || heading.kind === 'paren' || heading.kind === 'multilevel');
      if (value !== 1 && !opensFreely && (previous === undefined ? value !== 1 : value !== previous + 1)) {
        const expected = previous === undefined ? 1 : previous + 1;
        report({
          range: rangeOf(heading),
          message: previous !== undefined && value <= previous
            ? msg('{0} repeats or goes back in the numbering: expected {1}', heading.marker, markerFor(heading, expected))
            : msg('{0} skips a number: expected {1}', heading.marker, markerFor(heading, expected)),
        });
      }
      // One mistyped number (`1. 2. 4. 4.`, `1. 2. 2. 4.`) is one slip: when the next heading of the list
      // follows on from the expected value, the count goes on from it, so the next heading is not reported too.
      const expected = previous === undefined ? 1 : previous + 1;
      const mistyped = value !== expected && previous !== undefined && nextSibling(h, level, key)?.values.at(-1) === expected + 1;
      last.set(key, mistyped ? expected : value);
      const first = styles.get(heading.kind);
      if (!first) styles.set(heading.kind, heading);
      else if ((heading.kind === 'roman' || heading.kind === 'decimal') && first.style !== heading.style) {
        report({
          range: rangeOf(heading),
          message: msg('{0} mixes numbering styles on one level: the document uses {1} (line {2})', heading.marker, first.marker, first.line + 1),
        });
      }
    }
  },
});

/** How many headings ahead the next heading of a list is looked for (a bound, so the rule stays linear). */
const SIBLING_SPAN = 64;

/**
 * Footnote texts `(1) …` printed between two points of one list (`b)`, then the page's footnotes, then
 * `c)`), as PDF extraction leaves them: a run of bracketed items whose points before and after follow
 * each other. They are the page's, not the list's: they neither count nor restart the points.
 */
function footnoteRuns(headings: readonly Heading[]): Set<number> {
  const runs = new Set<number>();
  for (let h = 0; h < headings.length; h++) {
    if (headings[h].kind !== 'paren') continue;
    let end = h;
    while (end + 1 < headings.length && headings[end + 1].kind === 'paren') end++;
    const before = headings[h - 1];
    const after = headings[end + 1];
    if (before?.kind === 'letter' && after?.kind === 'letter' && after.values[0] === before.values[0] + 1) {
      for (let k = h; k <= end; k++) runs.add(k);
    }
    h = end;
  }
  return runs;
}

const ROMANS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

function markerFor(heading: Heading, value: number): string {
  switch (heading.kind) {
    case 'letter': return `${POINT_LETTERS[value - 1] ?? '?'})`;
    case 'paren': return `(${value})`;
    case 'roman': return `${ROMANS[value] ?? value}${heading.style}`;
    case 'multilevel': return `${[...heading.values.slice(0, -1), value].join('.')}${heading.style}`;
    case 'decimal': return `${value}${heading.style}`;
    case 'dieu': return `Điều ${value}.`;
    default: {
      const word = heading.marker.split(' ')[0];
      const roman = /^[IVXLC]+$/.test(heading.marker.split(' ').pop() ?? '');
      return `${word} ${roman ? ROMANS[value] ?? value : value}`;
    }
  }
}
