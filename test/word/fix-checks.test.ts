// The Word checks added with `vanban fix`, each checked and fixed: the V/v line 6 pt under the number, the
// Điều, khoản and điểm paragraphs as body text, the lines that stand centred on their own (Chương, Phụ lục,
// the appendix's title and reference); and sizes and emphasis fixed at the paragraph style when the style is
// the cause (every run that takes the value from it needs the same fix), at each run otherwise.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { needs } from '../helpers';
import { vanban } from '../cli/run';
import { fixDocxFormatting, lintDocx, localize, type DocxFixResult } from '../../server/src/engine';
import { buildFixture, type Defect } from './build';
import { assertMinimal } from './minimal';

const describeChange = (c: DocxFixResult['changes'][number]) => `${c.part} ¶${c.paragraph ?? '-'} ${localize('en', c.property)}: ${c.from} -> ${c.to}`;

async function fixed(defect: Defect, rule: string): Promise<{ original: Uint8Array; result: DocxFixResult; changes: string[] }> {
  const original = await buildFixture(defect);
  const result = fixDocxFormatting(original, { language: 'en' });
  assert.ok(result.before.diagnostics.some((d) => d.rule === rule), `the fixture has a ${rule} finding`);
  assertMinimal(original, result, JSON.stringify(defect));
  assert.deepEqual(result.after!.diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.message), [], 'no formatting finding left');
  return { original, result, changes: result.changes.map(describeChange) };
}

/** The fixture with its recipient lines (and optionally the signer's name) sized by a paragraph style. */
async function styled(sharedWithName: boolean): Promise<Uint8Array> {
  const entries = unzipSync(await buildFixture({ part: 'recipient', size: 12 }));
  let document = strFromU8(entries['word/document.xml']);
  const restyle = (text: string, size: number) => {
    const at = document.indexOf(`>${text}</w:t>`);
    const p = document.lastIndexOf('<w:p>', at);
    const run = document.slice(p, at);
    const plain = run.replace('<w:pPr>', '<w:pPr><w:pStyle w:val="NoiNhan"/>').replace(`<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`, '');
    assert.notEqual(plain, run);
    document = document.slice(0, p) + plain + document.slice(at);
  };
  restyle('- Như Điều 2;', 12);
  restyle('- Lưu: VT, NC.', 12);
  if (sharedWithName) restyle('Lê Văn Minh', 14);
  entries['word/document.xml'] = strToU8(document);
  entries['word/styles.xml'] = strToU8(strFromU8(entries['word/styles.xml']).replace('</w:styles>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NoiNhan"><w:name w:val="Nơi nhận"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style></w:styles>'));
  return zipSync(entries);
}

