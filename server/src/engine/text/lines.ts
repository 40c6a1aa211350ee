// Which lines of a text hold a needle, found by native searches of the whole text rather than a test of
// every line. The reader uses it for its first pass, the text rules to look only at the lines their
// patterns can match.

import type { SourceLine } from '../model';

/** How much of a needle is searched for (see linesHolding). */
const SEARCH_KEY = 6;

/**
 * Which lines may hold one of `needles` (none holds a line break): every line where one occurs, and perhaps
 * a few more, so callers use it to skip lines, never to decide. Each needle is searched by its first
 * SEARCH_KEY characters (V8 finds a needle that short by a memory search for its first character; a longer
 * one it reads character by character, about twenty times slower on a 1 MB draft). Masking comments only
 * blanks text, so a needle found here in a line whose comments are masked later may be gone from the masked
 * line, never the other way round.
 */
export function linesHolding(text: string, lines: readonly SourceLine[], needles: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  for (const needle of new Set(needles.map((needle) => needle.slice(0, SEARCH_KEY)))) {
    let line = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      // Occurrences come in order: walk the lines forward by halving (galloping would not pay for a few hits).
      let high = lines.length - 1;
      while (line < high) {
        const mid = (line + high + 1) >> 1;
        if (lines[mid].offset <= at) line = mid;
        else high = mid - 1;
      }
      flags[line] = 1;
    }
  }
  return flags;
}
