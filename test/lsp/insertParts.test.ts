// "Insert the missing <part>" over a real LSP connection: for each required part removed from a
// complete draft, the guarded quick fix puts it back where it belongs, filled with what the document
// tells, and the finding of that part's rule goes away.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { applyTextEdits, editsFor, TestClient } from './client';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const DANG = read('dang-complete.vanban');
const ND30 = read('nd30-complete.vanban');

/** Today as the regulation writes it: day two digits, months 1 and 2 with a zero, the others without. */
function todayWords(): string {
  const now = new Date();
  const month = now.getMonth() + 1;
  return `ngày ${now.getDate() < 10 ? '0' : ''}${now.getDate()} tháng ${month < 3 ? '0' : ''}${month} năm ${now.getFullYear()}`;
}

let counter = 0;

async function insert(client: TestClient, text: string, rule: string, title: string) {
  const uri = `file:///insert/${counter++}.vanban`;
  const diagnostics = await client.open(uri, text);
  const finding = diagnostics.find((d) => d.code === rule);
  assert.ok(finding, `no ${rule} finding in ${diagnostics.map((d) => d.code).join(', ')}`);
  const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no "${title}" among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(action.isPreferred, false, 'an insertion is never the preferred fix');
  const result = applyTextEdits(text, editsFor(action.edit, uri));
  const after = await client.change(uri, result);
  return { result, action, after, uri };
}