describe('the Word checks of vanban fix, each checked and fixed', function () {
  this.timeout(60_000);

  it('sets the V/v line of a công văn 6 pt under the number (its space before), the number\'s space after kept', async () => {
    const { changes, result } = await fixed({ type: 'cong-van', letterGapPt: 0 }, 'word-letter-summary-gap');
    assert.deepEqual(changes, ['word/document.xml ¶4 space before: 0 pt -> 6 pt']);
    assert.match(strFromU8(unzipSync(result.bytes!)['word/document.xml']), /<w:p><w:pPr><w:spacing w:after="0" w:before="120"\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr>(?:(?!<\/w:r>).)*V\/v triển khai/);
  });

  it('indents an article\'s line and opens the gap under it as body text', async () => {
    const indent = await fixed({ article: { firstLineMm: 0 } }, 'word-first-line-indent');
    assert.deepEqual(indent.changes, ['word/document.xml ¶13 first-line indent: 0 mm -> 10 mm', 'word/document.xml ¶15 first-line indent: 0 mm -> 10 mm']);
    const gap = await fixed({ article: { afterPt: 0 } }, 'word-paragraph-spacing');
    assert.deepEqual(gap.changes, ['word/document.xml ¶14 space before: 0 pt -> 6 pt']);
  });

  it('centres a chapter\'s line and makes it bold; sizes the appendix\'s line, centres its title, sets its reference italic', async () => {
    const chapter = await fixed({ chapter: { align: 'left', bold: false } }, 'word-heading-lines');
    assert.deepEqual(chapter.changes, ['word/document.xml ¶13 alignment: left -> centre', 'word/document.xml ¶13 bold: off -> on']);
    const appendix = await fixed({ appendix: { labelSize: 13, referenceItalic: false, titleAlign: 'left' } }, 'word-heading-lines');
    assert.deepEqual(appendix.changes.sort(), ['word/document.xml ¶23 size: 13 pt -> 14 pt', 'word/document.xml ¶24 alignment: left -> centre', 'word/document.xml ¶25 italic: off -> on']);
  });

  it('fixes one finding of the new checks alone, as the Word-check view\'s quick fix does: it goes, the others stay', async () => {
    for (const [build, rule] of [[{ type: 'cong-van' as const, letterGapPt: 0, margins: { top: 15 } }, 'word-letter-summary-gap'], [{ chapter: { align: 'left' as const, bold: false }, margins: { top: 15 } }, 'word-heading-lines']] as const) {
      const original = await buildFixture(build);
      const findings = lintDocx(original).diagnostics.filter((d) => d.rule.startsWith('word-'));
      const finding = findings.find((d) => d.rule === rule)!;
      assert.ok(finding, `the fixture has a ${rule} finding`);
      const result = fixDocxFormatting(original, { language: 'en', only: [{ rule, line: finding.range.start.line }] });
      assert.ok(result.bytes && result.changes.length > 0, `${rule}: changes made`);
      const after = lintDocx(result.bytes).diagnostics.filter((d) => d.rule.startsWith('word-')).map((d) => d.rule);
      assert.ok(!after.includes(rule), `${rule} is fixed`);
      assert.ok(after.includes('word-margins'), `${rule}'s fix leaves the margins' finding`);
    }
  });

  it('leaves a good chapter and appendix alone (the near miss: 13 pt is allowed)', async () => {
    const result = fixDocxFormatting(await buildFixture({ chapter: { size: 13 }, appendix: {} }), { language: 'en' });
    assert.deepEqual(result.changes.map(describeChange), []);
    assert.equal(result.bytes, undefined);
  });

  it('fixes the size at the paragraph style when every run taking it from the style needs the same fix', async () => {
    const original = await styled(false);
    const result = fixDocxFormatting(original, { language: 'en' });
    assert.ok(result.before.diagnostics.some((d) => d.rule === 'word-part-size'));
    assertMinimal(original, result, 'styled recipients');
    assert.deepEqual(result.changes.map(describeChange), ['word/styles.xml ¶- size of style NoiNhan: 12 pt -> 11 pt']);
    assert.ok(Buffer.from(unzipSync(result.bytes!)['word/document.xml']).equals(Buffer.from(unzipSync(original)['word/document.xml'])), 'no run is edited');
    assert.match(strFromU8(unzipSync(result.bytes!)['word/styles.xml']), /w:styleId="NoiNhan"><w:name w:val="Nơi nhận"\/><w:basedOn w:val="Normal"\/><w:rPr><w:sz w:val="22"\/><\/w:rPr>/);
    assert.deepEqual(result.after!.diagnostics.filter((d) => d.rule.startsWith('word-')), []);
  });

  it('fixes each run when the style is also used by a paragraph that needs another fix', async () => {
    const original = await styled(true);
    const result = fixDocxFormatting(original, { language: 'en' });
    assertMinimal(original, result, 'shared style');
    assert.deepEqual(result.changes.map(describeChange).sort(), [
      'word/document.xml ¶17 size: 12 pt -> 11 pt', 'word/document.xml ¶18 size: 12 pt -> 11 pt', 'word/document.xml ¶22 size: 12 pt -> 13 pt',
    ]);
    assert.ok(Buffer.from(unzipSync(result.bytes!)['word/styles.xml']).equals(Buffer.from(unzipSync(original)['word/styles.xml'])), 'the style is not edited');
  });

  it('draws the rule under the motto as a bottom border narrowed to its line, and under the issuer on an empty paragraph', async () => {
    const motto = await fixed({ noRules: true }, 'word-rule-lines');
    assert.deepEqual(motto.changes, ['word/document.xml ¶5 rule under the motto: none -> 67.6 mm']);
    assert.deepEqual(motto.result.notes.map((n) => localize('en', n)), ['The rule under the issuing body was not drawn: no empty paragraph under it carries a short rule; draw it in Word']);
    const document = strFromU8(unzipSync(motto.result.bytes!)['word/document.xml']);
    assert.match(document, /<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"\/><\/w:pBdr><w:spacing w:after="0" w:before="0"\/><w:ind w:left="852" w:right="852"\/><w:jc w:val="center"\/><\/w:pPr>(?:(?!<\/w:p>).)*Độc lập/);
    const both = await fixed({ noRules: true, emptyUnderIssuer: true }, 'word-rule-lines');
    assert.deepEqual(both.changes, ['word/document.xml ¶6 rule under the motto: none -> 67.6 mm', 'word/document.xml ¶3 rule under the issuing body: none -> 15.5 mm']);
    assert.deepEqual(both.result.notes, []);
  });

  it('turns an underlined motto into a drawn rule', async () => {
    const { changes, result } = await fixed({ part: 'motto', underline: true }, 'word-rule-lines');
    assert.deepEqual(changes, ['word/document.xml ¶5 underline: on -> off', 'word/document.xml ¶5 rule under the motto: none -> 67.6 mm']);
    assert.match(strFromU8(unzipSync(result.bytes!)['word/document.xml']), /<w:u w:val="none"\/><\/w:rPr><w:t xml:space="preserve">Độc lập/);
  });
});

describe('a page number added to a long document that has none (guarded)', function () {
  this.timeout(60_000);

  it('lists the header it would add, and adds it only when asked: a new part, its relationship and content type, the section\'s reference', async () => {
    const original = await buildFixture({ pageNumber: 'none', longBody: true });
    const listed = fixDocxFormatting(original, { language: 'en' });
    assert.deepEqual(listed.changes.map((c) => [describeChange(c), c.safety, c.applied, c.flag]), [['word/header1.xml ¶- page number: none -> centred at the top, from page 2', 'guarded', false, '--page-number']]);
    assert.equal(listed.bytes, undefined, 'nothing else to fix: nothing written');
    assert.deepEqual(listed.left.map((l) => localize('en', l.reason)), ['a header with the page number is added only on request (--page-number)']);

    const result = fixDocxFormatting(original, { language: 'en', addPageNumber: true });
    const before = unzipSync(original);
    const after = unzipSync(result.bytes!);
    assert.deepEqual(Object.keys(after), [...Object.keys(before), 'word/header1.xml'], 'one entry added at the end');
    for (const name of Object.keys(before)) {
      const was = strFromU8(before[name]);
      const now = strFromU8(after[name]);
      if (name === 'word/_rels/document.xml.rels') assert.equal(now, was.replace('</Relationships>', '<Relationship Id="rIdVanbanPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'));
      else if (name === '[Content_Types].xml') assert.equal(now, was.replace('</Types>', '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'));
      else if (name === 'word/document.xml') assert.equal(now, was.replace('<w:sectPr><w:pgSz', '<w:sectPr><w:headerReference w:type="default" r:id="rIdVanbanPage"/><w:pgSz').replace('<w:titlePg w:val="false"/>', '<w:titlePg/>'));
      else assert.ok(Buffer.from(after[name]).equals(Buffer.from(before[name])), `${name} is byte-identical`);
    }
    assert.deepEqual(result.after!.word.sections.map((s) => s.pageNumber), [{ position: 'header', align: 'center', size: 14, onFirstPage: false }]);
    assert.deepEqual(result.after!.diagnostics.filter((d) => d.rule.startsWith('word-')), []);
  });
});

describe('a page number moved from the footer to the header (guarded)', function () {
  this.timeout(60_000);

  it('empties the footer\'s page-number paragraph and adds the centred header, when asked', async () => {
    const original = await buildFixture({ pageNumber: { position: 'footer' } });
    const listed = fixDocxFormatting(original, { language: 'en' });
    assert.deepEqual(listed.changes.map((c) => [describeChange(c), c.applied]), [
      ['word/footer1.xml ¶- page number: in the footer -> moved to the header', false], ['word/header1.xml ¶- page number: none -> centred at the top, from page 2', false],
    ]);
    const result = fixDocxFormatting(original, { language: 'en', addPageNumber: true });
    const before = unzipSync(original);
    const after = unzipSync(result.bytes!);
    const footer = strFromU8(after['word/footer1.xml']);
    assert.match(footer, /<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><\/w:p><\/w:ftr>$/, 'the paragraph stays, empty');
    assert.equal(footer, strFromU8(before['word/footer1.xml']).replace(/(<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr>).*(<\/w:p><\/w:ftr>)$/, '$1$2'));
    const touched = new Set(['word/footer1.xml', 'word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    for (const name of Object.keys(before).filter((n) => !touched.has(n))) assert.ok(Buffer.from(after[name]).equals(Buffer.from(before[name])), `${name} is byte-identical`);
    assert.deepEqual(result.after!.word.sections.map((s) => s.pageNumber), [{ position: 'header', align: 'center', size: 14, onFirstPage: false }]);
    assert.deepEqual(result.after!.diagnostics.filter((d) => d.rule.startsWith('word-')), []);
  });
});

describe('vanban fix --page-number', function () {
  this.timeout(60_000);

  it('lists the header as guarded in the dry run, and writes it when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-cli-'));
    try {
      const file = join(dir, 'dai.docx');
      writeFileSync(file, await buildFixture({ pageNumber: 'none', longBody: true }));
      const dry = vanban(['fix', file, '--dry-run', '--lang', 'en']);
      assert.match(dry.stdout, /word\/header1\.xml page number: none -> centred at the top, from page 2 \[guarded, not applied: --page-number\]/);
      const run = vanban(['fix', file, '--page-number', '--lang', 'en']);
      assert.equal(run.code, 0, run.stderr);
      const lint = vanban(['lint', join(dir, 'dai.chuan-hoa.docx'), '--format', 'json']);
      assert.deepEqual((JSON.parse(lint.stdout)[0].diagnostics as { rule: string }[]).filter((d) => d.rule.startsWith('word-')), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LibreOffice opens a file whose rules the fix drew', function () {
  if (needs('libreoffice')) return;
  this.timeout(180_000);

  it('lays the fixed header out as before: the motto on one line above its rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-rules-'));
    try {
      const { result } = await fixed({ noRules: true, emptyUnderIssuer: true, chapter: { align: 'left', bold: false } }, 'word-rule-lines');
      writeFileSync(join(dir, 'fixed.docx'), result.bytes!);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'fixed.docx')], { stdio: 'ignore', timeout: 120_000 });
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'fixed.pdf'), '-'], { encoding: 'utf8' });
      assert.match(text, /Độc lập - Tự do - Hạnh phúc/, 'the motto is not wrapped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the page number the fix added at the top of page 2, not on page 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fix-page-'));
    try {
      const result = fixDocxFormatting(await buildFixture({ pageNumber: 'none', longBody: true }), { addPageNumber: true });
      writeFileSync(join(dir, 'numbered.docx'), result.bytes!);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'numbered.docx')], { stdio: 'ignore', timeout: 120_000 });
      const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), join(dir, 'numbered.pdf'), '-'], { encoding: 'utf8' }).trim().split('\n')[0].trim();
      assert.notEqual(page(1), '1', 'page 1 shows no number');
      assert.equal(page(2), '2', 'page 2 opens with its number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
