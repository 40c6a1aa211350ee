// Brackets and quotation marks come in pairs in the running text: `(`/`)`, `[`/`]`, `“`/`”` and an even
// number of `"`. An enumerator such as `1)` or `a)` in running text is not a bracket. Scanned and OCR'd
// text leaves marks that belong to no sentence (seal and signature residue, running page headers, table
// borders read as `)`, garbled tokens): an unmatched mark there is not reported (rather silent than wrong).

import { msg } from '../l10n/localize';
import type { Segment } from '../model';
import { columns } from '../ranges';
import { isWhiteSpaceCode } from '../text/source';
import { defineRule } from './rule';
import type { LintShared, SharedKey } from './support/shared';
import { holdsWord, textSegments } from './support/text';

const MARKS_IN = /[()[\]“”"]/;
const MARK_AT = /[()[\]“”"]/g;
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
/**
 * `a)`, `1)`, `đ)`, and sub-points `b1)` used as an enumerator: at the start or after a space; also after an
 * ellipsis or an emphasis star (a quoted point cut from its article: `“...b) Đối với`, `*b)`).
 */
const ENUMERATOR = /(?:^|[\s:;,“"(.…*])(?:\p{Ll}\d?|\d{1,2})\)/gu;
const ENUMERATOR_BEFORE = /[\s:;,“"(.…*]/u;
/** A lower-case letter: a line with none is a capitals line (a name, a heading) or scan residue. */
const LOWER = /\p{Ll}/u;
/** Characters official prose never puts in a word: a token holding one is OCR garbage (`<Ỹ`.ưF_“`). */
const GARBLED = /[`_<>^~|\\{}]/;
const SMALL_LETTER = /\p{Ll}/u;

/**
 * Whether ENUMERATOR has a match ending at the `)` at `i`, read from the few units before it rather than
 * by matching the whole line: an enumerator is at most four units, and two of its matches cannot overlap
 * (the unit before one is never a letter, a digit or `)`), so a match there is a match of the line's scan.
 * Undefined near a surrogate (a letter beyond the BMP is two units): the caller then scans the line.
 */
function enumeratorEndsAt(text: string, i: number): boolean | undefined {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
  }
  // Module functions, not closures: every `a)` of every item line comes here.
  if (smallAt(text, i - 1)) return beforeEnumerator(text, i - 2);
  if (!digitAt(text, i - 1)) return false;
  return beforeEnumerator(text, i - 2) || ((digitAt(text, i - 2) || smallAt(text, i - 2)) && beforeEnumerator(text, i - 3));
}

const beforeEnumerator = (text: string, k: number) => k < 0 || ENUMERATOR_BEFORE.test(text[k]);
const digitAt = (text: string, k: number) => k >= 0 && isDigit(text.charCodeAt(k));
const smallAt = (text: string, k: number) => k >= 0 && SMALL_LETTER.test(text[k]);

export default defineRule({
  id: 'brackets-balanced',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'Brackets and quotation marks are balanced.',
  basis: {
    dang: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    nd30: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    qppl: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
  },
  check({ model, shared, report }) {
    // The whole running text is one scope: a quotation of several paragraphs (an amended article quoted
    // point by point) opens in one paragraph and closes in another, and PDF text breaks paragraphs anyway.
    checkBlock(textSegments(model, shared), shared, report);
  },
});

/** Whether the text holds a mark at all: depends on the text alone (remembered while the document is edited). */
const HAS_MARK: SharedKey<boolean> = { name: 'brackets-balanced candidates' };
const hasMark = (text: string) => MARKS_IN.test(text);

/** Where each enumerator's `)` stands in a line (ENUMERATOR's matches), for a line enumeratorEndsAt cannot read. */
function enumeratorEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const match of text.matchAll(ENUMERATOR)) ends.add(match.index! + match[0].length - 1);
  return ends;
}

/** The opening mark each closing mark closes, by code (`)` → `(`, `]` → `[`, `”` → `“`); 0 for the others. */
function openerOf(code: number): number {
  return code === 41 ? 40 : code === 93 ? 91 : code === 0x201d ? 0x201c : 0;
}
const isOpener = (code: number) => code === 40 || code === 91 || code === 0x201c;

function checkBlock(block: readonly Segment[], shared: LintShared, report: (r: { range: ReturnType<typeof columns>; message: ReturnType<typeof msg>; severity?: 'info' }) => void): void {
  // Each opening mark keeps its line's text: whether it is residue is read only if it stays unclosed.
  const stack: { code: number; line: number; at: number; text: string; i: number }[] = [];
  // How many of each opening mark the stack holds (by code), so a closing mark's check stays O(1).
  const open = new Map<number, number>([[40, 0], [91, 0], [0x201c, 0]]);
  const straight: { line: number; at: number }[] = [];
  for (const segment of block) {
    const text = segment.text;
    // Most segments hold no mark: while the document is edited, an unchanged line's answer is remembered.
    if (!shared.perText(HAS_MARK, segment.line, text, hasMark)) continue;
    // From mark to mark by a native search (`test` moves lastIndex and builds no match object).
    MARK_AT.lastIndex = 0;
    if (!MARK_AT.test(text)) continue;
    // A line with no two letters in a row (`]`, `“..`: scan noise, seal residue) opens nothing and its
    // stray marks are not reported; it may still close a bracket opened above (`… (Điều 9 … ngày` / `19/11/2025)`).
    // Read at the first mark that asks (most marked lines are prose). No closures here: this runs for every
    // marked segment, and two closures each would be most of what the rule allocates.
    let noise: boolean | undefined;
    // The enumerators' `)` (`a)`, `1)`) of the whole line, read only near a surrogate (enumeratorEndsAt).
    let skip: Set<number> | undefined;
    do {
      const i = MARK_AT.lastIndex - 1;
      // Codes, not one-character strings: `“` and `”` are beyond Latin-1, a new string each time.
      const code = text.charCodeAt(i);
      const at = segment.start + i;
      const opener = openerOf(code);
      if (isOpener(code)) {
        if ((noise ??= !holdsWord(text))) continue;
        stack.push({ code, line: segment.line, at, text, i });
        open.set(code, open.get(code)! + 1);
      }
      else if (opener !== 0) {
        const top = stack[stack.length - 1];
        if (top && top.code === opener) {
          stack.pop();
          open.set(opener, open.get(opener)! - 1);
        } else if (open.get(opener) === 0) {
          if ((noise ??= !holdsWord(text))) continue; // scan noise
          const enumerator = enumeratorEndsAt(text, i) ?? (skip ??= enumeratorEnds(text)).has(i);
          if (enumerator) continue; // an enumerator, not a bracket
          // A quotation opened with `"` and closed with `”` (styles mixed, often across lines): one pair.
          // Said once, as information: the text is whole, only its typography is mixed.
          if (code === 0x201d && straight.length % 2 === 1) {
            report(mixedQuotes({ line: segment.line, at }, '"', straight.pop()!.line, '”'));
            continue;
          }
          // At the start of a line, before a space: a table border or margin the scan read as a bracket.
          if (i === 0 && /\s/.test(text[1] ?? '')) continue;
          if (residueAt(text, i)) continue;
          // `tỉnh6)`, `ngày0)`: a digit glued to a word, then `)`: a footnote marker or OCR of digits.
          if (isDigit(text.charCodeAt(i - 1)) && /\p{L}/u.test(text[i - 2] ?? '') ) continue;
          report({ range: columns(segment.line, at, at + 1), message: msg('{0} closes nothing: its opening {1} is missing', text[i], String.fromCharCode(opener)) });
        } else {
          // Marks opened inside and never closed are dropped (each is popped once: linear overall).
          while (stack.length && stack[stack.length - 1].code !== opener) {
            const dropped = stack.pop()!.code;
            open.set(dropped, open.get(dropped)! - 1);
          }
          stack.pop();
          open.set(opener, open.get(opener)! - 1);
        }
      } else if (code === 34 && !(noise ??= !holdsWord(text)) && !isDigit(text.charCodeAt(i - 1))) straight.push({ line: segment.line, at });
      // `"` right after a digit is the seconds or inches sign (`104°45'30"`), not a quotation mark.
    } while (MARK_AT.test(text));
  }
  // `“` left open and an odd `"` after it: one quotation in mixed styles, not two faults.
  const lastStraight = straight[straight.length - 1];
  if (straight.length % 2 === 1) {
    const mixed = stack.findIndex((mark) => mark.code === 0x201c && (mark.line < lastStraight.line || (mark.line === lastStraight.line && mark.at < lastStraight.at)));
    if (mixed >= 0) {
      const [opening] = stack.splice(mixed, 1);
      straight.pop();
      report(mixedQuotes(lastStraight, '“', opening.line, '"'));
    }
  }
  for (const unclosed of stack) {
    // A mark on a capitals line or in a garbled token paired like any other, but is not reported.
    if (residueAt(unclosed.text, unclosed.i)) continue;
    report({ range: columns(unclosed.line, unclosed.at, unclosed.at + 1), message: msg('{0} is never closed', String.fromCharCode(unclosed.code)) });
  }
  if (straight.length % 2 === 1) {
    const last = straight[straight.length - 1];
    report({ range: columns(last.line, last.at, last.at + 1), message: msg('An odd number of {0}: a quotation is not closed', '"') });
  }
}

/** One quotation opened with one style and closed with another: said once, as information. */
function mixedQuotes(closing: { line: number; at: number }, opened: string, openedLine: number, closed: string) {
  return {
    range: columns(closing.line, closing.at, closing.at + 1), severity: 'info' as const,
    message: msg('A quotation opened with {0} (line {1}) is closed with {2}: keep one style of quotation marks', opened, openedLine + 1, closed),
  };
}

/**
 * Whether a mark at `i` is likely the scan's rather than the drafter's: on a line with no lower-case letter
 * (`“ĐẠI DIỆN`, a running header `…DOC. K)`), or in a token holding a character prose never writes.
 */
function residueAt(text: string, i: number): boolean {
  return !LOWER.test(text) || garbledAt(text, i);
}

/** Whether the white-space-delimited token around position `i` holds a character prose never writes. */
function garbledAt(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && !isWhiteSpaceCode(text.charCodeAt(from - 1)) && i - from < 40) from--;
  let to = i + 1;
  while (to < text.length && !isWhiteSpaceCode(text.charCodeAt(to)) && to - i < 40) to++;
  return GARBLED.test(text.slice(from, to));
}
