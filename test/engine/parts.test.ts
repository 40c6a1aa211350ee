// The one table of parts (model/parts.ts): `partsOf` walks a draft of each regime to the parts it holds, the
// presence rules report the parts the table says they report, and every consumer names a part with the
// table's words: a label list of its own, in hover, the outline, the formatting rules, the layout or
// insert-missing, fails here.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { localize, type Language } from '../../server/src/engine/l10n/localize';
import { PART_IDS, PARTS, partsOf, SECTION_NAMES } from '../../server/src/engine/model/parts';
import { parse } from '../../server/src/engine/parse/parse';
import { rules } from '../../server/src/engine/lint';
import { missingPartInsertions } from '../../server/src/engine/edits/insertMissing';
import { analyse, createLanguageService, type LanguageServiceHost } from '../../server/src/engine/service';
import { ROOT } from '../helpers';

const fixture = (path: string) => readFileSync(join(ROOT, 'test', 'fixtures', path), 'utf8');
const DANG = fixture('lsp/dang-complete.vanban');
const ND30 = fixture('lsp/nd30-complete.vanban');
/** A state công văn of our own: its summary under the number, the symbol on a line of its own, addressees, a mark. */
const LETTER = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 15/UBND-VP\tAn Bình, ngày 03 tháng 4 năm 2026',
  'V/v báo cáo kết quả tiêm phòng',
  'KHẨN',
  '',
  'Kính gửi: Ủy ban nhân dân huyện Tân Lập.',
  '',
  'Ủy ban nhân dân xã An Bình báo cáo kết quả tiêm phòng quý I như sau.',
  '',
  'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
  '- Như trên;\tCHỦ TỊCH',
  '- Lưu: VT.',
  '\tTrần Thị Hoa',
  '',
].join('\n');

const walk = (text: string) => partsOf(parse(text)).filter((part) => part.id !== 'body').map((part) => [part.id, ...part.segments.map((segment) => segment.text)]);

describe('the table of parts', () => {
  it('partsOf walks a Party draft to its parts, in the order the page prints them', () => {
    assert.deepEqual(walk(DANG), [
      ['party-title', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['superior-body', 'BAN CHẤP HÀNH TRUNG ƯƠNG'], ['issuer', 'BAN TỔ CHỨC'], ['star', '*'],
      ['number', 'Số 02-KL/BTCTW'], ['place-date', 'Hà Nội, ngày 05 tháng 3 năm 2026'], ['type-name', 'KẾT LUẬN'],
      ['summary', 'về công tác tổ chức xây dựng Đảng quý I năm 2026'], ['summary-rule', '-----'],
      ['recipients-label', 'Nơi nhận:'], ['recipient', '- Các tỉnh ủy, thành ủy,'], ['recipient', '- Các đảng ủy trực thuộc Trung ương,'],
      ['recipient', '- Lưu Văn phòng.'], ['signing-authority', 'K/T TRƯỞNG BAN'], ['signer-title', 'PHÓ TRƯỞNG BAN'], ['signer-name', 'Nguyễn Văn Bình'],
    ]);
  });

  it('partsOf walks a state decision to its parts, each ground one entry', () => {
    assert.deepEqual(walk(ND30), [
      ['national-name', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['motto', 'Độc lập - Tự do - Hạnh phúc'], ['superior-body', 'ỦY BAN NHÂN DÂN'],
      ['issuer', 'TỈNH HÒA BÌNH'], ['number', 'Số: 08/QĐ-UBND'], ['place-date', 'Hòa Bình, ngày 09 tháng 02 năm 2026'], ['type-name', 'QUYẾT ĐỊNH'],
      ['summary', 'Về việc thành lập Tổ kiểm tra công tác văn thư năm 2026'],
      ['grounds', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'],
      ['grounds', 'Theo đề nghị của Giám đốc Sở Nội vụ.'],
      ['recipients-label', 'Nơi nhận:'], ['recipient', '- Như Điều 2;'], ['recipient', '- Chủ tịch UBND tỉnh;'], ['recipient', '- Lưu: VT, NC.'],
      ['signing-authority', 'TM. ỦY BAN NHÂN DÂN'], ['signer-title', 'CHỦ TỊCH'], ['signer-name', 'Lê Văn Minh'],
    ]);
    const body = partsOf(parse(ND30)).find((part) => part.id === 'body')!;
    assert.ok(body.segments.length > 0 && body.segments.every((segment) => segment.text.trim() !== ''));
  });

  it('partsOf walks a công văn: its summary is the letter\'s, the Kính gửi line first of the addressees', () => {
    const parts = walk(LETTER);
    assert.deepEqual(parts.find(([id]) => id === 'letter-summary'), ['letter-summary', 'V/v báo cáo kết quả tiêm phòng']);
    assert.deepEqual(parts.find(([id]) => id === 'addressee'), ['addressee', 'Kính gửi: Ủy ban nhân dân huyện Tân Lập.']);
    assert.ok(!parts.some(([id]) => id === 'summary' || id === 'type-name'), JSON.stringify(parts));
    for (const [id, ...texts] of parts) {
      assert.ok(PART_IDS.includes(id as never), id);
      assert.ok(texts.length > 0, id);
    }
  });

  it('the segments partsOf gives are the source\'s own text at their ranges', () => {
    for (const text of [DANG, ND30, LETTER]) {
      const model = parse(text);
      for (const part of partsOf(model)) {
        for (const segment of part.segments) {
          const line = model.lines[segment.line].text;
          assert.ok(line.slice(segment.start, segment.end).includes(segment.text.slice(0, 3)), `${part.id}: ${segment.text}`);
        }
      }
    }
  });

  it('every part the presence rules report absent is one the table says that rule reports', () => {
    const ids = new Set(rules().map((rule) => rule.id));
    for (const id of PART_IDS) {
      const presence = PARTS[id].presence;
      if (presence) assert.ok(ids.has(presence.rule), `${id}: ${presence.rule}`);
    }
    const texts: string[] = [];
    const collect = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) collect(path);
        else if (name.endsWith('.vanban')) texts.push(readFileSync(path, 'utf8'));
      }
    };
    collect(join(ROOT, 'test', 'fixtures', 'rules'));
    // A signature without its signer's title.
    texts.push(ND30.replace('\nCHỦ TỊCH\n', '\n'));
    const seen = new Set<string>();
    for (const text of texts) {
      for (const profile of [undefined, 'dang-hd36', 'nd30'] as const) {
        for (const finding of analyse(text, { language: 'en', profile }, { uri: 'file:///parts.vanban', version: 1 }).findings) {
          if (!finding.part) continue;
          seen.add(finding.part);
          assert.equal(PARTS[finding.part].presence?.rule, finding.rule, `${finding.rule} reports ${finding.part}`);
        }
      }
    }
    // The fixtures reach every part a rule reports missing.
    assert.deepEqual([...seen].sort(), PART_IDS.filter((id) => PARTS[id].presence && id !== 'party-title' && id !== 'national-name').sort());
  });
});

