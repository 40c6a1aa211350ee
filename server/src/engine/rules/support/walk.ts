// One walk over the document's text, shared by the text rules (as textlint's Str nodes are): each
// segment of running text is tokenised once, into its words and the marks rules ask for, and handed
// with its tokens to every text rule; each source line is visited once. A text rule states what it
// looks for (a visitor) and not how to walk the text.

import type { DocumentModel, Segment, SourceLine } from '../../model';
import { textSegments } from './text';

/**
 * A segment's tokens, from one scan. Word k is `text.slice(wordStart[k], wordEnd[k])` (the characters
 * between white space); mark k is the character at `markAt[k]`. The arrays are reused from segment to
 * segment: read them during the call only.
 */
export interface Tokens {
  readonly words: number;
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  /** 1 when word k has no character beyond ASCII (a code, a number, a loanword). */
  readonly wordAscii: Uint8Array;
  readonly marks: number;
  readonly markAt: Int32Array;
}

export interface TextVisitor {
  /** Characters of running text the rule wants to find in `tokens.markAt`. */
  readonly marks?: string;
  /** Each source line, comments included (encoding and Unicode checks look at raw lines). */
  line?(line: SourceLine): void;
  /** Each segment of running text (summary, Kính gửi, body, recipients), in order, with its tokens. */
  segment?(segment: Segment, tokens: Tokens): void;
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
  const live = new Set(entries);
  const fail = (entry: WalkEntry, error: unknown) => {
    live.delete(entry);
    entry.fail(error);
  };
  const lineVisitors = entries.filter((entry) => entry.visitor.line);
  const segmentVisitors = entries.filter((entry) => entry.visitor.segment);
  const endVisitors = entries.filter((entry) => entry.visitor.end);

  if (lineVisitors.length) {
    for (const line of model.lines) {
      for (const entry of lineVisitors) {
        if (!live.has(entry)) continue;
        try { entry.visitor.line!(line); } catch (error) { fail(entry, error); }
      }
    }
  }

  if (segmentVisitors.length) {
    const classes = SPACE_TABLE.slice();
    for (const { visitor } of segmentVisitors) for (const char of visitor.marks ?? '') classes[char.charCodeAt(0)] = MARK;
    let texts: readonly Segment[] = [];
    try {
      texts = textSegments(model);
    } catch (error) {
      // A model the text cannot be read from: every visitor of the running text fails, the others go on.
      for (const entry of segmentVisitors) fail(entry, error);
    }
    const tokens = new TokenBuffer();
    for (const segment of texts) {
      tokens.scan(segment.text, classes);
      for (const entry of segmentVisitors) {
        if (!live.has(entry)) continue;
        try { entry.visitor.segment!(segment, tokens); } catch (error) { fail(entry, error); }
      }
    }
  }

  for (const entry of endVisitors) {
    if (!live.has(entry)) continue;
    try { entry.visitor.end!(); } catch (error) { fail(entry, error); }
  }
}

/** The tokens of the segment being walked, in arrays that grow as needed and are reused. */
class TokenBuffer implements Tokens {
  words = 0;
  wordStart = new Int32Array(256);
  wordEnd = new Int32Array(256);
  wordAscii = new Uint8Array(256);
  marks = 0;
  markAt = new Int32Array(64);

  /** One pass over the text's characters: its words and the marks asked for. */
  scan(text: string, classes: Uint8Array): void {
    const length = text.length;
    let words = 0;
    let marks = 0;
    let i = 0;
    while (i < length) {
      const first = text.charCodeAt(i);
      if (first === 32 || classes[first] === SPACE) { i++; continue; }
      const start = i;
      let ascii = 1;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        const kind = classes[code];
        if (kind === ORDINARY) {
          if (code > 127) ascii = 0;
        } else if (kind === SPACE) break;
        else {
          if (code > 127) ascii = 0;
          if (marks === this.markAt.length) this.markAt = grow(this.markAt);
          this.markAt[marks++] = i;
        }
      }
      if (words === this.wordStart.length) {
        this.wordStart = grow(this.wordStart);
        this.wordEnd = grow(this.wordEnd);
        const wider = new Uint8Array(this.wordAscii.length * 2);
        wider.set(this.wordAscii);
        this.wordAscii = wider;
      }
      this.wordStart[words] = start;
      this.wordEnd[words] = i;
      this.wordAscii[words] = ascii;
      words++;
    }
    this.words = words;
    this.marks = marks;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}
