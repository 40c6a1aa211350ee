// Completion, hover, outline, folding and the document info behind the status item, over a real LSP
// connection.

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { TestClient } from './client';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const DANG = readFileSync(join(FIXTURES, 'dang-complete.vanban'), 'utf8');
const ND30 = readFileSync(join(FIXTURES, 'nd30-complete.vanban'), 'utf8');

function todayWords(): string {
  const now = new Date();
  const month = now.getMonth() + 1;
  return `ngày ${now.getDate() < 10 ? '0' : ''}${now.getDate()} tháng ${month < 3 ? '0' : ''}${month} năm ${now.getFullYear()}`;
}

/** The text with line `line` replaced by `content`, and the position at the end of it. */
function withLine(text: string, line: number, content: string) {
  const lines = text.split('\n');
  lines[line] = content;
  return { text: lines.join('\n'), position: { line, character: content.length } };
}

/** The text with `content` inserted as a new line before line `line`. */
function insertLine(text: string, line: number, content: string) {
  const lines = text.split('\n');
  lines.splice(line, 0, content);
  return { text: lines.join('\n'), position: { line, character: content.length } };
}

describe('LSP completion, hover and structure', function () {
  let client: TestClient;
  let workspace: string;
  let n = 0;
  const open = async (text: string) => {
    const uri = `file:///editing/${n++}.vanban`;
    await client.open(uri, text);
    return uri;
  };
  const complete = async (text: string, position: { line: number; character: number }) => {
    const uri = await open(text);
    const list = await client.request<any>('textDocument/completion', { textDocument: { uri }, position });
    return list.items as any[];
  };

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'vanban-ws-'));
    writeFileSync(join(workspace, 'other.vanban'), DANG.replace('- Các đảng ủy trực thuộc Trung ương,', '- Ban Tuyên giáo Tỉnh ủy Bắc Ninh,'));
    client = await TestClient.start({ settings: { messagesLanguage: 'en' }, completionSnippets: true, folders: [workspace] });
  });
  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  describe('completion', () => {
    it('after Số offers the number with the type name’s code and the header’s issuer code', async () => {
      const { text, position } = withLine(DANG, 4, 'Số');
      const items = await complete(text, position);
      assert.deepEqual(items.map((item) => item.label), ['Số 01-KL/BTCTW']);
      assert.equal(items[0].textEdit.newText, 'Số ${1:01}-KL/BTCTW');
      assert.deepEqual(items[0].textEdit.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } });
      const state = withLine(ND30, 4, 'Số');
      const stateItems = await complete(state.text, state.position);
      assert.deepEqual(stateItems.map((item) => item.label), ['Số: 01/QĐ-UBND']);
    });

    it('offers today’s date with the leading-zero rule after a typed place', async () => {
      const { text, position } = withLine(DANG, 5, 'Hà Nội, ');
      const items = await complete(text, position);
      const date = items.find((item) => item.label.startsWith('ngày'));
      assert.equal(date.label, todayWords());
      assert.deepEqual(date.textEdit.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } });
    });

    it('offers the regime’s type names with a summary line', async () => {
      const { text, position } = withLine(DANG.split('\nKẾT LUẬN')[0] + '\n\n', 7, '');
      const items = await complete(text, position);
      const labels = items.map((item) => item.label);
      const ketLuan = items.find((item) => item.label === 'KẾT LUẬN');
      assert.equal(ketLuan.textEdit.newText, 'KẾT LUẬN\n${1:về …}\n-----');
      assert.equal(ketLuan.detail, 'Type name, code KL');
      assert.ok(labels.includes('NGHỊ QUYẾT') && labels.includes('HƯỚNG DẪN'));
      assert.ok(!labels.includes('CÔNG ĐIỆN'), 'a state-only type is not offered in a Party document');
      assert.ok(ketLuan.filterText.includes('KET LUAN'), 'found when typed without diacritics');
    });

    it('in the recipients list offers common recipients, the workspace’s, and the archive line', async () => {
      const { text, position } = insertLine(DANG, 26, '- ');
      const items = await complete(text, position);
      const byLabel = new Map(items.map((item) => [item.label, item]));
      const fromWorkspace = byLabel.get('Ban Tuyên giáo Tỉnh ủy Bắc Ninh');
      assert.ok(fromWorkspace, `workspace recipient missing from ${[...byLabel.keys()].join(' | ')}`);
      assert.equal(fromWorkspace.detail, 'Recipient used in the workspace');
      assert.equal(fromWorkspace.textEdit.newText, '- Ban Tuyên giáo Tỉnh ủy Bắc Ninh,');
      assert.deepEqual(fromWorkspace.textEdit.range, { start: { line: 26, character: 0 }, end: { line: 26, character: 2 } });
      assert.equal(byLabel.get('Như trên')?.textEdit.newText, '- Như trên,');
      assert.equal(byLabel.get('Lưu Văn phòng.')?.textEdit.newText, '- Lưu ${1:Văn phòng}.');
      const state = insertLine(ND30, 22, '- ');
      const stateItems = await complete(state.text, state.position);
      assert.equal(stateItems.find((item) => item.label === 'Như trên').textEdit.newText, '- Như trên;');
      assert.ok(stateItems.some((item) => item.label === 'Lưu: VT, ….'));
    });

    it('opens on a typed space or colon only where a value is expected', async () => {
      const triggered = async (text: string, position: { line: number; character: number }, character: string) => {
        const uri = await open(text);
        const list = await client.request<any>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: character } });
        return list.items as any[];
      };
      const dash = insertLine(DANG, 26, '- ');
      assert.ok((await triggered(dash.text, dash.position, ' ')).some((item) => item.label === 'Như trên'));
      const number = withLine(DANG, 4, 'Số ');
      assert.deepEqual((await triggered(number.text, number.position, ' ')).map((item) => item.label), ['Số 01-KL/BTCTW']);
      const date = withLine(DANG, 5, 'Hà Nội, ');
      assert.deepEqual((await triggered(date.text, date.position, ' ')).map((item) => item.label), [todayWords()]);
      const body = withLine(DANG, 15, 'Các cơ quan tham mưu đã ');
      assert.deepEqual(await triggered(body.text, body.position, ' '), []);
      const colon = withLine(DANG, 11, 'kết luận như sau:');
      assert.deepEqual(await triggered(colon.text, colon.position, ':'), []);
      const typedNumber = withLine(DANG, 4, 'Số 02-KL/BTCTW ');
      assert.deepEqual(await triggered(typedNumber.text, typedNumber.position, ' '), []);
    });

    it('offers recipients of other open drafts', async () => {
      await open(ND30.replace('- Chủ tịch UBND tỉnh;', '- Sở Tư pháp tỉnh Hòa Bình;'));
      const { text, position } = insertLine(ND30, 22, '- ');
      const items = await complete(text, position);
      assert.ok(items.some((item) => item.label === 'Sở Tư pháp tỉnh Hòa Bình'));
    });

    it('offers the regime’s signing forms in the closing part', async () => {
      const { text, position } = insertLine(ND30, 26, '');
      const items = await complete(text, position);
      const forms = items.filter((item) => item.detail?.startsWith('Signing form')).map((item) => item.label);
      assert.deepEqual(forms, ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
      const party = insertLine(DANG, 30, '');
      const partyForms = (await complete(party.text, party.position)).filter((item) => item.detail?.startsWith('Signing form'));
      assert.deepEqual(partyForms.map((item) => item.label), ['T/M', 'K/T', 'T/L']);
      assert.equal(partyForms[1].detail, 'Signing form: ký thay');
    });
  });

  describe('hover', () => {
    const hoverAt = async (text: string, line: number, character: number) => {
      const uri = await open(text);
      return client.request<any>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    };

    it('decodes the number and symbol, with the rule and its basis', async () => {
      const hover = await hoverAt(DANG, 4, 6);
      const value: string = hover.contents.value;
      assert.match(value, /\*\*Number and symbol \(số và ký hiệu\)\*\*/);
      assert.match(value, /- 02: the running number/);
      assert.match(value, /- KL: type code of Kết luận/);
      assert.match(value, /- BTCTW: Ban Tổ chức Trung ương/);
      assert.match(value, /Basis: HD 36-HD\/VPTW, điểm 1\.3/);
      assert.match(value, /\[Rule number-format\]\(https:\/\/[^)]+\/docs\/rules\/number-format\.md\)/);
      assert.deepEqual(hover.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 14 } });
    });

    it('says what each part is: title, signing form, recipients', async () => {
      assert.match((await hoverAt(DANG, 0, 3)).contents.value, /Title of a Party document \(tiêu đề\)[\s\S]*header-title\.md/);
      const authority = (await hoverAt(DANG, 30, 1)).contents.value;
      assert.match(authority, /Signing authority[\s\S]*K\/T: ký thay[\s\S]*signature-authority\.md/);
      assert.match((await hoverAt(ND30, 22, 3)).contents.value, /Recipients \(nơi nhận\)[\s\S]*NĐ 30\/2020\/NĐ-CP, Phụ lục I, Phần I, mục II\.9\.b/);
      assert.equal(await hoverAt(DANG, 11, 5), null, 'no hover on a body paragraph');
      const mark = (await hoverAt(insertLine(DANG, 6, 'KHẨN').text, 6, 2)).contents.value;
      assert.match(mark, /Urgency, secrecy, circulation or draft mark/);
      assert.doesNotMatch(mark, /Rule /, 'no rule checks a mark');
    });

    it('speaks Vietnamese by default, and sends plain text and flat symbols to a plain client', async () => {
      const vi = await TestClient.start({ hierarchicalSymbols: false });
      try {
        const uri = 'file:///editing/vi.vanban';
        await vi.open(uri, DANG);
        const hover = await vi.request<any>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
        assert.match(hover.contents.value, /Số và ký hiệu văn bản[\s\S]*BTCTW: Ban Tổ chức Trung ương[\s\S]*Căn cứ: HD 36/);
        const plain = withLine(DANG, 4, 'Số');
        await vi.change(uri, plain.text);
        const list = await vi.request<any>('textDocument/completion', { textDocument: { uri }, position: plain.position });
        assert.equal(list.items[0].textEdit.newText, 'Số 01-KL/BTCTW', 'no tab stops for a client without snippet support');
        assert.equal(list.items[0].detail, 'Số, ký hiệu');
        await vi.change(uri, DANG);
        const flat = await vi.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
        const clause = flat.find((symbol) => symbol.name.startsWith('(1) Rà soát'));
        assert.equal(clause.containerName, '2. Nhiệm vụ thời gian tới');
        assert.equal(clause.location.uri, uri);
      } finally {
        await vi.stop();
      }
    });
  });

  describe('structure', () => {
    it('gives the outline: header parts, type name, the body’s hierarchy, recipients, signature', async () => {
      const uri = await open(DANG);
      const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const tree = (list: any[]): any[] => list.map((s) => (s.children?.length ? [s.name, tree(s.children)] : s.name));
      assert.deepEqual(tree(symbols), [
        ['Header', ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC', 'Số 02-KL/BTCTW', 'Hà Nội, ngày 05 tháng 3 năm 2026']],
        'KẾT LUẬN',
        '1. Kết quả đạt được',
        ['2. Nhiệm vụ thời gian tới', ['(1) Rà soát quy hoạch cán bộ các cấp.', '(2) Hoàn thiện hướng dẫn công tác đảng viên.']],
        ['Nơi nhận:', ['- Các tỉnh ủy, thành ủy,', '- Các đảng ủy trực thuộc Trung ương,', '- Lưu Văn phòng.']],
        'K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
      ]);
      assert.equal(symbols[1].detail, 'về công tác tổ chức xây dựng Đảng quý I năm 2026');
      assert.deepEqual(symbols[3].range, { start: { line: 17, character: 0 }, end: { line: 23, character: 53 } });
      assert.equal(symbols[5].detail, 'Nguyễn Văn Bình');
    });

    it('nests articles, clauses and points in a state decision', async () => {
      const text = ND30.replace('Điều 1. Thành lập Tổ kiểm tra công tác văn thư năm 2026.',
        'Điều 1. Thành lập Tổ kiểm tra công tác văn thư năm 2026.\n\n1. Tổ kiểm tra gồm:\n\na) Tổ trưởng;\n\nb) Các thành viên.');
      const uri = await open(text);
      const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const article = symbols.find((s) => s.name.startsWith('Điều 1.'));
      assert.deepEqual(article.children.map((c: any) => c.name), ['1. Tổ kiểm tra gồm:']);
      assert.deepEqual(article.children[0].children.map((c: any) => c.name), ['a) Tổ trưởng;', 'b) Các thành viên.']);
      assert.ok(symbols.some((s) => s.name.startsWith('Điều 2.')));
    });

    it('folds the header, the type name block, sections, recipients, signature and long comments', async () => {
      const uri = await open(`${DANG}<!--\nghi chú\nnhiều dòng\n-->\n`);
      const ranges = await client.request<any[]>('textDocument/foldingRange', { textDocument: { uri } });
      const pairs = ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
      for (const expected of ['0-5 region', '7-9', '13-15', '17-23', '19-19', '25-28', '30-33', '34-37 comment'].filter((p) => p !== '19-19')) {
        assert.ok(pairs.includes(expected), `missing ${expected} in ${pairs.join(', ')}`);
      }
    });

    it('tells the regime and profile for the status item', async () => {
      const dang = await open(DANG);
      assert.deepEqual(await client.request('vanban/documentInfo', { uri: dang }), { regime: 'dang', profile: 'auto', documentType: 'KẾT LUẬN' });
      const pinned = await open(`<!-- vanban profile=dang-hd05 -->\n${DANG}`);
      assert.deepEqual(await client.request('vanban/documentInfo', { uri: pinned }), { regime: 'dang', profile: 'dang-hd05', documentType: 'KẾT LUẬN' });
      const state = await open(ND30);
      assert.equal((await client.request<any>('vanban/documentInfo', { uri: state })).regime, 'nd30');
    });
  });
});
