// Text in a legacy Vietnamese encoding (Windows-1258, TCVN3/ABC, VNI) -> Unicode NFC, and the detection
// that names the encoding of bytes that are not UTF-8 with how sure it is. Pure: bytes or strings in, text
// out (TextDecoder's windows-1252/1258 exist in Node and in browsers). Never guessed silently: the caller
// shows the encoding and the confidence, and writes a new file.

import { checkSyllable } from '../../rules/support/syllable';
import { CP1252_MARKS, TCVN3, VNI_LETTERS, VNI_MARKS } from './tables';

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
      out.push(letter ?? mark(byte) ?? text[i]);
      continue;
    }
    const letter = byte === undefined ? undefined : VNI_LETTERS[byte];
    const base = letter ?? mark(byte) ?? text[i];
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

/** A byte of 0x80-0x9F as Windows-1252 shows it (“ ” …), whichever way it was read. */
function mark(byte: number | undefined): string | undefined {
  const code = byte === undefined ? undefined : CP1252_MARKS[byte];
  return code === undefined ? undefined : String.fromCharCode(code);
}

/** The vowels a VNI mark byte may follow. */
const VNI_BASES = new Set([...'aeouyAEOUYơưƠƯ']);

/** Windows-1252 code point -> byte (the 0x80-0x9F block holds typographic marks at other code points). */
const CP1252_HIGH = new Map<number, number>(Object.entries(CP1252_MARKS).map(([byte, code]) => [code, Number(byte)]));
function toCp1252Byte(code: number): number | undefined {
  // A C1 control (0x80-0x9F) is such a byte read as Latin-1, as some runtimes' `windows-1252` decoder does.
  if (code <= 0xff) return code;
  return CP1252_HIGH.get(code);
}

/**
 * Whether a text read from a legacy-font run is really stored in the legacy encoding: every character has
 * a Windows-1252 byte (the marks of 0x80-0x9F, “ ” …, sit at U+20xx) and some byte is above ASCII. A run in
 * a legacy font whose text holds Unicode letters (ả, ơ, đ) was typed in Unicode and only labelled with the
 * old font. The one test of `vanban convert` and of the Word fix.
 */
export function isLegacyText(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const byte = toCp1252Byte(text.charCodeAt(i));
    if (byte === undefined) return false;
    if (byte >= 0x80) high = true;
  }
  return high;
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
  const confidence = round(best.confidence * Math.min(1, sample / 10) * (0.5 + 0.5 * margin));
  return confidence < 0.5 ? { encoding: 'unknown', confidence } : { encoding: best.encoding, confidence };
}

/** What separates words: white space, ASCII punctuation and digits, typographic quotes and dashes. */
const SEPARATORS = /[\s\d!-/:-@[-`{-~\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+/u;

/**
 * The share of the words holding a non-ASCII character that are possible Vietnamese syllables (letters
 * only, one tone, a valid initial, cluster and final: the syllable-spelling rule's check). The right
 * decoding gives `nhân`, `thành`; a wrong one gives `nh©n`, `thµnh`, loose combining marks or impossible
 * clusters. `total` counts those words in the sample.
 */
function vietnameseShare(text: string): { score: number; total: number } {
  let valid = 0;
  let total = 0;
  // Bounded sample: the first 64 K characters decide.
  for (const word of text.slice(0, 65_536).split(SEPARATORS)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    total++;
    const lower = word.normalize('NFC').toLowerCase();
    if (/^\p{L}+$/u.test(lower) && checkSyllable(lower) === undefined) valid++;
  }
  return { score: total ? valid / total : 0, total };
}

const round = (value: number) => Math.round(value * 100) / 100;

export interface Conversion {
  /** The text in Unicode NFC. */
  readonly text: string;
  readonly detection: Detection;
  /** True when the bytes were UTF-8 holding legacy text read as Latin-1 (`Uû ban nh©n d©n`). */
  readonly viaLatin1: boolean;
}

/**
 * A draft's bytes in a legacy encoding -> Unicode. Bytes that are not UTF-8 are detected as they are;
 * UTF-8 whose characters all fit Windows-1252 (legacy text once opened as Latin-1 and saved as UTF-8) is
 * detected on those bytes. `from` overrides the detection. Undefined when the bytes are Unicode text that
 * needs nothing, or when the encoding is unknown and not given.
 */
export function convertLegacy(bytes: Uint8Array, from?: LegacyEncoding): Conversion | undefined {
  const utf8 = strictUtf8(bytes);
  if (utf8 === undefined) {
    const detection = from ? { encoding: from, confidence: 1 } : detectLegacy(bytes);
    if (detection.encoding === 'unknown') return undefined;
    return { text: decodeLegacy(bytes, detection.encoding), detection, viaLatin1: false };
  }
  const latin = toCp1252Bytes(utf8);
  if (!latin) return undefined;
  const detection = from ? { encoding: from, confidence: 1 } : detectLegacy(latin);
  if (detection.encoding === 'unknown') return undefined;
  const text = decodeLegacy(latin, detection.encoding);
  return text === utf8.normalize('NFC') ? undefined : { text, detection, viaLatin1: true };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The Windows-1252 bytes of a text, when every character has one (undefined otherwise, or when it is plain ASCII). */
function toCp1252Bytes(text: string): Uint8Array | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = new Uint8Array(body.length);
  let high = false;
  for (let i = 0; i < body.length; i++) {
    const byte = toCp1252Byte(body.charCodeAt(i));
    if (byte === undefined) return undefined;
    if (byte >= 0x80) high = true;
    out[i] = byte;
  }
  return high ? out : undefined;
}

/** The font names that mark a run of a .docx as legacy text: `.VnTime`, `.VnTimeH` (capitals), `VNI-Times`. */
export function legacyFont(font: string | undefined): { encoding: 'tcvn3' | 'vni'; capitals: boolean } | undefined {
  if (!font) return undefined;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return undefined;
}

interface LegacyRunSource {
  readonly paragraphs: readonly { readonly text: string; readonly runs: readonly { readonly start: number; readonly end: number; readonly font: { readonly kind: string; readonly name?: string } }[] }[];
}

/**
 * A .docx's text (one paragraph a line) with its runs in legacy fonts converted to Unicode: `.VnTime` runs
 * as TCVN3, `.VnTimeH` as TCVN3 capitals, `VNI-Times` as VNI; a run whose text is not legacy bytes (`isLegacyText`)
 * is Unicode already and stays. `runs`: how many runs were converted, by encoding.
 */
export function convertWordRuns(word: LegacyRunSource): { text: string; runs: Record<'tcvn3' | 'vni', number> } {
  const runs = { tcvn3: 0, vni: 0 };
  const lines: string[] = [];
  for (const paragraph of word.paragraphs) {
    let out = '';
    let at = 0;
    for (const run of paragraph.runs) {
      const legacy = legacyFont(run.font.kind === 'named' ? run.font.name : undefined);
      if (!legacy || run.start < at || !isLegacyText(paragraph.text.slice(run.start, run.end))) continue;
      out += paragraph.text.slice(at, run.start) + fromLatin(paragraph.text.slice(run.start, run.end), legacy.encoding, legacy.capitals);
      at = run.end;
      runs[legacy.encoding]++;
    }
    lines.push(out + paragraph.text.slice(at));
  }
  return { text: lines.join('\n'), runs };
}
