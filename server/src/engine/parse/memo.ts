// Incremental parsing: what a line's text alone decides (its view, whether it is blank, its segment and
// heading marker) is remembered per distinct line text, so the next version's parse reuses it for every
// line the edit left unchanged and classifies only the lines that are new. The rest of the parse (the
// anchors, the closing search, the body's order) runs as before, so the model is exactly a full parse's.
//
// A memo holds the lines of one version: a parse reads the previous version's memo and fills a new one
// with the lines it met, so memory follows the document and not its history.

import type { Heading } from '../model';

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
}

export class LineMemo {
  private readonly views = new Map<string, ViewFacts>();
  private readonly bodies = new Map<string, BodyFacts>();

  /** `previous`: the memo of the version before, read while this parse runs and let go after it. */
  constructor(private previous?: LineMemo) {}

  view(masked: string, read: (masked: string) => ViewFacts): ViewFacts {
    let facts = this.views.get(masked);
    if (facts === undefined) {
      facts = this.previous?.views.get(masked) ?? read(masked);
      this.views.set(masked, facts);
    }
    return facts;
  }

  body(view: string, read: (view: string) => BodyFacts): BodyFacts {
    let facts = this.bodies.get(view);
    if (facts === undefined) {
      facts = this.previous?.bodies.get(view) ?? read(view);
      this.bodies.set(view, facts);
    }
    return facts;
  }

  /** The parse is done: the previous version's memo is no longer needed. */
  settle(): void {
    this.previous = undefined;
  }
}
