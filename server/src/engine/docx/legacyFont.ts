// Text set in a pre-Unicode Vietnamese font: the file stores 8-bit codes that only the font draws as
// Vietnamese letters (TCVN3 / ABC in `.VnTime`, VNI in `VNI-Times`). Changing such a run's font alone shows
// garbage; the text is converted to Unicode (NFC) in the same edit. One function, so the shared encoding
// converter can take its place.

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font name draws, if any: `.VnTime`, `.VnTimeH`, `.VnArial` (TCVN3); `VNI-Times` (VNI). */
export function legacyEncodingOf(font: string): LegacyEncoding | undefined {
  const name = font.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (name.startsWith('vni-') || name.startsWith('vni ')) return 'vni';
  return undefined;
}

/**
 * Whether a run's text is really stored in the legacy encoding: every character within one byte and some
 * above ASCII. A run in a legacy font whose text already holds Unicode letters (ả, ơ, đ) was typed in
 * Unicode and only labelled with the old font: its text stays, only the font changes.
 */
export function isLegacyEncoded(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return false;
    if (code >= 0x80) high = true;
  }
  return high;
}

/** A TCVN3 font whose name ends in H (`.VnTimeH`) draws every letter in capitals. */
export function capitalsOnly(font: string): boolean {
  const name = font.trim();
  return name.startsWith('.') && name.endsWith('H');
}

// TCVN3 (TCVN 5712:1993, VN3): one byte per precomposed letter; the capitals only for the seven base letters.
const TCVN3: Record<number, string> = {
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xa8: 'ă', 0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xa9: 'â', 0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xae: 'đ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xaa: 'ê', 0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xab: 'ô', 0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xac: 'ơ', 0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xad: 'ư', 0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
};

// VNI: a base letter followed by a code for its marks (or one code for ơ, ư, đ and the marked i's).
const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323', HAT = '\u0302', BREVE = '\u0306';
const VNI_LOWER: Record<number, string> = {
  0xf9: ACUTE, 0xf8: GRAVE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  0xe2: HAT, 0xe1: HAT + ACUTE, 0xe0: HAT + GRAVE, 0xe5: HAT + HOOK, 0xe3: HAT + TILDE, 0xe4: HAT + DOT,
  0xea: BREVE, 0xe9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
  0xf4: 'ơ', 0xf6: 'ư', 0xf1: 'đ', 0xec: 'ì', 0xed: 'í', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị',
};
const VNI_UPPER: Record<number, string> = {
  0xd9: ACUTE, 0xd8: GRAVE, 0xdb: HOOK, 0xd5: TILDE, 0xcf: DOT,
  0xc2: HAT, 0xc1: HAT + ACUTE, 0xc0: HAT + GRAVE, 0xc5: HAT + HOOK, 0xc3: HAT + TILDE, 0xc4: HAT + DOT,
  0xca: BREVE, 0xc9: BREVE + ACUTE, 0xc8: BREVE + GRAVE, 0xda: BREVE + HOOK, 0xdc: BREVE + TILDE, 0xcb: BREVE + DOT,
  0xd4: 'Ơ', 0xd6: 'Ư', 0xd1: 'Đ', 0xcc: 'Ì', 0xcd: 'Í', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị',
};

/**
 * Text stored for a legacy font (each 8-bit code as the character U+00xx, as Word keeps it) -> Unicode NFC.
 * ASCII passes through; so does any character the encoding does not use.
 */
export function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || code > 0xff) { out += ch; continue; }
    out += (encoding === 'tcvn3' ? TCVN3[code] : VNI_LOWER[code] ?? VNI_UPPER[code]) ?? ch;
  }
  // A VNI mark code after an ơ/ư written as one code composes too (ơ + ́ = ớ).
  return out.normalize('NFC');
}
