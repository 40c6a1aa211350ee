// The TextMate grammar, run by vscode-textmate with the oniguruma engine as VS Code runs it: scope
// snapshots of fixture drafts (UPDATE_SNAPSHOTS=1 rewrites them), and the scopes each part must have.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TYPES } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { scopesOf, snapshot, tokenize } from './tokenize';

const DIR = join(ROOT, 'test', 'grammar');
const read = (name: string) => readFileSync(join(DIR, 'fixtures', name), 'utf8');
const has = (scopes: readonly string[], scope: string) => assert.ok(scopes.includes(scope), `expected ${scope} in ${scopes.join(' ')}`);

describe('TextMate grammar', () => {
  for (const name of readdirSync(join(DIR, 'fixtures')).filter((file) => file.endsWith('.vanban'))) {
    it(`matches the scope snapshot of ${name}`, async () => {
      const text = read(name);
      const actual = snapshot(text, await tokenize(text));
      const file = join(DIR, 'snapshots', `${name}.snap`);
      if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
        writeFileSync(file, actual);
        if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail(`snapshot ${name}.snap was missing and has been written; check it and run again`);
      }
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }

  it('scopes the Party header: title, issuer, star, number parts, date, mark', async () => {
    const tokens = await tokenize(read('dang.vanban'));
    has(scopesOf(tokens, 'ĐẢNG CỘNG SẢN VIỆT NAM'), 'markup.heading.title.vanban');
    has(scopesOf(tokens, 'ĐẢNG BỘ TỈNH BẮC NINH'), 'entity.name.section.issuer.vanban');
    has(scopesOf(tokens, 'HUYỆN ỦY YÊN PHONG'), 'entity.name.section.issuer.vanban');
    has(scopesOf(tokens, '*', 2), 'punctuation.separator.star.vanban');
    has(scopesOf(tokens, 'Số', 3), 'keyword.other.number.vanban');
    has(scopesOf(tokens, '07', 3), 'constant.numeric.number.vanban');
    has(scopesOf(tokens, 'KL', 3), 'entity.name.type.code.vanban');
    has(scopesOf(tokens, 'HU', 3), 'entity.name.tag.issuer-code.vanban');
    has(scopesOf(tokens, 'Yên Phong', 3), 'string.unquoted.place.vanban');
    has(scopesOf(tokens, '2026', 3), 'constant.numeric.date.vanban');
    has(scopesOf(tokens, 'KHẨN'), 'keyword.other.mark.vanban');
  });

  it('scopes the type name, summary, headings, items, recipients, signature, directives and emphasis', async () => {
    const tokens = await tokenize(read('dang.vanban'));
    has(scopesOf(tokens, 'KẾT LUẬN'), 'markup.heading.type-name.vanban');
    has(scopesOf(tokens, 'của Ban Thường vụ Huyện ủy về công tác chuyển đổi số'), 'markup.heading.summary.vanban');
    has(scopesOf(tokens, '-----'), 'meta.separator.vanban');
    has(scopesOf(tokens, 'vanban-disable-next-line'), 'keyword.control.directive.vanban');
    has(scopesOf(tokens, 'kết luận', 11), 'markup.bold.vanban');
    has(scopesOf(tokens, 'I-'), 'entity.name.section.marker.vanban');
    has(scopesOf(tokens, 'I-'), 'markup.heading.2.vanban');
    has(scopesOf(tokens, '1.', 15), 'punctuation.definition.list.begin.vanban');
    has(scopesOf(tokens, 'ký số'), 'markup.italic.vanban');
    has(scopesOf(tokens, '(1)'), 'markup.list.numbered.vanban');
    has(scopesOf(tokens, 'a)'), 'markup.list.numbered.vanban');
    has(scopesOf(tokens, '-', 20), 'markup.list.unnumbered.vanban');
    has(scopesOf(tokens, './.'), 'punctuation.terminator.body-end.vanban');
    has(scopesOf(tokens, 'Nơi nhận'), 'keyword.other.recipients.vanban');
    has(scopesOf(tokens, 'Ban Thường vụ Tỉnh ủy (để báo cáo),'), 'markup.list.unnumbered.recipient.vanban');
    has(scopesOf(tokens, 'Lưu', 27), 'keyword.other.archive.vanban');
    has(scopesOf(tokens, 'T/M'), 'keyword.control.signing-form.vanban');
    has(scopesOf(tokens, 'BAN THƯỜNG VỤ', 29), 'entity.name.function.signer-title.vanban');
    has(scopesOf(tokens, 'PHÓ BÍ THƯ'), 'entity.name.function.signer-title.vanban');
    has(scopesOf(tokens, '(đã ký)'), 'comment.line.signed-mark.vanban');
    has(scopesOf(tokens, 'Trần Thị Hạnh'), 'entity.name.signer.vanban');
  });

  it('scopes the state header, the normative-style headings and a công văn', async () => {
    const tokens = await tokenize(read('nd30.vanban'));
    has(scopesOf(tokens, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'markup.heading.title.national.vanban');
    has(scopesOf(tokens, 'Độc lập - Tự do - Hạnh phúc'), 'markup.heading.motto.vanban');
    has(scopesOf(tokens, 'ỦY BAN NHÂN DÂN', 0), 'entity.name.section.issuer.vanban');
    has(scopesOf(tokens, ':', 4), 'punctuation.separator.colon.vanban');
    has(scopesOf(tokens, 'QĐ', 4), 'entity.name.type.code.vanban');
    has(scopesOf(tokens, 'UBND', 4), 'entity.name.tag.issuer-code.vanban');
    has(scopesOf(tokens, 'Chương I'), 'markup.heading.2.vanban');
    has(scopesOf(tokens, 'QUY ĐỊNH CHUNG'), 'entity.name.section.title.vanban');
    has(scopesOf(tokens, 'Mục 1'), 'markup.heading.3.vanban');
    has(scopesOf(tokens, 'PHẠM VI'), 'entity.name.section.title.vanban');
    has(scopesOf(tokens, './.', 24), 'punctuation.terminator.body-end.vanban');
    has(scopesOf(tokens, 'Điều 1.'), 'markup.heading.4.vanban');
    has(scopesOf(tokens, '1.2.'), 'punctuation.definition.list.begin.vanban');
    has(scopesOf(tokens, 'KT.'), 'keyword.control.signing-form.vanban');
    has(scopesOf(tokens, 'Lê Văn Minh'), 'entity.name.signer.vanban');
    assert.ok(!scopesOf(tokens, 'QUYẾT ĐỊNH:').includes('markup.heading.type-name.vanban'), 'the enacting line is not a type name');
    const letter = await tokenize(read('congvan.vanban'));
    has(scopesOf(letter, 'V/v'), 'keyword.other.summary.vanban');
    has(scopesOf(letter, 'hướng dẫn lập hồ sơ năm 2026'), 'markup.heading.summary.vanban');
    has(scopesOf(letter, 'BỘ NỘI VỤ'), 'entity.name.section.issuer.vanban');
    has(scopesOf(letter, 'Kính gửi'), 'keyword.other.recipients.vanban');
    has(scopesOf(letter, 'ghi chú'), 'comment.block.vanban');
    has(scopesOf(letter, 'Phần thứ nhất'), 'markup.heading.1.vanban');
    has(scopesOf(letter, 'TUQ.'), 'keyword.control.signing-form.vanban');
  });

  it('knows every type name of the catalogue, in both tone-mark styles', async () => {
    for (const type of DOCUMENT_TYPES.filter((candidate) => !candidate.isLetter)) {
      for (const name of new Set([type.name, type.name.replace(/ỎA/g, 'OẢ').replace(/ỦY/g, 'UỶ')])) {
        const tokens = await tokenize(`\n${name}\nTrích yếu\n`);
        has(scopesOf(tokens, name), 'markup.heading.type-name.vanban');
        has(scopesOf(tokens, 'Trích yếu'), 'markup.heading.summary.vanban');
      }
    }
  });
});
