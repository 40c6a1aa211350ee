// One way in, one way out: every defect once reproduced, as a process, on the built CLI.
// Writes that lost a draft (an output over an input, a non-atomic import, writes through links, a mode
// not kept, a stale temporary file), reads that blocked or ballooned (FIFOs and /dev/zero as import
// input, --config, .vanbanignore), names and encodings (a file name that is not UTF-8, UTF-16 with a BOM,
// Windows-1258 on standard input), and the workers' count.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { capJobs } from '../../server/src/cli/pool';
import { needs, ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXABLE = readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'fixable.vanban'), 'utf8');

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

function run(cwd: string, args: readonly string[], options: { input?: string | Buffer; shell?: string; timeout?: number } = {}): Run {
  const started = Date.now();
  const command = options.shell
    ? spawnSync('bash', ['-c', `${options.shell}; exec "${process.execPath}" "${CLI}" "$@"`, 'vanban', ...args, '--lang', 'en'], { cwd, input: options.input, timeout: options.timeout ?? 20_000, env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(process.execPath, [CLI, ...args, '--lang', 'en'], { cwd, input: options.input, timeout: options.timeout ?? 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: command.status, stdout: String(command.stdout ?? ''), stderr: String(command.stderr ?? ''), ms: Date.now() - started };
}

/** Vietnamese text of a draft's body, encoded as Windows-1258 the way Windows writes it (base letters and combining tone marks). */
function windows1258(text: string): Buffer {
  const out: number[] = [];
  const single: Record<string, number> = { 'ă': 0xe3, 'Ă': 0xc3, 'đ': 0xf0, 'Đ': 0xd0, 'ơ': 0xf5, 'Ơ': 0xd5, 'ư': 0xfd, 'Ư': 0xdd, 'â': 0xe2, 'Â': 0xc2, 'ê': 0xea, 'Ê': 0xca, 'ô': 0xf4, 'Ô': 0xd4 };
  const tones: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
  for (const ch of text.normalize('NFD').normalize('NFC')) {
    const parts = ch.normalize('NFD');
    const tone = [...parts].find((c) => tones[c] !== undefined);
    const base = (tone ? parts.replace(tone, '') : parts).normalize('NFC');
    if (single[base] !== undefined) out.push(single[base]);
    else if (base.length === 1 && base.charCodeAt(0) < 0x80) out.push(base.charCodeAt(0));
    else throw new Error(`no Windows-1258 byte for ${base}`);
    if (tone) out.push(tones[tone]);
  }
  return Buffer.from(out);
}

const SAMPLE = 'Ủy ban nhân dân tỉnh quyết định ban hành kế hoạch phòng chống lụt bão và giảm nhẹ thiên tai năm nay.\n';

describe('one way in and one way out for every file', function () {
  this.timeout(180_000);
  let dir: string;
  before(function () {
    if (!existsSync(CLI)) this.skip(); // built by `npm test` before mocha
    dir = mkdtempSync(join(tmpdir(), 'vanban-io-paths-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path);
    return path;
  };

  describe('writes', () => {
    it('never writes the report over one of the run\'s inputs (lint a.vanban --output-file a.vanban)', () => {
      const here = folder('report-over-input');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      const result = run(here, ['lint', 'a.vanban', '--output-file', 'a.vanban']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /a\.vanban is one of the files this run reads: not written over/);
      assert.equal(readFileSync(join(here, 'a.vanban'), 'utf8'), FIXABLE, 'the draft is intact');
      // Through a link too: the link names the input.
      symlinkSync('a.vanban', join(here, 'report.txt'));
      assert.equal(run(here, ['lint', 'a.vanban', '--output-file', 'report.txt']).code, 2);
      assert.equal(readFileSync(join(here, 'a.vanban'), 'utf8'), FIXABLE);
    });

    it('--output-file is atomic (ulimit -f 0 keeps the old report whole) and does not follow a link out of the folders named', () => {
      const here = folder('report-atomic');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      writeFileSync(join(here, 'old.txt'), 'the previous report\n');
      const stopped = run(here, ['lint', 'a.vanban', '--output-file', 'old.txt'], { shell: 'ulimit -f 0' });
      assert.equal(stopped.code, 2, stopped.stderr);
      assert.equal(readFileSync(join(here, 'old.txt'), 'utf8'), 'the previous report\n', 'not cut to 0 bytes');
      assert.deepEqual(readdirSync(here).sort(), ['a.vanban', 'old.txt'], 'no temporary file left');
      const outside = folder('report-outside-target');
      writeFileSync(join(outside, 'victim.txt'), 'keep\n');
      symlinkSync(join(outside, 'victim.txt'), join(here, 'link.txt'));
      const linked = run(here, ['lint', 'a.vanban', '--output-file', 'link.txt']);
      assert.equal(linked.code, 2);
      assert.match(linked.stderr, /outside the folders named/);
      assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'keep\n');
    });

    it('import -o --force is atomic: a write stopped by ulimit -f leaves the old draft whole', () => {
      const here = folder('import-atomic');
      const body = Array.from({ length: 400 }, (_, i) => `<w:p><w:r><w:t>Đoạn ${i}: Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nhiệm vụ năm nay.</w:t></w:r></w:p>`).join('');
      writeFileSync(join(here, 'x.docx'), minimalDocx(body));
      const keep = `${'Số: 01/QĐ-UBND\n'.repeat(1400)}`;
      writeFileSync(join(here, 'keep.vanban'), keep);
      const result = run(here, ['import', 'x.docx', '-o', 'keep.vanban', '--force'], { shell: 'ulimit -f 1' });
      assert.equal(result.code, 2, result.stderr);
      assert.equal(readFileSync(join(here, 'keep.vanban'), 'utf8'), keep, `still ${keep.length} bytes`);
      assert.deepEqual(readdirSync(here).sort(), ['keep.vanban', 'x.docx']);
      assert.equal(run(here, ['import', 'x.docx', '-o', 'keep.vanban', '--force']).code, 0, 'and without the limit it is written');
      assert.match(readFileSync(join(here, 'keep.vanban'), 'utf8'), /^Đoạn 0: Ủy ban/);
    });

    it('import -o does not write through a dangling link without --force', () => {
      const here = folder('import-dangling');
      writeFileSync(join(here, 'x.docx'), minimalDocx('<w:p><w:r><w:t>Quyết định</w:t></w:r></w:p>'));
      mkdirSync(join(here, 'sub'));
      symlinkSync(join(here, 'sub', 'elsewhere.vanban'), join(here, 'out.vanban'));
      const refused = run(here, ['import', 'x.docx', '-o', 'out.vanban']);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /dangling/);
      assert.equal(existsSync(join(here, 'sub', 'elsewhere.vanban')), false, 'nothing created elsewhere');
      const forced = run(here, ['import', 'x.docx', '-o', 'out.vanban', '--force']);
      assert.equal(forced.code, 0, forced.stderr);
      assert.ok(lstatSync(join(here, 'out.vanban')).isSymbolicLink(), 'the link stays a link');
      assert.match(readFileSync(join(here, 'sub', 'elsewhere.vanban'), 'utf8'), /Quyết định/);
    });

    it('fix folder/ writes the file a link inside the folder names, and keeps the link', () => {
      const here = folder('fix-alias');
      writeFileSync(join(here, 'real.vanban'), FIXABLE);
      symlinkSync('real.vanban', join(here, 'alias.vanban'));
      const result = run(dir, ['fix', 'fix-alias']);
      assert.notEqual(result.code, 2, result.stderr);
      assert.ok(lstatSync(join(here, 'alias.vanban')).isSymbolicLink(), 'the link is not replaced by a file');
      assert.equal(readlinkSync(join(here, 'alias.vanban')), 'real.vanban');
      assert.notEqual(readFileSync(join(here, 'real.vanban'), 'utf8'), FIXABLE, 'the real draft is fixed');
      // Named through the link itself, the same.
      writeFileSync(join(here, 'real.vanban'), FIXABLE);
      assert.notEqual(run(here, ['fix', 'alias.vanban']).code, 2);
      assert.ok(lstatSync(join(here, 'alias.vanban')).isSymbolicLink());
      assert.notEqual(readFileSync(join(here, 'real.vanban'), 'utf8'), FIXABLE);
    });

    it('fix keeps the mode under a normal umask (664, setuid) and refuses to split a hard link', () => {
      const here = folder('fix-mode');
      for (const [name, mode] of [['group.vanban', 0o664], ['setuid.vanban', 0o4755]] as const) {
        writeFileSync(join(here, name), FIXABLE);
        chmodSync(join(here, name), mode);
        const result = run(here, ['fix', name], { shell: 'umask 022' });
        assert.match(result.stdout, /fixed: \d+ error\(s\)/, result.stderr);
        assert.equal(statSync(join(here, name)).mode & 0o7777, mode, `${name}: mode ${mode.toString(8)} kept`);
      }
      writeFileSync(join(here, 'linked.vanban'), FIXABLE);
      linkSync(join(here, 'linked.vanban'), join(here, 'other-name.vanban'));
      const linked = run(here, ['fix', 'linked.vanban']);
      assert.equal(linked.code, 2);
      assert.match(linked.stderr, /has 2 hard links; replacing it would split them/);
      assert.equal(statSync(join(here, 'linked.vanban')).ino, statSync(join(here, 'other-name.vanban')).ino, 'still one file');
      assert.equal(readFileSync(join(here, 'linked.vanban'), 'utf8'), FIXABLE);
    });

    it('removes the temporary file a killed run left (its PID dead), and only that one', () => {
      const here = folder('stale');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      writeFileSync(join(here, `.a.vanban.vanban-${dead}.tmp`), 'half a draft');
      writeFileSync(join(here, `.a.vanban.vanban-${process.pid}.tmp`), 'a live run\'s file');
      assert.match(run(here, ['fix', 'a.vanban']).stdout, /fixed: \d+ error\(s\)/);
      assert.deepEqual(readdirSync(here).sort(), [`.a.vanban.vanban-${process.pid}.tmp`, 'a.vanban']);
    });
  });

  describe('reads', () => {
    if (needs('mkfifo')) return;

    it('refuses a FIFO at once as import input, --config (lint and render) and .vanbanignore, naming it', () => {
      const here = folder('fifos');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      spawnSync('mkfifo', [join(here, 'pipe')]);
      for (const args of [['import', 'pipe'], ['lint', 'a.vanban', '--config', 'pipe'], ['render', 'a.vanban', '--config', 'pipe']]) {
        const result = run(here, args, { timeout: 10_000 });
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /pipe is a named pipe \(FIFO\), not a regular file/, args.join(' '));
      }
      const ignored = folder('fifo-ignore');
      writeFileSync(join(ignored, 'a.vanban'), FIXABLE);
      spawnSync('mkfifo', [join(ignored, '.vanbanignore')]);
      const result = run(dir, ['lint', 'fifo-ignore'], { timeout: 10_000 });
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /\.vanbanignore: refused \(.*named pipe \(FIFO\)/);
    });

    it('refuses /dev/zero as import input and as a .vanbanignore link (a link can be committed), without reading it', () => {
      const imported = run(dir, ['import', '/dev/zero'], { timeout: 10_000 });
      assert.equal(imported.code, 2);
      assert.match(imported.stderr, /\/dev\/zero is a character device, not a regular file/);
      const here = folder('zero-ignore');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      symlinkSync('/dev/zero', join(here, '.vanbanignore'));
      const linted = run(dir, ['lint', 'zero-ignore'], { timeout: 10_000 });
      assert.equal(linted.code, 2);
      assert.match(linted.stderr, /\.vanbanignore: refused \(.*character device/);
    });

    it('never enters /proc or /dev through a link in a folder walked', () => {
      const here = folder('system-links');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      symlinkSync('/proc', join(here, 'proc'));
      symlinkSync('/dev', join(here, 'dev'));
      const result = run(dir, ['lint', 'system-links', '--verbose'], { timeout: 20_000 });
      assert.match(result.stderr, /1 file\(s\) checked/);
      assert.match(result.stderr, /proc: leads into \/proc, not walked/);
      assert.match(result.stderr, /dev: leads into \/dev, not walked/);
    });
  });

  describe('names and encodings', () => {
    it('reports a draft whose file name is not valid UTF-8 instead of skipping it', () => {
      const here = folder('names');
      writeFileSync(join(here, 'a.vanban'), FIXABLE);
      writeFileSync(Buffer.concat([Buffer.from(`${here}/`), Buffer.from([0x62, 0xe0, 0x69]), Buffer.from('.vanban')]), FIXABLE);
      const result = run(dir, ['lint', 'names']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /a file name that is not valid UTF-8 \(62e069\.*/);
    });

    it('reads UTF-16 with a BOM (LE and BE) as text, lints it and fixes it in its own encoding', () => {
      const here = folder('utf16');
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16();
      writeFileSync(join(here, 'le.vanban'), le);
      writeFileSync(join(here, 'be.vanban'), be);
      const reference = run(dir, ['lint', '--format', 'json', 'utf16/le.vanban']);
      const utf8 = folder('utf8-twin');
      writeFileSync(join(utf8, 'le.vanban'), FIXABLE);
      const expected = JSON.parse(run(dir, ['lint', '--format', 'json', 'utf8-twin/le.vanban']).stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
      assert.doesNotMatch(reference.stderr, /not a text file/);
      assert.deepEqual(JSON.parse(reference.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule), expected, 'the same findings as the UTF-8 twin');
      assert.match(run(here, ['fix', 'le.vanban', 'be.vanban']).stdout, /le\.vanban: fixed: \d+ error/);
      const fixedLe = readFileSync(join(here, 'le.vanban'));
      assert.deepEqual([...fixedLe.subarray(0, 2)], [0xff, 0xfe], 'still UTF-16LE with its BOM');
      const fixedBe = readFileSync(join(here, 'be.vanban'));
      assert.deepEqual([...fixedBe.subarray(0, 2)], [0xfe, 0xff], 'still UTF-16BE with its BOM');
      fixedBe.swap16();
      assert.equal(fixedBe.toString('utf16le'), fixedLe.toString('utf16le'));
    });

    it('standard input has the policy of files: Windows-1258 bytes refused by fix - --stdout and reported by lint - with the encoding named', () => {
      const bytes = Buffer.concat([Buffer.from(FIXABLE.split('\n').slice(0, 6).join('\n') + '\n'), windows1258(SAMPLE.repeat(3))]);
      const fixed = run(dir, ['fix', '-', '--stdout'], { input: bytes });
      assert.equal(fixed.code, 2, fixed.stderr);
      assert.equal(fixed.stdout, '', 'no text with U+FFFD written out');
      assert.match(fixed.stderr, /not valid UTF-8 .*most likely Windows-1258/);
      const linted = run(dir, ['lint', '-', '--format', 'json'], { input: bytes });
      const encoding = JSON.parse(linted.stdout)[0].diagnostics.find((d: { rule: string }) => d.rule === 'encoding');
      assert.ok(encoding, 'an encoding finding');
      assert.match(encoding.message, /most likely Windows-1258 \(\d+% sure\).*vanban convert <stdin>/);
      assert.equal(encoding.range.start.line, 6);
    });
  });

  describe('workers', () => {
    it('caps --jobs at the number of cores, with a notice', () => {
      assert.deepEqual(capJobs(1e9, 4), { jobs: 4, capped: true });
      assert.deepEqual(capJobs(2, 4), { jobs: 2, capped: false });
      assert.deepEqual(capJobs(undefined, 4), { jobs: undefined, capped: false });
      const here = folder('jobs');
      for (let i = 0; i < 60; i++) writeFileSync(join(here, `d${i}.vanban`), FIXABLE);
      const result = run(dir, ['lint', 'jobs', '--jobs', '1000000000', '--verbose'], { timeout: 120_000 });
      assert.match(result.stderr, /--jobs 1000000000 is more than the \d+ core\(s\) of this machine/);
      const workers = Number(/in (\d+) worker thread/.exec(result.stderr)?.[1] ?? 0);
      assert.ok(workers <= availableParallelism(), `${workers} workers for ${availableParallelism()} cores`);
    });
  });

  describe('one reader and one writer in the sources', () => {
    const sources = (path: string): string[] => readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
      const child = join(path, entry.name);
      return entry.isDirectory() ? sources(child) : entry.name.endsWith('.ts') ? [child] : [];
    });
    const READS = new Set(['read', 'readSync', 'readFile', 'readFileSync', 'readv', 'readvSync', 'createReadStream', 'openAsBlob']);
    const WRITES = new Set(['write', 'writeSync', 'writeFile', 'writeFileSync', 'writev', 'writevSync', 'appendFile', 'appendFileSync', 'createWriteStream',
      'rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'truncate', 'truncateSync', 'ftruncate', 'ftruncateSync']);
    const OPENS = new Set(['open', 'openSync']);
    /** What each source file imports from node's file system modules (`*` for a namespace import or a require). */
    const imports = (text: string): string[] => {
      const names: string[] = [];
      for (const match of text.matchAll(/import\s+(?:type\s+)?(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+'(?:node:)?fs(?:\/promises)?'/g)) {
        if (match[1].startsWith('*')) names.push('*');
        else for (const part of match[1].slice(1, -1).split(',')) { const name = part.trim().split(/\s+as\s+/)[0].replace(/^type\s+/, ''); if (name) names.push(name); }
      }
      if (/require\(\s*'(?:node:)?fs(?:\/promises)?'\s*\)/.test(text)) names.push('*');
      return names;
    };
    const violations = (files: readonly { path: string; text: string }[]) => files.flatMap(({ path, text }) => imports(text).flatMap((name) => {
      const inReader = path.endsWith('server/src/node/read.ts');
      const inWriter = path.endsWith('server/src/node/write.ts');
      if (name === '*' && !inReader && !inWriter) return [`${path}: imports the whole file system module`];
      if (READS.has(name) && !inReader) return [`${path}: reads with ${name}`];
      if (WRITES.has(name) && !inWriter) return [`${path}: writes with ${name}`];
      if (OPENS.has(name) && !inReader && !inWriter) return [`${path}: opens files with ${name}`];
      return [];
    }));

    it('finds a read, a write and a namespace import where they are (the check can fail)', () => {
      assert.deepEqual(violations([
        { path: 'server/src/cli/x.ts', text: "import { readFileSync, statSync } from 'node:fs';" },
        { path: 'server/src/cli/y.ts', text: "import { writeFile } from 'fs/promises';" },
        { path: 'server/src/cli/z.ts', text: "import * as fs from 'node:fs';" },
        { path: 'server/src/node/read.ts', text: "import { openSync, readSync } from 'node:fs';" },
      ]), ['server/src/cli/x.ts: reads with readFileSync', 'server/src/cli/y.ts: writes with writeFile', 'server/src/cli/z.ts: imports the whole file system module']);
    });

    it('reads files only in server/src/node/read.ts and writes them only in server/src/node/write.ts', () => {
      const files = sources(join(ROOT, 'server', 'src')).map((path) => ({ path: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }));
      assert.ok(files.some(({ path }) => path.endsWith('node/read.ts')) && files.some(({ path }) => path.endsWith('node/write.ts')));
      assert.deepEqual(violations(files), []);
    });
  });
});

/** A .docx with the body given (enough for import and lint). */
function minimalDocx(body: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}
