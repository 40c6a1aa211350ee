// The body in document order (blocks: heading, item, paragraph) and the grounds part, read once by the
// parser; and what the consumers make of them (grounds-format, the page layout, the outline and folding).

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { DocumentModel } from '../../server/src/engine/model';
import { maskComments } from '../../server/src/engine/parse/directives';
import { parse } from '../../server/src/engine/parse/parse';
import { layoutPage } from '../../server/src/engine/render/layout';
import { analyse, createLanguageService, type LanguageServiceHost } from '../../server/src/engine/service';
import { makeSegment } from '../../server/src/engine/text/source';
import { corpusFiles, needsShared, ROOT } from '../helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'body');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const linesOf = (model: DocumentModel) => model.body.blocks.map((block) => `${block.segment.line} ${block.kind}`);
const groundsOf = (model: DocumentModel) => model.grounds?.items.map((ground) => ({
  opener: ground.opener, dashed: ground.dashed, lines: ground.lines.map((line) => line.line),
}));

/** A state công văn body wrapped around the given lines (no type name, a V/v summary). */
function letter(...body: string[]): string {
  return [
    'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 21/UBND-VP', 'An Bình, ngày 02 tháng 3 năm 2026', 'V/v triển khai rà soát hồ sơ', '',
    ...body, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'CHỦ TỊCH', '', 'Phạm Thị Hoa',
  ].join('\n');
}

describe('body in order: blocks', () => {
  it('lists headings, items and paragraphs in document order, one block a line', () => {
    const model = parse(read('state-grounds-wrapped.vanban'));
    assert.deepEqual(linesOf(model), [
      '10 paragraph', '12 paragraph', '13 paragraph', '14 paragraph', '15 paragraph', '16 paragraph', '17 paragraph',
      '19 paragraph', '21 heading', '22 heading', '23 heading', '24 heading', '25 item', '26 item', '27 heading', '28 paragraph',
    ]);
    // The views are the blocks' own segments, in the same order.
    assert.deepEqual(model.body.headings, model.body.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.segment));
    assert.deepEqual(model.body.paragraphs, model.body.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.segment));
    // `-` and `+` are items, read as headings for their marker.
    const items = model.body.blocks.flatMap((block) => (block.kind === 'item' ? [block.segment] : []));
    assert.deepEqual(items.map((item) => [item.marker, item.title]), [['-', 'Lãnh đạo Văn phòng;'], ['+', 'chuyên viên tổng hợp.']]);
  });

  it('a body with no headings is paragraphs and items only', () => {
    const model = parse(letter('Để kịp thời rà soát hồ sơ, UBND xã đề nghị:', '- Các thôn báo cáo số liệu;', '- Công chức địa chính tổng hợp.', 'Đề nghị các đơn vị thực hiện.'));
    assert.deepEqual(model.body.blocks.map((block) => block.kind), ['paragraph', 'item', 'item', 'paragraph']);
    assert.equal(model.grounds, undefined);
  });

  it('a table row stays a paragraph, a line of borders only is no block; the appendix after the signature is not body', () => {
    const model = parse(read('normative-table-appendix.vanban'));
    const lines = model.body.blocks.map((block) => block.segment.line);
    assert.ok(lines.includes(13) && lines.includes(15) && !lines.includes(14), lines.join(', '));
    assert.equal(model.attachments?.[0]?.kind, 'appendix');
    assert.ok(Math.max(...lines) < model.attachments![0].firstLine);
    // The appendix's `1.`, `2.` are not the body's headings.
    assert.deepEqual(model.body.headings.map((heading) => heading.marker), ['Điều 1.', 'Điều 2.']);
  });

  /** The body's lines that hold text, computed from the source: every one is exactly one block, in order. */
  function checkCover(name: string, text: string): void {
    const model = parse(text);
    const { blocks, firstLine, lastLine } = model.body;
    const masked = maskComments(model.lines).masked;
    const noise = new Set((model.noise ?? []).map((line) => line.line));
    const expected: number[] = [];
    for (let i = firstLine; i <= lastLine; i++) {
      if (noise.has(i)) continue;
      if (makeSegment(i, masked[i].replace(/[|\f]/g, ' ')).text !== '') expected.push(i);
    }
    assert.deepEqual(blocks.map((block) => block.segment.line), expected, `${name}: blocks do not cover the body's lines once each, in order`);
    for (const block of blocks) assert.ok(block.segment.text !== '', `${name}: empty block on line ${block.segment.line}`);
    const closing = [model.recipients?.label.line, model.signature?.authorities[0]?.line, model.signature?.titles[0]?.line, model.attachments?.[0]?.firstLine]
      .filter((line): line is number => line !== undefined);
    if (blocks.length && closing.length) assert.ok(blocks[blocks.length - 1].segment.line < Math.min(...closing), `${name}: a block past the closing`);
    // The grounds' lines are body blocks, in order, each once.
    const groundLines = (model.grounds?.items ?? []).flatMap((ground) => ground.lines.map((line) => line.line));
    const blockLines = new Set(expected);
    assert.ok(groundLines.every((line, i) => blockLines.has(line) && (i === 0 || line > groundLines[i - 1])), `${name}: grounds outside the blocks`);
  }

  it('cover every non-empty body line exactly once, in order, over the project’s fixtures', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(vanban|txt)$/.test(name) ? [path] : [];
    });
    const all = [...files(join(ROOT, 'test', 'fixtures')), ...files(join(ROOT, 'examples'))];
    assert.ok(all.length > 100);
    for (const file of all) checkCover(file, readFileSync(file, 'utf8'));
  });

  describe('over the real corpus', () => {
    if (needsShared()) return;
    it('cover every non-empty body line exactly once, in order', () => {
      for (const file of corpusFiles()) checkCover(file, readFileSync(file, 'utf8'));
    });
  });
});

