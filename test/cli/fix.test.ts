// `vanban fix` as a process: in place, --dry-run (unified diff), --stdout, line endings, exit codes.

import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { vanban, scratchCopy } from './run';

describe('vanban fix', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = scratchCopy()));
  afterEach(() => remove());

  it('applies the safe fixes in place, and a second run changes nothing', () => {
    const file = join(dir, 'fixable.vanban');
    const before = readFileSync(file, 'utf8');
    const run = vanban(['fix', file, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    // Counted as lint counts them: the number was an error, the recipients' last line a warning.
    assert.match(run.stdout, /fixable\.vanban: fixed: 1 error\(s\), 1 warning\(s\), 0 other finding\(s\)/);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, readFileSync(join(dir, 'clean.vanban'), 'utf8'));
    assert.notEqual(after, before);
    assert.equal(vanban(['lint', file]).code, 0);
    const again = vanban(['fix', file]);
    assert.equal(again.stdout, '');
    assert.equal(readFileSync(file, 'utf8'), after);
  });

  it('fixes a folder, leaves clean files untouched and exits 1 while errors remain', () => {
    const clean = join(dir, 'clean.vanban');
    const cleanBefore = readFileSync(clean, 'utf8');
    const run = vanban(['fix', dir, '--lang', 'en']);
    assert.equal(run.code, 1, 'broken.vanban still lacks its title');
    assert.match(run.stdout, /fixable\.vanban: fixed: 1 error\(s\), 1 warning/);
    assert.match(run.stdout, /warning\.vanban: fixed: 0 error\(s\), 1 warning/);
    assert.doesNotMatch(run.stdout, /(clean|broken)\.vanban: fixed/);
    assert.match(run.stdout, /broken\.vanban:1:1 error header-title .* \(not fixed automatically\)/, 'what remains is said');
    assert.equal(readFileSync(clean, 'utf8'), cleanBefore);
  });

  it('--dry-run prints a unified diff that reproduces the fix, and writes nothing', () => {
    const file = join(dir, 'fixable.vanban');
    const before = readFileSync(file, 'utf8');
    const run = vanban(['fix', file, '--dry-run']);
    assert.equal(run.code, 0);
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.match(run.stdout, /^--- a\/.*fixable\.vanban\n\+\+\+ b\/.*fixable\.vanban\n@@ /);
    assert.match(run.stdout, /^-Số 11 - KL\/HU$/m);
    assert.match(run.stdout, /^\+Số 11-KL\/HU$/m);
    assert.equal(applyPatch(before, run.stdout), readFileSync(join(dir, 'clean.vanban'), 'utf8'));
  });

  it('--stdout prints the fixed text of one file; standard input works too', () => {
    const file = join(dir, 'fixable.vanban');
    const expected = readFileSync(join(dir, 'clean.vanban'), 'utf8');
    assert.equal(vanban(['fix', file, '--stdout']).stdout, expected);
    const piped = vanban(['fix', '-', '--stdout', '--stdin-filename', 'x.vanban'], { input: readFileSync(file, 'utf8') });
    assert.equal(piped.code, 0);
    assert.equal(piped.stdout, expected);
    assert.equal(vanban(['fix', file, join(dir, 'clean.vanban'), '--stdout']).code, 2);
    assert.equal(vanban(['fix', '-'], { input: 'x' }).code, 2, 'stdin cannot be fixed in place');
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const file = join(dir, 'crlf.vanban');
    const crlf = `\uFEFF${readFileSync(join(dir, 'fixable.vanban'), 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(file, crlf);
    assert.equal(vanban(['fix', file]).code, 0);
    const fixed = readFileSync(file, 'utf8');
    assert.equal(fixed, `\uFEFF${readFileSync(join(dir, 'clean.vanban'), 'utf8').replace(/\n/g, '\r\n')}`);
  });

  it('keeps lone CR line endings', () => {
    const file = join(dir, 'cr.vanban');
    writeFileSync(file, readFileSync(join(dir, 'fixable.vanban'), 'utf8').replace(/\n/g, '\r'));
    assert.equal(vanban(['fix', file]).code, 0);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(join(dir, 'clean.vanban'), 'utf8').replace(/\n/g, '\r'));
  });

  it('exits 2 on a missing file', () => {
    const run = vanban(['fix', join(dir, 'absent.vanban'), '--lang', 'en']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no such file or folder/);
  });
});
