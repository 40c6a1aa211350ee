// Incremental parsing: what a line's text alone decides (its view, whether it is blank, its segment and
// heading marker) is kept per line, so the next version's parse reuses it for every line the edit left
// unchanged and classifies only the lines that are new. Which lines are unchanged is found from the two
// texts alone (the longest common start and end), so the engine stays pure: no edit event is needed.
// The rest of the parse (the anchors, the closing search, the body's order) runs as before, so the model
// is exactly a full parse's (test/engine/incremental.test.ts).
//
// A memo holds one version: the next parse reads it and fills a new one, so memory follows the document,
// not its history. Unchanged lines keep their very strings, which also makes the text rules' per-text
// lookups cheap (a string's hash is computed once).

import type { Heading, Segment, SourceLine } from '../model';
import { splitLines } from '../text/source';

/** What the view of a (comment-masked) line text is, and what the first pass notes about it. */
export interface ViewFacts {
  /** The line as the recognisers read it (look-alikes folded, table borders read, Nơi nhận split). */
  readonly view: string;
  readonly folded: boolean;
  /** Holds the recipients label's words. */
  readonly hint: boolean;
  /** Ends in the body's end mark `./.`. */
  readonly endMark: boolean;
  readonly blank: boolean;
}

/** A body line's segment (without its line number) and, once asked, its heading marker. */
export interface BodyFacts {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The heading read from the segment at line 0; undefined until asked, null when it is none. */
  heading?: Heading | null;
  /**
   * The segment and heading as last placed at a line: the next version's parse hands out the very objects
   * when the line stands at the same place (they are never changed), rather than a copy of each per version.
   */
  segment?: Segment;
  placed?: Heading;
}

/** The lines of a new version, and for each the line of the previous version it repeats (or -1). */
export interface ReusedLines {
  readonly lines: SourceLine[];
  readonly hasBom: boolean;
  /** `from[i]`: the previous version's index of line i when its text is unchanged, else -1. */
  readonly from: Int32Array;
  /** Where the lines split afresh lie in the new text (start, end): the rest is the previous text's. */
  readonly stretch?: readonly [number, number];
}

export class LineMemo {
  /** Per line of this version (by index), filled as the parse asks: the masked text and its view facts. */
  private readonly masked: (string | undefined)[];
  private readonly views: (ViewFacts | undefined)[];
  private readonly bodies: (BodyFacts | undefined)[];

  /**
   * `from[i]`: the line of `previous` that line i repeats, or -1. A fact is reused only when the text it was
   * read from is equal too, so a wrong pairing could cost time but never change the model.
   */
  /** Whether the text is plain (text/plain.ts), once asked. */
  private plain: boolean | undefined;

  constructor(readonly text: string, readonly lines: readonly SourceLine[], private previous?: LineMemo, private from?: Int32Array, private readonly stretch?: readonly [number, number]) {
    this.masked = new Array(lines.length);
    this.views = new Array(lines.length);
    this.bodies = new Array(lines.length);
  }

  view(i: number, masked: string, read: (masked: string) => ViewFacts): ViewFacts {
    let facts = this.views[i];
    if (facts === undefined || this.masked[i] !== masked) {
      const before = this.from ? this.from[i] : -1;
      const old = before >= 0 && this.previous!.masked[before] === masked ? this.previous!.views[before] : undefined;
      facts = old ?? read(masked);
      this.views[i] = facts;
      this.masked[i] = masked;
    }
    return facts;
  }

  body(i: number, view: string, read: (view: string) => BodyFacts): BodyFacts {
    let facts = this.bodies[i];
    if (facts === undefined || this.views[i]?.view !== view) {
      const before = this.from ? this.from[i] : -1;
      const old = before >= 0 && this.previous!.views[before]?.view === view ? this.previous!.bodies[before] : undefined;
      facts = old ?? read(view);
      this.bodies[i] = facts;
    }
    return facts;
  }

