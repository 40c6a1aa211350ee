// One walk over the document's running text, shared by the text rules that read it segment by segment
// (as textlint's Str nodes are): each rule states what it looks at (a visitor of segments, lines, the
// end) and not how to walk the text; the walk goes over the text once for all of them, and a visitor
// that throws is left out while the others go on.
//
// Measured on the 1 MB bench draft (CPU time, same process): scanning each segment once into shared tokens
// cost more CPU time than the rules' own native scans, so the rules that look at words or marks
// (syllable-spelling, brackets-balanced, double-space) keep their own loops.

import type { DocumentModel, Segment, SourceLine } from '../../model';
import { LintShared } from './shared';
import { textSegments } from './text';

export interface TextVisitor {
  /** Each source line, comments included. */
  line?(line: SourceLine): void;
  /** Each segment of running text (summary, Kính gửi, body, recipients), in order. */
  segment?(segment: Segment): void;
  /** After the whole document: rules that judge the document as a whole report here. */
  end?(): void;
}

/** A visitor in the walk, with what to do when one of its calls throws (it is then left out). */
export interface WalkEntry {
  readonly visitor: TextVisitor;
  /** Called once with the error; the visitor gets no further call. */
  readonly fail: (error: unknown) => void;
}

/** Walks the model once for every visitor. */
export function walkText(model: DocumentModel, entries: readonly WalkEntry[], shared: LintShared = new LintShared()): void {
  const live = new Set(entries);
  const fail = (entry: WalkEntry, error: unknown) => {
    live.delete(entry);
    entry.fail(error);
  };
  const lineVisitors = entries.filter((entry) => entry.visitor.line);
  const segmentVisitors = entries.filter((entry) => entry.visitor.segment);
  const endVisitors = entries.filter((entry) => entry.visitor.end);

  if (lineVisitors.length) {
    // Index loops: they run over every line and segment, and an iterator costs an object per step until optimised.
    for (let i = 0; i < model.lines.length; i++) {
      const line = model.lines[i];
      for (const entry of lineVisitors) {
        if (!live.has(entry)) continue;
        try { entry.visitor.line!(line); } catch (error) { fail(entry, error); }
      }
    }
  }

  if (segmentVisitors.length) {
    let texts: readonly Segment[] = [];
    try {
      texts = textSegments(model, shared);
    } catch (error) {
      // A model the text cannot be read from: every visitor of the running text fails, the others go on.
      for (const entry of segmentVisitors) fail(entry, error);
    }
    for (let i = 0; i < texts.length; i++) {
      const segment = texts[i];
      for (const entry of segmentVisitors) {
        if (!live.has(entry)) continue;
        try { entry.visitor.segment!(segment); } catch (error) { fail(entry, error); }
      }
    }
  }

  for (const entry of endVisitors) {
    if (!live.has(entry)) continue;
    try { entry.visitor.end!(); } catch (error) { fail(entry, error); }
  }
}
