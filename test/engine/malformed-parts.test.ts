// Malformed, not missing: a header part typed wrongly is still that part. Its recogniser
// takes it, the structure is anchored on it (the type name below is still read), and its format rule
// reports it on its own line; nothing is reported missing. Near misses stay what they are.

import * as assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';
import { parseNumberLine, parsePlaceDate } from '../../server/src/engine/parse/classify';

const draft = (number: string, date: string, authority = 'KT. CHỦ TỊCH') => [
  'ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', number, date, '',
  'QUYẾT ĐỊNH', 'Về việc giao chỉ tiêu tuyển sinh năm học 2026 - 2027', '', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', '',
  'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Giao chỉ tiêu tuyển sinh cho các trường.', '',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.', '', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT, KGVX.', '',
  authority, 'PHÓ CHỦ TỊCH', '', 'Trần Thị Hoa', '',
].join('\n');

const cell = (text: string) => ({ line: 0, start: 0, end: text.length, text });

describe('malformed header parts are read as the part, not as missing', () => {
  for (const [what, number, date, authority, rule, line] of [
    ['a date in figures', 'Số: 12/QĐ-UBND', 'Lạng Sơn, ngày 09/02/2026', undefined, 'date-format', 5],
    ['a date in figures with dashes, no ngày', 'Số: 12/QĐ-UBND', 'Lạng Sơn, 9-2-2026', undefined, 'date-format', 5],
    ['the label without its marks', 'So: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', undefined, 'number-format', 4],
    ['the label in capitals', 'SỐ: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', undefined, 'number-format', 4],
    ['a full stop for the colon', 'Số. 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', undefined, 'number-format', 4],
    ['no separator before the symbol', 'Số: 12 QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', undefined, 'number-format', 4],
    ['the Party shape in a state document', 'Số:12-QĐ/UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', undefined, 'number-format', 4],
    ['a signing form with a colon', 'Số: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', 'KT: CHỦ TỊCH', 'signature-authority', 24],
    ['a signing form in ordinary case', 'Số: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', 'Kt. CHỦ TỊCH', 'signature-authority', 24],
    ['a signing form without its dot', 'Số: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026', 'KT CHỦ TỊCH', 'signature-authority', 24],
  ] as const) {
    it(`${what}: one ${rule} finding on its line, the type name read, nothing missing`, () => {
      const text = draft(number, date, authority);
      const model = parse(text);
      assert.equal(model.typeName?.text, 'QUYẾT ĐỊNH');
      const findings = lint(text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
      assert.deepEqual(findings.map((finding) => [finding.rule, finding.range.start.line]), [[rule, line]]);
    });
  }

  it('keeps the near misses out: an address, a comparison, a year alone, a sentence', () => {
    assert.equal(parseNumberLine(cell('Số 3 Hoàng Văn Thụ, phường Chi Lăng'), 'Số 3 Hoàng Văn Thụ, phường Chi Lăng'), undefined);
    assert.equal(parseNumberLine(cell('So với năm 2025'), 'So với năm 2025'), undefined);
    assert.equal(parseNumberLine(cell('Sở Tư pháp'), 'Sở Tư pháp'), undefined);
    assert.equal(parsePlaceDate(cell('Lạng Sơn, năm 2026'), 'Lạng Sơn, năm 2026'), undefined);
    assert.equal(parsePlaceDate(cell('Tính đến 31/12/2025'), 'Tính đến 31/12/2025'), undefined);
    assert.equal(parsePlaceDate(cell('Kết quả, 12/2025/QĐ-UBND'), 'Kết quả, 12/2025/QĐ-UBND'), undefined);
  });

  it('keeps a well-formed draft silent', () => {
    const findings = lint(draft('Số: 12/QĐ-UBND', 'Lạng Sơn, ngày 09 tháng 02 năm 2026')).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
    assert.deepEqual(findings, []);
  });
});
