// Heading and item markers of the body: `Phần I`, `Chương II`, `Mục 1`, `Điều 1.`, `I.`/`I-`, `1.`, `1.2.`,
// `(1)`, `a)`, `-`, `+`.

import type { Heading, Segment } from '../model';
import { POINT_LETTERS } from '../catalog/conventions';
import { isWhiteSpaceCode } from '../text/source';


const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function romanValue(text: string): number | undefined {
  if (!text || !ROMAN.test(text)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]];
    const next = values[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ORDINALS: Record<string, number> = {
  'nhất': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

const NAMED = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(thứ\s+\p{L}+|[IVXLC]+|\d+)(?![\p{L}\d])\.?\s*(?:[:.\-–]\s*)?/u;
const ARTICLE = /^(Điều|ĐIỀU)\s+(\d+)(?!\d)([a-zđ]?)\s*(?:([.:])\s*)?/u;
/** What follows an article number in a citation: a document's name, a part of it, or running text. */
const CITED_AFTER_ARTICLE = /^([,;]|\p{Ll}|Điều lệ|Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Quy định|Quy chế|Hướng dẫn|Chỉ thị|Pháp lệnh|Hiến pháp|Văn bản)/u;
const ROMAN_ITEM = /^([IVXLC]+)\s*([.\-–])\s+/u;
const MULTI = /^(\d{1,3}(?:\.\d{1,3})+)(\.?)\s+/u;
const PAREN = /^\((\d{1,3})\)\s+/u;

// Every pattern above matches the marker only, ending in a greedy run of spaces (and the marker's own
// punctuation): the title is the rest of the line (`rest`), whatever it holds (U+2028 included). The
// patterns used to end in `(\S.*|)$`, which after a maximal run of spaces always matches and so never
// changed what the marker is; reading the rest by its offset spares a regex pass over every item's text
// (`\s*[:.\-–]?\s*(.*)$` was cubic on a line ending in U+2028; nothing here backtracks).

/** The line after the marker a pattern matched at its start: the heading's title. */
const rest = (text: string, m: RegExpExecArray) => text.slice(m[0].length);

/**
 * Where `text`'s marker ends when it opens `^(\d{1,3})\s*([.\-–])\s+`, else undefined; `digits` is where the
 * digits end and `separator` where the separator stands. By hand: most body lines are numbered items, and each `exec` would
 * build an array and three strings per line.
 */
export function decimalMarker(text: string): { readonly length: number; readonly digits: number; readonly separator: number } | undefined {
  let i = 0;
  while (i < 3 && isDigitCode(text.charCodeAt(i))) i++;
  if (i === 0) return undefined;
  const digits = i;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  const separator = text.charCodeAt(i);
  if (separator !== 46 && separator !== 45 && separator !== 0x2013) return undefined;
  const afterSeparator = ++i;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return i > afterSeparator ? { length: i, digits, separator: afterSeparator - 1 } : undefined;
}

/** Where the run of white space (`\s+`) that starts at `from` ends, or -1 when none starts there: after a point's `a)` or a bullet. */
export function markerThenSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return i > from ? i : -1;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** Whether the first number (up to three digits) is followed by `.` and a digit, as MULTI needs. */
function pointThenDigit(text: string): boolean {
  let i = 0;
  while (i < 3 && isDigitCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1));
}

/**
 * Markers start with one of `[\dPpCcMmTtĐđIVXLa-z(\-+•]`; other lines are passed over without running the
 * patterns. By code: every body line asks.
 */
function startsMarker(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code === 80 || code === 67 || code === 77 || code === 84
    || code === 0x110 || code === 0x111 || code === 73 || code === 86 || code === 88 || code === 76 || code === 40 || code === 45 || code === 43 || code === 0x2022;
}

/**
 * The values `[n]` of a one-number marker, one shared frozen array per number: nearly every line of a long
 * regulation is a numbered clause or a lettered point, and each kept array is a survivor for the collector.
 */
function oneValue(n: number): readonly number[] {
  if (!Number.isInteger(n) || n < -26 || n > 999) return [n];
  return (ONE_VALUE[n + 26] ??= Object.freeze([n]));
}
const ONE_VALUE: (readonly number[] | undefined)[] = new Array(1026).fill(undefined);
const NO_VALUES: readonly number[] = Object.freeze([]);

/** `a)`, `b)`…: the marker of a point by its letter's code, one string per letter (a-z, đ). */
function letterMarker(code: number): string {
  return (LETTER_MARKERS[code] ??= `${String.fromCharCode(code)})`);
}
const LETTER_MARKERS: (string | undefined)[] = new Array(0x112).fill(undefined);

/** `1.`, `12.`…: a clause marker typed as its number and a full stop, one string per number. */
function pointMarker(n: number): string {
  return (POINT_MARKERS[n] ??= `${n}.`);
}
const POINT_MARKERS: (string | undefined)[] = new Array(1000).fill(undefined);

function heading(segment: Segment, kind: Heading['kind'], marker: string, values: readonly number[], style: string, title: string): Heading {
  return { line: segment.line, start: segment.start, end: segment.end, text: segment.text, kind, marker, values, style, title: title.trim() };
}

export function parseHeading(segment: Segment): Heading | undefined {
  const text = segment.text;
  if (!startsMarker(text.charCodeAt(0))) return undefined;

  // Each pattern is anchored and starts with its own characters: only those whose first character can
  // match the line's are run (most lines are running text that starts with a capital).
  // Char codes, not one-character strings (a letter beyond Latin-1 would be a new string each time).
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  const digit = first >= 48 && first <= 57;
  // Phần/PHẦN, Chương/CHƯƠNG, Mục/MỤC, Tiểu mục/TIỂU MỤC.
  const named = ((first === 80 || first === 67) && (second === 104 || second === 72))
    || (first === 77 && (second === 0x1ee5 || second === 0x1ee4)) || (first === 84 && (second === 105 || second === 73));
  let m = named ? NAMED.exec(text) : null;
  if (m) {
    const word = m[1].toLowerCase();
    const kind = word === 'phần' ? 'phan' : word === 'chương' ? 'chuong' : word === 'mục' ? 'muc' : 'tieu-muc';
    const raw = m[2];
    const value = /^\d+$/.test(raw) ? Number(raw) : romanValue(raw) ?? ORDINALS[raw.replace(/^thứ\s+/u, '').toLowerCase()];
    if (value === undefined) return undefined;
    // "Mục tiêu", "Phần lớn"... are words, not headings: the number must stand on its own.
    return heading(segment, kind, `${m[1]} ${raw}`, oneValue(value), '', rest(text, m));
  }
  m = first === 0x110 ? ARTICLE.exec(text) : null;
  if (m) m[4] ??= '';
  const cited = m ? rest(text, m) : '';
  // "Điều 4 Điều lệ Đảng", "Điều 17 Thông tư số …", "Điều 3 của Luật": a citation wrapped to the start of a
  // line, not an article (an article's number is followed by its full stop).
  if (m && !(m[4] === '' && CITED_AFTER_ARTICLE.test(cited))) return heading(segment, 'dieu', `${m[1]} ${m[2]}${m[3]}${m[4]}`, oneValue(Number(m[2])), m[4], cited);
  // `1.2.` needs a digit right after the first number's point: most numbered lines (`1. `) skip the pattern.
  m = digit && pointThenDigit(text) ? MULTI.exec(text) : null;
  // "1.000 đảng viên" is a number with a thousands separator, not item 1.0.0.
  if (m && !/\.\d{3}(?!\d)/.test(m[1])) return heading(segment, 'multilevel', `${m[1]}${m[2]}`, m[1].split('.').map(Number), m[2], rest(text, m));
  const decimal = digit ? decimalMarker(text) : undefined;
  if (decimal) {
    let value = 0;
    for (let i = 0; i < decimal.digits; i++) value = value * 10 + text.charCodeAt(i) - 48;
    const separator = text[decimal.separator];
    // The marker is the digits and the separator (spaces between them dropped): `3.` as most clauses are
    // typed is a shared string; `03.` and `3-` are cut from the line.
    const plain = separator === '.' && (decimal.digits === 1 || text.charCodeAt(0) !== 48);
    const marker = plain ? pointMarker(value) : text.slice(0, decimal.digits) + separator;
    return heading(segment, 'decimal', marker, oneValue(value), separator === '–' ? '-' : separator, text.slice(decimal.length));
  }
  m = first === 73 || first === 86 || first === 88 || first === 76 || first === 67 ? ROMAN_ITEM.exec(text) : null; // I V X L C
  if (m) {
    const value = romanValue(m[1]);
    // "C." and "L." head lettered parts (A., B., C.), not sections 100 and 50.
    if (value !== undefined && value < 40) return heading(segment, 'roman', `${m[1]}${m[2]}`, oneValue(value), m[2] === '–' ? '-' : m[2], rest(text, m));
  }
  m = first === 40 ? PAREN.exec(text) : null;
  if (m) return heading(segment, 'paren', `(${m[1]})`, oneValue(Number(m[1])), ')', rest(text, m));
  const letter = ((first >= 97 && first <= 122) || first === 0x111) && second === 41 ? markerThenSpaces(text, 2) : -1; // a-z, đ
  if (letter > 0) {
    const index = POINT_LETTERS.indexOf(text[0]);
    // f, j, w, z are not Vietnamese letters: keep them as letter items with their Latin position
    // so the numbering rule can report them.
    const value = index >= 0 ? index + 1 : -(first - 96);
    return heading(segment, 'letter', letterMarker(first), oneValue(value), ')', text.slice(letter));
  }
  const bullet = first === 45 || first === 43 || first === 0x2022 ? markerThenSpaces(text, 1) : -1; // - + •
  if (bullet > 0) return heading(segment, first === 43 ? 'plus' : 'dash', text[0], NO_VALUES, '', text.slice(bullet));
  return undefined;
}
