// Shared test helpers: where the shared corpus lives, and fixture expectation markers.

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'seed', '000_4b08c1917d0a3bce.txt');
export const CORPUS = join(SHARED, 'corpus', 'real');

/** The real corpus files; CI has `../shared` beside the project. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`The shared corpus is expected at ${CORPUS}`);
  return readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort().map((name) => join(CORPUS, name));
}

export interface Expectation {
  readonly line: number;
  readonly rule: string;
}

/**
 * Inline expectation markers, in the manner of markdownlint's fixtures: `<!-- expect: rule-id -->` at the
 * end of the line where a finding of that rule is expected (several ids separated by commas). HTML
 * comments are invisible to the engine, so the markers do not change what is checked.
 */
export function expectations(text: string): Expectation[] {
  const found: Expectation[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    for (const match of line.matchAll(/<!--\s*expect:\s*([a-z, -]+?)\s*-->/g)) {
      for (const rule of match[1].split(',').map((id) => id.trim()).filter(Boolean)) found.push({ line: index, rule });
    }
  });
  return found;
}