  /**
   * Whether the text is plain: plainness is a property of each character, so where the version before was
   * plain only the stretch split afresh is read.
   */
  plainText(isPlain: (text: string) => boolean): boolean {
    if (this.plain === undefined) {
      const stretch = this.stretch;
      this.plain = stretch && this.previous?.plain === true ? isPlain(this.text.slice(stretch[0], stretch[1])) : isPlain(this.text);
    }
    return this.plain;
  }

  /** The parse is done: the previous version's memo is no longer needed (the pairing of lines stays). */
  settle(): void {
    this.previous = undefined;
  }

  /** The previous version's line that line `i` repeats, or -1 (every line, when there was none). */
  lineBefore(i: number): number {
    return this.from ? this.from[i] : -1;
  }
}

/**
 * The lines of `text`, as `splitLines` gives them, with each line the edit left unchanged paired with its
 * line in `previous` (and keeping its very string). The unchanged lines are those inside the longest
 * common start and end of the two texts; only the lines between are split afresh.
 */
export function splitReusing(text: string, previous: LineMemo): ReusedLines {
  const old = previous.text;
  const oldLines = previous.lines;
  const limit = Math.min(text.length, old.length);
  const prefix = commonPrefix(text, old, limit);
  const suffix = commonSuffix(text, old, limit - prefix);
  // A line is kept at the start when it and its line break lie inside the common start with one more
  // character to spare (a `\r` whose next character changed may have become part of a `\r\n`).
  let head = 0;
  while (head < oldLines.length) {
    const line = oldLines[head];
    if (line.eol === '' || line.offset + line.text.length + line.eol.length >= prefix) break;
    head++;
  }
  // A line is kept at the end when it and the line break before it lie inside the common end.
  const oldSuffixStart = old.length - suffix;
  let tail = oldLines.length;
  while (tail > head && oldLines[tail - 1].offset > oldSuffixStart && oldLines[tail - 1].index > 0) tail--;
  const shift = text.length - old.length;
  // The middle: from the first changed line's start to the start of the first kept line at the end;
  // from the very start when nothing is kept there, so a byte-order mark is read as `splitLines` reads it.
  const middleStart = head === 0 ? 0 : oldLines[head].offset;
  const middleEnd = tail < oldLines.length ? oldLines[tail].offset + shift : text.length;
  const piece = text.slice(middleStart, middleEnd);
  // A line that starts with U+FEFF mid-text would be taken for a byte-order mark: split it all afresh.
  if (middleStart > 0 && piece.startsWith('\uFEFF')) {
    const whole = splitLines(text);
    return { lines: whole.lines, hasBom: whole.hasBom, from: new Int32Array(whole.lines.length).fill(-1) };
  }
  const middle = splitLines(piece).lines;
  // The middle's own last piece is the (empty) text after its last line break when a kept line follows.
  const count = tail < oldLines.length ? middle.length - 1 : middle.length;
  // Sized once: this runs on every keystroke, over every line of the document.
  const total = head + count + (oldLines.length - tail);
  const lines: SourceLine[] = new Array(total);
  const from = new Int32Array(total);
  for (let i = 0; i < head; i++) {
    lines[i] = oldLines[i];
    from[i] = i;
  }
  let n = head;
  for (let k = 0; k < count; k++, n++) {
    const line = middle[k];
    lines[n] = { index: n, offset: line.offset + middleStart, text: line.text, eol: line.eol };
    from[n] = -1;
  }
  for (let i = tail; i < oldLines.length; i++, n++) {
    const line = oldLines[i];
    // A line that keeps its place and offset is the previous version's object.
    lines[n] = shift === 0 && i === n ? line : { index: n, offset: line.offset + shift, text: line.text, eol: line.eol };
    from[n] = i;
  }
  return { lines, hasBom: text.startsWith('\uFEFF'), from, stretch: [middleStart, middleEnd] };
}

/** Length of the common start of `a` and `b` (up to `limit`), by halving: native comparisons, no loop per character. */
function commonPrefix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Length of the common end of `a` and `b` (up to `limit`). */
function commonSuffix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}
