// Linear time by construction: every regular expression in server/src is analysed for super-linear
// behaviour by scslre, the analyser behind eslint-plugin-regexp's `no-super-linear-backtracking` and
// `no-super-linear-move` rules. Why scslre: it works on the regex's automaton (refa), so it is
// deterministic (no fuzzing, the same verdict on every run, fast enough to check ~300 patterns in a second),
// it reports the three shapes that cost us (two quantifiers trading a character, a quantifier repeating
// itself, and a pattern re-scanning the rest of the line from every start position), and it needs no
// ESLint configuration (the ESLint config file belongs to the architecture work). `recheck` was the other
// candidate: complete for some shapes but fuzzing-based for the rest (verdicts can vary between runs) and
// it needs a JVM or a native binary.
//
// What it does not prove is covered by timing: test/robustness/linear.test.ts measures the engine's
// growth on adversarial lines.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyse } from 'scslre';
import { ROOT } from '../helpers';
import { extractRegexes } from './regexes';

interface Pattern { readonly where: string; readonly source: string; readonly flags: string }

/** Patterns built at run time outside the engine, each with the reason it is not collected by running code. */
const NOT_COLLECTED: Record<string, string> = {
  'server/src/cli/files.ts': 'a user\'s glob turned into a pattern: owned by the CLI input discovery (a maintained matcher replaces it)',
};

function superLinear(pattern: Pattern): string[] {
  // Patterns are used whole (test, exec, replace, split), so no rejecting suffix is assumed after them.
  const result = analyse({ source: pattern.source, flags: pattern.flags }, { assumeRejectingSuffix: false, reportTypes: { Move: true, Self: true, Trade: true } });
  return result.reports.map((report) => `${pattern.where} /${pattern.source}/${pattern.flags}: ${report.type}${report.exponential ? ' (exponential)' : ''} on repeated ${JSON.stringify(report.character.pick)}`);
}

describe('every regular expression in server/src runs in linear time (scslre)', function () {
  this.timeout(120_000);
  const { literals, dynamic } = extractRegexes(ROOT, join(ROOT, 'server', 'src'));

  it(`the ${literals.length} patterns written in the source`, () => {
    assert.ok(literals.length > 200, `only ${literals.length} patterns found: the extraction is broken`);
    const problems = literals.flatMap((regex) => superLinear({ where: `${regex.file}:${regex.line}`, ...regex }));
    assert.deepEqual(problems, []);
  });

  it('the patterns built at run time while the engine lints, fixes and renders every fixture', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'collect-regexes.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(run.status, 0, run.stderr);
    const collected = JSON.parse(run.stdout) as { source: string; flags: string }[];
    assert.ok(collected.length > 0, 'no pattern was collected: the constructor hook is broken');
    const problems = collected.flatMap((regex) => superLinear({ where: 'built at run time', ...regex }));
    assert.deepEqual(problems, []);
    // Every place that builds a pattern from a non-literal is in code the collection ran, or named above.
    const uncovered = dynamic.filter((site) => !site.file.startsWith(join('server', 'src', 'engine')) && !(site.file in NOT_COLLECTED));
    assert.deepEqual(uncovered, []);
  });

  it('the analyser itself flags the shapes once found quadratic', () => {
    const flagged = (source: string, flags = 'u') => superLinear({ where: 'probe', source, flags }).length > 0;
    assert.ok(flagged(String.raw`^(Phần|Chương)\s+(\d+)\.?\s*[:.\-–]?\s*(.*)$`), 'the old heading pattern');
    assert.ok(flagged(String.raw`\s+$`), 'the old disable-line trim');
    assert.ok(flagged(String.raw`[\p{L}\p{M}]*\p{M}[\p{L}\p{M}]*`, 'gu'), 'the old decomposed-run pattern');
    assert.ok(!flagged(String.raw`^([-+•])\s+(\S.*|)$`, 'su'), 'the bullet pattern as fixed');
  });
});
