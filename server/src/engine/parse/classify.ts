// Recognisers for single header and closing lines. Each takes a segment and says what it is.

import type { NumberLine, PlaceDate, Segment } from '../model';
import { MOTTO_WORDS, NATIONAL_NAME, PARTY_TITLE } from '../catalog/conventions';
import { ALLOWED_MARKS, OTHER_MARKS } from '../catalog/marks';
import { typeByName } from '../catalog/documentTypes';
import { NAME_PREFIX } from '../catalog/namePrefixes';
import { canonical, isUpperText, withoutMarks } from '../text/source';

/**
 * Header and closing parts are short lines; anything longer is body text. Checking the length first also
 * keeps every recogniser linear on pathological input (a megabyte of spaces after `ngày`).
 */
export const PART_MAX_LENGTH = 200;
const tooLong = (text: string) => text.length > PART_MAX_LENGTH;

const fold = (text: string) => canonical(text).toUpperCase().replace(/UỶ/g, 'ỦY').replace(/OÀ/g, 'ÒA').replace(/OẢ/g, 'ỎA');

/** The Party title, also when mis-cased or spaced, so the title rule can report it. */
export function isPartyTitle(segment: Segment): boolean {
  if (tooLong(segment.text)) return false;
  return fold(segment.text) === PARTY_TITLE;
}

/** The letters without their marks, in capitals (`CỌNG HÒA` and `CONG HOA` read `CONG HOA`). */
const bare = (text: string) => withoutMarks(text).toUpperCase().replace(/\s+/g, ' ').trim();
const NATIONAL_NAME_BARE = bare(NATIONAL_NAME);

/**
 * The national name in either tone style, or its near misses (case, typos in HÒA), or with its marks lost
 * or changed (an OCR'd `CỌNG HÒA`, a draft typed without its input method): eight words in this order are
 * the national name whatever their marks, and the title rule then asks for its exact reading.
 */
const NATIONAL_NAME_FOLDED = new RegExp(`^${NATIONAL_NAME.replace('HÒA', 'H[ÒÕOÓ]A')}$`, 'u');
export function isNationalName(segment: Segment): boolean {
  if (tooLong(segment.text)) return false;
  const folded = fold(segment.text);
  return NATIONAL_NAME_FOLDED.test(folded) || bare(segment.text) === NATIONAL_NAME_BARE;
}

/** The motto with any dash or spacing, so its form can be checked. */
const MOTTO_LOOSE = new RegExp(`^${MOTTO_WORDS.map((word) => word.toLowerCase()).join('\\s*[-–—‐]\\s*')}$`, 'u');
export function isMotto(segment: Segment): boolean {
  if (tooLong(segment.text)) return false;
  return MOTTO_LOOSE.test(canonical(segment.text).toLowerCase());
}

/** A horizontal rule typed as text: `-----`, `_____`, `=====`. */
export function isRule(text: string): boolean {
  if (tooLong(text)) return false;
  return /^[-_=–—]{3,}$/.test(text.replace(/\s/g, ''));
}

/** The Party separator under the issuing body. */
export function isStar(text: string): boolean {
  // `***` and `* * *` are the separator of other bodies' headers (Đoàn TNCS): read as the same mark.
  return /^\*(?:\s?\*){0,2}$/.test(text.trim());
}

// Not `\b`: it knows only ASCII letters, so it never matched after `BỘ` (`LƯU HÀNH NỘI BỘ`).
const MARKS = new RegExp(`^(${[...ALLOWED_MARKS, ...OTHER_MARKS].join('|')})(?![\\p{L}\\d])`, 'u');

/** Urgency, secrecy, circulation and draft marks (`HỎA TỐC`, `MẬT`, `Dự thảo lần 2`). */
export function isMark(segment: Segment): boolean {
  if (tooLong(segment.text)) return false;
  // A short mark in ordinary case (`Hỏa tốc`) is still a mark, so mark-spelling can ask for capitals.
  return MARKS.test(segment.text.toUpperCase()) && (isUpperText(segment.text) || /^dự thảo/iu.test(segment.text) || segment.text.length <= 24);
}

/** The label `Số` typed otherwise: without its marks or in capitals, with `.` or `;` for the colon. */
const ODD_LABEL = /^(?:S[OoÔôỐốỒồỔổỖỗỘộÓóÒòỎỏÕõỌọ]|SỐ)\s?([:.;]?)\s*/u;

/** Whether the text after the label is a number and symbol: digits or a blank, then a separator and a
 *  code; digits alone; or digits and a capitals symbol with a `-` or `/` in it, the separator forgotten. */
function isNumberValue(rest: string): boolean {
  return /^(?:\d[\d\s]*(?:\.\d+\s*)?)?[-/–]\s*\S/u.test(rest) || /^\d+\s*$/.test(rest) || /^\d+\s+[\p{Lu}Đ\d]+[-/][\p{Lu}Đ\d]/u.test(rest);
}

/**
 * The number-and-symbol line: `Số 02-KL/BTCTW`, `Số: 15/QĐ-BNV`, `Số: 30/2020/NĐ-CP`, `Số:    /QĐ-UBND`,
 * and malformed variants (`Số 02 - KL/BTCTW`, `Số : 5/QĐ - UBND`), so the format rule can report them.
 */
