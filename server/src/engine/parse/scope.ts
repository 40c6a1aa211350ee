// What one parse keeps while it reads a document: facts about lines noted in the first pass and looked
// up by the later searches (the recipients label's lines, the end marks, each line's cells), and the
// verdicts it remembers per text. The scope belongs to the parse that made it: it is set when `parse`
// starts, restored when it returns, and nothing of it outlives the parse except the line memo handed
// to the next version's parse on purpose (memo.ts).

import type { Segment } from '../model';
import type { LineMemo } from './memo';

export interface ParseScope {
  /** Lines holding the recipients label's words, in order. */
  readonly hints: number[];
  /** Lines ending in the body's end mark `./.`, in order. */
  readonly endMarks: number[];
  /** Each line's cells, split once (the closing search looks at the same lines from many starts). */
  readonly cells: Segment[][];
  /** Title-line and person-name verdicts per cell text (they repeat within a document). */
  readonly titles: Map<string, boolean>;
  readonly names: Map<string, boolean>;
  /** Per line text, what this parse learnt (for the next version) and what the previous one did; only
   *  when parsing incrementally. */
  readonly memo: LineMemo | undefined;
  /** The text is plain (text/plain.ts): already NFC, so the segments cut from it need no normalising. */
  plain: boolean;
}

let active: ParseScope | undefined;

/** Runs `read` with `scope` as the current parse's scope (a nested parse gets its own and gives it back). */
export function withScope<T>(scope: ParseScope, read: () => T): T {
  const outer = active;
  active = scope;
  try {
    return read();
  } finally {
    active = outer;
  }
}

/** The scope of the parse in progress. */
export function currentScope(): ParseScope {
  if (!active) throw new Error('no parse in progress');
  return active;
}

/** The scope of the parse in progress, if any (the recognisers also serve callers outside a parse). */
export function scopeInProgress(): ParseScope | undefined {
  return active;
}
