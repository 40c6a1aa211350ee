// A citation wrapped after its noun ("… quy định tại Khoản" / "3 - Điều 61 Luật …") continues the sentence:
// the `3 -` that starts the next line is the clause's number, not item 3 of the document.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { ROOT } from '../helpers';

const draft = readFileSync(join(ROOT, 'test', 'fixtures', 'table-borders', 'good-portal-borders.vanban'), 'utf8');
const body = (lines: string) => draft.replace('Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính của tỉnh.', lines);
const numbering = (text: string) => lint(text, { language: 'en' }).filter((d) => d.rule === 'section-numbering').map((d) => d.range.start.line + 1);

describe('a wrapped citation is not a numbered item', () => {
  it('reads "3 - Điều 61 …" after "tại Khoản" as the sentence going on', () => {
    const text = body([
      'Điều 1. Giao nhiệm vụ như sau:',
      '1. Sở Nội vụ rà soát thủ tục hành chính.',
      '2. Sở Nông nghiệp và Môi trường thực hiện theo quy định tại Khoản',
      '3 - Điều 61 Luật Lâm nghiệp.',
      '3. Sở Tài chính bảo đảm kinh phí.',
    ].join('\n'));
    assert.deepEqual(numbering(text), []);
  });

  it('still counts a hyphen item that follows a finished sentence', () => {
    const text = body([
      'Điều 1. Giao nhiệm vụ như sau:',
      '1. Sở Nội vụ rà soát thủ tục hành chính.',
      '2. Sở Nông nghiệp và Môi trường thực hiện theo quy định.',
      '4 - Sở Tài chính bảo đảm kinh phí.',
    ].join('\n'));
    assert.equal(numbering(text).length > 0, true);
  });
});
