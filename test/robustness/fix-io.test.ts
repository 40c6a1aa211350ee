// `fix` never loses data, and a draft is read only when it is one: the CLI as a process on
// drafts that are not valid UTF-8, symbolic links leading out of the folders named, FIFOs, devices,
// oversized files, a file-size limit hit mid-write (`ulimit -f`), and `render -o` through a dangling link.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXABLE = readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'fixable.vanban'), 'utf8');

function run(cwd: string, args: readonly string[], timeout = 20_000) {
  // The assertions read the English messages (the CLI speaks Vietnamese unless told).
  const lang = (args[0] === 'lint' || args[0] === 'fix') && !args.includes('--lang') ? ['--lang', 'en'] : [];
  const result = spawnSync(process.execPath, [CLI, ...args, ...lang], { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

describe('fix and render never lose a draft; the CLI reads only drafts', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (!existsSync(CLI)) this.skip(); // built by `npm test` before mocha
    dir = mkdtempSync(join(tmpdir(), 'vanban-fix-io-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('refuses to fix a draft that is not valid UTF-8 (exit 2, bytes untouched); lint reports the encoding', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE.slice(0, 200), 'utf8'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(FIXABLE.slice(200), 'utf8')]);
    const file = join(dir, 'latin.vanban');
    writeFileSync(file, bytes);
    const fixed = run(dir, ['fix', 'latin.vanban']);
    assert.equal(fixed.code, 2, fixed.stderr);
    assert.match(fixed.stderr, /not valid UTF-8 \(byte 0xc3 at offset \d+, line \d+, column \d+\).*: not touched/);
    assert.ok(readFileSync(file).equals(bytes), 'not one byte changed');
    const linted = run(dir, ['lint', '--format', 'json', '--lang', 'en', 'latin.vanban']);
    assert.equal(linted.code, 1);
    const findings = JSON.parse(linted.stdout)[0].diagnostics as { rule: string; message: string; range: { start: { line: number } } }[];
    const encoding = findings.find((d) => d.rule === 'encoding');
    assert.ok(encoding, 'an encoding finding');
    assert.match(encoding.message, /not valid UTF-8 \(byte 0xc3/);
    assert.equal(encoding.range.start.line, FIXABLE.slice(0, 200).split('\n').length - 1);
  });

  it('keeps the draft whole when a file-size limit stops the write (ulimit -f), and leaves no temporary file', () => {
    const folder = join(dir, 'ulimit');
    mkdirSync(folder);
    // About 45 KB with a fix to apply: the limit (8 KB) stops the write of the fixed text.
    const text = FIXABLE.replace('Các xã đã rà soát', `${'Các xã đã rà soát khu dân cư ven sông  và lập danh sách. '.repeat(700)}\nCác xã đã rà soát`);
    writeFileSync(join(folder, 'big.vanban'), text);
    const before = readFileSync(join(folder, 'big.vanban'));
    assert.ok(before.length > 40_000);
    const result = spawnSync('bash', ['-c', `ulimit -f 8; exec "${process.execPath}" "${CLI}" fix big.vanban`], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(result.status, 0, 'the write failed');
    assert.ok(readFileSync(join(folder, 'big.vanban')).equals(before), 'the draft is intact');
    assert.deepEqual(readdirSync(folder), ['big.vanban'], 'no temporary file left');
    assert.match(result.stderr, /cannot write big\.vanban: .*\(the draft is unchanged\)/);
  });

  it('writes through a temporary file: mode and BOM kept, nothing else in the folder', () => {
    const folder = join(dir, 'mode');
    mkdirSync(folder);
    const file = join(folder, 'draft.vanban');
    writeFileSync(file, `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`);
    chmodSync(file, 0o640);
    const result = run(folder, ['fix', 'draft.vanban']);
    assert.match(result.stdout, /fixed: \d+ error\(s\)/);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\uFEFF'), 'the BOM is kept');
    assert.ok(!/(?<!\r)\n/.test(after), 'CRLF kept');
    assert.equal(statSync(file).mode & 0o777, 0o640, 'the mode is kept');
    assert.deepEqual(readdirSync(folder), ['draft.vanban']);
  });

  it('refuses a symbolic link named on the command line that leads outside the folders named', () => {
    const outside = join(dir, 'outside');
    const inside = join(dir, 'inside');
    mkdirSync(outside);
    mkdirSync(inside);
    writeFileSync(join(outside, 'target.vanban'), FIXABLE);
    writeFileSync(join(inside, 'own.vanban'), FIXABLE);
    symlinkSync(join(outside, 'target.vanban'), join(inside, 'escape.vanban'));
    symlinkSync(join(inside, 'own.vanban'), join(inside, 'alias.vanban'));
    const refused = run(inside, ['fix', 'escape.vanban']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /escape\.vanban is a symbolic link to .*outside.*target\.vanban|outside the folders named/);
    assert.equal(readFileSync(join(outside, 'target.vanban'), 'utf8'), FIXABLE, 'the file outside is untouched');
    const allowed = run(inside, ['fix', 'alias.vanban']);
    assert.match(allowed.stdout, /alias\.vanban: fixed: \d+ error\(s\)/, allowed.stderr);
    // Named with the folder it leads to, the link is within what the user asked for.
    const named = run(dir, ['fix', 'inside/escape.vanban', 'outside']);
    assert.doesNotMatch(named.stderr, /escape\.vanban is a symbolic link/);
  });

  it('refuses a FIFO and a device named explicitly, at once, without reading them', function () {
    const fifo = join(dir, 'pipe.vanban');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) this.skip(); // mkfifo is absent
    for (const command of ['lint', 'fix']) {
      const started = Date.now();
      const result = run(dir, [command, 'pipe.vanban'], 10_000);
      assert.equal(result.signal, null, `${command} did not block on the FIFO`);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /FIFO/); // refused by the input discovery or by the reader, each in its words
      assert.ok(Date.now() - started < 10_000);
    }
    const zero = run(dir, ['lint', '/dev/zero'], 10_000);
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /character device/);
  });

  it('refuses a file above the size limit before reading it', () => {
    const file = join(dir, 'huge.vanban');
    writeFileSync(file, 'Số: 01/QĐ-UBND\n'.repeat(1024)); // text first, so the file is not taken for binary
    truncateSync(file, 65 * 1024 * 1024); // the rest sparse: no disk used
    const result = run(dir, ['fix', 'huge.vanban']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /above the limit of 67108864 bytes/);
  });

  it('render -o does not write through a dangling symbolic link without --force, nor with it outside the folders named', () => {
    const folder = join(dir, 'render');
    mkdirSync(folder);
    writeFileSync(join(folder, 'draft.vanban'), FIXABLE);
    symlinkSync(join(dir, 'elsewhere.html'), join(folder, 'out.html'));
    const refused = run(folder, ['render', 'draft.vanban', '-o', 'out.html']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /out\.html đã có \(là liên kết tượng trưng\); thêm --force/);
    assert.equal(existsSync(join(dir, 'elsewhere.html')), false, 'nothing was created where the link points');
    const outside = run(folder, ['render', 'draft.vanban', '-o', 'out.html', '--force', '--lang', 'en']);
    assert.equal(outside.code, 2, outside.stderr);
    assert.match(outside.stderr, /outside the folders named: not written/);
    assert.equal(existsSync(join(dir, 'elsewhere.html')), false);
    assert.ok(lstatSync(join(folder, 'out.html')).isSymbolicLink(), 'the link is never replaced by a file');
    // A dangling link to a file inside the folder, with --force: the file it names is written, the link stays.
    symlinkSync('inside.html', join(folder, 'in.html'));
    const forced = run(folder, ['render', 'draft.vanban', '-o', 'in.html', '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(lstatSync(join(folder, 'in.html')).isSymbolicLink());
    assert.match(readFileSync(join(folder, 'inside.html'), 'utf8'), /<!DOCTYPE html>/i);
  });
});
