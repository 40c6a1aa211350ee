// Which open documents are in use: edited, or asked about by a feature (outline, hover, code actions,
// preview...). An editor session may hold many drafts open that nobody looks at; each kept its parsed
// model and analysis for as long as it stayed open, and with a hundred of them that is most of the
// server's memory (every kept model survives the young generation and fills the old one). A document only
// opened keeps its text and its published diagnostics; its analysis is freed once they are out, and made
// again on the first request about it. The documents in use keep theirs (and an edited one its parse
// memo, so typing stays incremental), up to a bound: past it, the one used least recently is let go.

/** Documents in use at once that keep their analysis; a writer rarely works in more. */
const IN_USE = 8;

export class DocumentUse {
  /** The documents in use, least recently used first. */
  private readonly recent = new Set<string>();

  /** `release`: frees what was read of a document that is no longer in use (its text stays). */
  constructor(private readonly release: (uri: string) => void, private readonly capacity = IN_USE) {}

  /** The document was edited or asked about: it keeps its analysis. */
  use(uri: string): void {
    this.recent.delete(uri);
    this.recent.add(uri);
    for (const oldest of this.recent) {
      if (this.recent.size <= this.capacity) break;
      this.recent.delete(oldest);
      this.release(oldest);
    }
  }

  /** Its diagnostics are published: a document nobody uses lets its analysis go. */
  published(uri: string): void {
    if (!this.recent.has(uri)) this.release(uri);
  }

  /** The document closed. */
  forget(uri: string): void {
    this.recent.delete(uri);
  }
}
