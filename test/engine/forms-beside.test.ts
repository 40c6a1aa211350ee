// The forms NĐ 30 Phụ lục I lays out beside the main document: a copy form (`SAO Y`, `SAO
// LỤC`, `TRÍCH SAO`) above the main header is the copy's, not the main header's; a circulation or urgency
// mark is not the issuer; an appendix's title is not the superior body. Near misses stay what they are.

import * as assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';

const MAIN = [
  'ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-UBND',
  'Lạng Sơn, ngày 09 tháng 02 năm 2026', '', 'QUYẾT ĐỊNH', 'Về việc giao chỉ tiêu tuyển sinh năm học 2026 - 2027', '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', '', 'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;', '', 'QUYẾT ĐỊNH:', '',
  'Điều 1. Giao chỉ tiêu tuyển sinh cho các trường.', '', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.', '',
  'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT, KGVX.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Thị Hoa', '',
];
const errorsAndWarnings = (text: string) => lint(text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
  .map((finding) => `${finding.range.start.line} ${finding.rule}`);

describe('forms beside the main document', () => {
  for (const title of ['SAO Y BẢN CHÍNH', 'SAO Y', 'SAO LỤC', 'TRÍCH SAO']) {
    it(`reads a copy form titled ${title} above the header as the copy's, and the main header under it`, () => {
      const code = title.startsWith('SAO Y') ? 'SY' : title === 'SAO LỤC' ? 'SL' : 'TrS';
      const copy = ['ỦY BAN NHÂN DÂN', 'HUYỆN CAO LỘC', title, `Số: 05/${code}-UBND`, 'Cao Lộc, ngày 11 tháng 02 năm 2026', ''];
      const text = [...copy, ...MAIN].join('\n');
      const model = parse(text);
      assert.deepEqual(model.header.issuerLines.map((line) => line.text), ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']);
      assert.equal(model.header.number?.text, 'Số: 12/QĐ-UBND');
      assert.deepEqual(model.noise?.map((line) => `${line.line}:${line.kind}`), ['0:copy-form', '1:copy-form', '2:copy-form', '3:copy-form', '4:copy-form']);
      assert.deepEqual(model.copies?.map((copy) => [copy.form.line, copy.number?.text]), [[2, `Số: 05/${code}-UBND`]]);
      assert.deepEqual(errorsAndWarnings(text), []);
    });
  }

  for (const mark of ['LƯU HÀNH NỘI BỘ', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT']) {
    it(`reads ${mark} above the issuer as a mark, not as the issuer`, () => {
      const model = parse([mark, ...MAIN].join('\n'));
      assert.deepEqual(model.header.marks.map((line) => line.text), [mark]);
      assert.deepEqual(model.header.issuerLines.map((line) => line.text), ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']);
    });
  }

  it('ends the header at an appendix title: the appendix is never the superior body', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '', 'PHỤ LỤC I', 'DANH SÁCH CÁC TRƯỜNG ĐƯỢC GIAO CHỈ TIÊU',
      '(Kèm theo Quyết định số 12/QĐ-UBND ngày 09 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn)', '', '1. Trường Trung học phổ thông Việt Bắc.'].join('\n');
    assert.deepEqual(parse(text).header.issuerLines.map((line) => line.text), ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']);
  });

  it('reads a copy’s block under the copied text (a rule, the copying body, the form, the number) as the copy’s, not the main closing', () => {
    const copy = ['', '__________________', 'ỦY BAN NHÂN DÂN', 'HUYỆN CAO LỘC', 'SAO LỤC', 'Số: 05/SL-UBND', 'Cao Lộc, ngày 11 tháng 02 năm 2026', '',
      'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Lê Văn Nam'];
    const text = [...MAIN, ...copy].join('\n');
    const model = parse(text);
    assert.equal(model.signature?.name?.text, 'Trần Thị Hoa');
    assert.deepEqual(model.attachments?.map((a) => [a.kind, a.firstLine]), [['copy', MAIN.length + 1]]);
    assert.deepEqual(model.copies?.map((copy) => [copy.form.text, copy.number?.text]), [['SAO LỤC', 'Số: 05/SL-UBND']]);
    assert.deepEqual(errorsAndWarnings(text), []);
    // The main signature without its name: still the main document's (one finding there), the copy still the copy's.
    const unnamed = [...MAIN.filter((line) => line !== 'Trần Thị Hoa'), ...copy].join('\n');
    assert.deepEqual(parse(unnamed).attachments?.map((a) => a.kind), ['copy']);
    assert.deepEqual(errorsAndWarnings(unnamed), [`${MAIN.indexOf('KT. CHỦ TỊCH')} signature`]);
  });

  it('leaves the near misses alone: a copy title inside a sentence, a longer capitals line', () => {
    const inText = [...MAIN.slice(0, 17), 'Văn thư lập bản sao y bản chính gửi các trường.', ...MAIN.slice(17)].join('\n');
    assert.deepEqual(errorsAndWarnings(inText), []);
    const longer = ['SAO Y CÁC VĂN BẢN GỬI TRƯỜNG', ...MAIN].join('\n');
    assert.equal(parse(longer).noise?.some((line) => line.kind === 'copy-form'), false);
    const after = [...MAIN, 'ỦY BAN NHÂN DÂN', 'HUYỆN CAO LỘC', 'SAO Y', 'Số: 05/SY-UBND', 'Cao Lộc, ngày 11 tháng 02 năm 2026'].join('\n');
    const model = parse(after);
    assert.equal(model.header.number?.text, 'Số: 12/QĐ-UBND');
    assert.equal(model.signature?.name?.text, 'Trần Thị Hoa');
  });
});
