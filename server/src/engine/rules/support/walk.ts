// One walk over the document's text, shared by the text rules (as textlint's Str nodes are): each
// segment of running text is tokenised once (words between white space, the gaps between them, and the
// marks rules ask for), and each source line is visited once. A text rule states what it looks for
// (a visitor) and not how to walk the text.

import type { DocumentModel, Segment, SourceLine } from '../../model';
import { textSegments } from './text';

export interface TextVisitor {
  /** Characters of running text the rule wants to see, each occurrence given to `mark`. */
  readonly marks?: string;
  /** Each source line, comments included (encoding and Unicode checks look at raw lines). */
  line?(line: SourceLine): void;
  /** Each segment of running text (summary, Kính gửi, body, recipients), before its words. */
  segment?(segment: Segment): void;
  /** Which words `word` is given: all (default), or only those with a character beyond ASCII. */
  readonly words?: 'all' | 'non-ascii';
  /**
   * Each word: the characters between white space, `text.slice(start, end)` of the segment's text;
   * `ascii` when none is beyond ASCII (a code, a number, a loanword).
   */
  word?(segment: Segment, start: number, end: number, ascii: boolean): void;
  /** Each run of two or more white-space characters between two words (not at the line's edges). */
  gap?(segment: Segment, start: number, end: number): void;
  /** Each occurrence of one of `marks`, at `index` in the segment's text. */
  mark?(segment: Segment, index: number, char: string): void;
  /** After the whole document: rules that judge the document as a whole report here. */
  end?(): void;
}

/** A visitor in the walk, with what to do when one of its calls throws (it is then left out). */
export interface WalkEntry {
  readonly visitor: TextVisitor;
  /** Called once with the error; the visitor gets no further call. */
  readonly fail: (error: unknown) => void;
}

/** The characters `\s` matches: words are what lies between them. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Character classes of the scan, one byte per UTF-16 code unit: a table read costs less than a test chain. */
const ORDINARY = 0;
const SPACE = 1;
const MARK = 2;
const SPACE_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (isSpace(code)) table[code] = SPACE;
  return table;
})();

/** Walks the model once for every visitor. */
export function walkText(model: DocumentModel, entries: readonly WalkEntry[]): void {
  const visitors = entries.map((entry) => entry.visitor);
  const live = entries.map(() => true);
  const fail = (i: number, error: unknown) => {
    live[i] = false;
    entries[i].fail(error);
  };
  const having = (key: keyof TextVisitor) => visitors.map((_, i) => i).filter((i) => visitors[i][key] !== undefined);

  const lineVisitors = having('line');
  if (lineVisitors.length) {
    for (const line of model.lines) {
      for (const v of lineVisitors) {
        if (!live[v]) continue;
        try { visitors[v].line!(line); } catch (error) { fail(v, error); }
      }
    }
  }

  const segmentVisitors = having('segment');
  const wordVisitors = having('word');
  const gapVisitors = having('gap');
  // Which visitors want which mark: a table by character code, so the scan asks one map per character.
  const markTable = new Map<number, number[]>();
  // The scan's table: white space, and the marks some visitor wants.
  const classes = SPACE_TABLE.slice();
  for (const v of having('mark')) {
    for (const char of visitors[v].marks ?? '') {
      const code = char.charCodeAt(0);
      markTable.set(code, [...(markTable.get(code) ?? []), v]);
      classes[code] = MARK;
    }
  }
  const tokenise = wordVisitors.length > 0 || gapVisitors.length > 0 || markTable.size > 0;
  let segments: readonly Segment[] = [];
  if (segmentVisitors.length || tokenise) {
    try {
      segments = textSegments(model);
    } catch (error) {
      // A model the text cannot be read from: every visitor of the running text fails, the others go on.
      for (const v of new Set([...segmentVisitors, ...wordVisitors, ...gapVisitors, ...[...markTable.values()].flat()])) if (live[v]) fail(v, error);
    }
    // Each kind of event goes to its visitors through one dispatcher, made once per walk (no spread
    // arguments: this runs for every word of the document).
    const onSegment = (segment: Segment) => {
      for (let k = 0; k < segmentVisitors.length; k++) {
        const v = segmentVisitors[k];
        if (!live[v]) continue;
        try { visitors[v].segment!(segment); } catch (error) { fail(v, error); }
      }
    };
    const onWord = wordVisitors.length === 0 ? undefined : (segment: Segment, start: number, end: number, ascii: boolean) => {
      for (let k = 0; k < wordVisitors.length; k++) {
        const v = wordVisitors[k];
        if (!live[v]) continue;
        if (ascii && visitors[v].words === 'non-ascii') continue;
        try { visitors[v].word!(segment, start, end, ascii); } catch (error) { fail(v, error); }
      }
    };
    const onGap = gapVisitors.length === 0 ? undefined : (segment: Segment, start: number, end: number) => {
      for (let k = 0; k < gapVisitors.length; k++) {
        const v = gapVisitors[k];
        if (!live[v]) continue;
        try { visitors[v].gap!(segment, start, end); } catch (error) { fail(v, error); }
      }
    };
    const onMark = (segment: Segment, index: number, code: number) => {
      for (const v of markTable.get(code)!) {
        if (!live[v]) continue;
        try { visitors[v].mark!(segment, index, segment.text[index]); } catch (error) { fail(v, error); }
      }
    };
    // Whether every word visitor wants only words beyond ASCII: the scan then skips the others' call.
    const nonAsciiOnly = wordVisitors.every((v) => visitors[v].words === 'non-ascii');
    for (const segment of segments) {
      onSegment(segment);
      if (tokenise) scanSegment(segment, classes, onMark, onWord, onGap, nonAsciiOnly);
    }
  }

  for (const v of having('end')) {
    if (!live[v]) continue;
    try { visitors[v].end!(); } catch (error) { fail(v, error); }
  }
}

/** One pass over a segment's characters: its words, the gaps between them, and the marks asked for. */
function scanSegment(
  segment: Segment, classes: Uint8Array,
  onMark: (segment: Segment, index: number, code: number) => void,
  onWord: ((segment: Segment, start: number, end: number, ascii: boolean) => void) | undefined,
  onGap: ((segment: Segment, start: number, end: number) => void) | undefined,
  nonAsciiOnly: boolean,
): void {
  const text = segment.text;
  const length = text.length;
  let i = 0;
  let lastWordEnd = -1;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (first === 32 || classes[first] === SPACE) { i++; continue; }
    if (onGap && lastWordEnd >= 0 && i - lastWordEnd > 1) onGap(segment, lastWordEnd, i);
    const start = i;
    let ascii = true;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      const kind = classes[code];
      if (kind === ORDINARY) {
        if (code > 127) ascii = false;
      } else if (kind === SPACE) break;
      else {
        if (code > 127) ascii = false;
        onMark(segment, i, code);
      }
    }
    if (onWord && !(ascii && nonAsciiOnly)) onWord(segment, start, i, ascii);
    lastWordEnd = i;
  }
}
