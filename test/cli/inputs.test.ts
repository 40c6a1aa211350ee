// What `vanban lint` takes as input, as a process in a scratch folder: picomatch globs (braces, classes)
// and `!` negation, .vanbanignore, symbolic links followed once (loops reported), binary and special
// files refused, inputs that match nothing (exit 2), and the deterministic --shard split.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, vanban } from './run';

const clean = readFileSync(join(FIXTURES, 'clean.vanban'), 'utf8');

interface JsonReport { file: string }
const files = (stdout: string) => (JSON.parse(stdout) as JsonReport[]).map((r) => r.file).sort();

describe('vanban lint inputs', () => {
  let dir: string;
  // English, for the messages checked below (Vietnamese, the default, is checked in cli-language.test.ts).
  const lint = (...args: string[]) => vanban(['lint', '--format', 'json', '--lang', 'en', ...args], { cwd: dir });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-inputs-'));
    for (const path of ['a.vanban', 'b.vanban', 'c.txt', 'drafts/2025/x.vanban', 'drafts/2026/y.vanban', 'drafts/old/z.vanban']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), clean);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('matches braces and classes, and `!pattern` leaves files out', () => {
    assert.deepEqual(files(lint('drafts/202[56]/*.vanban').stdout), ['drafts/2025/x.vanban', 'drafts/2026/y.vanban']);
    assert.deepEqual(files(lint('{a,b}.vanban', '*.txt').stdout), ['a.vanban', 'b.vanban', 'c.txt']);
    assert.deepEqual(files(lint('.', '!drafts/old/**', '!b.vanban').stdout), ['a.vanban', 'drafts/2025/x.vanban', 'drafts/2026/y.vanban']);
  });

  it('prunes folders and globs by .vanbanignore (gitignore syntax), at the top and inside folders', () => {
    writeFileSync(join(dir, '.vanbanignore'), '# archived\ndrafts/old/\nb.vanban\n');
    writeFileSync(join(dir, 'drafts', '2025', '.vanbanignore'), '*.vanban\n');
    assert.deepEqual(files(lint('.').stdout), ['a.vanban', 'drafts/2026/y.vanban']);
    assert.deepEqual(files(lint('**/*.vanban').stdout), ['a.vanban', 'drafts/2026/y.vanban']);
    // A file named on the command line is linted even when ignored.
    assert.deepEqual(files(lint('b.vanban').stdout), ['b.vanban']);
  });

  it('follows a symlinked draft and folder once, and reports a loop instead of walking it forever', () => {
    symlinkSync(join(dir, 'drafts', '2026'), join(dir, 'drafts', 'current'));
    symlinkSync(join(dir, 'a.vanban'), join(dir, 'drafts', 'linked.vanban'));
    symlinkSync(dir, join(dir, 'drafts', 'loop'));
    symlinkSync(join(dir, 'nowhere.vanban'), join(dir, 'dangling.vanban'));
    const run = lint('.');
    assert.equal(run.code, 0, run.stderr);
    // Each real file once: the link to a.vanban and the folder link add nothing new.
    assert.deepEqual(files(run.stdout), ['a.vanban', 'b.vanban', 'drafts/2025/x.vanban', 'drafts/2026/y.vanban', 'drafts/old/z.vanban']);
    assert.match(run.stderr, /drafts\/loop: symbolic link loop, not followed again/);
    assert.match(run.stderr, /dangling\.vanban: dangling symbolic link, skipped/);
    // Alone, a link inside a folder is followed, not dropped.
    rmSync(join(dir, 'a.vanban'));
    writeFileSync(join(dir, 'real.txt'), clean);
    mkdirSync(join(dir, 'only-links'));
    symlinkSync(join(dir, 'real.txt'), join(dir, 'only-links', 'draft.vanban'));
    assert.deepEqual(files(lint('only-links').stdout), ['only-links/draft.vanban']);
  });

  it('skips binary files with a notice and exit 2, unless --ext asked for their extension', () => {
    writeFileSync(join(dir, 'drafts', 'scan.vanban'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'drafts', 'latin1.vanban'), Buffer.from('Quy\xeat \xf0\xe9nh v\xe8 vi\xeac', 'latin1'));
    const run = lint('drafts');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /drafts\/scan\.vanban: skipped, not a text file/);
    // A draft's extension in another encoding is a draft: read, with its encoding reported.
    assert.doesNotMatch(run.stderr, /latin1\.vanban: skipped/);
    assert.deepEqual(files(run.stdout), ['drafts/2025/x.vanban', 'drafts/2026/y.vanban', 'drafts/latin1.vanban', 'drafts/old/z.vanban']);
    assert.match(run.stdout, /encoding/);
    writeFileSync(join(dir, 'notes.txt'), Buffer.from('Quy\xeat \xf0\xe9nh', 'latin1'));
    assert.match(lint('notes.txt').stderr, /notes\.txt: skipped, not a text file/, 'not a draft extension: invalid UTF-8 is binary');
    const png = join(dir, 'logo.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    assert.equal(lint('logo.png').code, 2);
    assert.notEqual(lint('logo.png', '--ext', 'png').code, 2, 'asked for with --ext');
    // A multi-byte character cut by the sample's end is not "invalid UTF-8".
    writeFileSync(join(dir, 'long.vanban'), `${'a'.repeat(8191)}ệ\n${clean}`);
    assert.notEqual(lint('long.vanban').code, 2);
  });

  it('refuses a FIFO and a device named explicitly, without blocking', function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [join(dir, 'pipe.vanban')]);
    const run = lint('pipe.vanban', '/dev/zero', 'a.vanban');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pipe\.vanban: refused, not a regular file \(a FIFO\)/);
    assert.match(run.stderr, /\/dev\/zero: refused, not a regular file \(a character device\)/);
    assert.deepEqual(files(run.stdout), ['a.vanban']);
  });

  it('exits 2 with a message when an input matches nothing: an empty folder, a glob', () => {
    mkdirSync(join(dir, 'empty'));
    const empty = lint('empty');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty: no \*\.vanban file in this folder/);
    const glob = lint('drafts/**/*.docx');
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /drafts\/\*\*\/\*\.docx: matches no file/);
  });

  it('splits the inputs into --shard i/n parts: disjoint, complete, the same on every run', () => {
    for (let n = 1; n <= 6; n++) writeFileSync(join(dir, 'drafts', `extra-${n}.vanban`), clean);
    const all = files(lint('.').stdout);
    const parts = [1, 2, 3].map((i) => files(lint('.', '--shard', `${i}/3`).stdout));
    assert.deepEqual(parts.flat().sort(), all);
    assert.equal(new Set(parts.flat()).size, all.length, 'disjoint');
    for (const part of parts) assert.ok(Math.abs(part.length - all.length / 3) < 1, 'balanced');
    assert.deepEqual(files(lint('.', '--shard', '2/3').stdout), parts[1], 'deterministic');
    // The order of the arguments does not change a shard.
    assert.deepEqual(files(lint('drafts', 'a.vanban', 'b.vanban', '--shard', '1/2').stdout), files(lint('b.vanban', 'a.vanban', 'drafts', '--shard', '1/2').stdout));
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1/3/4']) {
      const run = lint('.', '--shard', bad);
      assert.equal(run.code, 2, bad);
      assert.match(run.stderr, /--shard wants i\/n/);
    }
  });

  it('keeps glob matching tractable: a segment with more than three * is refused, three on a long name is quick', () => {
    writeFileSync(join(dir, `${'a'.repeat(200)}.vanban`), clean);
    const hostile = lint(`${'*a'.repeat(8)}*b.vanban`);
    assert.equal(hostile.code, 2);
    assert.match(hostile.stderr, /at most 3 are allowed/);
    assert.equal(lint('!*a*a*a*a*a').code, 2, 'negations too');
    // The worst allowed shape against a 200-character name that almost matches: well under a second.
    const start = process.hrtime.bigint();
    const run = lint('*a*a*ab.vanban', 'a.vanban');
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(run.code, 2, 'the glob matches nothing');
    assert.ok(ms < 5000, `${ms} ms`);
  });
});
