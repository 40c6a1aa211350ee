// Every safe fix changes only its own part: each safe fix of every fixture, every real
// document and generated closings is checked against the signature block — the signing forms (T/M, KT.
// …), the titles and the signer's name — which only the rules that own that block may edit. A fix that
// only recomposes Unicode (NFC) changes no visible character and is allowed anywhere.

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lintModel, parse, type Diagnostic, type DocumentModel, type Segment } from '../../server/src/engine';
import { CORPUS, corpusFiles, ROOT } from '../helpers';

/** The rules that own the signature block's segments. */
const OWNERS = new Set(['signature', 'signature-authority', 'signer-title', 'title-body-name', 'party-deputy-form', 'deputy-head-title']);

function protectedParts(model: DocumentModel): { what: string; segment: Segment }[] {
  const signature = model.signature;
  if (!signature) return [];
  return [
    ...signature.authorities.map((segment) => ({ what: 'signing form', segment })),
    ...signature.titles.map((segment) => ({ what: 'title', segment })),
    ...(signature.name ? [{ what: 'signer name', segment: signature.name }] : []),
  ];
}

function violations(text: string): string[] {
  const model = parse(text);
  const found: string[] = [];
  const safe = lintModel(model).diagnostics.filter((d: Diagnostic) => d.fix?.safety === 'safe' && !OWNERS.has(d.rule));
  for (const diagnostic of safe) {
    for (const edit of diagnostic.fix!.edits) {
      const { start, end } = edit.range;
      for (const { what, segment } of protectedParts(model)) {
        if (start.line > segment.line || end.line < segment.line) continue;
        // Touching: overlapping the segment, or inserting at its edge (a full stop after a name).
        const from = start.line < segment.line ? 0 : start.character;
        const to = end.line > segment.line ? Infinity : end.character;
        if (to < segment.start || from > segment.end) continue;
        const before = model.lines[segment.line].text.slice(Math.max(from, 0), Math.min(to, model.lines[segment.line].text.length));
        if (start.line === end.line && edit.newText.normalize('NFC') === before.normalize('NFC')) continue;
        found.push(`${diagnostic.rule} edits the ${what} ${JSON.stringify(segment.text)}: ${JSON.stringify(before)} -> ${JSON.stringify(edit.newText)}`);
      }
    }
  }
  return found;
}

function files(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.vanban') ? [path] : [];
  });
}

const BODY = ['Nội dung thực hiện./.', 'Các cấp ủy tổ chức thực hiện.', 'Nội dung'];
const RECIPIENTS = ['- Như trên;', '- Như trên,', '- Sở Nội vụ;', '- Các đảng ủy xã,', '- Lưu: VT, NC.', '- Lưu: VT', '- Lưu VP.', '- Lưu Văn phòng', '- Lưu'];
const FORMS = ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'T/L BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. CHỦ TỊCH', 'TUQ. CHỦ TỊCH', 'Q. CHÁNH VĂN PHÒNG'];
/** Titles are typed in capitals in both regimes (a title in sentence case right under a list reads as a wrapped item). */
const TITLES = ['BÍ THƯ', 'PHÓ BÍ THƯ', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'TRƯỞNG PHÒNG', 'GIÁM ĐỐC'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn C', 'Phạm Quang Huy', 'Hoàng Thị Lan  Anh', 'Đỗ văn nam'];
const HEADERS = ['ĐẢNG BỘ TỈNH BẮC NINH\nHUYỆN ỦY YÊN PHONG\n*\nSố 15-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Phong, ngày 5 tháng 3 năm 2026\n\nNGHỊ QUYẾT\nvề công tác\n-----\n',
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc\nSố: 5/QĐ-UBND\tLào Cai, ngày 9 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\nVề việc tổ chức\n'];
/** Closings as drafters type them: the signature right under the list, with or without a blank line, in one or two columns. */
const closing = fc.record({
  header: fc.constantFrom(...HEADERS), body: fc.subarray(BODY, { minLength: 1 }), blankBeforeLabel: fc.boolean(),
  recipients: fc.subarray(RECIPIENTS, { minLength: 1 }), gap: fc.constantFrom('', '\n'), form: fc.option(fc.constantFrom(...FORMS)),
  title: fc.constantFrom(...TITLES), mark: fc.option(fc.constantFrom('(đã ký)', '(Ký, đóng dấu)')), name: fc.constantFrom(...NAMES),
  twoColumns: fc.boolean(), eol: fc.constantFrom('\n', '\r\n'),
}).map((d) => {
  const signing = [...(d.form ? [d.form] : []), d.title, d.name];
  const left = ['Nơi nhận:', ...d.recipients];
  const right = [...(d.form ? [d.form] : []), d.title, ...(d.mark ? [d.mark] : []), d.name];
  const closingLines = d.twoColumns
    ? Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${left[i] ?? ''}\t\t${right[i] ?? ''}`.trimEnd())
    : [...left, ...(d.gap ? [''] : []), ...right];
  return { text: [d.header, ...d.body, ...(d.blankBeforeLabel ? [''] : []), ...closingLines, ''].join('\n').replace(/\n/g, d.eol), signing };
});

/** The signing form, title and name as typed are still there, each at the end of its own line, after fix-all. */
function signingKept(text: string, signing: readonly string[]): string[] {
  const fixed = fixAll(text).text;
  const lines = fixed.split(/\r?\n/).map((line) => line.split('\t').pop()!.trim());
  return signing.filter((part) => !lines.includes(part)).map((part) => `${JSON.stringify(part)} changed: ${JSON.stringify(fixed.slice(-160))}`);
}

describe('every safe fix leaves the signing forms, titles and signer names to the rules that own them', function () {
  this.timeout(300_000);
  const fixtures = [...files(join(ROOT, 'test', 'fixtures')), ...files(join(ROOT, 'test', 'render', 'fixtures')), ...files(join(ROOT, 'examples'))];

  it(`every fixture and example (${fixtures.length})`, () => {
    assert.deepEqual(fixtures.flatMap((path) => violations(readFileSync(path, 'utf8')).map((v) => `${path}: ${v}`)), []);
  });

  it('every real document of the shared corpus', function () {
    if (!existsSync(CORPUS)) this.skip(); // ../shared/corpus/real is absent
    assert.deepEqual(corpusFiles().flatMap((path) => violations(readFileSync(path, 'utf8')).map((v) => `${path}: ${v}`)), []);
  });

  it(`${Number(process.env.VANBAN_FUZZ_RUNS ?? 300)} generated closings (the signature right under Nơi nhận, one or two columns)`, () => {
    fc.assert(fc.property(closing, ({ text, signing }) => {
      assert.deepEqual(violations(text), []);
      assert.deepEqual(signingKept(text, signing), []);
    }), { numRuns: Number(process.env.VANBAN_FUZZ_RUNS ?? 300), seed: 1212 });
  });

  it('the recipients then the signature with no blank line: no full stop added to the name', () => {
    for (const text of ['Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n',
      'Nội dung./.\nNơi nhận:\n- Như trên,\n- Lưu VP\nK/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn An\n']) {
      assert.deepEqual(violations(text), []);
      assert.deepEqual(signingKept(text, text.trimEnd().split('\n').slice(-3)), []);
    }
  });
});
