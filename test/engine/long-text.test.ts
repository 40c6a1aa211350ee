// Structure in long real texts: a cross-reference wrapped to a line's start is no article;
// articles a guide quotes are not its own sequence; a recipient item wrapped without a dash keeps the list
// going to its real last line; a signer's name that PDF reading order puts after the list is found. Each
// with a near miss that must still be reported.

import * as assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';

const decision = (body: readonly string[], closing: readonly string[]) => [
  'ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-UBND',
  'Lạng Sơn, ngày 09 tháng 02 năm 2026', '', 'QUYẾT ĐỊNH', 'Về việc giao chỉ tiêu tuyển sinh năm học 2026 - 2027', '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', '', 'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;', '', 'QUYẾT ĐỊNH:', '', ...body, '', ...closing, '',
].join('\n');
const CLOSING = ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KGVX.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Thị Hoa'];
const found = (text: string, rule: string) => lint(text).filter((finding) => finding.rule === rule).map((finding) => finding.range.start.line);

describe('structure in long texts', () => {
  it('reads a cross-reference wrapped to a line\'s start as text, not as an article', () => {
    const body = ['Điều 1. Giao chỉ tiêu tuyển sinh theo quy định tại', 'Điều 18, Điều 19 của Nghị định số 125/2024/NĐ-CP.', '',
      'Điều 2. Giao Sở Giáo dục và Đào tạo hướng dẫn thực hiện.', '', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.'];
    const text = decision(body, CLOSING);
    assert.deepEqual(parse(text).body.headings.filter((heading) => heading.kind === 'dieu').map((heading) => heading.values[0]), [1, 2, 3]);
    assert.deepEqual(found(text, 'section-numbering'), []);
    // Near miss: an article skipped is still reported.
    assert.equal(found(decision(body.map((line) => line.replace('Điều 3.', 'Điều 4.')), CLOSING), 'section-numbering').length, 1);
  });

  it('takes the articles a guide quotes for the other document\'s numbering, not its own', () => {
    const guide = (first: string) => [
      'BAN TỔ CHỨC TỈNH ỦY LẠNG SƠN', '*', 'Số 05-HD/BTCTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', '', 'HƯỚNG DẪN',
      'thực hiện một số điều của Quy định về công tác cán bộ', '-----', '', 'I. VỀ PHẠM VI VÀ ĐỐI TƯỢNG', '', `${first} Đối tượng áp dụng`,
      'Đối tượng áp dụng gồm cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.', '', 'Điều 3. Nguyên tắc', 'Nguyên tắc là tập trung dân chủ.', '',
      'II. VỀ TRÁCH NHIỆM', '', 'Điều 7. Trách nhiệm của cấp ủy', 'Cấp ủy chịu trách nhiệm tổ chức thực hiện./.', '', 'Nơi nhận:',
      '- Ban Thường vụ Tỉnh ủy,', '- Lưu Ban Tổ chức Tỉnh ủy.', '', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', '', 'Hoàng Văn Bình', '',
    ].join('\n');
    assert.deepEqual(found(guide('Điều 2.'), 'section-numbering'), []);
    assert.ok(parse(guide('Điều 2.')).body.headings.filter((heading) => heading.kind === 'dieu').every((heading) => heading.quoted));
    // Near miss: its own articles (from Điều 1) are its own sequence, and a gap in them is reported.
    const own = guide('Điều 1.');
    assert.ok(parse(own).body.headings.every((heading) => !heading.quoted));
    assert.ok(found(own, 'section-numbering').length > 0);
  });

  it('keeps a recipient item wrapped without a dash in the list, and checks the real last line', () => {
    const body = ['Điều 1. Giao chỉ tiêu.', '', 'Điều 2. Giao Sở Giáo dục và Đào tạo hướng dẫn.', '', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.'];
    const wrapped = decision(body, ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KGVX,', 'TH', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Thị Hoa']);
    const lines = wrapped.split('\n');
    const items = parse(wrapped).recipients!.items;
    assert.deepEqual(items[items.length - 1].continuation.map((line) => line.text), ['TH']);
    assert.deepEqual(found(wrapped, 'recipients-format'), [lines.indexOf('TH')]);
    // Near miss: a signer's title right under the list (a flattened closing) stays the signature's.
    const titled = decision(body, ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KGVX', 'PHÓ CHỦ TỊCH', '', 'Trần Thị Hoa']);
    assert.equal(parse(titled).signature?.titles[0]?.text, 'PHÓ CHỦ TỊCH');
  });

  it('finds the signer\'s name that reading order puts after the list, past a wrapped item', () => {
    const body = ['Điều 1. Giao chỉ tiêu.', '', 'Điều 2. Giao Sở Giáo dục và Đào tạo hướng dẫn.', '', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.'];
    const closing = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nơi nhận:', '- Như Điều 3;',
      '- Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan để',
      'phối hợp tổ chức thực hiện các nhiệm vụ được giao tại Quyết định này;', '- Lưu: VT, KGVX.', 'Trần Thị Hoa'];
    const text = decision(body, closing);
    assert.equal(parse(text).signature?.name?.text, 'Trần Thị Hoa');
    assert.deepEqual(found(text, 'signature'), []);
    // Near miss: with no name at all, the name is reported missing.
    assert.equal(found(decision(body, closing.slice(0, -1)), 'signature').length, 1);
  });
});