describe('the grounds part', () => {
  it('state: each ground with its opener and its wrapped lines, up to the enacting line', () => {
    const model = parse(read('state-grounds-wrapped.vanban'));
    assert.deepEqual(groundsOf(model), [
      { opener: 'Căn cứ', dashed: false, lines: [12, 13] },
      { opener: 'Căn cứ', dashed: false, lines: [14, 15] },
      { opener: 'Xét đề nghị', dashed: false, lines: [16, 17] },
    ]);
    assert.equal(model.grounds!.enactingFollows, false); // `QUYẾT ĐỊNH:` follows
  });

  it('Party: `- ` grounds, the last running into the enacting sentence', () => {
    const model = parse(read('party-grounds.vanban'));
    assert.equal(model.regime, 'dang');
    assert.deepEqual(groundsOf(model), [
      { opener: 'Căn cứ', dashed: true, lines: [11] },
      { opener: 'Căn cứ', dashed: true, lines: [12, 13] },
      { opener: 'Xét đề nghị', dashed: true, lines: [14] },
    ]);
    assert.equal(model.grounds!.enacting?.text, 'Ban Thường vụ Huyện ủy quy định như sau:');
    assert.equal(model.grounds!.enactingFollows, true);
  });

  it('ends at the first article when no enacting line stands between', () => {
    const model = parse(read('normative-table-appendix.vanban'));
    assert.deepEqual(groundsOf(model), [
      { opener: 'Căn cứ', dashed: false, lines: [9] },
      { opener: 'Theo đề nghị', dashed: false, lines: [10] },
    ]);
  });

  it('`Xét` and `Xét đề nghị` are openers; a word that only begins like one is not', () => {
    const xet = parse(letter('Xét hồ sơ do các thôn gửi đến;', 'Xét đề nghị của công chức địa chính.', 'UBND xã đề nghị các thôn thực hiện như sau:'));
    assert.deepEqual(groundsOf(xet)?.map((ground) => ground.opener), ['Xét', 'Xét đề nghị']);
    const word = parse(letter('Căn cứvào đâu mà các thôn chưa báo cáo;', 'Đề nghị các thôn báo cáo.'));
    assert.equal(word.grounds, undefined);
  });

  it('a `Căn cứ` line inside a quotation, or after the body proper began, is not grounds', () => {
    const quoted = parse(letter(
      'Thực hiện chỉ đạo của Chủ tịch UBND huyện tại văn bản có nội dung:',
      '“Giao UBND các xã chủ trì, phối hợp',
      'Căn cứ kết quả rà soát, đề xuất phương án sắp xếp;',
      'Xét đề nghị của các thôn, tổng hợp báo cáo trước ngày 15/3/2026.”',
      'UBND xã đề nghị các thôn thực hiện như sau:',
    ));
    assert.equal(quoted.grounds, undefined);
    const later = parse(letter('I. MỤC ĐÍCH', 'Căn cứ kết quả năm trước, xây dựng kế hoạch năm nay;', 'II. NỘI DUNG', 'Rà soát hồ sơ.'));
    assert.equal(later.grounds, undefined);
  });

  it('one opener sentence that runs to its colon is the enacting sentence, not a grounds part', () => {
    const model = parse(letter('Căn cứ kết quả kiểm tra ngày 25/02/2026, UBND xã có ý kiến', 'như sau:', '1. Các thôn hoàn thành hồ sơ.'));
    assert.equal(model.grounds, undefined);
  });

  it('a document without grounds has none', () => {
    assert.equal(parse(letter('UBND xã đề nghị các thôn báo cáo trước ngày 10/3/2026.')).grounds, undefined);
    assert.equal(parse('').grounds, undefined);
  });
});