describe('every consumer names a part with the table\'s words', () => {
  const host: LanguageServiceHost = { client: { snippetEdits: true, completionSnippets: true, hoverMarkdown: true, hierarchicalSymbols: true }, now: () => new Date(2026, 2, 7) };
  const service = createLanguageService(host);
  const names = (language: Language, field: 'name' | 'hover' | 'insert' | 'subject') =>
    new Set(PART_IDS.flatMap((id) => (PARTS[id][field] ? [localize(language, PARTS[id][field]!)] : [])));

  for (const language of ['vi', 'en'] as const) {
    it(`outline and hover in ${language}: each label is a part's name or text in the table`, () => {
      const partNames = names(language, 'name');
      partNames.add(localize(language, SECTION_NAMES.header!));
      const hovers = names(language, 'hover');
      for (const text of [DANG, ND30, LETTER]) {
        const analysis = analyse(text, { language }, { uri: 'file:///parts.vanban', version: 1 });
        const symbols = service.getDocumentSymbols(analysis) as DocumentSymbol[];
        const labels: string[] = [];
        // The header's group is selected at its start (a body section at its heading).
        const empty = (range: Range) => range.start.line === range.end.line && range.start.character === range.end.character;
        const gather = (list: readonly DocumentSymbol[]) => {
          for (const symbol of list) {
            // A part's symbol is named by its text and labelled by its part (the type name's detail is its
            // summary, the signature's its signer); a group of parts (the header, the grounds) is named by its part.
            if (symbol.detail !== undefined && symbol.kind !== SymbolKind.File && symbol.detail !== analysis.model.signature?.name?.text) labels.push(symbol.detail);
            if (symbol.detail === undefined && (symbol.kind === SymbolKind.Array || (symbol.kind === SymbolKind.Namespace && empty(symbol.selectionRange)))) labels.push(symbol.name);
            gather(symbol.children ?? []);
          }
        };
        gather(symbols);
        for (const label of labels) assert.ok(partNames.has(label), `outline label "${label}" is not in the table`);
        assert.ok(labels.length >= 5, labels.join(' | '));
        let hovered = 0;
        for (const part of partsOf(analysis.model)) {
          const segment = part.segments[0];
          const hover = service.getHover(analysis, { line: segment.line, character: segment.start });
          if (!hover) continue;
          const title = /^\*\*(.*?)\*\*/.exec((hover.contents as { value: string }).value)![1];
          assert.ok(hovers.has(title), `hover "${title}" is not in the table`);
          hovered++;
        }
        assert.ok(hovered >= 6, `${hovered} parts hovered`);
      }
    });

    it(`insert-missing in ${language}: each title is a part's insertion in the table`, () => {
      const titles = names(language, 'insert');
      const insertions = (['dang-hd36', 'nd30'] as const).flatMap((profile) =>
        missingPartInsertions(analyse('Nội dung của văn bản.\n', { language, profile }, { uri: 'file:///parts.vanban', version: 1 }), { today: new Date(2026, 2, 7) }));
      assert.equal(insertions.length, 14, insertions.map((insertion) => insertion.part).join(' '));
      for (const insertion of insertions) assert.ok(titles.has(localize(language, insertion.title)), localize(language, insertion.title));
    });
  }

  it('no consumer writes a part\'s name, text or insertion title of its own: they are written once, in model/parts.ts', () => {
    const texts = PART_IDS.flatMap((id) => (['name', 'subject', 'hover', 'insert'] as const).flatMap((field) => (PARTS[id][field] ? [PARTS[id][field]!.text] : [])));
    // Where parts were named before the table: hover, the outline, the formatting rules and their catalogue, the
    // layout, insert-missing, and every other engine file.
    const files: string[] = [];
    const collect = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) collect(path);
        else if (name.endsWith('.ts') && !path.endsWith(join('model', 'parts.ts'))) files.push(path);
      }
    };
    collect(join(ROOT, 'server', 'src', 'engine'));
    assert.ok(files.some((file) => file.endsWith(join('service', 'hover.ts'))));
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const text of new Set(texts)) {
        const quoted = [`msg('${text.replace(/'/g, "\\'")}'`, `msg("${text}"`];
        assert.ok(!quoted.some((q) => source.includes(q)), `${file.slice(ROOT.length + 1)} names a part itself: ${text}`);
      }
    }
  });
});
