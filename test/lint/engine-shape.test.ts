// Two of ARCHITECTURE.md's invariants about the engine's shape (and the command line's share of the second): no file over 400 lines (a file that grows
// past it holds two jobs), and no mutable state at module level (the engine is a set of pure functions and
// values passed as arguments; a `let` or `var` at the top of a module is state every caller shares). Tables
// built once at load are constants; the two bounded memos of pure functions (syllable verdicts, qualified XML
// names) are `const` maps that say why they are safe.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers';

const ENGINE = join(ROOT, 'server', 'src', 'engine');
const MAX_LINES = 400;

function engineFiles(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return engineFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine\'s shape (ARCHITECTURE.md)', () => {
  const files = engineFiles();

  it('finds the engine\'s files', () => {
    assert.ok(files.length > 100, `only ${files.length} files under server/src/engine`);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    assert.deepEqual(long, []);
  });

  it('keeps no mutable state at module level', () => {
    const stateful = files
      .filter((file) => /^(?:export )?(?:let|var)\s/mu.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    assert.deepEqual(stateful, []);
  });

  it('would see a long file and a module-level let (the checks can fail)', () => {
    assert.match('let current: Language = \'vi\';\n', /^(?:export )?(?:let|var)\s/mu);
    assert.match('const a = 1;\nlet cache = 2;\n', /^(?:export )?(?:let|var)\s/mu);
    assert.ok('x\n'.repeat(MAX_LINES + 1).split('\n').length - 1 > MAX_LINES);
  });
});

/** A module-level binding of a mutable container: `const cache = new Map()`, `const seen = new Set()`, `const list = []`. */
const MUTABLE_CONTAINER = /^(?:export )?const\s+\w+(?:\s*:[^=]+)?\s*=\s*(?:new (?:Map|Set|WeakMap|Array)\b|\[\s*\];)/mu;

describe('the command line\'s shape: no state at module level', () => {
  const files = engineFiles(join(ROOT, 'server', 'src', 'cli'));

  it('finds the command line\'s files', () => {
    assert.ok(files.length > 15, `only ${files.length} files under server/src/cli`);
  });

  // The CLI's language, its configurations read, its settings: values made in main() (or a worker's start)
  // and passed down, so two runs in one process (the tests, a host embedding the CLI) cannot leak into each other.
  it('keeps no mutable state at module level: no top-level let or var, no module-wide Map, Set or array', () => {
    const stateful = files
      .filter((file) => {
        const source = readFileSync(file, 'utf8');
        return /^(?:export )?(?:let|var)\s/mu.test(source) || MUTABLE_CONTAINER.test(source);
      })
      .map((file) => relative(ROOT, file));
    assert.deepEqual(stateful, []);
  });

  it('would see a module-wide cache (the check can fail)', () => {
    assert.match('const byConfigPath = new Map<string, LoadedConfig>();\n', MUTABLE_CONTAINER);
    assert.match('const reported = new Set<string>();\n', MUTABLE_CONTAINER);
    assert.doesNotMatch('const FORMATS = [\'text\', \'json\'] as const;\n', MUTABLE_CONTAINER);
  });
});
