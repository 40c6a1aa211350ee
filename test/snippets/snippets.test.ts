// Snippets: a skeleton for every Party type (domain.md A6) and every NĐ 30 Phụ lục III template, and
// the standard blocks. Each skeleton, its placeholders filled with their sample values and today's date
// variables set to several days of the year, lints clean (no error, no warning); each block, put in
// place of the same block of a complete draft, lints clean too.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintModel, parse } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { expandSnippet } from './expand';

interface Snippet { prefix: string[]; description: string; body: string[] }

const SNIPPETS: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'vanban.code-snippets'), 'utf8'));
const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const DANG = readFileSync(join(FIXTURES, 'dang-complete.vanban'), 'utf8');
const ND30 = readFileSync(join(FIXTURES, 'nd30-complete.vanban'), 'utf8');

/** VS Code's date variables (two digits each) for a given day. */
function dateVariables(year: number, month: number, day: number) {
  return { CURRENT_YEAR: String(year), CURRENT_MONTH: String(month).padStart(2, '0'), CURRENT_DATE: String(day).padStart(2, '0') };
}
const DAYS = [dateVariables(2026, 1, 5), dateVariables(2026, 2, 28), dateVariables(2026, 3, 9), dateVariables(2026, 12, 31)];

/** The 25 Party types of 66-QĐ/TW and 399-QĐ/TW (domain.md A6). */
const PARTY_TYPES = [
  'Cương lĩnh chính trị', 'Điều lệ Đảng', 'Chiến lược', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Quy chế', 'Quy định',
  'Thông tri', 'Hướng dẫn', 'Thông báo', 'Thông cáo', 'Tuyên bố', 'Lời kêu gọi', 'Báo cáo', 'Kế hoạch', 'Quy hoạch', 'Chương trình',
  'Đề án', 'Phương án', 'Dự án', 'Tờ trình', 'Công văn', 'Biên bản',
];
/** NĐ 30 Phụ lục III templates 1.1 to 1.10 (domain.md B5). */
const STATE_TEMPLATES = ['Mẫu 1.1', 'Mẫu 1.2', 'Mẫu 1.3', 'Mẫu 1.4', 'Mẫu 1.5', 'Mẫu 1.6', 'Mẫu 1.7', 'Mẫu 1.8', 'Mẫu 1.9', 'Mẫu 1.10'];

/**
 * Where NĐ 30's own template and the engine's rules disagree: Mẫu 1.8 (giấy giới thiệu) and 1.10 (giấy
 * nghỉ phép) print a type name with no trích yếu, which the type-name rule reports. The skeletons follow
 * the decree; the finding is named here so that any other finding still fails.
 */
/** Findings a snippet may keep on purpose, by snippet name (none today: every skeleton lints clean). */
const KNOWN: Record<string, string[]> = {};

/** The findings not named in KNOWN for this snippet; and whether the known ones still occur. */
function unexpected(name: string, text: string): string[] {
  return findings(text).filter((finding) => !(KNOWN[name] ?? []).some((rule) => finding.split(' ')[1] === `${rule}:`));
}

const skeletons = Object.entries(SNIPPETS).filter(([name]) => !name.startsWith('Khối:'));
const blocks = Object.entries(SNIPPETS).filter(([name]) => name.startsWith('Khối:'));

/** The findings but placeholder-left's: a skeleton's sample values are its placeholders (test/rules/placeholder-left.test.ts). */
function findings(text: string) {
  return lint(text, { language: 'en' }).filter((d) => (d.severity === 'error' || d.severity === 'warning') && d.rule !== 'placeholder-left')
    .map((d) => `${d.range.start.line + 1} ${d.rule}: ${d.message}`);
}

