// Header parts split over lines by a portal's table cells or a wrapped layout column
// (server/src/engine/parse/splitParts.ts): `Số:` / its value, a place and date broken anywhere, the national
// name or motto broken over one column. Drafts written for the project in test/fixtures/split-parts/.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../server/src/engine';
import { layoutPage } from '../../server/src/engine/render/layout';
import { analyse } from '../../server/src/engine/service';
import { ROOT } from '../helpers';
import { markedFixtureTests } from '../markedFixtures';

const DIR = join(ROOT, 'test', 'fixtures', 'split-parts');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const at = (segment: { line: number; start: number; end: number } | undefined) => segment && [segment.line, segment.start, segment.end];
const serious = (text: string) => lint(text, { language: 'en' }).filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('header parts split over lines', () => {
  markedFixtureTests(DIR);

  it('reads `Số:` and its value on the next line as one number, the value on its own line', () => {
    const { header } = parse(read('good-portal-label-value.vanban'));
    assert.deepEqual(at(header.number), [9, 0, 3]);
    assert.deepEqual(at(header.number?.symbolLine), [10, 0, 11]);
    assert.equal(header.number?.number, '318');
    assert.equal(header.number?.typeCode, 'QĐ');
    assert.equal(header.number?.hasColon, true);
  });

  it('reads a Party `Số` and its value on the next line the same way', () => {
    const model = parse('ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÀ GIANG\n*\nSố\n24-KH/TU\nHà Giang, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nvề việc tổ chức hội nghị\n');
    assert.deepEqual(at(model.header.number?.symbolLine), [4, 0, 8]);
    assert.equal(model.header.number?.shape, 'dang');
    assert.equal(model.typeName?.text, 'KẾ HOẠCH');
  });

  it('a finding on a value printed under `Số:` points at the value’s line', () => {
    const [typeCode] = serious(read('bad-label-value-wrong-type-code.vanban'));
    assert.deepEqual(typeCode.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 11 } });
    const [form] = serious(read('bad-label-value-without-symbol.vanban'));
    assert.deepEqual(form.range, { start: { line: 11, character: 0 }, end: { line: 11, character: 6 } });
  });

  it('joins only a line that is exactly the label to a value that parses as a number', () => {
    // A label with more after it, or a value that is not a number and symbol, is not joined.
    const labelled = parse('ỦY BAN NHÂN DÂN\nSố: kèm theo\n12/QĐ-UBND\n');
    assert.equal(labelled.header.number?.symbolLine, undefined);
    const words = parse('ỦY BAN NHÂN DÂN\nSố:\nvề việc tổ chức\nHà Nội, ngày 05 tháng 3 năm 2026\n');
    assert.equal(words.header.number, undefined);
  });

  it('reads a place and date broken after `ngày` and inside the place name, with its pieces', () => {
    const value = parse(read('good-portal-label-value.vanban')).header.placeDate!;
    assert.deepEqual([at(value), value.place, value.day, value.month, value.year], [[12, 0, 15], 'Vĩnh Long', '09', '4', '2026']);
    assert.deepEqual(value.pieces?.map(at), [[13, 0, 19]]);
    const place = parse(read('good-portal-place-split.vanban')).header.placeDate!;
    assert.deepEqual([at(place), place.place, place.day, place.month, place.year], [[11, 0, 3], 'Cao Bằng', '21', '10', '2025']);
    assert.deepEqual(place.pieces?.map(at), [[12, 0, 22], [13, 0, 8]]);
  });

  it('does not join a capitalised line above a whole date line of its own', () => {
    // `Bộ Nội vụ` above `Hà Nội, ngày …`: the date is the second line alone, not `Bộ Nội vụ Hà Nội`.
    const model = parse('BỘ NỘI VỤ\nSố: 12/QĐ-BNV\nBộ Nội\nHà Nội, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n');
    assert.equal(model.header.placeDate?.place, 'Hà Nội');
    assert.equal(model.header.placeDate?.line, 3);
  });

  it('reads the national name and motto wrapped in the right column, the left cells staying the issuer', () => {
    const { header } = parse(read('good-layout-wrapped-title.vanban'));
    assert.equal(header.nationalName?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.deepEqual([at(header.nationalName), at(header.nationalName?.rest)], [[0, 37, 67], [1, 50, 53]]);
    assert.equal(header.motto?.text, 'Độc lập - Tự do - Hạnh phúc');
    assert.deepEqual([at(header.motto), at(header.motto?.rest)], [[2, 42, 59], [3, 45, 54]]);
    assert.deepEqual(header.issuerLines.map((line) => line.text), ['UBND TỈNH YÊN BÁI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  });

  it('reads a right cell wrapped onto a line where the left column has nothing', () => {
    const { header } = parse('SỞ TƯ PHÁP                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n                               NAM\n                  Độc lập - Tự do - Hạnh phúc\n');
    assert.deepEqual([header.nationalName?.text, at(header.nationalName?.rest)], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', [1, 31, 34]]);
    assert.deepEqual(header.issuerLines.map((line) => line.text), ['SỞ TƯ PHÁP']);
    // A lone cell left of the right cell's column is the left column's line, not the wrapped part.
    const left = parse('SỞ TƯ PHÁP                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\n');
    assert.equal(left.header.nationalName, undefined);
  });

  it('a national name split before `HỘI` is the national name, never an association issuer', () => {
    const model = parse(read('good-portal-label-value.vanban'));
    assert.deepEqual([at(model.header.nationalName), at(model.header.nationalName?.rest)], [[4, 0, 11], [5, 0, 22]]);
    assert.equal(model.outsideRegimes, undefined);
    assert.equal(model.regime, 'nd30');
    assert.ok(!model.header.issuerLines.some((line) => line.text.includes('HỘI')));
    // A real association's name is still one: only a line completing the national name is taken.
    const association = parse('HỘI LUẬT GIA TỈNH QUẢNG TRỊ\nSố: 12/QĐ-HLG\nQuảng Trị, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc kết nạp hội viên\n');
    assert.equal(association.outsideRegimes?.text, 'HỘI LUẬT GIA TỈNH QUẢNG TRỊ');
  });

  it('a near miss of the national name is not joined: two lines that do not complete it stay apart', () => {
    const model = parse('ỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ HỘI\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
    assert.equal(model.header.nationalName, undefined);
  });

  it('a national name split over two lines with its marks wrong is reported over both lines, with no fix', () => {
    const text = read('good-portal-label-value.vanban').replace('HỘI CHỦ NGHĨA VIỆT NAM', 'HOI CHU NGHIA VIET NAM');
    const finding = lint(text, { language: 'en' }).find((d) => d.rule === 'header-title');
    assert.ok(finding);
    assert.deepEqual(finding.range, { start: { line: 4, character: 0 }, end: { line: 5, character: 22 } });
    assert.equal(finding.fix, undefined);
  });

  it('the page shows each split part once, whole, and keeps every line', () => {
    const page = layoutPage(analyse(read('good-layout-wrapped-title.vanban')));
    const texts = (blocks: typeof page.headerRight) => blocks.map((block) => block.runs.map((run) => run.text).join(''));
    assert.deepEqual(texts(page.headerRight).slice(0, 2), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    const all = [page.headerLeft, page.headerRight, page.title, page.body, page.closingLeft, page.closingRight, page.after].flatMap(texts);
    assert.ok(!all.includes('NAM') && !all.includes('Hạnh phúc'));
    const date = layoutPage(analyse(read('good-portal-place-split.vanban')));
    const shown = [date.headerLeft, date.headerRight, date.title, date.body, date.after].flatMap(texts);
    assert.ok(shown.includes('Cao Bằng, ngày 21 tháng 10 năm 2025'));
    assert.ok(!shown.includes('năm 2025') && !shown.some((text) => text.startsWith('Bằng, ngày')));
  });
});
