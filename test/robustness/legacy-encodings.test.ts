// Legacy encodings converted, never guessed silently: Windows-1258, TCVN3 (ABC, .VnTime) and VNI
// (VNI-Times) samples made from Vietnamese text with the project's tables AND cross-checked against
// independent encoders (glibc iconv for Windows-1258 and TCVN 5712 VN1, whose lower case is TCVN3's;
// iconv-lite for Windows-1258; a VNI string published with an npm converter), detected with the encoding
// named and a confidence, and converted back by `vanban convert` to exactly the text.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { convertLegacy, decodeLegacy, detectLegacy, fromLatin } from '../../server/src/engine/text/legacy';
import { TCVN3, VNI_LETTERS, VNI_MARKS } from '../../server/src/engine/text/legacy/tables';
import { available, ROOT } from '../helpers';
import * as iconvLite from 'iconv-lite';

const CLI = join(ROOT, 'dist', 'cli.js');

/** Our own Vietnamese text: every vowel with every tone, đ, and capitals where TCVN3 has them. */
const TEXT = [
  'Ủy ban nhân dân tỉnh Hòa Bình',
  'Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc',
  'Quyết định về việc ban hành kế hoạch phòng, chống lụt bão và giảm nhẹ thiên tai năm nay.',
  'Căn cứ Luật Tổ chức chính quyền địa phương; xét đề nghị của Giám đốc Sở Nông nghiệp.',
  'ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ',
  'Điều 1. Ông Trần Văn Bảy, Phó Chủ tịch, chịu trách nhiệm thi hành Quyết định này.',
].join('\n');

const tcvn3Byte = new Map(Object.entries(TCVN3).map(([byte, ch]) => [ch, Number(byte)]));
/** TCVN3 has no capital with a tone mark (those are typed in .VnTimeH): the sample is the lower-case text. */
function encodeTcvn3(text: string): Buffer {
  return Buffer.from([...text.normalize('NFC')].map((ch) => tcvn3Byte.get(ch) ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : fail(ch))));
}
const vniLetter = new Map(Object.entries(VNI_LETTERS).map(([byte, ch]) => [ch, Number(byte)]));
const vniMark = new Map(Object.entries(VNI_MARKS).map(([byte, marks]) => [marks, Number(byte)]));
function encodeVni(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (vniLetter.has(ch)) { out.push(vniLetter.get(ch)!); continue; }
    if (ch.charCodeAt(0) < 0x80) { out.push(ch.charCodeAt(0)); continue; }
    const [base, ...marks] = [...ch.normalize('NFD')];
    const horn = marks.includes('\u031b');
    const baseLetter = horn ? { o: 'ơ', u: 'ư', O: 'Ơ', U: 'Ư' }[base]! : base;
    out.push(vniLetter.get(baseLetter) ?? baseLetter.charCodeAt(0));
    const rest = marks.filter((m) => m !== '\u031b');
    // VNI writes the shape mark before the tone: â+dot, not dot+â (NFD orders the dot below first).
    const ordered = [...rest.filter((m) => m === '\u0302' || m === '\u0306'), ...rest.filter((m) => m !== '\u0302' && m !== '\u0306')].join('');
    if (!ordered) continue;
    const byte = vniMark.get(ordered) ?? fail(ch);
    out.push(base === base.toUpperCase() ? byte - 0x20 : byte);
  }
  return Buffer.from(out);
}
function fail(ch: string): never {
  throw new Error(`no byte for ${ch}`);
}

/** The form Windows-1258 holds: â ê ô ă ơ ư đ as letters, the tone as a combining mark after them. */
function cp1258Form(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const [base, ...marks] = [...ch.normalize('NFD')];
    const shape = marks.filter((m) => m === '\u0302' || m === '\u0306' || m === '\u031b').join('');
    out += (base + shape).normalize('NFC') + marks.filter((m) => !shape.includes(m)).join('');
  }
  return out;
}

const cp1258 = (text: string) => iconvLite.encode(cp1258Form(text), 'windows1258');

function iconv(from: string, to: string, input: Buffer | string): Buffer {
  const result = spawnSync('iconv', ['-f', from, '-t', to], { input });
  assert.equal(result.status, 0, String(result.stderr));
  return result.stdout;
}

