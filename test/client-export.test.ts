// Export tells the truth: a draft with errors is exported only after the question says how many and which.

import * as assert from 'node:assert/strict';
import { exportQuestion } from '../client/src/exportQuestion';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate, useBundle } from '../client/src/l10nText';
import { ROOT } from './helpers';

// The extension reads the bundle from its package when it starts; the tests give it the same file.
useBundle(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>);

const vi = (message: string, ...args: (string | number)[]) => translate('vi', message, args);

describe('the export question', () => {
  it('asks nothing of a draft without errors', () => {
    assert.equal(exportQuestion([], vi), undefined);
  });

  it('counts the errors in Vietnamese and lists them by line', () => {
    const question = exportQuestion([{ line: 4, message: 'Số sai mẫu' }, { line: 5, message: 'Ngày sai mẫu' }], vi)!;
    assert.equal(question.message, 'Còn 2 lỗi. Vẫn xuất?');
    assert.equal(question.detail, 'Dòng 4: Số sai mẫu\nDòng 5: Ngày sai mẫu');
  });

  it('lists the first ten and counts the rest', () => {
    const errors = Array.from({ length: 13 }, (_, i) => ({ line: i + 1, message: `lỗi ${i + 1}` }));
    const question = exportQuestion(errors, vi)!;
    assert.equal(question.detail.split('\n').length, 11);
    assert.match(question.detail, /… và 3 lỗi khác$/);
  });
});
