// The parser: tolerant recognition of the parts of a draft, each with its exact range.

import * as assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';

const PARTY = [
  'ĐẢNG BỘ TỈNH BẮC NINH',
  'HUYỆN ỦY YÊN PHONG',
  '*',
  'Số 07-KL/HU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Yên Phong, ngày 05 tháng 3 năm 2026',
  '',
  'KẾT LUẬN',
  'về công tác chuyển đổi số',
  '-----',
  '',
  '1. Kết quả',
  'Nội dung kết luận./.',
  '',
  'Nơi nhận:',
  '- Ban Thường vụ Tỉnh ủy,',
  '- Lưu Văn phòng Huyện ủy.',
  '',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  '',
  'Trần Thị Hạnh',
];

describe('parse', () => {
  it('recognises every part of a Party conclusion with its line', () => {
    const model = parse(PARTY.join('\n'));
    assert.equal(model.regime, 'dang');
    assert.deepEqual(model.header.issuerLines.map((s) => s.text), ['ĐẢNG BỘ TỈNH BẮC NINH', 'HUYỆN ỦY YÊN PHONG']);
    assert.equal(model.header.star?.line, 2);
    assert.equal(model.header.partyTitle?.line, 4);
    assert.equal(model.header.number?.typeCode, 'KL');
    assert.equal(model.header.number?.issuerCode, 'HU');
    assert.equal(model.header.placeDate?.day, '05');
    assert.equal(model.typeName?.line, 7);
    assert.deepEqual(model.summary.map((s) => s.text), ['về công tác chuyển đổi số']);
    assert.equal(model.summaryRule?.line, 9);
    assert.deepEqual(model.body.headings.map((h) => h.marker), ['1.']);
    assert.equal(model.recipients?.label.line, 14);
    assert.equal(model.recipients?.items.length, 2);
    assert.equal(model.signature?.authorities[0].prefix, 'T/M');
    assert.equal(model.signature?.name?.line, 21);
  });

  it('splits a two-column header typed with a tab or a run of spaces, keeping each cell’s columns', () => {
    const text = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH HÒA BÌNH        Độc lập - Tự do - Hạnh phúc',
      'Số: 08/QĐ-UBND      Hòa Bình, ngày 09 tháng 02 năm 2026',
      '',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
    ].join('\n');
    const model = parse(text);
    assert.equal(model.regime, 'nd30');
    assert.deepEqual(model.header.issuerLines.map((s) => s.text), ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH']);
    assert.deepEqual([model.header.nationalName?.line, model.header.nationalName?.start], [0, 16]);
    assert.deepEqual([model.header.motto?.line, model.header.motto?.start], [1, 21]);
    assert.equal(model.header.number?.text, 'Số: 08/QĐ-UBND');
    assert.deepEqual([model.header.placeDate?.line, model.header.placeDate?.start], [2, 20]);
  });

  it('keeps a blank number or day left for the văn thư in one cell', () => {
    const model = parse('Số:        /QĐ-UBND\nHòa Bình, ngày       tháng 02 năm 2026\n');
    assert.equal(model.header.number?.number, '');
    assert.equal(model.header.number?.typeCode, 'QĐ');
    assert.equal(model.header.placeDate?.day, '');
    assert.equal(model.header.placeDate?.month, '02');
  });

  it('reads emphasis markers around lines, also emphasis spanning two lines, as plain text', () => {
    const model = parse([...PARTY.slice(0, 17), '', '**T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ**', '', '*Trần Thị Hạnh*'].join('\n'));
    assert.equal(model.signature?.authorities[0].text, 'T/M BAN THƯỜNG VỤ');
    assert.equal(model.signature?.authorities[0].start, 2);
    assert.equal(model.signature?.titles[0].text, 'PHÓ BÍ THƯ');
    assert.equal(model.signature?.name?.text, 'Trần Thị Hạnh');
  });

  it('gives the same parts for CRLF, a BOM and leading blank or space-only lines', () => {
    const lf = parse(PARTY.join('\n'));
    const crlf = parse(`\uFEFF  \n\n${PARTY.join('\r\n')}`);
    assert.equal(crlf.hasBom, true);
    assert.equal(crlf.header.number?.line, lf.header.number!.line + 2);
    assert.equal(crlf.signature?.name?.text, lf.signature?.name?.text);
    assert.equal(crlf.lines[2].eol, '\r\n');
    assert.deepEqual(lint(crlf.text).map((d) => d.rule), lint(lf.text).map((d) => d.rule));
  });

  it('finds the signature whether it comes before or after the recipients', () => {
    const signatureFirst = [...PARTY.slice(0, 14), 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', 'Trần Thị Hạnh', '', ...PARTY.slice(14, 17)];
    const model = parse(signatureFirst.join('\n'));
    assert.equal(model.recipients?.items.length, 2);
    assert.equal(model.signature?.name?.text, 'Trần Thị Hạnh');
    assert.equal(model.body.lastLine < 14, true);
  });

  it('does not take a number, a date or a signature quoted in the body for the document’s own', () => {
    const quoting = [
      ...PARTY.slice(0, 12),
      'Ví dụ cách ghi số và ký hiệu:',
      'Số 127-QĐ/TW',
      'Hà Nội, ngày 20 tháng 02 năm 2018',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Nguyễn Văn A',
      'Nội dung kết luận./.',
      ...PARTY.slice(13),
    ];
    const model = parse(quoting.join('\n'));
    assert.equal(model.header.number?.text, 'Số 07-KL/HU');
    assert.equal(model.header.placeDate?.day, '05');
    assert.equal(model.signature?.name?.text, 'Trần Thị Hạnh');
    assert.equal(model.recipients?.label.line, quoting.indexOf('Nơi nhận:'));
  });

  it('detects the regime of each kind of document', () => {
    assert.equal(parse(PARTY.join('\n')).regime, 'dang');
    assert.equal(parse('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV').regime, 'nd30');
    assert.equal(parse('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 30/2020/NĐ-CP').regime, 'qppl');
    assert.equal(parse('Một đoạn văn bình thường.').regime, 'unknown');
  });

  it('recognises heading markers of every level', () => {
    const body = ['Phần I', 'Chương II', 'Mục 1', 'Điều 3. Phạm vi', 'II. Nhiệm vụ', 'I- Chung', '2. Khoản', '1.2. Ý', '(4) Việc', 'đ) Điểm', '- Gạch', '+ Cộng'];
    const model = parse([...PARTY.slice(0, 11), ...body].join('\n'));
    assert.deepEqual(model.body.headings.map((h) => [h.kind, h.values.join('.')]), [
      ['phan', '1'], ['chuong', '2'], ['muc', '1'], ['dieu', '3'], ['roman', '2'], ['roman', '1'], ['decimal', '2'],
      ['multilevel', '1.2'], ['paren', '4'], ['letter', '5'], ['dash', ''], ['plus', ''],
    ]);
  });

  it('never fails: any text gives a model', () => {
    for (const text of ['', '\n\n', '*', 'Số', 'Số:', 'Nơi nhận:', 'T/M', '\u0000\uD800', 'ngày tháng năm 2026', '<!--', '-->']) {
      const model = parse(text);
      assert.ok(model.lines.length >= 1);
      lint(text);
    }
  });
});
