// Nothing lost on export: every visible character of a draft (outside comments and
// directives) appears in the preview HTML and in the .docx, for every fixture, every real document
// (../shared/corpus/real) and generated drafts with text after the signature and stray lines inside
// Nơi nhận. The .docx is unzipped and word/document.xml read with a real XML parser (sax, strict).
//
// "Appears" means: each visible line's characters, in their order, are a subsequence of the page's text,
// and no character occurs fewer times on the page than in the draft. Spaces, the emphasis markers `*`
// and `_`, and rules typed as runs of three or more dashes, underscores or equals signs (`-----`, drawn
// by the page itself) are layout, not text. Characters XML cannot carry must
// appear as U+FFFD.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as sax from 'sax';
import { lintModel, parse } from '../../server/src/engine';
import { maskComments } from '../../server/src/engine/parse/directives';
import { renderDocxFile, renderPreview } from '../../server/src/engine/render';
import { CORPUS, corpusFiles, ROOT } from '../helpers';

const NOT_XML = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const RULE_LINE = (text: string) => /^[\s\-–—_*=.]*$/u.test(text) && /[-–—_=]{3,}/u.test(text);

/** The characters each visible line must contribute to the page. */
export function visibleLines(text: string): string[][] {
  const { masked } = maskComments(parse(text).lines);
  return masked
    .filter((line) => line.trim() !== '' && !RULE_LINE(line))
    .map((line) => [...line.normalize('NFC').replace(NOT_XML, '\uFFFD').replace(/\f/g, ' ').replace(/[-–—_=]{3,}/gu, '')].filter((ch) => !/[\s*_\u200b\ufeff]/u.test(ch)))
    .filter((chars) => chars.length > 0);
}

function htmlText(markup: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return markup.replace(/<[^>]*>/g, ' ').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);
}

/** The text of every w:t element of word/document.xml, in document order; throws if the XML is ill-formed. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);
  assert.equal(NOT_XML.test(xml), false, 'word/document.xml holds a character XML 1.0 forbids');
  NOT_XML.lastIndex = 0;
  const parser = sax.parser(true);
  const parts: string[] = [];
  let inText = 0;
  parser.onopentag = (tag) => { if (tag.name === 'w:t') inText++; };
  parser.onclosetag = (name) => { if (name === 'w:t') { inText--; parts.push(' '); } };
  parser.ontext = (text) => { if (inText > 0) parts.push(text); };
  parser.onerror = (error) => { throw error; };
  parser.write(xml).close();
  return parts.join('');
}

/** What is missing from `page`: lines whose characters are not there in order, characters too few. */
function lost(lines: readonly string[][], page: string): string[] {
  const text = page.normalize('NFC');
  const problems: string[] = [];
  for (const chars of lines) {
    let at = 0;
    for (const ch of chars) {
      at = text.indexOf(ch, at);
      if (at < 0) { problems.push(`line not found in order: ${JSON.stringify(chars.join(''))}`); break; }
      at += ch.length;
    }
  }
  const count = (chars: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return counts;
  };
  const onPage = count(text);
  for (const [ch, n] of count(lines.flat())) {
    if ((onPage.get(ch) ?? 0) < n) problems.push(`${JSON.stringify(ch)}: ${n} in the draft, ${onPage.get(ch) ?? 0} on the page`);
  }
  return problems;
}

async function check(name: string, text: string): Promise<void> {
  const model = parse(text);
  const { diagnostics } = lintModel(model);
  const lines = visibleLines(text);
  const html = lost(lines, htmlText(renderPreview(model, diagnostics).markup));
  assert.deepEqual(html, [], `${name}: lost in the HTML`);
  const docx = lost(lines, docxText(await renderDocxFile(model, diagnostics)));
  assert.deepEqual(docx, [], `${name}: lost in the .docx`);
}

function files(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.vanban') ? [path] : [];
  });
}

