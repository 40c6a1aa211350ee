// Which lines of a text hold a needle, found by native searches of the whole text rather than a test of
// every line. The reader uses it for its first pass, the text rules to look only at the lines their
// patterns can match.

import type { SourceLine } from '../model';

/** How much of a needle is searched for (see linesHolding). */
const SEARCH_KEY = 6;

/**
 * Which lines may hold one of `needles` (none holds a line break), or a match of a global pattern that never
 * matches across a line break: every line where one occurs, and perhaps
 * a few more, so callers use it to skip lines, never to decide. Each needle is searched by its first
 * SEARCH_KEY characters (V8 finds a needle that short by a memory search for its first character; a longer
 * one it reads character by character, about twenty times slower on a 1 MB draft). Masking comments only
 * blanks text, so a needle found here in a line whose comments are masked later may be gone from the masked
 * line, never the other way round.
 */
export function linesHolding(text: string, lines: readonly SourceLine[], needles: readonly string[] | RegExp): Uint8Array {
  const flags = new Uint8Array(lines.length);
  if (lines.length > 0) mark(text, 0, lines, 0, lines.length - 1, searchesOf(needles), flags);
  return flags;
}

/**
 * linesHolding after an edit: a line the edit left unchanged (`lineBefore(i)`, its line in the version
 * before, else -1) has that line's flag in `before`; only the stretches of new lines are searched.
 */
export function linesHoldingAfterEdit(text: string, lines: readonly SourceLine[], needles: readonly string[] | RegExp, before: Uint8Array, lineBefore: (line: number) => number): Uint8Array {
  const flags = new Uint8Array(lines.length);
  const keys = searchesOf(needles);
  let i = 0;
  while (i < lines.length) {
    const old = lineBefore(i);
    if (old >= 0 && old < before.length) {
      flags[i] = before[old];
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && lineBefore(last + 1) < 0) last++;
    const from = lines[i].offset;
    const to = last + 1 < lines.length ? lines[last + 1].offset : text.length;
    mark(text.slice(from, to), from, lines, i, last, keys, flags);
    i = last + 1;
  }
  return flags;
}

/** A needle list's searches: the keys found by indexOf, and the rest together by one regular expression. */
interface Searches {
  readonly keys: readonly string[];
  readonly pattern: RegExp | undefined;
}

/**
 * The searches of a needle list, or of a pattern: a global expression that never matches across a line
 * break, searched over the whole text with each match taken for its line (the lines that may hold a match of
 * the same expression in any piece of them, so a rule can skip the others).
 */
function searchesOf(search: readonly string[] | RegExp): Searches {
  if (!(search instanceof RegExp)) return searchKeys(search);
  let searches = PATTERN_SEARCHES.get(search);
  if (!searches) {
    if (!search.global) throw new Error(`linesHolding: ${search} must be global`);
    searches = { keys: [], pattern: search };
    PATTERN_SEARCHES.set(search, searches);
  }
  return searches;
}

const PATTERN_SEARCHES = new WeakMap<RegExp, Searches>();

/**
 * The searches of a needle list, worked out once per list: the rules pass module constants, and a
 * WeakMap lets a list that is dropped go (a memo of a pure function, no state a caller can see).
 */
function searchKeys(needles: readonly string[]): Searches {
  let searches = KEYS_OF.get(needles);
  if (!searches) {
    const keys = [...new Set(needles.map((needle) => needle.slice(0, SEARCH_KEY)))];
    const slow = keys.filter((key) => slowForIndexOf(key.charCodeAt(0)));
    searches = {
      keys: keys.filter((key) => !slow.includes(key)),
      // A class for the first unit: V8 then scans for the unit itself, not for one of its bytes.
      pattern: slow.length ? new RegExp(slow.map((key) => `[${escape(key[0])}]${escape(key.slice(1))}`).join('|'), 'g') : undefined,
    };
    KEYS_OF.set(needles, searches);
  }
  return searches;
}

const KEYS_OF = new WeakMap<readonly string[], Searches>();

/**
 * Whether indexOf finds a needle starting with this unit slowly in Vietnamese text. V8 looks for a two-byte
 * unit by a memory search for the higher of its two bytes, then checks each hit: for `“` and `”` (U+201C,
 * U+201D) that byte is 0x20, the low byte of every space, and the search stops at each. A regular
 * expression with the unit in a class compares whole units, about four times faster there (and slower
 * for any other unit, so only these go to it).
 */
function slowForIndexOf(unit: number): boolean {
  if (unit <= 0xff) return false;
  const byte = Math.max(unit & 0xff, unit >> 8);
  return byte === 0x20 || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Flags the lines `first`..`last` in which a key occurs in `stretch` (their text, from offset `from`). */
function mark(stretch: string, from: number, lines: readonly SourceLine[], first: number, last: number, searches: Searches, flags: Uint8Array): void {
  for (const key of searches.keys) {
    let line = first;
    for (let at = stretch.indexOf(key); at >= 0; ) {
      line = lineAt(lines, from + at, line, last);
      flags[line] = 1;
      // The line is flagged: the next search starts on the line after it (a common key, `Bộ` or `…`, may
      // stand many times on one line).
      if (line >= last) break;
      at = stretch.indexOf(key, Math.max(at + 1, lines[line + 1].offset - from));
    }
  }
  const pattern = searches.pattern;
  if (!pattern) return;
  let line = first;
  pattern.lastIndex = 0;
  while (pattern.test(stretch)) {
    // No needle holds a line break: the match's last unit is on its line.
    line = lineAt(lines, from + pattern.lastIndex - 1, line, last);
    flags[line] = 1;
    if (line >= last) break;
    pattern.lastIndex = Math.max(pattern.lastIndex, lines[line + 1].offset - from);
  }
}

/** The line holding `offset`, at or after `line` and at most `last` (offsets come in order: by halving). */
function lineAt(lines: readonly SourceLine[], offset: number, line: number, last: number): number {
  let high = last;
  while (line < high) {
    const mid = (line + high + 1) >> 1;
    if (lines[mid].offset <= offset) line = mid;
    else high = mid - 1;
  }
  return line;
}
