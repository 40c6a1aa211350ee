// A memo of a pure function of a token (a word of the text), looked up by the token's place in the text
// and a hash the caller computed while scanning it: no substring is cut and no string is hashed again
// for a token already seen, which is what a Map keyed by `text.slice(...)` costs on every word.
// Bounded: past half its slots it starts afresh, so memory stays flat whatever the input.

import { detached } from '../../text/detached';

/** The running hash of a token, one UTF-16 unit at a time: `hash = step(hash, code)` from 0. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Whether `text` holds `key` at `start` (a loop: `startsWith` with a position is far slower on two-byte text). */
function sameUnits(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class TokenMemo<V> {
  private keys: (string | undefined)[];
  /** Each slot's hash: a probe compares it before the units (a miss in the chain costs one load). */
  private readonly hashes: Int32Array;
  private values: (V | undefined)[];
  private used = 0;

  /** `slots`: a power of two; at most half of them are filled before the memo starts afresh. */
  constructor(private readonly slots = 1 << 15) {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  /** The value for `text[start, end)` (whose hash is `hash`), computed by `compute` the first time. */
  get(text: string, start: number, end: number, hash: number, compute: (token: string) => V): V {
    const mask = this.slots - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === hash && key.length === length && sameUnits(key, text, start)) return this.values[slot] as V;
    }
    if (this.used >= this.slots >> 1) this.clear();
    // Its own copy: the memo outlives the document the token was cut from (text/detached.ts).
    const token = detached(text.slice(start, end));
    const value = compute(token);
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = token;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.used++;
    return value;
  }

  private clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.used = 0;
  }
}
