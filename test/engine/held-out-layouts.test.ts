// What a held-out check of real documents found misread: a V/v summary wrapped before a name, an addressee
// wrapped onto a line without a dash, a motto's slip named for the wrong reason. Each with a near miss the
// reader must keep as it was.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../server/src/engine';
import { ROOT } from '../helpers';

const fixture = (path: string) => readFileSync(join(ROOT, 'test', 'fixtures', path), 'utf8');

describe('reader: layouts of the held-out check', () => {
  it('reads a V/v summary wrapped before a name to its end, and the Kính gửi under it', () => {
    const model = parse(fixture('reader/12-misses/good-summary-wrapped-at-name.vanban'));
    assert.deepEqual(model.summary.map((line) => line.text), ['V/v kiểm tra, xác minh nội dung', 'kiến nghị của Công ty TNHH', 'Hoàng Long']);
    assert.equal(model.addressees?.items.length, 2);
  });

  it('keeps the body’s first sentence out of a V/v summary that has ended', () => {
    const text = fixture('reader/12-misses/good-summary-wrapped-at-name.vanban')
      .replace(/Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Ủy ban nhân dân xã Tân Lạc.\n/u, '');
    const model = parse(text);
    assert.equal(model.summary.length, 3);
    assert.ok(model.body.paragraphs[0]?.text.startsWith('Ủy ban nhân dân tỉnh nhận được'));
  });

  it('never takes the national name under a V/v summary (a flattened header) for its continuation', () => {
    const text = fixture('reader/12-misses/good-summary-wrapped-at-name.vanban')
      .replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n', '')
      .replace('Hoàng Long\n', 'Hoàng Long\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n');
    const model = parse(text);
    assert.equal(model.summary.length, 3);
    assert.equal(model.header.nationalName?.text, 'Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('reads an addressee wrapped onto a line without a dash as one addressee', () => {
    const model = parse(fixture('rules/addressee-format/good-nd30-wrapped.vanban'));
    const items = model.addressees?.items ?? [];
    assert.deepEqual(items.map((item) => item.continuation.map((line) => line.text)), [
      ['Công Thương;'],
      ['làm vật liệu xây dựng thông thường trên địa bàn tỉnh;'],
      [],
    ]);
    // The body's first sentence right after the last addressee is the body's, not a continuation.
    assert.ok(model.body.paragraphs[0]?.text.startsWith('Để tổng hợp báo cáo'));
  });

  it('does not carry an addressee onto the body when the last addressee lacks its full stop', () => {
    const text = fixture('rules/addressee-format/good-nd30-wrapped.vanban').replace('- Ủy ban nhân dân các xã, phường.', '- Ủy ban nhân dân các xã, phường');
    const model = parse(text);
    assert.deepEqual(model.addressees?.items.at(-1)?.continuation, []);
    assert.ok(model.body.paragraphs[0]?.text.startsWith('Để tổng hợp báo cáo'));
  });
});

describe('header-title: the reason a motto is wrong', () => {
  const motto = (name: string) => lint(fixture(`rules/header-title/${name}`), { language: 'en' }).find((d) => d.rule === 'header-title')?.message ?? '';

  it('names the capitals when only they are wrong (Hạnh Phúc)', () => {
    assert.match(motto('bad-nd30-motto-case.vanban'), /capital/);
    assert.doesNotMatch(motto('bad-nd30-motto-case.vanban'), /dash/);
  });

  it('still names the dashes when they are what is wrong', () => {
    assert.match(motto('bad-nd30-motto-dashes.vanban'), /dash/);
  });
});

describe('header-title: a Party title with a mark wrong is there, not missing', () => {
  const titleFindings = (text: string) => lint(text, { language: 'en' }).filter((d) => d.rule === 'header-title');

  it('reports the misspelt title where it stands (alone, or run together with the issuer)', () => {
    for (const name of ['bad-dang-title-mark.vanban', 'bad-dang-title-mark-alone.vanban']) {
      const [finding, ...more] = titleFindings(fixture(`rules/header-title/${name}`));
      assert.equal(more.length, 0);
      assert.match(finding.message, /must read exactly/);
    }
  });

  it('still reports a missing title when only a sentence ends with the party’s name', () => {
    const text = fixture('rules/header-title/good-dang.vanban')
      .replace('ĐẢNG CỘNG SẢN VIỆT NAM\n', '')
      .replace('\nKẾT LUẬN\n', '\nKẾT LUẬN\nvề học tập Điều lệ Đảng Cộng sản Việt Nam\n');
    const [finding] = titleFindings(text);
    assert.match(finding.message, /Missing the title/);
  });
});