export function parseNumberLine(segment: Segment, raw: string, symbolLine?: Segment): NumberLine | undefined {
  if (tooLong(segment.text)) return undefined;
  // An act of the Quốc hội or its Standing Committee names itself before `số` (`Luật số: 69/2025/QH15`).
  const regular = /^(?:(Luật|Bộ luật|Pháp lệnh|Nghị quyết|Hiến pháp) s|S)ố\s*(:?)\s*/u.exec(segment.text);
  let match: RegExpExecArray | null = regular;
  let rest = match ? segment.text.slice(match[0].length) : '';
  let label: string | undefined;
  if (!match || !isNumberValue(rest)) {
    // A label typed otherwise (`So:`, `SỐ:`, `Số.`, `Số;`): the part is there, malformed; number-format
    // reports it on its line rather than the number missing.
    match = ODD_LABEL.exec(segment.text);
    if (!match) return undefined;
    rest = segment.text.slice(match[0].length);
    if (!isNumberValue(rest)) return undefined;
    label = match[0].trimEnd();
  }
  if (rest.length > 60 || /\s[a-zà-ỹđ]{2,}\s/u.test(rest)) return undefined; // a sentence, not a symbol
  // A dotted number (`66.18/2026/NQ-CP`: a number within a series) is still one number.
  const numberMatch = /^(\d+(?:\.\d+)?)?\s*/.exec(rest)!;
  const number = numberMatch[1] ?? '';
  let symbol = rest.slice(numberMatch[0].length).replace(/^[-/–]\s*/, '');
  let separator = rest.slice(numberMatch[0].length, numberMatch[0].length + 1);
  // No separator between the number and the symbol (`Số: 15 QĐ-UBND`): the symbol's own shape tells.
  if (/^[\p{Lu}\d]/u.test(separator)) separator = /^[^/-]+-/u.test(symbol) ? '/' : /^[^/-]+\//u.test(symbol) ? '-' : '';
  let year: string | undefined;
  const yearMatch = /^(\d{4})\s*\/\s*/.exec(symbol);
  if (separator === '/' && yearMatch) {
    year = yearMatch[1];
    symbol = symbol.slice(yearMatch[0].length);
  }
  const compact = symbol.replace(/\s+/g, '').replace(/–/g, '-');
  let shape: NumberLine['shape'] = 'unknown';
  let typeCode: string | undefined;
  let issuerCode: string | undefined;
  if (separator === '-' || separator === '–') {
    const party = /^([^/-]+)\/(.+)$/u.exec(compact);
    if (party) { shape = 'dang'; typeCode = party[1]; issuerCode = party[2]; }
  } else if (separator === '/') {
    const state = /^([^/-]+)-(.+)$/u.exec(compact);
    if (state) { shape = 'nd30'; typeCode = state[1]; issuerCode = state[2]; }
  }
  const found = raw.slice(segment.start).indexOf(rest);
  const valueStart = symbolLine ? segment.end : segment.start + (found >= 0 ? found : match[0].length);
  const act = label === undefined ? match[1] : undefined;
  if (act) {
    // The act's symbol is its issuer alone (`QH15`, `UBTVQH15`): no type code.
    shape = 'nd30';
    typeCode = undefined;
    issuerCode = compact;
  }
  return {
    ...segment, hasColon: (label === undefined ? match[2] : match[1]) === ':', number, year, symbol, valueStart, shape, typeCode, issuerCode, symbolLine,
    ...(label !== undefined ? { label } : {}),
    ...(act ? { act } : {}),
  };
}

/**
 * The place-and-date line: `Hà Nội, ngày 24 tháng 10 năm 2016`, with a blank day or month allowed and
 * the usual slips tolerated (`ngày15`, no comma, extra spaces) so the format rule can report them.
 */
export function parsePlaceDate(segment: Segment, raw: string, wrapped = false): PlaceDate | undefined {
  if (tooLong(segment.text)) return undefined;
  // Each run of spaces is followed by a word or a digit it cannot take, so no two quantifiers share a space.
  const pattern = /^([^,\d]{2,60}?)\s*(?:,\s*)?ngày\s*(?:(\d{1,2})\s*)?tháng\s*(?:(\d{1,2})\s*)?năm\s*(\d{4})$/u;
  const found = pattern.exec(segment.text.trimEnd());
  const match = found && [found[0], found[1], found[2] ?? '', found[3] ?? '', found[4]];
  if (!match) return wrapped ? undefined : parseFiguredDate(segment, raw);
  const place = match[1].trim();
  if (/[.;:!?]/.test(place) || !/^\p{Lu}/u.test(place) && !/^\.{2,}|^…/u.test(place)) return undefined;
  // Locate the values in the raw line: search after the keywords so a digit in the place is not taken.
  const lineText = raw;
  const locate = (keyword: string, value: string, from: number): [number, number] => {
    const at = lineText.indexOf(keyword, from);
    if (at < 0) return [from, from];
    const after = at + keyword.length;
    const valueAt = value ? lineText.indexOf(value, after) : after;
    return value ? [valueAt, valueAt + value.length] : [after, after];
  };
  const dayRange = locate('ngày', match[2], segment.start);
  const monthRange = locate('tháng', match[3], dayRange[1]);
  const yearRange = locate('năm', match[4], monthRange[1]);
  if (wrapped) {
    const end = segment.end;
    return { ...segment, place, day: match[2], month: match[3], year: match[4], dayRange: [end, end], monthRange: [end, end], yearRange: [end, end], wrapped };
  }
  return { ...segment, place, day: match[2], month: match[3], year: match[4], dayRange, monthRange, yearRange };
}

