// What the rules of one lint run share: values derived from the model once (the running-text segments,
// the masked lines) and dropped with the run; and, while a document is edited, what the text rules found
// per segment text, handed to the next version's run so unchanged lines are not scanned again. Owned by
// the run (and so by the analysis), not by a module-level map: nothing outlives the analyses it serves.

/** The values of one line's texts (a line may hold more than one segment). */
interface TextValue {
  readonly text: string;
  readonly value: unknown;
  readonly next: TextValue | undefined;
}

/**
 * Per line, its values, in chunks of CHUNK lines: one array written at scattered lines as it grows turns
 * into a slow dictionary, and one sized for a long document at once is a large object to collect.
 */
type ByLine = (TextValue | undefined)[][];
const CHUNK_BITS = 10;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

function entryAt(byLine: ByLine, line: number): TextValue | undefined {
  return byLine[line >> CHUNK_BITS]?.[line & CHUNK_MASK];
}

function setEntry(byLine: ByLine, line: number, entry: TextValue): void {
  (byLine[line >> CHUNK_BITS] ??= new Array<TextValue | undefined>(CHUNK_MASK + 1))[line & CHUNK_MASK] = entry;
}

function lookUp(entry: TextValue | undefined, text: string): TextValue | undefined {
  for (; entry; entry = entry.next) if (entry.text === text) return entry;
  return undefined;
}

/** A value derived from the model, computed at most once per lint run. */
export interface SharedKey<T> {
  readonly name: string;
  /** Type marker only. */
  readonly value?: T;
}

export class LintShared {
  private readonly values = new Map<SharedKey<unknown>, unknown>();
  /** Per key, a pure function's value per text, by line: kept for the next version's lint when `remember` is set. */
  private readonly texts = new Map<SharedKey<unknown>, ByLine>();

  /**
   * `previous`: the run over the version before (the server passes it while a document is edited), whose
   * per-text values are reused for the texts that did not change. `remember`: keep this run's per-text
   * values for the next version (a one-off lint does not pay for it).
   */
  constructor(private previous?: LintShared, private readonly remember = previous !== undefined, private lineBefore?: (line: number) => number) {}

  /**
   * The value of a pure function of one text (a segment's, a line's) under `key`: from this run's or the
   * previous version's values when the text was met before, else computed. Whatever the function reads
   * besides the text must not change between versions (a rule's options are applied after it).
   */
  perText<T, C = undefined>(key: SharedKey<T>, line: number, text: string, compute: (text: string, context: C) => T, context?: C): T {
    if (!this.remember) return compute(text, context as C);
    // By line, not by a map of texts: an array slot and a string comparison (equal strings are mostly the
    // same string, kept by the incremental parse) cost far less than hashing every segment of the document.
    let byLine = this.texts.get(key);
    if (!byLine) {
      byLine = [];
      this.texts.set(key, byLine);
    }
    const found = lookUp(entryAt(byLine, line), text);
    if (found) return found.value as T;
    const before = this.lineBefore ? this.lineBefore(line) : line;
    const previous = before >= 0 ? this.previous?.texts.get(key) : undefined;
    const old = previous ? lookUp(entryAt(previous, before), text) : undefined;
    const here = entryAt(byLine, line);
    if (old) {
      // The previous version's entry serves as it is (its other texts are of the same pure function):
      // nothing is allocated for an unchanged line.
      setEntry(byLine, line, here === undefined ? old : { text, value: old.value, next: here });
      return old.value as T;
    }
    const value = compute(text, context as C);
    setEntry(byLine, line, { text, value, next: here });
    return value;
  }

  /**
   * The value `key` had in the previous version's run, and the line pairing (the previous version's line
   * each line repeats, or -1), while a document is edited with its lines paired; else undefined.
   */
  previousRun<T>(key: SharedKey<T>): { readonly value: T; readonly lineBefore: (line: number) => number } | undefined {
    if (!this.previous || !this.lineBefore || !this.previous.values.has(key)) return undefined;
    return { value: this.previous.values.get(key) as T, lineBefore: this.lineBefore };
  }

  /** The run is over: the previous version's values are no longer needed. */
  settle(): void {
    this.previous = undefined;
    this.lineBefore = undefined;
  }

  /** The value under `key`, computed by `compute` the first time it is asked for in this run. */
  get<T>(key: SharedKey<T>, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    this.values.set(key, value);
    return value;
  }

  /** The value under `key` if a rule of this run has already computed it, else undefined (nothing is computed). */
  peek<T>(key: SharedKey<T>): T | undefined {
    return this.values.get(key) as T | undefined;
  }
}
