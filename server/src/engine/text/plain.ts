// Plain text: a draft written only in the characters a Vietnamese document is made of (tab and line
// breaks, ASCII letters, digits and punctuation, the precomposed Latin letters up to U+02FF and in
// U+1E00–U+1EFF, the general punctuation and currency signs) needs none of the whole-text checks: it holds
// no control character, nothing the reader's view folds (look-alikes of other scripts, odd spaces, form
// feeds), and nothing NFC would change (each of these characters is NFC_Quick_Check=Yes with combining
// class 0, so any string of them, and any part of one, is already NFC; test/text/plain.test.ts checks this
// against `normalize`). One scan of the whole text decides it; a text with any other character goes
// through each check as before.

/** The plain characters, as ranges of UTF-16 units (inclusive). */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x7e],
  // Latin-1 and Latin Extended-A/B, IPA, spacing modifiers; not U+00A0 (folded), U+00D0, U+00F0, U+0189 (look-alikes).
  [0xa1, 0xcf], [0xd1, 0xef], [0xf1, 0x188], [0x18a, 0x2ff],
  // Latin Extended Additional (the Vietnamese letters with two marks).
  [0x1e00, 0x1eff],
  // General punctuation but the odd spaces, zero-width characters, line separators and bidi controls; currency.
  [0x2010, 0x2027], [0x2030, 0x205e], [0x2061, 0x20cf],
];

/**
 * 1 for a plain unit, for every UTF-16 unit (64 KB): one load per character and no range test, which on the
 * 1 MB draft is a fifth of the scan's time (every parse of a plain text reads each of its characters here).
 */
const PLAIN = new Uint8Array(0x10000);
for (const [from, to] of PLAIN_RANGES) PLAIN.fill(1, from, to + 1);

/** Whether every character of `text` is plain: no control character, nothing to fold, already NFC. */
export function isPlainText(text: string): boolean {
  const length = text.length;
  let i = 0;
  // Four characters a test: one branch for four loads (a third less time on the 1 MB draft than one a test).
  for (; i + 4 <= length; i += 4) {
    if ((PLAIN[text.charCodeAt(i)] & PLAIN[text.charCodeAt(i + 1)] & PLAIN[text.charCodeAt(i + 2)] & PLAIN[text.charCodeAt(i + 3)]) === 0) return false;
  }
  for (; i < length; i++) if (PLAIN[text.charCodeAt(i)] === 0) return false;
  return true;
}
