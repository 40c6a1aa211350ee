// Shared test helpers: where the shared corpus lives, what a suite needs to run (and the one-line skip
// when it is absent), and fixture expectation markers.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
/** `../shared` beside the project (the seed and the real corpus); VANBAN_SHARED points elsewhere. */
export const SHARED = resolve(process.env.VANBAN_SHARED || join(ROOT, '..', 'shared'));
export const SEED = join(SHARED, 'seed', '000_4b08c1917d0a3bce.txt');
export const CORPUS = join(SHARED, 'corpus', 'real');
/** Debian's chromium, as scripts/chromium.js launches it. */
const CHROMIUM = process.env.VANBAN_CHROMIUM || '/usr/bin/chromium';

/**
 * Strict mode (VANBAN_STRICT=1, set by .ci/run): a suite that would be skipped for lack of ../shared or a
 * system tool fails instead, so CI cannot pass by skipping.
 */
export const STRICT = process.env.VANBAN_STRICT === '1';

/** The real corpus files; empty when ../shared is absent (the suite says so through `needsShared`). */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort().map((name) => join(CORPUS, name));
}

/** What a suite may need beyond Node and node_modules, how to tell it is there, and how to get it. */
const REQUIREMENTS = {
  shared: { what: '../shared (seed and real corpus)', present: () => existsSync(SEED) && existsSync(CORPUS), enable: 'put the shared folder beside the project or set VANBAN_SHARED' },
  chromium: { what: 'chromium', present: () => existsSync(CHROMIUM), enable: 'apt-get install chromium or set VANBAN_CHROMIUM' },
  nvim: { what: 'Neovim', present: () => onPath('nvim'), enable: 'apt-get install neovim' },
  libreoffice: { what: 'LibreOffice', present: () => onPath('libreoffice'), enable: 'apt-get install libreoffice-writer-nogui' },
  pdftotext: { what: 'pdftotext', present: () => onPath('pdftotext') && onPath('pdfinfo'), enable: 'apt-get install poppler-utils' },
  unzip: { what: 'unzip', present: () => onPath('unzip'), enable: 'apt-get install unzip' },
  iconv: { what: 'iconv with CP1258 and TCVN5712-1', present: () => onPath('iconv') && /TCVN5712-1/.test(spawnSync('iconv', ['-l'], { encoding: 'utf8' }).stdout ?? ''), enable: 'apt-get install libc-bin (glibc iconv)' },
  mkfifo: { what: 'mkfifo', present: () => onPath('mkfifo'), enable: 'apt-get install coreutils' },
} as const;

export type Requirement = keyof typeof REQUIREMENTS;

const known = new Map<Requirement, boolean>();
function present(requirement: Requirement): boolean {
  let found = known.get(requirement);
  if (found === undefined) known.set(requirement, (found = REQUIREMENTS[requirement].present()));
  return found;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether everything listed is available (no test registered). */
export function available(...requirements: Requirement[]): boolean {
  return requirements.every(present);
}

/**
 * Call first in a `describe` body: when something listed is missing, registers ONE pending test saying
 * what is missing and how to enable it (a failing one under VANBAN_STRICT=1) and returns true, and the
 * body returns at once: `if (needs('chromium')) return;`. Returns false when all is there.
 */
export function needs(...requirements: Requirement[]): boolean {
  const missing = requirements.filter((requirement) => !present(requirement));
  if (missing.length === 0) return false;
  const title = `skipped: needs ${missing.map((r) => REQUIREMENTS[r].what).join(' and ')} — to enable: ${missing.map((r) => REQUIREMENTS[r].enable).join('; ')}`;
  if (STRICT) {
    it(title, () => {
      throw new Error(`VANBAN_STRICT=1 turns this skip into a failure: ${title}`);
    });
  } else {
    it(title);
  }
  return true;
}

/** `if (needsShared()) return;` — the suite reads ../shared. */
export const needsShared = (): boolean => needs('shared');
/** `if (needsTool('chromium')) return;` — the suite drives a system tool. */
export const needsTool = (...tools: Exclude<Requirement, 'shared'>[]): boolean => needs(...tools);

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

/** The two marker comments around a block a script writes into a hand-written page (docs/corpus-report.md). */
export interface Markers {
  readonly start: string;
  readonly end: string;
}

/** The block between the markers, trimmed; undefined when the page lacks them. */
export function generatedBlock(page: string, markers: Markers): string | undefined {
  const start = page.indexOf(markers.start);
  const end = page.indexOf(markers.end);
  return start < 0 || end < start ? undefined : page.slice(start + markers.start.length, end).trim();
}

/** The page with `block` between the markers; throws when the page lacks them (nothing is written then). */
export function withGeneratedBlock(page: string, markers: Markers, block: string, name: string): string {
  const start = page.indexOf(markers.start);
  const end = page.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`${name} has no markers ${markers.start} … ${markers.end}`);
  return `${page.slice(0, start + markers.start.length)}\n${block}\n${page.slice(end)}`;
}