describe('consumers of the blocks and the grounds', () => {
  it('grounds-format reads the grounds part: a wrapped ground is checked at its last line', () => {
    const text = read('state-grounds-wrapped.vanban').replace('Chính phủ về công tác văn thư;', 'Chính phủ về công tác văn thư');
    const findings = analyse(text).findings.filter((finding) => finding.rule === 'grounds-format');
    assert.deepEqual(findings.map((finding) => finding.range.start.line), [15]);
  });

  it('grounds-format: state grounds run into an enacting sentence end with its comma, before a capitals line with a full stop', () => {
    const grounds = (...lines: string[]) => analyse(letter(...lines)).findings.filter((finding) => finding.rule === 'grounds-format')
      .map((finding) => finding.range.start.line);
    const sentence = ['Căn cứ Nghị quyết của Đảng ủy xã về nhiệm vụ năm 2026;', 'Căn cứ kết quả rà soát của các thôn,', 'UBND xã ban hành Kế hoạch rà soát hồ sơ như sau:'];
    assert.deepEqual(grounds(...sentence), []);
    assert.equal(parse(letter(...sentence)).grounds!.enacting!.line, 10);
    // The same comma before a capitals line is reported: the last ground ends with a full stop.
    assert.deepEqual(grounds(sentence[0], sentence[1], 'KẾ HOẠCH THỰC HIỆN', 'Rà soát hồ sơ.'), [9]);
  });

  it('the page draws each wrapped state ground as one italic paragraph; the Party’s `- ` grounds stay list lines', () => {
    const state = layoutPage(analyse(read('state-grounds-wrapped.vanban')));
    const grounds = state.body.filter((block) => block.role === 'grounds');
    assert.deepEqual(grounds.map((block) => [block.line, block.lastLine]), [[12, 13], [14, 15], [16, 17]]);
    assert.equal(grounds[1].runs.map((run) => run.text).join(''), 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;');
    const party = layoutPage(analyse(read('party-grounds.vanban')));
    assert.equal(party.body.filter((block) => block.role === 'grounds').length, 0);
    // The enacting sentence is a paragraph of its own, not a line of the last ground.
    assert.ok(party.body.some((block) => block.role === 'paragraph' && block.line === 15 && block.lastLine === undefined));
  });

  const host: LanguageServiceHost = { client: { snippetEdits: true, completionSnippets: true, hoverMarkdown: true, hierarchicalSymbols: true }, now: () => new Date(2026, 2, 7), recipients: async () => [] };
  const service = createLanguageService(host);

  it('the outline shows the grounds as one group, each ground a member, before the articles', () => {
    const tree = service.getDocumentSymbols(analyse(read('state-grounds-wrapped.vanban'), { language: 'en' })) as DocumentSymbol[];
    const index = tree.findIndex((symbol) => symbol.name === 'Grounds');
    assert.ok(index >= 0, tree.map((symbol) => symbol.name).join(' | '));
    const group = tree[index];
    assert.deepEqual([group.range.start.line, group.range.end.line], [12, 17]);
    assert.deepEqual(group.children!.map((child) => [child.name.slice(0, 12), child.range.start.line, child.range.end.line]),
      [['Căn cứ Luật ', 12, 13], ['Căn cứ Nghị ', 14, 15], ['Xét đề nghị ', 16, 17]]);
    assert.ok(tree[index + 1].name.startsWith('Điều 1.'));
    const vi = service.getDocumentSymbols(analyse(read('party-grounds.vanban'))) as DocumentSymbol[];
    assert.ok(vi.some((symbol) => symbol.name === 'Căn cứ ban hành' && symbol.children!.length === 3));
  });

  it('folds the grounds, and each ground wrapped over lines', () => {
    const pairs = service.getFoldingRanges(analyse(read('state-grounds-wrapped.vanban'))).map((range) => `${range.startLine}-${range.endLine}`);
    for (const pair of ['12-17', '12-13', '14-15', '16-17']) assert.ok(pairs.includes(pair), `${pair} in ${pairs.join(', ')}`);
    const none = service.getFoldingRanges(analyse(letter('UBND xã đề nghị các thôn báo cáo.'))).map((range) => `${range.startLine}-${range.endLine}`);
    assert.ok(!none.some((pair) => pair.startsWith('8-')), none.join(', '));
  });
});