describe('legacy encodings converted, never guessed silently', function () {
  this.timeout(120_000);
  const lower = TEXT.toLowerCase();

  it('round-trips every letter through the TCVN3 and VNI tables', () => {
    assert.equal(decodeLegacy(encodeTcvn3(lower), 'tcvn3'), lower);
    assert.equal(decodeLegacy(encodeVni(TEXT), 'vni'), TEXT);
    // A .VnTimeH run: lower-case bytes shown as capitals.
    assert.equal(fromLatin('ñy ban nh©n d©n', 'tcvn3', true), 'ỦY BAN NHÂN DÂN');
  });

  it('agrees with independent encoders: glibc iconv (Windows-1258, TCVN 5712) and iconv-lite (Windows-1258); VNI with a published sample', function () {
    // A VNI string as the vietnamese-conversion package's documentation prints it ("Xin chào các bạn").
    assert.equal(fromLatin('Xin chaøo caùc baïn', 'vni'), 'Xin chào các bạn');
    assert.equal(encodeVni('Xin chào các bạn').toString('latin1'), 'Xin chaøo caùc baïn');
    assert.ok(!cp1258(TEXT).includes(0x3f), 'every letter has its bytes');
    assert.equal(decodeLegacy(cp1258(TEXT), 'windows-1258'), TEXT);
    if (!available('iconv')) this.skip(); // glibc iconv absent: the tables are still checked above
    assert.equal(decodeLegacy(iconv('UTF-8', 'CP1258', TEXT), 'windows-1258'), TEXT);
    // TCVN 5712 VN1 shares TCVN3's lower case: our bytes decoded by iconv, and iconv's bytes by us.
    assert.equal(iconv('TCVN5712-1', 'UTF-8', encodeTcvn3(lower)).toString('utf8').normalize('NFC'), lower);
    assert.deepEqual([...iconv('UTF-8', 'TCVN5712-1', lower)], [...encodeTcvn3(lower)]);
  });

  it('detects each encoding with a confidence, and calls random bytes unknown', () => {
    const samples = { 'windows-1258': cp1258(TEXT), tcvn3: encodeTcvn3(lower), vni: encodeVni(TEXT) };
    for (const [encoding, bytes] of Object.entries(samples)) {
      const detection = detectLegacy(bytes);
      assert.equal(detection.encoding, encoding);
      assert.ok(detection.confidence >= 0.7, `${encoding}: ${detection.confidence}`);
    }
    let seed = 3;
    const noise = Buffer.from(Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256)));
    assert.equal(detectLegacy(noise).encoding, 'unknown');
    // UTF-8 that is legacy text once read as Latin-1 (what the legacy-encoding rule sees) converts too.
    const latin = Buffer.from(encodeTcvn3(lower).toString('latin1'), 'utf8');
    assert.equal(convertLegacy(latin)?.text, lower);
    assert.equal(convertLegacy(Buffer.from(TEXT, 'utf8')), undefined, 'Unicode text needs nothing');
  });

  describe('vanban convert (new-user check)', () => {
    let dir: string;
    before(function () {
      if (!existsSync(CLI)) this.skip(); // built by `npm test` before mocha
      dir = mkdtempSync(join(tmpdir(), 'vanban-convert-'));
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));
    const convert = (args: string[]) => spawnSync(process.execPath, [CLI, 'convert', ...args, '--lang', 'en'], { cwd: dir, encoding: 'utf8' });

    for (const [name, make, expected, label] of [
      ['tcvn3', () => encodeTcvn3(lower), lower, /detected TCVN3 \(ABC, \.VnTime\), \d+% sure/],
      ['vni', () => encodeVni(TEXT), TEXT, /detected VNI \(VNI-Times\), \d+% sure/],
      ['cp1258', () => (available('iconv') ? iconv('UTF-8', 'CP1258', TEXT) : cp1258(TEXT)), TEXT, /detected Windows-1258, \d+% sure/],
    ] as const) {
      it(`${name}: writes x.unicode.vanban beside it with the text exactly, says the encoding, and never overwrites without --force`, () => {
        const here = join(dir, name);
        mkdirSync(here);
        writeFileSync(join(here, 'x.vanban'), make());
        const first = convert([`${name}/x.vanban`]);
        assert.equal(first.status, 0, first.stderr);
        assert.match(first.stdout, label);
        assert.equal(readFileSync(join(here, 'x.unicode.vanban'), 'utf8'), expected);
        const again = convert([`${name}/x.vanban`]);
        assert.equal(again.status, 2);
        assert.match(again.stderr, /exists; pass --force/);
        assert.equal(convert([`${name}/x.vanban`, '--force']).status, 0);
        assert.equal(convert([`${name}/x.vanban`, '-o', `${name}/x.vanban`, '--force']).status, 2, 'never over its input');
        assert.deepEqual(readdirSync(here).sort(), ['x.unicode.vanban', 'x.vanban']);
      });
    }

    it('converts the .VnTime, .VnTimeH and VNI-Times runs of a .docx into a Unicode draft', () => {
      const run = (font: string, text: string) => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const body = `<w:p>${run('.VnTimeH', encodeTcvn3('ủy ban nhân dân').toString('latin1'))}</w:p><w:p>${run('.VnTime', encodeTcvn3('thành phố hà nội').toString('latin1'))}${run('Times New Roman', ' và ')}${run('VNI-Times', encodeVni('Độc lập').toString('latin1'))}</w:p>`;
      writeFileSync(join(dir, 'old.docx'), zipSync({
        '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
      }));
      const result = convert(['old.docx']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /2 run\(s\) in TCVN3 \(\.VnTime\) and 1 in VNI/);
      assert.equal(readFileSync(join(dir, 'old.unicode.vanban'), 'utf8'), 'ỦY BAN NHÂN DÂN\nthành phố hà nội và Độc lập\n');
    });

    it('lint offers the conversion: the encoding finding names the encoding and the command', () => {
      writeFileSync(join(dir, 'lint.vanban'), encodeVni(TEXT));
      const result = spawnSync(process.execPath, [CLI, 'lint', 'lint.vanban', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
      const encoding = JSON.parse(result.stdout)[0].diagnostics.find((d: { rule: string }) => d.rule === 'encoding');
      assert.match(encoding.message, /most likely VNI \(VNI-Times\) \(\d+% sure\).*convert it with: vanban convert lint\.vanban/);
    });
  });
});
