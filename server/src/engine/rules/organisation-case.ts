// An organisation's name capitalises the word for the type of body and the first word of its function,
// not every word: `Ủy ban nhân dân`, `Hội đồng nhân dân`, `Ban Chấp hành`; `Ủy Ban Nhân Dân` is wrong
// (NĐ 30 Phụ lục II). Only these generic names are checked: no gazetteer is needed. The fixed names of the
// Party's and the state's bodies (catalog/bodyNames.ts) are checked in every other casing.

import { FIXED_BODY_NAMES, GENERIC_BODY_NAMES } from '../catalog/bodyNames';
import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { linesHolding, textSegments } from './support/text';

const NAMES = GENERIC_BODY_NAMES;
/** Each name in title case (`Ủy Ban Nhân Dân`): the one spelling that is wrong and that text can show. */
const titleCase = (name: string) => name.split(' ').map((word) => word[0].toUpperCase() + word.slice(1)).join('\\s+');
const PATTERN = new RegExp(`(?<![\\p{L}])(${NAMES.map(titleCase).join('|')})(?![\\p{L}])`, 'gu');
const QUICK = new RegExp(NAMES.map(titleCase).join('|'), 'u');
const CANONICAL = new Map(NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * The fixed names of bodies and titles (catalog/bodyNames.ts): any other casing that starts with a capital
 * is wrong (`Tổng bí thư`, `Bộ chính trị`, `Sở Văn hóa, thể thao và Du lịch`). A name in lower case or in
 * capitals is not judged (a common noun; a heading).
 */
const FIXED = FIXED_BODY_NAMES;
/** The first word as printed (a capital: other casings are not judged), the rest in either case. */
const eitherCase = (word: string) => [...word].map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`)).join('');
const fixedSource = (name: string) => {
  const [first, ...rest] = name.split(' ');
  return [first, ...rest.map(eitherCase)].join('\\s+');
};
/**
 * The names as one alternation factored by first word (`Bộ\s+(?:…|…)|Sở\s+(?:…)`), in their order within
 * each word: it matches what the names one after another match (where every name has two words, two first
 * words never match at one place: white space must follow the first word), with a few alternatives tried
 * at each capital instead of every name.
 */
function byFirstWord(names: readonly string[]): string {
  if (!names.every((name) => name.includes(' '))) return names.map(fixedSource).join('|');
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const [first, ...rest] = name.split(' ');
    const rests = groups.get(first) ?? [];
    rests.push(rest.map(eitherCase).join('\\s+'));
    groups.set(first, rests);
  }
  return [...groups].map(([first, rests]) => `${first}\\s+(?:${rests.join('|')})`).join('|');
}
const FIXED_ALTERNATIVES = byFirstWord(FIXED);
// No `i` flag: a case-insensitive scan of every segment costs more than all the other names together.
// The letter before a name is tested by hand (letterBefore): a look-behind opening the expression keeps the
// engine from skipping ahead to the capitals that can start a name.
const FIXED_PATTERN = new RegExp(`(${FIXED_ALTERNATIVES})(?![\\p{L}])`, 'gu');
const LETTER = /\p{L}/u;
const FIXED_CANONICAL = new Map(FIXED.map((name) => [name.toLowerCase(), name]));

/** The first word of every name as the patterns spell it (title case, or as printed for the fixed names). */
const FIRST_WORDS = [...new Set([...NAMES.map((name) => titleCase(name).split('\\s+')[0]), ...FIXED.map((name) => name.split(' ')[0])])];
const NAMED_LINES: SharedKey<Uint8Array> = { name: 'organisation-case lines' };

/** A name written in a wrong casing: where it starts in the text, as typed, and as it is written. */
interface Misnamed {
  readonly at: number;
  readonly typed: string;
  readonly canonical: string;
  /** A fixed name (every other casing is wrong), not a generic one (title case is wrong). */
  readonly fixed: boolean;
}
const NONE: readonly Misnamed[] = [];
const MISNAMED: SharedKey<readonly Misnamed[]> = { name: 'organisation-case names' };

/** The names of a text in a wrong casing, the fixed names' first: a pure function of the text. */
function misnamed(text: string): readonly Misnamed[] {
  let found: Misnamed[] | undefined;
  // `exec` from the start, not `matchAll`: matchAll copies the expression, and a copy of one this long costs
  // more than the search (its source is hashed to find the compiled code).
  FIXED_PATTERN.lastIndex = 0;
  for (let match; (match = FIXED_PATTERN.exec(text)); ) {
    if (letterBefore(text, match.index)) {
      // Not a name here (the look-behind `(?<!\p{L})` would fail): search again from the next character.
      FIXED_PATTERN.lastIndex = match.index + 1;
      continue;
    }
    const typed = match[0];
    if (!/^\p{Lu}/u.test(typed) || typed === typed.toUpperCase()) continue;
    const canonical = FIXED_CANONICAL.get(typed.replace(/\s+/g, ' ').toLowerCase());
    if (!canonical || typed.replace(/\s+/g, ' ') === canonical) continue;
    (found ??= []).push({ at: match.index, typed, canonical, fixed: true });
  }
  if (!QUICK.test(text)) return found ?? NONE;
  // The fixed names found, in order; the generic ones come in order too, so one index walks both (linear).
  const fixedNames = found ?? NONE;
  let k = 0;
  PATTERN.lastIndex = 0;
  for (let match; (match = PATTERN.exec(text)); ) {
    const typed = match[0];
    if (typed === typed.toUpperCase()) continue; // capitals (a heading) are another matter
    // Inside a misnamed fixed name (`Ban Chấp Hành` in `Ban Chấp Hành Trung Ương`): the same slip, reported once.
    while (k < fixedNames.length && fixedNames[k].at + fixedNames[k].typed.length <= match.index) k++;
    if (k < fixedNames.length && fixedNames[k].at <= match.index) continue;
    const canonical = CANONICAL.get(typed.replace(/\s+/g, ' ').toLowerCase());
    if (!canonical || typed.replace(/\s+/g, ' ') === canonical) continue;
    // Only title case is wrong; a lower-case form (`ủy ban nhân dân các cấp`) is a common noun.
    const words = typed.split(/\s+/);
    if (!words.every((word) => /^\p{Lu}/u.test(word))) continue;
    (found ??= []).push({ at: match.index, typed, canonical, fixed: false });
  }
  return found ?? NONE;
}

export default defineRule({
  id: 'organisation-case',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  description: 'An organisation’s name is not written in title case (Ủy ban nhân dân, not Ủy Ban Nhân Dân).',
  basis: {
    dang: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục IV.1 (áp dụng cho văn bản Đảng theo thực tế; CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục IV.1',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục IV.1',
  },
  check({ model, shared, report }) {
    const named = linesHolding(model, shared, NAMED_LINES, FIRST_WORDS);
    for (const segment of textSegments(model, shared)) {
      // Every name starts with its first word as written: only the lines holding one are looked at; what is
      // found there depends on the text alone (remembered while the document is edited).
      if (!named[segment.line]) continue;
      for (const { at: offset, typed, canonical, fixed } of shared.perText(MISNAMED, segment.line, segment.text, misnamed)) {
        const at = segment.start + offset;
        const range = columns(segment.line, at, at + typed.length);
        report({
          range,
          message: fixed
            ? msg('{0} is written {1}', typed, canonical)
            : msg('{0} is written {1}: only the type of body and the first word of its function take a capital', typed, canonical),
          fix: { title: msg('Write {0}', canonical), safety: 'guarded', edits: [{ range, newText: canonical }] },
        });
      }
    }
  },
});

/** Whether a letter (one code point) ends `text` before `at`. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER.test(text.slice(pair ? at - 2 : at - 1, at));
}