/** The signed mark between the title and the name: `(đã ký)`, `(Ký, đóng dấu)`, `(chữ ký)`. */
export function isSignedMark(text: string): boolean {
  if (tooLong(text)) return false;
  return /^\((đã ký|ký|ký tên|ký, đóng dấu|ký tên, đóng dấu|chữ ký|chữ ký, dấu|chữ ký số[^)]*|ký, ghi rõ họ tên|đã ký và đóng dấu)\)$/iu.test(text.trim());
}

/** A person's name as printed under a signature: 2–7 capitalised syllables, maybe a rank before it. */
export function isPersonName(text: string): boolean {
  if (tooLong(text)) return false;
  // A title or rank before the name (`TS. Nguyễn Văn A`) is still a name line; signer-title reports it.
  const words = canonical(text).replace(NAME_PREFIX, '').split(' ');
  if (words.length < 2 || words.length > 8) return false;
  return words.every((word) => /^\p{Lu}[\p{Ll}'’]*\.?$/u.test(word) || /^\p{Ll}+$/u.test(word) && words.length > 3)
    && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]);
}

/** The recipients label: `Nơi nhận:` (colon optional, so a missing colon can be reported); with its
 *  marks lost (`Nơi nhân:`, `Noi nhan:`, as a scan or a hasty draft gives it) it is the label, malformed. */
export function isRecipientsLabel(text: string): boolean {
  if (tooLong(text)) return false;
  return /^n[ơo]i nh(?:ận|ân|an)\s*:?$/iu.test(canonical(text));
}

/** The addressee label: `Kính gửi:` or `Kính trình:`, with or without an addressee after it. */
export function isAddresseesLabel(text: string): boolean {
  if (tooLong(text)) return false;
  return /^kính (gửi|trình)\s*:?/iu.test(canonical(text));
}

/** `Hòa Bình, ngày 09/02/2026`, `Hà Nội, 9-2-2026`, `Lâm Đồng, ngày     /01/2026` (the day left blank for the
 *  e-office stamp): a place and a date in figures. */
// Two patterns, the comma's and `ngày`'s (one of them must be there), so no two quantifiers take the same
// space (a blank day: `\s*` then at most one `\s?`). Groups: place, day after ngày, day alone, month, year.
const FIGURED_DATE_COMMA = /^([^,\d]{2,60}?)\s*,\s*(?:ngày\s*(\d{1,2})?|(\d{1,2}))\s?([./-])\s?(\d{1,2})\s?\4\s?(\d{4})$/u;
const FIGURED_DATE_NGAY = /^([^,\d]{2,60}?)\s*ngày\s*(\d{1,2})?()\s?([./-])\s?(\d{1,2})\s?\4\s?(\d{4})$/u;

/**
 * The place and date with the date in figures: the part is there but malformed (date-format reports it on
 * its line), so it anchors the header as a place and date does, and nothing is reported missing.
 */
function parseFiguredDate(segment: Segment, raw: string): PlaceDate | undefined {
  const text = segment.text.trimEnd();
  // Ends in the year's four figures: most cells do not, and are passed over before either pattern runs.
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57) || !/\d{4}$/u.test(text)) return undefined;
  const found = FIGURED_DATE_COMMA.exec(text) ?? FIGURED_DATE_NGAY.exec(text);
  if (!found) return undefined;
  const place = found[1].trim();
  if (/[.;:!?]/.test(place) || !/^\p{Lu}/u.test(place)) return undefined;
  // The values' columns in the raw line: the figures after the place, in order.
  const at = (value: string, from: number): [number, number] => {
    const index = raw.indexOf(value, from);
    return index < 0 ? [from, from] : [index, index + value.length];
  };
  const day = found[2] ?? found[3] ?? '';
  const dayRange = at(day, segment.start + found[1].length);
  const monthRange = at(found[5], dayRange[1] + 1);
  const yearRange = at(found[6], monthRange[1] + 1);
  return { ...segment, place, day, month: found[5], year: found[6], dayRange, monthRange, yearRange, figured: true };
}

/** A signature's title line (`CHỦ TỊCH`, `GIÁM ĐỐC`): a short capitals line that is no mark, type name or heading. */
export function isTitleLine(text: string): boolean {
  return isUpperText(text) && text.length >= 3 && text.length <= 80 && !/[:;]$/.test(text) && !isMark({ line: 0, start: 0, end: 0, text })
    && !typeByName(text) && !/^(\p{Lu}\.|[IVXLC]+[.-])\s/u.test(text);
}
