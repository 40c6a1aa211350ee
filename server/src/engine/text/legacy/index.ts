// Text in a legacy Vietnamese encoding (Windows-1258, TCVN3/ABC, VNI) -> Unicode NFC, and the detection
// that names the encoding of bytes that are not UTF-8 with how sure it is. Pure: bytes or strings in, text
// out (TextDecoder's windows-1252/1258 exist in Node and in browsers). Never guessed silently: the caller
// shows the encoding and the confidence, and writes a new file.

import { TCVN3, VNI_LETTERS, VNI_MARKS } from './tables';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** How each encoding is named to the user (the font names offices know them by). */
export const ENCODING_NAMES: Readonly<Record<LegacyEncoding | 'unknown', string>> = {
  'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)', unknown: 'unknown',
};

export interface Detection {
  readonly encoding: LegacyEncoding | 'unknown';
  /** 0..1: the share of non-ASCII characters that become Vietnamese letters, discounted for short samples and close rivals. */
  readonly confidence: number;
}

const cp1252 = new TextDecoder('windows-1252');
const cp1258 = new TextDecoder('windows-1258');

/** Decodes legacy bytes to Unicode NFC. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'windows-1258') return cp1258.decode(bytes).normalize('NFC');
  return fromLatin(cp1252.decode(bytes), encoding);
}

/**
 * Legacy text that has already been read as Windows-1252 characters (a .docx run in `.VnTime`, a draft
 * decoded as Latin-1 and saved as UTF-8), converted to Unicode NFC. `capitals`: the run's font is a
 * capitals-only TCVN3 font (`.VnTimeH`), whose lower-case bytes show capitals.
 */
export function fromLatin(text: string, encoding: 'tcvn3' | 'vni', capitals = false): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const byte = toCp1252Byte(text.charCodeAt(i));
    if (encoding === 'tcvn3') {
      const letter = byte === undefined ? undefined : TCVN3[byte];
      out.push(letter ?? text[i]);
      continue;
    }
    const letter = byte === undefined ? undefined : VNI_LETTERS[byte];
    const base = letter ?? text[i];
    const next = i + 1 < text.length ? toCp1252Byte(text.charCodeAt(i + 1)) : undefined;
    const marks = next === undefined || !VNI_BASES.has(base) ? undefined : VNI_MARKS[next] ?? VNI_MARKS[next + 0x20];
    if (marks !== undefined && next! >= 0xc0) {
      out.push(base + marks);
      i++;
    } else out.push(base);
  }
  const joined = out.join('').normalize('NFC');
  return capitals ? joined.toUpperCase() : joined;
}

/** The vowels a VNI mark byte may follow. */
const VNI_BASES = new Set([...'aeouyAEOUYơưƠƯ']);

/** Windows-1252 code point -> byte (the 0x80-0x9F block holds typographic marks at other code points). */
const CP1252_HIGH = new Map<number, number>();
for (let byte = 0x80; byte <= 0x9f; byte++) {
  const ch = cp1252.decode(new Uint8Array([byte]));
  if (ch !== '\ufffd') CP1252_HIGH.set(ch.charCodeAt(0), byte);
}
function toCp1252Byte(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return CP1252_HIGH.get(code);
}

/**
 * Which legacy encoding bytes that are not UTF-8 are in: each candidate decodes them, and the one whose
 * non-ASCII characters are most often Vietnamese letters (and least often stray symbols or loose
 * combining marks) wins. Few non-ASCII bytes, or two candidates close together, lower the confidence;
 * below one half the encoding is 'unknown'.
 */
export function detectLegacy(bytes: Uint8Array): Detection {
  let best: Detection = { encoding: 'unknown', confidence: 0 };
  let second = 0;
  let sample = 0;
  for (const encoding of LEGACY_ENCODINGS) {
    const { score, total } = vietnameseShare(decodeLegacy(bytes, encoding));
    sample = Math.max(sample, total);
    if (score > best.confidence) {
      second = best.confidence;
      best = { encoding, confidence: score };
    } else if (score > second) second = score;
  }
  const margin = best.confidence > 0 ? 1 - second / best.confidence : 0;
  const confidence = round(best.confidence * Math.min(1, sample / 20) * (0.5 + 0.5 * margin));
  return confidence < 0.5 ? { encoding: 'unknown', confidence } : { encoding: best.encoding, confidence };
}

/** Letters of Vietnamese that are not ASCII: precomposed forms and đ/Đ. */
const VIETNAMESE = new Set([...'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'].flatMap((ch) => [ch, ch.toUpperCase()]));
/** Non-ASCII characters that ordinary Unicode text holds without being a letter (quotes, dashes, spaces). */
const NEUTRAL = new Set([...'\u00a0“”‘’–—…•°€\ufeff']);

function vietnameseShare(text: string): { score: number; total: number } {
  let letters = 0;
  let total = 0;
  // Bounded sample: the first 64 K characters decide.
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const ch = text[i];
    if (NEUTRAL.has(ch)) continue;
    total++;
    if (VIETNAMESE.has(ch)) letters++;
  }
  return { score: total ? letters / total : 0, total };
}

const round = (value: number) => Math.round(value * 100) / 100;
