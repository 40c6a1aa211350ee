// The .docx export: its XML (page size, margins, fonts, sizes, borderless tables, page numbers from
// page 2), then LibreOffice's PDF of it: A4 pages with the parts in order.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocxFile } from '../../server/src/engine/render';
import { needsTool } from '../helpers';
import { analyse, docxToPdf, fixture, pdfPages, pdfText, unzipText } from './tools';

/** Twips for a length in millimetres, as Word stores page geometry. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

function longParty(): string {
  const paragraphs = Array.from({ length: 45 }, (_, i) => `Đoạn ${i + 1}: các chi bộ trực thuộc tiếp tục thực hiện nhiệm vụ kiểm tra, giám sát theo chương trình đã đề ra, bảo đảm đúng quy định.\n`);
  return fixture('party-complete.vanban').replace('2. Nhiệm vụ quý II\n', `${paragraphs.join('\n')}\n2. Nhiệm vụ quý II\n`);
}

/** Positions of each needle in the haystack, failing with the needle that is missing. */
function positions(haystack: string, needles: readonly string[]): number[] {
  return needles.map((needle) => {
    const at = haystack.indexOf(needle);
    assert.ok(at >= 0, `the PDF text lacks ${JSON.stringify(needle)}`);
    return at;
  });
}

function assertIncreasing(values: number[], names: readonly string[]): void {
  for (let i = 1; i < values.length; i++) assert.ok(values[i - 1] < values[i], `${names[i - 1]} comes before ${names[i]}`);
}

