// Text set in a pre-Unicode Vietnamese font: the file stores 8-bit codes that only the font draws as
// Vietnamese letters (TCVN3 / ABC in `.VnTime`, VNI in `VNI-Times`). Changing such a run's font alone shows
// garbage, so the Word fix converts the text to Unicode (NFC) in the same edit, with the one converter of
// legacy encodings (text/legacy): the fix and `vanban convert` read a run the same way.

import { fromLatin, isLegacyText, legacyFont } from '../text/legacy';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font name draws, if any: `.VnTime`, `.VnTimeH`, `.VnArial` (TCVN3); `VNI-Times` (VNI). */
export function legacyEncodingOf(font: string): LegacyEncoding | undefined {
  return legacyFont(font)?.encoding;
}

/** Whether a run's text is really stored in the legacy encoding: the converter's own test (text/legacy). */
export function isLegacyEncoded(text: string): boolean {
  return isLegacyText(text);
}

/** A TCVN3 font whose name ends in H (`.VnTimeH`) draws every letter in capitals. */
export function capitalsOnly(font: string): boolean {
  return legacyFont(font)?.capitals ?? false;
}

/** A run's legacy text in Unicode NFC (capitals are the caller's: see `capitalsOnly`). */
export function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  return fromLatin(text, encoding);
}
