// Splitting a text into lines and lines into segments, keeping exact columns.

import type { Segment, SourceLine } from '../model';

const BOM = '\uFEFF';

export function splitLines(text: string): { lines: SourceLine[]; hasBom: boolean } {
  const hasBom = text.startsWith(BOM);
  const lines: SourceLine[] = [];
  const start = hasBom ? 1 : 0;
  let offset = start;
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
  return /^[\s\u200B\uFEFF]*$/u.test(text);
}

/**
 * The content of `raw[start, end)` as a segment: trimmed, and with Markdown emphasis markers
 * (`**`, `*`, `__`, `_`) removed from both ends when they touch text. A lone `*` stays (the Party
 * separator).
 */
const ASCII = /^[\x00-\x7f]*$/;

export function makeSegment(line: number, raw: string, start = 0, end = raw.length): Segment {
  let s = start;
  let e = end;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  // Strip emphasis runs at the edges, repeatedly (`***x***`, `**_x_**`), as long as text remains; most
  // lines have no marker at either edge and skip this.
  const edge = (code: number) => code === 42 || code === 95; // * _
  if (!edge(raw.charCodeAt(s)) && !edge(raw.charCodeAt(e - 1))) {
    const text = raw.slice(s, e);
    return { line, start: s, end: e, text: ASCII.test(text) ? text : text.normalize('NFC') };
  }
  for (;;) {
    const lead = /^(\*{1,3}|_{1,2})(?=\S)/.exec(raw.slice(s, e));
    const inner = lead ? raw.slice(s + lead[0].length, e) : '';
    if (lead && inner.length > 0 && !/^[*_]+$/.test(inner)) {
      s += lead[0].length;
      continue;
    }
    break;
  }
  for (;;) {
    const trail = /(?<=\S)(\*{1,3}|_{1,2})$/.exec(raw.slice(s, e));
    const inner = trail ? raw.slice(s, e - trail[0].length) : '';
    if (trail && inner.length > 0 && !/^[*_]+$/.test(inner) && !/\(\*$/.test(raw.slice(s, e))) {
      e -= trail[0].length;
      continue;
    }
    break;
  }
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  return { line, start: s, end: e, text: raw.slice(s, e).normalize('NFC') };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 0x3000;
}

/**
 * Splits a line into cells where it holds two columns separated by a tab or three or more spaces.
 * A blank field left for the văn thư (`Số:      /QĐ-UBND`, `ngày      tháng 4`) is not a cell break.
 */
export function splitCells(lineIndex: number, raw: string): Segment[] {
  const cells: Segment[] = [];
  const separator = /[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{3,}/g;
  let cellStart = 0;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(raw)) !== null) {
    if (match.index === 0) continue; // leading indentation
    if (match.index + match[0].length >= raw.length) break; // trailing white space
    const left = raw.slice(cellStart, match.index);
    const right = raw.slice(match.index + match[0].length);
    if (isBlankField(left, right) || isBlank(left)) continue;
    cells.push(makeSegment(lineIndex, raw, cellStart, match.index));
    cellStart = match.index + match[0].length;
  }
  cells.push(makeSegment(lineIndex, raw, cellStart, raw.length));
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