describe('.docx export', function () {
  if (needsTool('libreoffice', 'pdftotext', 'unzip')) return;
  this.timeout(180_000);
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'vanban-docx-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function write(name: string, text: string): Promise<string> {
    const { model, findings } = analyse(text);
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await renderDocxFile(model, findings));
    return file;
  }

  it('sets A4, the Party margins, Times New Roman and the sizes of each part', async () => {
    const file = await write('party', longParty());
    const documentXml = unzipText(file, 'word/document.xml');
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0] ?? '';
    assert.match(sectPr, new RegExp(`<w:pgSz[^>]*w:w="${twips(210)}"[^>]*w:h="${twips(297)}"`));
    for (const [side, mm] of [['top', 20], ['right', 15], ['bottom', 20], ['left', 30], ['header', 10]] as const) {
      assert.match(sectPr, new RegExp(`<w:pgMar[^>]*w:${side}="${twips(mm)}"`), `${side} margin ${mm} mm`);
    }
    assert.match(sectPr, /<w:titlePg\/>/, 'page 1 has its own (empty) header');
    const stylesXml = unzipText(file, 'word/styles.xml');
    assert.match(stylesXml, /<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/, 'default run: Times New Roman 14 pt');
    // Sizes are half-points: title 15 pt, type name 16 pt, recipients 12 pt, body 14 pt.
    const runOf = (text: string) => {
      const run = new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t[^>]*>${text}</w:t>`).exec(documentXml)?.[0];
      assert.ok(run, `a run with ${text}`);
      return run;
    };
    assert.match(runOf('ĐẢNG CỘNG SẢN VIỆT NAM'), /<w:b\/>[\s\S]*<w:sz w:val="30"\/>/);
    assert.match(runOf('THÔNG BÁO'), /<w:b\/>[\s\S]*<w:sz w:val="32"\/>/);
    assert.match(runOf('Gia Viễn, ngày 14 tháng 4 năm 2026'), /<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
    assert.match(runOf('- Các chi bộ trực thuộc,'), /<w:sz w:val="24"\/>/);
    assert.match(runOf('Nơi nhận:'), /<w:u w:val="single"\/>/);
    assert.match(runOf('Phạm Quang Huy'), /<w:rFonts w:ascii="Times New Roman"/);
    // Header and closing: two borderless tables; the body's numbering kept as text.
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    assert.equal(tables.length, 2);
    for (const table of tables) assert.match(table, /<w:tblBorders>(?:\s*<w:\w+ w:val="none"[^>]*\/>)+\s*<\/w:tblBorders>/);
    assert.ok(!/<w:numPr>/.test(documentXml), 'no Word list numbering');
    assert.match(documentXml, /<w:t[^>]*>1\. Kết quả thực hiện<\/w:t>/);
    // Justified body with a 10 mm first-line indent.
    assert.match(documentXml, new RegExp(`<w:ind w:firstLine="${twips(10)}"\\/>[\\s\\S]{0,200}<w:jc w:val="both"\\/>|<w:jc w:val="both"\\/>[\\s\\S]{0,200}<w:ind w:firstLine="${twips(10)}"\\/>`));
    // The page number field sits in the default header, centred.
    const headers = ['word/header1.xml', 'word/header2.xml'].map((member) => unzipText(file, member));
    assert.ok(headers.some((xml) => /PAGE/.test(xml) && /<w:jc w:val="center"\/>/.test(xml)), 'a centred PAGE field');
  });

  it('converts with LibreOffice to A4 pages with the parts in order and numbers from page 2', async () => {
    const file = await write('party-long', longParty());
    const pdf = docxToPdf(file, dir);
    const info = pdfPages(pdf);
    assert.ok(info.pages >= 2, `a long draft runs to ${info.pages} page(s)`);
    assert.match(info.size, /^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const left = ['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY XÃ GIA VIỄN', '*', 'Số 12-TB/ĐU'];
    const right = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Gia Viễn, ngày 14 tháng 4 năm 2026'];
    assertIncreasing(positions(text, left), left);
    assertIncreasing(positions(text, right), right);
    const flow = ['Số 12-TB/ĐU', 'THÔNG BÁO', 'kết luận của Ban Thường vụ Đảng ủy', 'Ngày 10/4/2026', '1. Kết quả thực hiện',
      'Đoạn 1:', 'Đoạn 45:', '2. Nhiệm vụ quý II', 'đúng tiến độ./.', 'Nơi nhận:', '- Lưu Văn phòng Đảng ủy.'];
    assertIncreasing(positions(text, flow), flow);
    const signature = ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Phạm Quang Huy'];
    assertIncreasing(positions(text, signature), signature);
    assert.ok(text.indexOf('Đoạn 45:') < text.indexOf('T/M BAN THƯỜNG VỤ'), 'the signature closes the document');
    // No number on page 1; "2" heads page 2.
    assert.doesNotMatch(pdfText(pdf, 1).trimStart(), /^1\s/);
    assert.match(pdfText(pdf, 2).trimStart(), /^2\s/);
  });

  it('converts a state document with its national name, motto and closing', async () => {
    const file = await write('state', fixture('state-complete.vanban'));
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(unzipText(file, 'word/document.xml'))?.[0] ?? '';
    assert.match(sectPr, new RegExp(`<w:pgMar[^>]*w:left="${twips(30)}"`));
    const pdf = docxToPdf(file, dir);
    assert.equal(pdfPages(pdf).pages, 1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lạng Sơn, ngày 03 tháng 02 năm 2026'];
    assertIncreasing(positions(text, right), right);
    const flow = ['Số: 21/KH-PCC', 'KẾ HOẠCH', 'Bồi dưỡng kỹ năng soạn thảo văn bản năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:', '- Lưu: VT, PCC.'];
    assertIncreasing(positions(text, flow), flow);
    assertIncreasing(positions(text, ['TRƯỞNG PHÒNG', 'Hoàng Thị Lan']), ['TRƯỞNG PHÒNG', 'Hoàng Thị Lan']);
  });

  it('marks missing parts in the export too, and keeps hostile text as text', async () => {
    const missing = await write('missing', fixture('party-missing.vanban'));
    const { findings } = analyse(fixture('party-missing.vanban'));
    const xml = unzipText(missing, 'word/document.xml');
    const message = findings.find((f) => f.rule === 'recipients')!.message;
    assert.ok(xml.includes(`[${message}]`), 'the recipients placeholder is in the file');
    const hostile = await write('hostile', fixture('hostile.vanban'));
    const hostileXml = unzipText(hostile, 'word/document.xml');
    assert.ok(hostileXml.includes('&lt;script&gt;window.__pwned = &apos;body&apos;') || hostileXml.includes("&lt;script&gt;window.__pwned = 'body'"));
    assert.ok(!hostileXml.includes('SECRET-COMMENT-TEXT'), 'comments are not exported');
    assert.doesNotMatch(hostileXml, /<w:hyperlink|<w:drawing|<w:object/);
  });

  it('opens in LibreOffice with characters XML forbids (shown as U+FFFD) and an appendix after the signature', async () => {
    const text = `${fixture('state-complete.vanban').trimEnd()}\n\nPHỤ LỤC KÈM THEO\nDòng có ký tự lạ: a\uFFFEb c\uFFFFd e\u0000f g\u0007h\n`;
    const file = await write('forbidden', text);
    const xml = unzipText(file, 'word/document.xml');
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'no character XML 1.0 forbids');
    assert.ok(xml.includes('a\uFFFDb c\uFFFDd e\uFFFDf g\uFFFDh'), 'each replaced visibly, none dropped');
    const pdf = docxToPdf(file, dir);
    const pdfWords = pdfText(pdf).replace(/\s+/g, ' ');
    assertIncreasing(positions(pdfWords, ['Hoàng Thị Lan', 'PHỤ LỤC KÈM THEO', 'Dòng có ký tự lạ']), ['signer', 'appendix', 'its line']);
  });
});
