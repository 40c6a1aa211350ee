// Splitting a text into lines and lines into segments, keeping exact columns.

import type { Segment, SourceLine } from '../model';

const BOM = '\uFEFF';

export function splitLines(text: string): { lines: SourceLine[]; hasBom: boolean } {
  const hasBom = text.startsWith(BOM);
  const lines: SourceLine[] = [];
  const start = hasBom ? 1 : 0;
  let offset = start;
  // Most texts have only \n: one native search per line, no match object.
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n', start); at >= 0; at = text.indexOf('\n', offset)) {
      lines.push({ index: lines.length, offset, text: text.slice(offset, at), eol: '\n' });
      offset = at + 1;
    }
    lines.push({ index: lines.length, offset, text: text.slice(offset), eol: '' });
    return { lines, hasBom };
  }
  const pattern = /\r\n|\n|\r/g;
  pattern.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    lines.push({ index: lines.length, offset, text: text.slice(offset, match.index), eol: match[0] });
    offset = match.index + match[0].length;
  }
  lines.push({ index: lines.length, offset, text: text.slice(offset), eol: '' });
  // The BOM is not part of the first line's text; columns on line 0 are therefore shifted by one
  // in the raw string, but LSP clients do not count a BOM either, so columns stay as the editor sees.
  return { lines, hasBom };
}

/** Blank: empty or only white space (including no-break and zero-width spaces). */
export function isBlank(text: string): boolean {
  // A loop, not `/^[\s\u200B\uFEFF]*$/u`: most lines answer at their first unit, and the reader asks of every line.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x200b && !isWhiteSpaceCode(code)) return false;
  }
  return true;
}

/**
 * The content of `raw[start, end)` as a segment: trimmed, and with Markdown emphasis markers
 * (`**`, `*`, `__`, `_`) removed from both ends when they touch text. A lone `*` stays (the Party
 * separator). `nfc`: the caller knows `raw` is already NFC (a plain text, text/plain.ts), so the text is
 * not normalised again.
 */
const ASCII = /^[\x00-\x7f]*$/;

export function makeSegment(line: number, raw: string, start = 0, end = raw.length, nfc = false): Segment {
  let s = start;
  let e = end;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  // Strip emphasis runs at the edges, repeatedly (`***x***`, `**_x_**`), as long as text remains; most
  // lines have no marker at either edge and skip this.
  const edge = (code: number) => code === 42 || code === 95; // * _
  if (!edge(raw.charCodeAt(s)) && !edge(raw.charCodeAt(e - 1))) {
    const text = raw.slice(s, e);
    return { line, start: s, end: e, text: nfc || ASCII.test(text) ? text : text.normalize('NFC') };
  }
  // A character loop, not patterns re-run on the remaining text: a line of 100,000 `*` must cost one
  // pass. Stripping never passes the first or last character that is not a marker.
  let firstText = s;
  while (firstText < e && edge(raw.charCodeAt(firstText))) firstText++;
  let lastText = e - 1;
  while (lastText >= s && edge(raw.charCodeAt(lastText))) lastText--;
  for (;;) {
    // `^(\*{1,3}|_{1,2})(?=\S)`: the longest run of one marker (3 `*`, 2 `_`) that a non-space follows.
    const length = leadingMarker(raw, s, e);
    if (length > 0 && s + length < e && lastText >= s + length) { s += length; continue; }
    break;
  }
  for (;;) {
    // `(?<=\S)(\*{1,3}|_{1,2})$`, not after `(` (a `(*)` footnote mark stays).
    const length = trailingMarker(raw, s, e);
    const footnote = raw.charCodeAt(e - 1) === 42 && e - 2 >= s && raw.charCodeAt(e - 2) === 40;
    if (length > 0 && e - length > s && firstText < e - length && !footnote) { e -= length; continue; }
    break;
  }
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  const text = raw.slice(s, e);
  return { line, start: s, end: e, text: nfc ? text : text.normalize('NFC') };
}

const WHITE = /\s/;
const isWhite = (raw: string, at: number) => WHITE.test(raw[at]);

/** The length of the emphasis marker at `raw[s]` that a non-space follows inside `[s, e)`, or 0. */
function leadingMarker(raw: string, s: number, e: number): number {
  const code = raw.charCodeAt(s);
  const cap = code === 42 ? 3 : code === 95 ? 2 : 0;
  let run = 0;
  while (run < cap && s + run < e && raw.charCodeAt(s + run) === code) run++;
  // The longest run first, then shorter ones (whose next character is the marker itself, not a space).
  for (let length = run; length > 0; length--) if (s + length < e && !isWhite(raw, s + length)) return length;
  return 0;
}

/** The length of the emphasis marker ending at `raw[e - 1]` that a non-space precedes inside `[s, e)`, or 0. */
function trailingMarker(raw: string, s: number, e: number): number {
  const code = raw.charCodeAt(e - 1);
  const cap = code === 42 ? 3 : code === 95 ? 2 : 0;
  let run = 0;
  while (run < cap && e - 1 - run >= s && raw.charCodeAt(e - 1 - run) === code) run++;
  for (let length = run; length > 0; length--) if (e - length - 1 >= s && !isWhite(raw, e - length - 1)) return length;
  return 0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 0x3000;
}

/** The text without its diacritics and with `đ` as `d` (`CỌNG HÒA` and `CONG HOA` read alike; `ketluan` finds `KẾT LUẬN`). */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The characters a regular expression's `\s` matches: what words are separated by in running text. */
export function isWhiteSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Splits a line into cells where it holds two columns separated by a tab or three or more spaces.
 * A blank field left for the văn thư (`Số:      /QĐ-UBND`, `ngày      tháng 4`) is not a cell break.
 */
export function splitCells(lineIndex: number, raw: string, nfc = false): Segment[] {
  const cells: Segment[] = [];
  // Each maximal run of blanks once (one pass); a run is a separator when it holds a tab or is
  // three or more long.
  const blanks = /[ \t\u00a0]+/g;
  let cellStart = 0;
  let match: RegExpExecArray | null;
  while ((match = blanks.exec(raw)) !== null) {
    if (match[0].length < 3 && !match[0].includes('\t')) continue;
    if (match.index === 0) continue; // leading indentation
    if (match.index + match[0].length >= raw.length) break; // trailing white space
    const left = raw.slice(cellStart, match.index);
    const right = raw.slice(match.index + match[0].length);
    if (isBlankField(left, right) || isBlank(left)) continue;
    cells.push(makeSegment(lineIndex, raw, cellStart, match.index, nfc));
    cellStart = match.index + match[0].length;
  }
  cells.push(makeSegment(lineIndex, raw, cellStart, raw.length, nfc));
  return cells.filter((cell) => cell.text.length > 0);
}

function isBlankField(left: string, right: string): boolean {
  const tail = left.slice(-12).normalize('NFC');
  const head = right.trimStart().slice(0, 8).normalize('NFC');
  return /(?:^|\s|\*)(Số:?|ngày|tháng|năm)\s*$/u.test(tail) || /^(?:[/-]|tháng(?!\p{L})|năm(?!\p{L}))/u.test(head);
}

/** True when `text` has letters and none of them is lower case. */
export function isUpperText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toLowerCase()) return false;
    }
  }
  return letters > 0;
}

/** Collapses runs of white space and normalises to NFC, for comparisons. */
export function canonical(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}
