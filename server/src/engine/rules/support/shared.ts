// What the rules of one lint run share: values derived from the model once (the running-text segments,
// the masked lines) and dropped with the run. Owned by the run, not by a module-level map, so nothing
// outlives the analysis it was made for.

/** A value derived from the model, computed at most once per lint run. */
export interface SharedKey<T> {
  readonly name: string;
  /** Type marker only. */
  readonly value?: T;
}

export class LintShared {
  private readonly values = new Map<SharedKey<unknown>, unknown>();

  /** The value under `key`, computed by `compute` the first time it is asked for in this run. */
  get<T>(key: SharedKey<T>, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