const HEADER = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ TỈNH BẮC NINH\tBắc Ninh, ngày 5 tháng 3 năm 2026', 'HUYỆN ỦY YÊN PHONG', '*', 'Số 15-NQ/HU',
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc', 'Số: 5/QĐ-UBND', 'Lào Cai, ngày 9 tháng 4 năm 2026'];
const TITLE = ['NGHỊ QUYẾT', 'QUYẾT ĐỊNH', 'về việc tổ chức hội nghị', 'V/v góp ý dự thảo', '-----'];
const BODY = ['Căn cứ Luật Tổ chức;', 'Điều 1. Phạm vi', 'I. Chung', '1. Một', 'a) Điểm', 'Nội dung chính của văn bản.', '- Gạch đầu dòng;', 'Nội dung./.'];
const RECIPIENTS = ['- Như trên;', '- Sở Nội vụ;', '- Lưu: VT, NC.', '- Lưu VP.'];
const SIGNATURE = ['T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ BÍ THƯ', 'CHỦ TỊCH', '(đã ký)', 'Nguyễn Văn An'];
const free = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom('Ghi chú: gửi kèm bản mềm', 'PHỤ LỤC', 'Danh sách kèm theo', 'x\u0000y', 'a\uFFFEb', 'c\uFFFFd', 'e\u0007f', 'lẻ\uD800', '(*)', 'Mẫu số 01'),
);
const draft = fc.record({
  header: fc.subarray(HEADER), title: fc.subarray(TITLE), body: fc.array(fc.oneof(fc.constantFrom(...BODY), free), { maxLength: 8 }),
  recipients: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...RECIPIENTS) }, { weight: 1, arbitrary: free }), { maxLength: 6 }),
  blankBeforeSignature: fc.boolean(), signature: fc.subarray(SIGNATURE, { minLength: 1 }), after: fc.array(free, { maxLength: 4 }),
}).map((d) => [...d.header, '', ...d.title, '', ...d.body, '', 'Nơi nhận:', ...d.recipients, ...(d.blankBeforeSignature ? [''] : []), ...d.signature, '', ...d.after].join('\n'));

describe('nothing lost on export: every visible character in the HTML and the .docx', function () {
  this.timeout(600_000);

  const fixtures = [...files(join(ROOT, 'test', 'fixtures')), ...files(join(ROOT, 'test', 'render', 'fixtures')), ...files(join(ROOT, 'examples'))];
  it(`every fixture and example (${fixtures.length})`, async () => {
    assert.ok(fixtures.length > 50);
    for (const path of fixtures) await check(path, readFileSync(path, 'utf8'));
  });

  it('every real document of the shared corpus', async function () {
    if (!existsSync(CORPUS)) this.skip(); // ../shared/corpus/real is absent
    for (const path of corpusFiles()) await check(path, readFileSync(path, 'utf8'));
  });

  it(`${Number(process.env.VANBAN_FUZZ_RUNS ?? 150)} generated drafts with appendices, notes inside Nơi nhận and characters XML forbids`, async () => {
    await fc.assert(fc.asyncProperty(draft, (text) => check('generated', text)), { numRuns: Number(process.env.VANBAN_FUZZ_RUNS ?? 150), seed: 1212 });
  });

  it('a draft of 200,000 lines that no part places renders whole (no argument spread, no insertion one by one)', () => {
    const text = 'T/M      .\n'.repeat(200_000);
    const model = parse(text);
    const markup = renderPreview(model, lintModel(model).diagnostics).markup;
    assert.ok((markup.match(/T\/M {6}\.|T\/M\s+\./g) ?? []).length >= 199_990, 'every line is on the page');
  });

  it('the cases once reported: an appendix after the signature, a note inside Nơi nhận', async () => {
    const text = 'Nội dung./.\n\nNơi nhận:\n- Như trên;\nGhi chú riêng trong danh sách\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n\nPHỤ LỤC\nDanh sách đơn vị kèm theo\n';
    const model = parse(text);
    const layout = renderPreview(model, lintModel(model).diagnostics).markup;
    assert.match(layout, /vb-after.*PHỤ LỤC.*Danh sách đơn vị kèm theo/s, 'the appendix after the closing');
    assert.match(layout, /Như trên;.*Ghi chú riêng trong danh sách.*Lưu VP\./s, 'the note where it stands in the list');
    await check('an appendix and a note inside Nơi nhận', text);
  });
});
