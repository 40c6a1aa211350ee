// Which lines of a text hold a needle, found by native searches of the whole text rather than a test of
// every line. The reader uses it for its first pass, the text rules to look only at the lines their
// patterns can match.

import type { SourceLine } from '../model';

/**
 * Which lines hold one of `needles` (none holds a line break): a line holds a needle exactly when an
 * occurrence starts inside it. Masking comments only blanks text, so a needle found here in a line whose
 * comments are masked later may be gone from the masked line, never the other way round.
 */
export function linesHolding(text: string, lines: readonly SourceLine[], needles: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  for (const needle of needles) {
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