describe('snippets', () => {
  it('has a skeleton for every Party type and every Phụ lục III template', () => {
    for (const type of PARTY_TYPES) {
      assert.ok(skeletons.some(([name]) => name.startsWith('Đảng: ') && name.includes(type.replace(/ chính trị| Đảng$/, ''))), `no Party skeleton for ${type}`);
    }
    for (const template of STATE_TEMPLATES) {
      assert.ok(skeletons.some(([name]) => name.endsWith(template) || name.includes(`${template},`)), `no state skeleton for ${template}`);
    }
  });

  it('uses prefixes without diacritics and Vietnamese descriptions', () => {
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      for (const prefix of snippet.prefix) assert.match(prefix, /^[a-z0-9]+$/, `${name}: prefix ${prefix}`);
      assert.match(snippet.description, /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu, `${name}: description not Vietnamese`);
      assert.ok(snippet.body.join('\n').includes('$'), `${name} has no tab stop`);
    }
    // What a drafter types (the walkthrough names these) starts the prefix of at least one snippet.
    for (const typed of ['ketluan', 'nghiquyet', 'quyetdinh', 'congvan', 'noinhan', 'tm', 'kt', 'tl', 'tuq', 'kinhgui', 'cancu']) {
      assert.ok(Object.values(SNIPPETS).some((snippet) => snippet.prefix.some((prefix) => prefix.startsWith(typed))), `no snippet for ${typed}`);
    }
  });

  it('gives each snippet one prefix, used by no other snippet', () => {
    const seen = new Map<string, string>();
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      assert.equal(snippet.prefix.length, 1, `${name}: ${snippet.prefix.join(', ')}`);
      const [prefix] = snippet.prefix;
      assert.ok(!seen.has(prefix), `${prefix}: ${seen.get(prefix)} and ${name}`);
      seen.set(prefix, name);
    }
  });

  for (const [name, snippet] of skeletons) {
    it(`${name}: filled in, lints clean`, () => {
      const regime = name.startsWith('Đảng') ? 'dang' : 'nd30';
      for (const variables of DAYS) {
        const text = expandSnippet(snippet.body.join('\n'), variables) + '\n';
        assert.equal(lintModel(parse(text)).regime, regime, `${name} is not recognised as ${regime}`);
        assert.deepEqual(unexpected(name, text), [], `${name} on ${variables.CURRENT_DATE}/${variables.CURRENT_MONTH}:\n${text}`);
        if (KNOWN[name]) assert.ok(findings(text).length > 0, `${name}: the known finding is gone; remove it from KNOWN`);
      }
    });
  }

  /** The decision turned into a tờ trình with the addressee block, and `- Như trên;` first in Nơi nhận. */
  const asSubmission = (draft: string, block: string) => draft.replace('\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n', `\n${block}\n`)
    .replace('QUYẾT ĐỊNH\nVề việc', 'TỜ TRÌNH\nVề việc').replace('Số: 08/QĐ-UBND', 'Số: 08/TTr-UBND').replace('Nơi nhận:\n', 'Nơi nhận:\n- Như trên;\n');
  /** A complete draft with one block swapped for the expanded snippet. */
  const hosts: Record<string, (block: string) => string> = {
    'Khối: Nơi nhận (Đảng)': (block) => DANG.replace(/Nơi nhận:\n(- .*\n)+/u, `${block}\n`),
    'Khối: Nơi nhận (NĐ 30)': (block) => ND30.replace(/Nơi nhận:\n(- .*\n)+/u, `${block}\n`),
    // With Kính gửi, the recipients list starts with `- Như trên;` (NĐ 30 II.9).
    'Khối: Kính gửi (một nơi)': (block) => asSubmission(ND30, block),
    'Khối: Kính gửi (nhiều nơi)': (block) => asSubmission(ND30, block),
    'Khối: Căn cứ (NĐ 30)': (block) => ND30.replace(/Căn cứ [^\n]*\nTheo đề nghị[^\n]*\n/u, `${block}\n`),
    'Khối: Căn cứ (Đảng)': (block) => DANG.replace('Ngày 02/3/2026, Ban Tổ chức Trung ương họp nghe báo cáo công tác quý I năm 2026 và kết luận như sau:', `${block}\nBan Tổ chức Trung ương kết luận như sau:`),
  };
  const signatureHost = (name: string) => (block: string) =>
    (name.includes('(Đảng)') ? DANG.replace(/K\/T TRƯỞNG BAN[\s\S]*$/u, `${block}\n`) : ND30.replace(/TM\. ỦY BAN NHÂN DÂN[\s\S]*$/u, `${block}\n`));

  for (const [name, snippet] of blocks) {
    it(`${name}: in place in a complete draft, lints clean`, () => {
      const host = hosts[name] ?? (name.startsWith('Khối: ký ') ? signatureHost(name) : undefined);
      assert.ok(host, `no host document for ${name}`);
      const block = expandSnippet(snippet.body.join('\n'), DAYS[0]);
      const text = host!(block);
      assert.ok(text.includes(block), `${name} was not put in place`);
      assert.deepEqual(unexpected(name, text), [], `${name}:\n${text}`);
      if (KNOWN[name]) assert.ok(findings(text).length > 0, `${name}: the known finding is gone; remove it from KNOWN`);
    });
  }
});
