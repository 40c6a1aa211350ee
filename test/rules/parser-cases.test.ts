// Parser fixes made for false positives on the real corpus, each on a small draft written for the test.

import * as assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';

describe('parser cases from the real corpus', () => {
  it('reads "Số" alone with its symbol on the next line', () => {
    const model = parse('THÀNH ỦY HÀ NỘI\nBAN TỔ CHỨC\n*\nSố\n- HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 05 tháng 3 năm 2026\n\nHƯỚNG DẪN\nvề công tác đảng viên\n-----\n');
    assert.equal(model.header.number?.typeCode, 'HD');
    assert.ok(model.header.partyTitle);
    assert.ok(model.header.placeDate);
    assert.equal(model.typeName?.text, 'HƯỚNG DẪN');
  });

  it('splits a header line holding two cells run together and a * before the date', () => {
    const model = parse('BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG\n* Hà Nội, ngày 27 tháng 5 năm 2026\nSố 05-HD/VPTW\n');
    assert.equal(model.header.partyTitle?.text, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.deepEqual(model.header.issuerLines.map((s) => s.text), ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG']);
    assert.ok(model.header.star);
    assert.equal(model.header.placeDate?.place, 'Hà Nội');
  });

  it('reads an issuer line followed by a scrap of OCR noise, and the header after it', () => {
    const model = parse('BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG an ,\n* Hà Nội, ngày 27 tháng 5 năm 2026\nSố 05-HD/VPTW\n');
    assert.deepEqual(model.header.issuerLines.map((s) => s.text), ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG']);
    assert.equal(model.header.number?.typeCode, 'HD');
  });

  it('reads "(3)" after an inline enumeration "… (1) …; (2) …" as its continuation', () => {
    const text = 'Các trường hợp phải báo cáo: (1) Lập đảng bộ; (2) Lập chi bộ;\n(3) Lập đảng bộ bộ phận.\n';
    assert.deepEqual(parse(text).body.headings, []);
    assert.equal(parse('(1) Giấy khai sinh\n(2) Bằng tốt nghiệp (bản sao)\n(3) Giấy chứng nhận\n').body.headings.length, 3);
  });

  it('does not take a citation at the start of a wrapped line, or a thousands separator, for a heading', () => {
    const model = parse('QUYẾT ĐỊNH\nVề việc thử\n\nTheo quy định tại khoản 2\nĐiều 4 Điều lệ Đảng, các chi bộ có\n1.000 đảng viên trở lên.\n');
    assert.deepEqual(model.body.headings, []);
  });

  it('keeps the numbered lines of a quotation out of the document\'s headings', () => {
    const text = '1. Sửa đổi khoản 4 như sau:\n“4. Quản đốc là người chỉ huy;\n5. Trưởng ca là người trực.”\n2. Sửa đổi Điều 8\n';
    assert.deepEqual(parse(text).body.headings.map((h) => h.marker), ['1.', '2.']);
    assert.deepEqual(lint(text).filter((d) => d.rule === 'section-numbering'), []);
  });

  it('reads the signature title beside the Nơi nhận label, and an authority run into it', () => {
    const layout = parse('Quyết định này có hiệu lực./.\n\n Nơi nhận:                     GIÁM ĐỐC\n - Như Điều 3;\n - Lưu: VT, CN.\n\n\n                               Hoàng Văn An\n');
    assert.equal(layout.signature?.titles[0]?.text, 'GIÁM ĐỐC');
    assert.equal(layout.signature?.name?.text, 'Hoàng Văn An');
    const ocr = parse('Nội dung./.\n\nNơi nhận: K/T CHÁNH VĂN PHÒNG\n- Các tỉnh ủy; PHÓ CHÁNH VĂN PHÒNG\n- Lưu Văn phòng.\n');
    assert.equal(ocr.recipients?.label.text, 'Nơi nhận:');
    assert.equal(ocr.signature?.authorities[0]?.prefix, 'K/T');
  });

  it('keeps wrapped recipient lines and sub-lines in their item', () => {
    const model = parse('Nội dung./.\n\nNơi nhận:\n- Các đồng chí Ủy viên Ban Chấp hành Trung ương\nĐảng,\n- VPCP: BTCN;\nTrợ lý của TTg;\n- Lưu: VT, TH.\n');
    assert.deepEqual(model.recipients?.items.map((item) => item.continuation.length), [1, 1, 0]);
  });

  it('accepts a drafter code after the archive line\'s full stop, not a dot inside a code', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, TH(2). H\n';
    assert.deepEqual(lint(text).filter((d) => d.rule === 'recipients-format'), []);
    assert.equal(lint(text.replace('TH(2). H', 'NC')).filter((d) => d.rule === 'recipients-format').length, 1);
    // `NC.Châu`: the dot belongs to the drafter's code; the line still lacks its own full stop.
    assert.equal(lint(text.replace('TH(2). H', 'NC.Châu')).filter((d) => d.rule === 'recipients-format').length, 1);
  });
});
