// `vanban fix x.docx` (engine/formatting-fix): the formatting findings put right, and provably nothing
// else. On generated files holding comments, tracked changes, fields, bookmarks, an image, a table,
// numbering and custom XML; on the project's own exports; on the shared real files: the text (tracked
// deletions and field codes included) reads the same, every part not named by a change is byte-identical
// (and its compressed bytes too), a changed part differs only inside formatting properties, and the
// formatting rules report nothing the fix claimed to fix. LibreOffice opens every result.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { convertWordRuns, fixDocxFormatting, readDocx } from '../../server/src/engine';
import { legacyToUnicode } from '../../server/src/engine/formatting-fix/legacyFont';
import { needs } from '../helpers';
import { vanban } from '../cli/run';
import { buildFixture } from './build';
import { DOCX_CORPUS, docxCorpusFiles } from './corpus';
import { docx, p } from './parts';
import { assertMinimal, FIXED_RULES } from './minimal';

/** A state decision with defects, and inside its body a comment, tracked changes, a field, a bookmark and an image. */
async function richFixture(): Promise<Uint8Array> {
  const bytes = await buildFixture({
    margins: { top: 15, left: 25 }, part: 'body', font: 'Arial', size: 12, align: 'left', firstLineMm: 5, afterPt: 0, line240: 400,
    pageNumber: { align: 'right', size: 11, onFirstPage: true },
  });
  const entries = unzipSync(bytes);
  let document = strFromU8(entries['word/document.xml']);
  const anchor = document.indexOf('Tổ công tác rà soát các thủ tục');
  const runStart = document.lastIndexOf('<w:r>', anchor);
  const inserted = '<w:bookmarkStart w:id="7" w:name="dieu1"/><w:commentRangeStart w:id="0"/>'
    + '<w:ins w:id="101" w:author="Văn thư" w:date="2026-03-01T00:00:00Z"><w:r><w:t xml:space="preserve">Nay </w:t></w:r></w:ins>'
    + '<w:del w:id="102" w:author="Văn thư" w:date="2026-03-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Bỏ đi </w:delText></w:r></w:del>'
    + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">05/03/2026 </w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:bookmarkEnd w:id="7"/>'
    + '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="95250" cy="95250"/><wp:docPr id="9" name="Ảnh 1"/>'
    + '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="9" name="a.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    + '<pic:blipFill><a:blip r:embed="rIdImage"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
    + '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  document = document.slice(0, runStart) + inserted + document.slice(runStart);
  entries['word/document.xml'] = strToU8(document);
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  entries['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="Văn thư" w:date="2026-03-01T00:00:00Z"><w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>Kiểm tra lại ngày.</w:t></w:r></w:p></w:comment></w:comments>`);
  // A 1×1 PNG, and a custom XML part: neither may change by a byte.
  entries['word/media/image1.png'] = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  entries['customXml/item1.xml'] = strToU8('<?xml version="1.0"?><hoSo xmlns="urn:vanban:test"><ma>08/QĐ-UBND</ma></hoSo>');
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  entries['word/_rels/document.xml.rels'] = strToU8(strFromU8(entries['word/_rels/document.xml.rels']).replace('</Relationships>',
    `<Relationship Id="rIdImage" Type="${R}/image" Target="media/image1.png"/><Relationship Id="rIdComments" Type="${R}/comments" Target="comments.xml"/></Relationships>`));
  entries['[Content_Types].xml'] = strToU8(strFromU8(entries['[Content_Types].xml']).replace('</Types>',
    '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  return zipSync(entries);
}

describe('vanban fix on a Word file: the formatting put right, nothing else', function () {
  this.timeout(120_000);

  it('fixes a generated file with comments, tracked changes, a field, a bookmark, an image, a table and numbering, touching nothing else', async () => {
    const original = await richFixture();
    const result = fixDocxFormatting(original, { language: 'en' });
    const rules = new Set(result.before.diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.rule));
    for (const rule of [...FIXED_RULES.filter((r) => !['word-part-emphasis', 'word-letter-summary-gap', 'word-heading-lines'].includes(r)), 'word-font', 'word-page-number']) assert.ok(rules.has(rule), `the fixture has a ${rule} finding`);
    assertMinimal(original, result, 'rich fixture');
    assert.deepEqual(result.left.map((l) => l.diagnostic.rule), [], 'nothing left');
    const document = strFromU8(unzipSync(result.bytes!)['word/document.xml']);
    for (const kept of ['<w:delText xml:space="preserve">Bỏ đi </w:delText>', 'DATE \\@ "dd/MM/yyyy"', '<w:commentReference w:id="0"/>', 'r:embed="rIdImage"', '<w:bookmarkStart w:id="7" w:name="dieu1"/>']) {
      assert.ok(document.includes(kept), `kept: ${kept}`);
    }
    // The comment's own text is a content part too: its font is put right, its words stay.
    assert.match(strFromU8(unzipSync(result.bytes!)['word/comments.xml']), /w:ascii="Times New Roman" w:hAnsi="Times New Roman"/);
    const descriptions = result.changes.map((c) => `${c.property.text} ${c.from} -> ${c.to}`);
    assert.ok(descriptions.includes('top margin 15 mm -> 20 mm'), descriptions.join('\n'));
    assert.ok(descriptions.includes('page number size 11 pt -> 13 pt'));
  });

  it('fixes bytes held in a Node Buffer inside a larger one as it fixes a plain array (a Buffer\'s slice shares memory)', async () => {
    const original = await richFixture();
    // As the one reader hands them over in a worst case: a view into a larger buffer, one spare byte after.
    const held = Buffer.alloc(original.length + 1);
    held.set(original);
    const viewed = held.subarray(0, original.length);
    const plain = fixDocxFormatting(original, { language: 'en' });
    const buffered = fixDocxFormatting(viewed, { language: 'en' });
    assert.deepEqual(Buffer.from(buffered.bytes!), Buffer.from(plain.bytes!));
    assert.deepEqual(Buffer.from(viewed), Buffer.from(original), 'the input is not written to');
  });

  it('edits in place in the XML: the paper and a negative margin (its sign kept) in their own elements; a file whose header is not read gets the page-level fixes only', () => {
    const original = docx(p('Văn bản') + '<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr><w:t>x</w:t></w:r></w:p>', {
      sectPr: '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="-850" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
    });
    const result = fixDocxFormatting(original, { language: 'en', profile: 'nd30' });
    assert.ok(result.before.diagnostics.some((d) => d.rule === 'word-margins' && d.message.startsWith('The top margin is -15 mm;')), 'the check keeps the sign in its message');
    const document = strFromU8(unzipSync(result.bytes!)['word/document.xml']);
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"\/>/, 'Letter becomes A4, the element kept in its place');
    assert.match(document, /<w:pgMar w:top="-1134" w:right="1134"/, 'a negative top margin keeps its sign');
    assert.equal(readDocx(result.bytes!).text, readDocx(original).text);
    assert.deepEqual(result.notes.map((n) => n.text), ['The header of the document could not be read: only the page-level fixes (paper, margins, fonts) were made']);
  });

  it('converts a TCVN3 run (.VnTime, .VnTimeH) to Unicode with its font, only when asked (guarded)', () => {
    // Typed by hand from the TCVN3 table: "Quyết định" is Quy + ế (0xD5) + t, đ (0xAE) + ị (0xDE) + nh; về is v + ề (0xD2).
    const tcvn3 = 'Quy\u00d5t \u00ae\u00denh v\u00d2 vi\u00d6c th\u00b5nh l\u00cbp';
    assert.equal(legacyToUnicode(tcvn3, 'tcvn3'), 'Quyết định về việc thành lập');
    const run = (font: string, text: string) => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const original = docx(`<w:p>${run('.VnTime', tcvn3)}</w:p><w:p>${run('.VnTimeH', 'c\u00e9ng h\u00dfa')}</w:p><w:p>${run('.VnTime', 'Tình hình quản lý')}</w:p>`);
    const listed = fixDocxFormatting(original, { language: 'en' });
    const guarded = listed.changes.filter((c) => c.safety === 'guarded');
    assert.deepEqual(guarded.map((c) => [c.applied, c.to]), [[false, 'Times New Roman: Quyết định về việc thành lập'], [false, 'Times New Roman: CỘNG HÒA']]);
    // Unicode text only labelled .VnTime: its font changes safely, its text stays.
    assert.ok(listed.changes.some((c) => c.safety === 'safe' && c.from === '.VnTime' && c.paragraph === 3));
    assert.equal(readDocx(listed.bytes!).text, readDocx(original).text, 'without --legacy-fonts the legacy text stays as it was');
    const converted = fixDocxFormatting(original, { language: 'en', legacyFonts: true });
    assert.deepEqual(readDocx(converted.bytes!).text.split('\n'), ['Quyết định về việc thành lập', 'CỘNG HÒA', 'Tình hình quản lý']);
    assert.deepEqual(converted.after!.diagnostics.filter((d) => d.rule === 'word-font'), []);
  });

  it('reads a .VnTime run holding Windows-1252 quotes (U+201C, U+201D) as legacy text, as `vanban convert` does', () => {
    // “Quyết định” in TCVN3 as Word stores it: the quotes are bytes 0x93/0x94, read as U+201C/U+201D.
    const tcvn3 = '\u201cQuy\u00d5t \u00ae\u00denh\u201d';
    const original = docx(`<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>${tcvn3}</w:t></w:r></w:p>`);
    assert.equal(convertWordRuns(readDocx(original)).text, '\u201cQuyết định\u201d');
    const fixed = fixDocxFormatting(original, { language: 'en', legacyFonts: true });
    assert.deepEqual(fixed.changes.filter((c) => c.safety === 'guarded').map((c) => c.to), ['Times New Roman: \u201cQuyết định\u201d']);
    assert.equal(readDocx(fixed.bytes!).text, '\u201cQuyết định\u201d');
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-'));
    try {
      writeFileSync(join(dir, 'old.docx'), original);
      const run = vanban(['convert', join(dir, 'old.docx'), '--lang', 'en']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readFileSync(join(dir, 'old.unicode.vanban'), 'utf8'), '\u201cQuyết định\u201d\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('changes nothing in a file that needs nothing (the project\'s own export), and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-'));
    try {
      const out = join(dir, 'qd.docx');
      assert.equal(vanban(['render', '--to', 'docx', 'examples/quyet-dinh-ubnd.vanban', '-o', out]).code, 0);
      const result = fixDocxFormatting(new Uint8Array(readFileSync(out)), { language: 'en' });
      const before = result.before.diagnostics.filter((d) => FIXED_RULES.includes(d.rule));
      if (result.bytes) assertMinimal(new Uint8Array(readFileSync(out)), result, 'export');
      else assert.deepEqual(before, [], 'no bytes only when there is nothing to fix');
      const run = vanban(['fix', out, '--lang', 'en']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(existsSync(join(dir, 'qd.chuan-hoa.docx')), result.bytes !== undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('vanban fix x.docx writes x.chuan-hoa.docx beside it, lists the changes with --dry-run, and refuses a bad file with exit 2, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-'));
    try {
      const file = join(dir, 'qd.docx');
      const bytes = await buildFixture({ margins: { top: 15 }, part: 'recipient', size: 12 });
      writeFileSync(file, bytes);
      const dry = vanban(['fix', file, '--dry-run', '--lang', 'en']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, /word\/document\.xml ¶ 1 top margin: 15 mm -> 20 mm/);
      assert.match(dry.stdout, /¶ 17–18 size: 12 pt -> 11 pt/);
      assert.deepEqual(readdirSync(dir), ['qd.docx'], 'a dry run writes nothing');
      const run = vanban(['fix', file, '--lang', 'en']);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes)), 'the original is untouched');
      const lint = vanban(['lint', join(dir, 'qd.chuan-hoa.docx'), '--format', 'json']);
      assert.deepEqual((JSON.parse(lint.stdout)[0].diagnostics as { rule: string }[]).filter((d) => d.rule.startsWith('word-')), []);
      assert.equal(vanban(['fix', file, '--in-place']).code, 2, '--in-place needs --force');
      const truncated = join(dir, 'cat.docx');
      writeFileSync(truncated, bytes.subarray(0, 3000));
      const bad = vanban(['fix', truncated, '--lang', 'en']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /damaged or truncated.*nothing written/);
      assert.equal(existsSync(join(dir, 'cat.chuan-hoa.docx')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('vanban fix on the shared real Word files', function () {
  if (needs('shared')) return;
  this.timeout(300_000);

  it('puts every fixable formatting finding right, the text and every other part unchanged', () => {
    const files = docxCorpusFiles();
    assert.equal(files.length, 12);
    for (const name of files) {
      const original = new Uint8Array(readFileSync(join(DOCX_CORPUS, name)));
      const result = fixDocxFormatting(original, { language: 'en' });
      assertMinimal(original, result, name);
      for (const { diagnostic, reason } of result.left) assert.ok(reason.text.length > 0, `${name}: ${diagnostic.rule} left with a reason`);
    }
  });
});

describe('LibreOffice opens every fixed real file', function () {
  if (needs('shared', 'libreoffice')) return;
  this.timeout(600_000);

  it('converts each to PDF, A4, with the page count of the original within one page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-lo-'));
    try {
      const names = docxCorpusFiles();
      for (const name of names) {
        writeFileSync(join(dir, `orig-${name}`), readFileSync(join(DOCX_CORPUS, name)));
        writeFileSync(join(dir, `fixed-${name}`), fixDocxFormatting(new Uint8Array(readFileSync(join(DOCX_CORPUS, name)))).bytes!);
      }
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...names.flatMap((n) => [join(dir, `orig-${n}`), join(dir, `fixed-${n}`)])], { stdio: 'ignore', timeout: 540_000 });
      const info = (pdf: string) => {
        const text = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)![1]), size: /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(text)!.slice(1).map(Number) };
      };
      for (const name of names) {
        const base = name.replace(/\.docx$/, '.pdf');
        const before = info(join(dir, `orig-${base}`));
        const after = info(join(dir, `fixed-${base}`));
        assert.ok(Math.abs(after.size[0] - 595.3) < 1 && Math.abs(after.size[1] - 841.9) < 1, `${name}: A4`);
        assert.ok(Math.abs(after.pages - before.pages) <= 1, `${name}: ${after.pages} pages, the original ${before.pages}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