describe('LSP insert the missing part', function () {
  let client: TestClient;
  before(async () => { client = await TestClient.start({ settings: { messagesLanguage: 'en' } }); });
  after(async () => { await client.stop(); });

  it('puts back the Party title at the top', async () => {
    const { result, after } = await insert(client, DANG.replace('ĐẢNG CỘNG SẢN VIỆT NAM\n', ''), 'header-title', 'Insert the title ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(result, DANG);
    assert.deepEqual(after, []);
  });

  it('puts back the national name and motto of a state document', async () => {
    const { result, after } = await insert(client, ND30.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n', ''), 'header-title', 'Insert the national name and motto');
    assert.equal(result, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' + ND30.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n', ''));
    assert.deepEqual(after, []);
  });

  it('inserts an issuing body with its * line above the number', async () => {
    const { result, after } = await insert(client, DANG.replace('BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\n', ''), 'issuer', 'Insert the issuing body');
    assert.ok(result.startsWith('ĐẢNG CỘNG SẢN VIỆT NAM\nTÊN CƠ QUAN BAN HÀNH\n*\nSố 02-KL/BTCTW\n'), result.slice(0, 120));
    assert.deepEqual(after.filter((d) => d.code === 'issuer'), []);
  });

  it('inserts the number line with the type code of the type name and the issuer code of the header', async () => {
    const { result, after } = await insert(client, DANG.replace('Số 02-KL/BTCTW\n', ''), 'number', 'Insert the number and symbol line');
    assert.equal(result, DANG.replace('Số 02-KL/BTCTW', 'Số 01-KL/BTCTW'));
    assert.deepEqual(after, []);
    const state = await insert(client, ND30.replace('Số: 08/QĐ-UBND\n', ''), 'number', 'Insert the number and symbol line');
    assert.equal(state.result, ND30.replace('Số: 08/QĐ-UBND', 'Số: 01/QĐ-UBND'));
    assert.deepEqual(state.after, []);
  });

  it('inserts the date line for today in the regulated form', async () => {
    const { result, after } = await insert(client, DANG.replace('Hà Nội, ngày 05 tháng 3 năm 2026\n', ''), 'date', 'Insert the place and date line (today)');
    assert.equal(result, DANG.replace('Hà Nội, ngày 05 tháng 3 năm 2026', `Địa danh, ${todayWords()}`));
    // The placeholder place is the drafter's to fill: a hint while typing (an error for lint and CI).
    assert.deepEqual(after.filter((d) => d.code !== 'placeholder-left'), []);
    assert.deepEqual(after.map((d) => d.severity), [4]);
  });

  it('inserts the type name known from the number, with a summary line and the Party rule', async () => {
    const { result, after } = await insert(client, DANG.replace('KẾT LUẬN\nvề công tác tổ chức xây dựng Đảng quý I năm 2026\n-----\n', ''), 'type-name', 'Insert the type name and summary');
    assert.ok(result.includes('Hà Nội, ngày 05 tháng 3 năm 2026\n\nKẾT LUẬN\nvề …\n-----\n'), result.slice(0, 200));
    assert.deepEqual(after.filter((d) => d.code === 'type-name'), []);
  });

  it('inserts a missing summary under the type name', async () => {
    const { result, after } = await insert(client, DANG.replace('về công tác tổ chức xây dựng Đảng quý I năm 2026\n', ''), 'type-name', 'Insert the summary');
    assert.ok(result.includes('KẾT LUẬN\nvề …\n-----\n'), result.slice(0, 200));
    assert.deepEqual(after.filter((d) => d.code === 'type-name'), []);
  });

  it('inserts the recipients block before the signature, in the regime’s form', async () => {
    const block = 'Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Các đảng ủy trực thuộc Trung ương,\n- Lưu Văn phòng.\n\n';
    const { result, after } = await insert(client, DANG.replace(block, ''), 'recipients', 'Insert the recipients block');
    assert.ok(result.includes('./.\n\nNơi nhận:\n- …,\n- Lưu Văn phòng.\n\nK/T TRƯỞNG BAN\n'), result.slice(-200));
    assert.deepEqual(after.filter((d) => d.code === 'recipients'), []);
    const state = await insert(client, ND30.replace('Nơi nhận:\n- Như Điều 2;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, NC.\n\n', ''), 'recipients', 'Insert the recipients block');
    assert.ok(state.result.includes('Nơi nhận:\n- …;\n- Lưu: VT, ….\n\nTM. ỦY BAN NHÂN DÂN\n'), state.result.slice(-200));
  });

  it('appends a signature block with the regime’s signing form', async () => {
    const { result, after } = await insert(client, DANG.replace('\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNguyễn Văn Bình\n', ''), 'signature', 'Insert the signature block');
    assert.ok(result.endsWith('- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n'), result.slice(-120));
    assert.deepEqual(after.filter((d) => d.code === 'signature' || d.code === 'signature-authority'), []);
    const state = await insert(client, ND30.replace('\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Minh\n', ''), 'signature', 'Insert the signature block');
    assert.ok(state.result.endsWith('- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n'), state.result.slice(-120));
  });

  it('keeps CRLF line endings in what it inserts', async () => {
    const text = DANG.replace('Số 02-KL/BTCTW\n', '').replace(/\n/g, '\r\n');
    const { result } = await insert(client, text, 'number', 'Insert the number and symbol line');
    assert.equal(result, DANG.replace('Số 02-KL/BTCTW', 'Số 01-KL/BTCTW').replace(/\n/g, '\r\n'));
  });

  it('sends snippet tab stops to a client that takes snippet edits', async () => {
    const snippetClient = await TestClient.start({ settings: { messagesLanguage: 'en' }, snippetEdits: true });
    try {
      const uri = 'file:///insert/snippet.vanban';
      const diagnostics = await snippetClient.open(uri, DANG.replace('Số 02-KL/BTCTW\n', ''));
      const finding = diagnostics.find((d) => d.code === 'number');
      const actions = await snippetClient.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
      const action = actions.find((candidate) => candidate.title === 'Insert the number and symbol line');
      const [change] = action.edit.documentChanges;
      assert.equal(change.textDocument.version, 1);
      assert.deepEqual(change.edits[0].snippet, { kind: 'snippet', value: 'Số ${1:01}-KL/BTCTW\n' });
      assert.deepEqual(change.edits[0].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
    } finally {
      await snippetClient.stop();
    }
  });

  it('speaks Vietnamese by default', async () => {
    const viClient = await TestClient.start();
    try {
      const uri = 'file:///insert/vi.vanban';
      const diagnostics = await viClient.open(uri, DANG.replace('Số 02-KL/BTCTW\n', ''));
      const finding = diagnostics.find((d) => d.code === 'number');
      const actions = await viClient.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
      assert.ok(actions.some((action) => action.title === 'Chèn dòng số và ký hiệu'), actions.map((a) => a.title).join(' | '));
      assert.ok(actions.some((action) => action.title === 'Tắt quy tắc number cho dòng này'));
    } finally {
      await viClient.stop();
    }
  });
});
