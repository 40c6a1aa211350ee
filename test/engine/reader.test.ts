// The structure reader on the reader's twelve failure classes (test/fixtures/reader/<class>/), each
// with drafts written for the project. A bad draft gives exactly its marked findings as errors and
// warnings (one cause, one finding: nothing else); a good draft gives no error or warning at all. The
// model checks below say what the reader placed where.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint, parse } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { markedFixtureTests } from '../markedFixtures';

const READER = join(ROOT, 'test', 'fixtures', 'reader');
const read = (folder: string, name: string) => readFileSync(join(READER, folder, name), 'utf8');

describe('structure reader: the failure classes', () => {
  const folders = readdirSync(READER).sort();

  it('has a folder for each of the twelve classes', () => {
    assert.equal(folders.length, 12);
  });

  for (const folder of folders) {
    describe(folder, () => {
      const files = readdirSync(join(READER, folder)).sort();
      it('has a bad and a good draft', () => {
        assert.ok(files.some((name) => name.startsWith('bad')), `no bad draft in ${folder}`);
        assert.ok(files.some((name) => name.startsWith('good')), `no good draft in ${folder}`);
      });
      markedFixtureTests(join(READER, folder));
    });
  }
});

describe('structure reader: what the model records', () => {
  it('skips the portal and stamp lines above the header and records them as noise', () => {
    const model = parse(read('01-noise-before-header', 'good-portal-stamp.vanban'));
    assert.equal(model.regime, 'nd30');
    assert.deepEqual(model.noise?.map((line) => line.kind), ['portal', 'stamp', 'stamp', 'stamp', 'preamble']);
    assert.equal(model.header.nationalName?.line, 7);
  });

  it('skips a portal’s bulleted metadata block above the header, however long', () => {
    const model = parse(read('01-noise-before-header', 'good-portal-metadata-block.vanban'));
    assert.equal(model.regime, 'nd30');
    assert.equal(model.header.nationalName?.line, 21);
    const kinds = model.noise?.map((line) => line.kind) ?? [];
    assert.equal(kinds.filter((kind) => kind === 'portal').length, 12);
    // A bulleted item of the body stays the document's text, even one that reads like a portal's field.
    const body = parse(read('01-noise-before-header', 'good-portal-metadata-block.vanban').replace('Điều 2. Chánh', '• Lĩnh vực: cải cách thủ tục hành chính.\n\nĐiều 2. Chánh'));
    assert.ok(body.body.blocks.some((block) => block.segment.text.includes('Lĩnh vực: cải cách')));
  });

  it('keeps a body sentence that merely opens like a stamp', () => {
    const text = read('01-noise-before-header', 'good-portal-stamp.vanban').replace('Điều 2. Quyết định', 'Ngày ký hợp đồng là ngày ký biên bản.\n\nĐiều 2. Quyết định');
    const model = parse(text);
    assert.ok(model.body.paragraphs.some((segment) => segment.text.startsWith('Ngày ký hợp đồng')));
    assert.ok(!model.noise?.some((line) => line.text.startsWith('Ngày ký hợp đồng')));
  });

  it('skips a running header and a page number inside the body', () => {
    const model = parse(read('01-noise-before-header', 'good-running-header.vanban'));
    assert.deepEqual(model.noise?.map((line) => line.kind), ['running-header', 'page-number']);
    assert.ok(!model.body.paragraphs.some((segment) => /CÔNG BÁO|^7$/u.test(segment.text)));
  });

  it('reads through look-alike letters: the motto is found, the finding is the look-alike rule’s alone', () => {
    const text = read('02-lookalikes', 'bad-lookalikes.vanban');
    const model = parse(text);
    assert.equal(model.header.motto?.text, 'Độc lập - Tự do - Hạnh phúc');
    // Columns are the source's: the motto's range still starts on the look-alike.
    assert.equal(model.lines[model.header.motto!.line].text[model.header.motto!.start], '\u00D0');
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes('Độc lập - Tự do') && fixed.includes('Điều 1.') && fixed.includes(' của tỉnh'));
    assert.ok(!/[\u00D0\u0430\u200B]/u.test(fixed));
  });

  it('reads a Luật and a Government resolution as normative, with the parts their types require', () => {
    const luat = parse(read('03-normative', 'good-luat.vanban'));
    assert.equal(luat.regime, 'qppl');
    assert.equal(luat.header.number?.act, 'Luật');
    assert.equal(luat.documentType?.id, 'luat');
    const resolution = parse(read('03-normative', 'good-government-resolution.vanban'));
    assert.equal(resolution.regime, 'qppl');
    assert.equal(resolution.header.number?.number, '41.07');
    assert.equal(resolution.header.number?.year, '2026');
  });

  it('puts a mass organisation outside both regimes', () => {
    const model = parse(read('04-outside-regimes', 'good-doan.vanban'));
    assert.equal(model.regime, 'unknown');
    assert.match(model.outsideRegimes?.text ?? '', /ĐOÀN TNCS/u);
  });

  it('reads a header in PDF order: V/v before the date, the motto after it', () => {
    const model = parse(read('05-pdf-reading-order', 'good-order.vanban'));
    assert.equal(model.summary.length, 2);
    assert.ok(model.header.placeDate && model.header.motto && model.addressees);
    assert.equal(model.signature?.name?.text, 'Lê Thị Hà');
  });

  it('splits the type from the title printed on its line', () => {
    const model = parse(read('06-type-names', 'good-type-and-title.vanban'));
    assert.equal(model.typeName?.text, 'BIÊN BẢN');
    assert.equal(model.summary[0].text, 'THẨM ĐỊNH HỒ SƠ');
    assert.equal(parse(read('06-type-names', 'good-thong-bao-ket-luan.vanban')).documentType?.id, 'thong-bao');
  });

  it('ends the main document at its signature: the appendix’s form supplies nothing', () => {
    const luat = parse(read('07-attachments', 'good-appendix-form.vanban'));
    assert.equal(luat.signature?.name?.text, 'Trần Văn Bình');
    assert.equal(luat.recipients, undefined);
    assert.deepEqual(luat.attachments?.map((a) => a.kind), ['appendix']);
    const decision = parse(read('07-attachments', 'bad-appendix-after-decision.vanban'));
    assert.equal(decision.recipients?.items.length, 2);
    assert.ok(decision.body.lastLine < decision.attachments![0].firstLine);
    const guide = parse(read('07-attachments', 'good-quoted-examples.vanban'));
    assert.deepEqual(guide.attachments, []);
    assert.equal(guide.signature?.authorities[0]?.text, 'K/T CHÁNH VĂN PHÒNG');
  });

  it('finds a long resolution’s signature at its place, not at the end of 10,000 lines of appendices', () => {
    const main = read('03-normative', 'good-luat.vanban');
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i + 1}. Xã Tân Lập ${i + 1}, diện tích 12,5 km2, dân số 8.000 người.`);
    const text = `${main}\nPHỤ LỤC\nDANH SÁCH CÁC ĐƠN VỊ HÀNH CHÍNH\n(Kèm theo Luật số 12/2026/QH15)\n\n${rows.join('\n')}\n\nNơi nhận:\n- ....;\n- Lưu:....\n\nCHỦ TỊCH\n\nNguyễn Văn Bê\n`;
    const model = parse(text);
    assert.equal(model.signature?.name?.text, 'Trần Văn Bình');
    assert.equal(model.recipients, undefined);
    assert.equal(model.attachments?.length, 1);
    assert.ok(model.body.lastLine < model.attachments![0].firstLine);
    assert.deepEqual(lint(text).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), []);
  });

  it('finds a second document after the signature by its national name, a look-alike letter in it too', () => {
    // The national name is looked for only on the lines a search of the text finds `CỘNG` on, and on every line
    // the view folded: a Cyrillic С there reads as C in the view, though the text holds no `CỘNG`.
    const main = read('03-normative', 'good-luat.vanban');
    for (const national of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\u0421ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) {
      const text = `${main}\n\nỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n${national}\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện năm 2026\n`;
      const model = parse(text);
      assert.deepEqual(model.attachments?.map((a) => a.kind), ['document'], JSON.stringify(national));
      assert.equal(model.signature?.name?.text, 'Trần Văn Bình');
    }
  });

  it('never lets a fix touch the signer’s name or title when the list runs into the signature', () => {
    const text = read('10-closing-without-blanks', 'bad-list-then-signature.vanban');
    const fixed = fixAll(text).text.split('\n');
    const original = text.split('\n');
    for (const line of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']) assert.ok(fixed.includes(line), `${line} changed`);
    assert.equal(fixed.length, original.length);
  });
});

describe('structure reader: a header it cannot read', () => {
  it('says once that the header is unreadable instead of five parts missing, and still asks a headless draft for its title', () => {
    const unreadable = read('01-noise-before-header', 'bad-header-unreadable.vanban');
    const model = parse(unreadable);
    assert.deepEqual(model.unplaced?.map((part) => [part.part, part.segment.line]), [['header', 0]]);
    const headless = 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: bảo đảm thống nhất.\nII. NỘI DUNG\n1. Rà soát văn bản.\n';
    assert.deepEqual(parse(headless).unplaced, []);
    assert.ok(lint(headless, { language: 'en' }).some((d) => d.rule === 'header-title'), 'a draft with no header yet is told what is missing');
  });
});

describe('structure reader: the summary ends where the grounds begin', () => {
  it('stops a Party summary at a ground whose opener ends in an accented letter (Căn cứ, Theo đề nghị)', () => {
    for (const opener of ['Căn cứ', 'Theo đề nghị của']) {
      const draft = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY BẮC NINH', '*', 'Số 15-QĐ/TU', 'Bắc Ninh, ngày 05 tháng 3 năm 2026', '',
        'QUYẾT ĐỊNH', 'về việc thành lập Tổ công tác chuyển đổi số', `${opener} Điều lệ Đảng Cộng sản Việt Nam và Quy định`,
        'số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương,', ''].join('\n');
      assert.deepEqual(parse(draft).summary.map((segment) => segment.line), [7], opener);
    }
  });

  it('takes an archive line typed without its dash as the list’s last item, but not a signer named Lưu under the list', () => {
    const dashless = parse(read('10-closing-without-blanks', 'bad-archive-without-dash.vanban'));
    assert.deepEqual(dashless.recipients?.items.map((item) => item.text), ['- Như Điều 2;', '- Sở Nội vụ;', 'Lưu: VT, NC.']);
    // PDF order can put the signer's name under the list: `Lưu Văn Hòa` is a name (no colon, no lower-case word, no full stop).
    const signer = read('10-closing-without-blanks', 'bad-archive-without-dash.vanban')
      .replace('Lưu: VT, NC. <!-- expect: recipients-format -->', 'Lưu Văn Hòa');
    assert.deepEqual(parse(signer).recipients?.items.map((item) => item.text), ['- Như Điều 2;', '- Sở Nội vụ;']);
  });

  it('reads an appendix printed on its own as the appendix, with its reference line, not as an unreadable header', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'appendix-reference', 'good-alone.vanban'), 'utf8');
    const model = parse(text);
    assert.deepEqual(model.attachments?.map((a) => [a.kind, a.firstLine, a.alone, a.reference?.line]), [['appendix', 0, true, 2]]);
    assert.deepEqual(model.unplaced, []);
    for (const profile of ['auto', 'nd30', 'dang-hd36'] as const) {
      assert.deepEqual(lint(text, { profile }).map((d) => d.rule), [], profile);
    }
    // A document that opens with its header keeps it: an appendix after the signature is not `alone`.
    const main = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'appendix-reference', 'good-nd30.vanban'), 'utf8'));
    assert.equal(main.attachments?.[0]?.alone, undefined);
    assert.ok(main.header.nationalName);
  });
});
