// Hostile and broken input: every file that is not a readable .docx gives a WordError of a clear kind —
// never a crash, a hang or memory blown by a zip bomb — and the CLI exits 2 with the reason.

import * as assert from 'node:assert/strict';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readDocx, WordError, type WordErrorKind } from '../../server/src/engine';
import { buildFixture } from './build';
import { docx, p, W } from './parts';

function fails(bytes: Uint8Array, kind: WordErrorKind, limits?: Parameters<typeof readDocx>[1]): WordError {
  const started = Date.now();
  let caught: unknown;
  try {
    readDocx(bytes, limits);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof WordError, `a WordError, not ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.ok(Date.now() - started < 5000, 'fails fast');
  return caught;
}

/** Overwrites the declared uncompressed size of an entry in its local header and the central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  const nameAt = (at: number, length: number) => length === target.length && target.every((byte, i) => out[at + i] === byte);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30, view.getUint16(at + 26, true))) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at + 46, view.getUint16(at + 28, true))) view.setUint32(at + 24, size, true);
  }
  return out;
}

describe('the .docx reader on bad input', function () {
  this.timeout(30_000);

  it('names a password-protected file (an OLE compound file with EncryptionInfo) as encrypted', () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set([...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]), 1024);
    fails(bytes, 'encrypted');
  });

  it('names an old Word file (.doc, an OLE compound file) as such', () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fails(bytes, 'legacy-doc');
  });

  it('refuses what is not a zip: text, an empty file, a PDF', () => {
    fails(strToU8('Số: 08/QĐ-UBND'), 'not-zip');
    fails(new Uint8Array(0), 'not-zip');
    fails(strToU8('%PDF-1.7\n'), 'not-zip');
  });

  it('refuses a truncated file and a damaged one', async () => {
    const good = await buildFixture();
    for (const cut of [0.3, 0.6, 0.95]) fails(good.slice(0, Math.floor(good.length * cut)), 'corrupt');
    const damaged = good.slice();
    // Scramble the middle of the file, where deflated XML lies.
    for (let i = Math.floor(damaged.length * 0.4); i < damaged.length * 0.45; i++) damaged[i] ^= 0x5a;
    fails(damaged, 'corrupt');
  });

  it('refuses a renamed zip that is no Word document (a spreadsheet, a plain archive)', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    fails(xlsx, 'not-docx');
    fails(zipSync({ 'notes.txt': strToU8('xin chào') }), 'not-docx');
  });

  it('stops a zip bomb: a part that declares more than the limit is not inflated at all', () => {
    const bomb = zipSync({ ...unzipParts(docx(p('x'))), 'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(32) });
    fails(bomb, 'too-large', { maxEntries: 100, maxPartBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 });
  });

  it('stops a zip bomb that lies about its size: inflating ends as soon as the part passes what it declared', () => {
    const huge = new Uint8Array(64 * 1024 * 1024).fill(32); // 64 MB of spaces deflate to ~64 KB
    const xml = strToU8(`<w:document xmlns:w="${W}"><w:body>`);
    const data = new Uint8Array(xml.length + huge.length);
    data.set(xml);
    data.set(huge, xml.length);
    const zip = zipSync({ ...unzipParts(docx(p('x'))), 'word/document.xml': [data, { level: 1 }] });
    assert.ok(zip.length < 2 * 1024 * 1024, 'a small file');
    const liar = lieAboutSize(zip, 'word/document.xml', 4096);
    const error = fails(liar, 'too-large');
    assert.match(error.message, /declared size/);
  });

  it('refuses an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = unzipParts(docx(p('x')));
    for (let i = 0; i < 300; i++) files[`junk/${i}.bin`] = new Uint8Array(1);
    fails(zipSync(files), 'too-large', { maxEntries: 200, maxPartBytes: 1 << 20, maxTotalBytes: 1 << 22 });
  });

  it('refuses a DOCTYPE (no entity expansion), malformed XML and absurd nesting', () => {
    const withPart = (xml: string) => zipSync({ ...unzipParts(docx(p('x'))), 'word/document.xml': strToU8(xml) });
    fails(withPart(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`), 'corrupt');
    fails(withPart(`<w:document xmlns:w="${W}"><w:body><w:p></w:body>`), 'corrupt');
    fails(withPart(`<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(20_000)}</w:body></w:document>`), 'corrupt');
  });

  it('reads the deflate data it was given, not a deflate stream of another kind', () => {
    // A raw deflate stream is not a zip: the reader says so rather than guessing.
    fails(deflateSync(strToU8('PK not really')), 'not-zip');
  });
});

function unzipParts(zip: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require('fflate') as typeof import('fflate');
  return unzipSync(zip);
}

describe('the .docx reader on mutated files', function () {
  this.timeout(60_000);
  it('reads or refuses with a WordError, never another exception, on 300 mutants of a Word file', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require('fast-check') as typeof import('fast-check');
    const good = await buildFixture({ margins: { top: 15 } });
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat({ max: good.length }), { nil: undefined }),
      (flips, cut) => {
        const bytes = good.slice(0, cut ?? good.length);
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        try {
          readDocx(bytes);
        } catch (error) {
          assert.ok(error instanceof WordError, `not a WordError: ${(error as Error).stack}`);
        }
      },
    ), { numRuns: 300, seed: 14 });
  });
});
