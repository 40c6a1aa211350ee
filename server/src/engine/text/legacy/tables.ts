// The legacy Vietnamese code tables, as data. TCVN3 (TCVN 5712:1993 VN3, the ".VnTime" fonts of the ABC
// keyboard) gives each lower-case letter one byte above 0xA0 and has only Ă Â Đ Ê Ô Ơ Ư among the capitals
// (a capital with a tone mark is typed in the ".VnTimeH" font, whose glyphs at the lower-case bytes are
// capitals). VNI ("VNI-Times") writes a vowel as its ASCII base followed by one Latin-1 byte carrying the
// marks, and a few letters as one byte. Windows-1258 is decoded by the platform's own TextDecoder.

/** TCVN3: byte -> letter (bytes not listed keep their Windows-1252 meaning). */
export const TCVN3: Readonly<Record<number, string>> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** VNI: letters written with one byte (lower case, then the capitals at the byte 0x20 lower). */
export const VNI_LETTERS: Readonly<Record<number, string>> = {
  0xf1: 'đ', 0xd1: 'Đ', 0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư',
  0xec: 'ì', 0xcc: 'Ì', 0xed: 'í', 0xcd: 'Í', 0xe6: 'ỉ', 0xc6: 'Ỉ', 0xf3: 'ĩ', 0xd3: 'Ĩ', 0xf2: 'ị', 0xd2: 'Ị',
  0xee: 'ỵ', 0xce: 'Ỵ',
};

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI: the byte after a vowel -> the combining marks it stands for (lower-case bytes; a capital's byte is 0x20 lower). */
export const VNI_MARKS: Readonly<Record<number, string>> = {
  0xf8: GRAVE, 0xf9: ACUTE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  0xe2: CIRCUMFLEX, 0xe0: CIRCUMFLEX + GRAVE, 0xe1: CIRCUMFLEX + ACUTE, 0xe5: CIRCUMFLEX + HOOK, 0xe3: CIRCUMFLEX + TILDE, 0xe4: CIRCUMFLEX + DOT,
  0xea: BREVE, 0xe8: BREVE + GRAVE, 0xe9: BREVE + ACUTE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
};
