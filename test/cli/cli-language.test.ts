// The command line speaks Vietnamese by default (help, usage errors, notices, the summary line) and
// English with --lang en, through the same bundle as the findings.

import { strict as assert } from 'node:assert';
import { FIXTURES, vanban } from './run';

describe('vanban in Vietnamese by default', () => {
  it('prints its help, summary, usage errors and notices in Vietnamese', () => {
    assert.match(vanban(['lint', '--help']).stdout, /^Cách dùng: vanban lint/);
    assert.match(vanban(['--help']).stdout, /^Cách dùng: vanban <lệnh>/);
    assert.match(vanban(['fix', '--help']).stdout, /^Cách dùng: vanban fix/);
    assert.match(vanban(['lint', FIXTURES]).stdout, /^Đã kiểm tra 4 tệp: \d+ lỗi, \d+ cảnh báo, \d+ gợi ý khác$/m);
    const usage = vanban(['lint', FIXTURES, '--format', 'xml']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /không có định dạng 'xml'/);
    assert.match(usage.stderr, /Xem 'vanban lint --help'\./);
    assert.match(vanban(['lint', 'no/such/*.vanban']).stderr, /no\/such\/\*\.vanban: không khớp tệp nào/);
    assert.match(vanban(['lint', 'no-such.vanban']).stderr, /không có tệp hoặc thư mục: no-such\.vanban/);
    assert.match(vanban(['frobnicate']).stderr, /không có lệnh 'frobnicate'/);
  });

  it('switches to English with --lang en', () => {
    assert.match(vanban(['lint', '--help', '--lang', 'en']).stdout, /^Usage: vanban lint/);
    assert.match(vanban(['lint', FIXTURES, '--lang=en']).stdout, /^4 file\(s\) checked: /m);
    assert.match(vanban(['lint', 'no/such/*.vanban', '--lang', 'en']).stderr, /matches no file/);
  });
});
