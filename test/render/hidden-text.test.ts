// Hidden text is never silent: what an unclosed `<!--` hides from the reader is still on the
// page, marked as hidden, in the preview and in the .docx export; comment-unclosed reports the opening.

import * as assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { renderDocxFile, renderHtmlDocument } from '../../server/src/engine/render';
import { analyse } from './tools';

const DRAFT = [
  'CÔNG TY CỔ PHẦN MAY SÔNG HỒNG', '', 'THÔNG BÁO', 'Về lịch nghỉ Tết Nguyên đán', '',
  'Công ty thông báo lịch nghỉ Tết như sau. <!-- nhớ hỏi lại phòng nhân sự', 'Nhân viên nghỉ từ ngày 14 tháng 02 năm 2026.',
  'Các bộ phận bố trí người trực.', '',
].join('\n');

describe('text hidden by an unclosed comment', () => {
  it('is reported at its opening', () => {
    const { findings } = analyse(DRAFT);
    const found = findings.filter((finding) => finding.rule === 'comment-unclosed');
    assert.deepEqual(found.map((finding) => [finding.range.start.line, finding.range.start.character]), [[5, 41]]);
  });

  it('is shown, marked as hidden, in the preview', () => {
    const { model, findings } = analyse(DRAFT);
    const html = renderHtmlDocument(model, findings, { title: 'hidden', nonce: 'n0nce-hidden' });
    for (const text of ['nhớ hỏi lại phòng nhân sự', 'Nhân viên nghỉ từ ngày 14 tháng 02 năm 2026.', 'Các bộ phận bố trí người trực.']) {
      assert.match(html, new RegExp(`<p class="vb-hidden" role="note" data-rule="comment-unclosed" data-line="\\d+"><span class="vb-text">${text.replace(/\./g, '\\.')}</span></p>`));
    }
    assert.match(html, /Công ty thông báo lịch nghỉ Tết như sau\./);
  });

  it('is kept, struck through, in the .docx', async () => {
    const { model, findings } = analyse(DRAFT);
    const xml = strFromU8(unzipSync(await renderDocxFile(model, findings))['word/document.xml']);
    for (const text of ['nhớ hỏi lại phòng nhân sự', 'Các bộ phận bố trí người trực.']) {
      const at = xml.indexOf(text);
      assert.ok(at > 0, `${text} is in the file`);
      const run = xml.slice(xml.lastIndexOf('<w:r>', at), at);
      assert.match(run, /<w:strike\/>/);
    }
  });

  it('leaves a closed comment hidden', () => {
    const closed = DRAFT.replace('phòng nhân sự', 'phòng nhân sự -->');
    const { model, findings } = analyse(closed);
    assert.equal(findings.filter((finding) => finding.rule === 'comment-unclosed').length, 0);
    const html = renderHtmlDocument(model, findings, { title: 'closed', nonce: 'n0nce-closed' });
    assert.doesNotMatch(html, /nhớ hỏi lại/);
    assert.doesNotMatch(html, /vb-hidden"/);
  });
});
