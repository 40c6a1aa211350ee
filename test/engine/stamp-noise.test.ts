// E-signature stamps without labels: the signing unit in capitals, its e-mail and the
// signing time with its time zone are noise wherever they stand; lines that only look like a stamp's stay
// document text. The fixtures in test/fixtures/reader/11-e-office-stamp check the whole drafts.

import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';

const noiseLines = (text: string) => (parse(text).noise ?? []).map((line) => `${line.line}:${line.kind}`);

describe('unlabelled e-signature stamps', () => {
  it('takes the unit, the e-mail, the date and the time as one stamp', () => {
    assert.deepEqual(noiseLines('BAN QUẢN LÝ DỰ ÁN\nHUYỆN BẢO LẠC\nbqlda@caobang.gov.vn\n2026-03-02\n08:15:00 +07:00\nnội dung'), ['0:stamp', '1:stamp', '2:stamp', '3:stamp', '4:stamp']);
    assert.deepEqual(noiseLines('Văn bản\n\nSỞ Y TẾ\nsyt@caobang.gov.vn\n02/03/2026 08:15 +07:00\n\nnội dung'), ['2:stamp', '3:stamp', '4:stamp']);
  });

  it('leaves the near misses as text: a time without its zone, capitals above a lone time, a contact line', () => {
    assert.deepEqual(noiseLines('Cuộc họp bắt đầu lúc\n09.02.2026 14:25\nnội dung'), []);
    // Without the e-mail between, the capitals above a signing time are the document's own (the time alone is the stamp's).
    assert.deepEqual(noiseLines('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n09.02.2026 14:25:31 +07:00'), ['2:stamp']);
    assert.deepEqual(noiseLines('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nEmail: ttpvhcc@caobang.gov.vn\nĐiện thoại: 0206 3852 000'), []);
    // Beside the signature: the title right above the unit's capitals stays the signature's.
    assert.deepEqual(noiseLines('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSỞ Y TẾ\nsyt@caobang.gov.vn\n09.02.2026 14:25:31 +07:00\n\nNông Văn Tú'), ['3:stamp', '4:stamp']);
    assert.deepEqual(noiseLines('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nSỞ Y TẾ\nsyt@caobang.gov.vn\n09.02.2026 14:25:31 +07:00\n\nNông Văn Tú'), ['3:stamp', '4:stamp', '5:stamp']);
    assert.deepEqual(noiseLines('Địa chỉ thư điện tử: ttpvhcc@caobang.gov.vn, ngày 09.02.2026 14:25 +07:00 là hạn cuối'), []);
  });
});
