// The .docx reader on hand-made packages: the property cascade as Word resolves it (defaults, theme,
// basedOn chains, table and character styles, direct formatting), numbering labels restored, tables in
// layout order, text boxes once, tracked deletions dropped, fields, sections and page numbers.

import * as assert from 'node:assert/strict';
import { readDocx } from '../../server/src/engine';
import { docx, p } from './parts';

const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="t"><a:themeElements><a:fontScheme name="f"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

describe('the .docx reader', () => {
  it('resolves fonts and sizes through defaults, the theme, basedOn chains, character styles and direct formatting', () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="26"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Body2"><w:basedOn w:val="Body"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Em"><w:rPr><w:i/><w:b w:val="0"/></w:rPr></w:style>`;
    const body = [
      p('theme'),
      '<w:p><w:pPr><w:pStyle w:val="Body2"/></w:pPr><w:r><w:t>chain</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Em"/></w:rPr><w:t>em</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="24"/></w:rPr><w:t>direct</w:t></w:r></w:p>',
    ].join('');
    const word = readDocx(docx(body, { styles, theme: THEME }));
    const [first, second] = word.paragraphs;
    assert.deepEqual(first.runs[0].font, { kind: 'named', name: 'Calibri', from: 'theme' });
    assert.equal(first.runs[0].size, 13);
    const [chain, em, direct] = second.runs;
    assert.deepEqual([chain.font, chain.size, chain.bold, chain.italic], [{ kind: 'named', name: 'Times New Roman', from: 'style' }, 14, true, false]);
    // A toggle stated false in a style does not toggle (ECMA-376 17.7.3): the paragraph style's bold stands.
    assert.deepEqual([em.bold, em.italic, em.size], [true, true, 14]);
    assert.deepEqual([direct.font.kind === 'named' && direct.font.name, direct.size, direct.bold], ['Arial', 12, true]);
    assert.equal(second.align, 'justify');
    assert.equal(Math.round(second.firstLine * 10) / 10, 10);
    assert.equal(second.spaceAfter, 6);
    assert.deepEqual(second.lineSpacing, { rule: 'auto', value: 360 });
  });

  it('says when a theme font cannot be known (no theme part), and when no font is set at all', () => {
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>';
    assert.deepEqual(readDocx(docx(p('x'), { styles })).paragraphs[0].runs[0].font, { kind: 'theme-unresolved', slot: 'minorHAnsi' });
    assert.deepEqual(readDocx(docx(p('x'))).paragraphs[0].runs[0].font, { kind: 'unset' });
  });

  it('restores automatic numbering labels: decimal, letters, bullets, multilevel, restarting deeper levels', () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`;
    const item = (num: number, level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [item(1, 0, 'Một'), item(1, 1, 'a'), item(1, 1, 'b'), item(1, 0, 'Hai'), item(1, 1, 'a lại'), item(1, 2, 'sâu'), item(2, 0, 'gạch'), item(3, 0, 'La Mã')].join('');
    const word = readDocx(docx(body, { numbering }));
    assert.deepEqual(word.text.split('\n'), ['1. Một', 'a) a', 'b) b', '2. Hai', 'a) a lại', '2.1. sâu', '- gạch', 'IV. La Mã']);
    assert.equal(word.paragraphs[0].labelLength, 3);
    assert.equal(word.paragraphs[0].runs[0].start, 3, 'runs are placed after the restored label');
  });

  it('reads a table row by row, each cell left to right, and skips the lower parts of merged cells', () => {
    const cell = (text: string, extra = '') => `<w:tc><w:tcPr>${extra}</w:tcPr>${p(text)}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell('TRÁI 1')}${cell('PHẢI 1')}</w:tr><w:tr>${cell('TRÁI 2', '<w:vMerge w:val="restart"/>')}${cell('PHẢI 2')}</w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${cell('PHẢI 3')}</w:tr></w:tbl>`;
    const word = readDocx(docx(body));
    assert.deepEqual(word.text.split('\n'), ['TRÁI 1', 'PHẢI 1', 'TRÁI 2', 'PHẢI 2', 'PHẢI 3']);
    assert.ok(word.paragraphs.every((paragraph) => paragraph.where === 'table'));
  });

  it('drops tracked deletions, keeps insertions, reads a text box once (not its fallback), and field results only', () => {
    const box = (kind: string) => `<w:txbxContent>${p(`hộp ${kind}`)}</w:txbxContent>`;
    const body = [
      `<w:p><w:r><w:t xml:space="preserve">giữ </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>xoá </w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>`,
      `<w:p><w:r><w:t>neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('một')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box('hai')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>09/02/2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    ].join('');
    const word = readDocx(docx(body));
    assert.deepEqual(word.text.split('\n'), ['giữ thêm', 'neo', 'hộp một', '09/02/2026']);
    assert.equal(word.paragraphs[2].where, 'textbox');
    assert.ok(word.paragraphs[1].hasShape);
  });

  it('keeps a line break inside a paragraph as a line of that paragraph, and maps lines to paragraphs', () => {
    const word = readDocx(docx(`<w:p><w:r><w:t>một</w:t><w:br/><w:t>hai</w:t></w:r></w:p>${p('ba')}`));
    assert.deepEqual(word.text.split('\n'), ['một', 'hai', 'ba']);
    assert.deepEqual(word.paragraphOfLine, [0, 0, 1]);
    assert.equal(word.paragraphs[1].line, 2);
  });

  it('shows text in All Caps as capitals, as the page does', () => {
    const word = readDocx(docx('<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>quyết định</w:t></w:r></w:p>'));
    assert.equal(word.text, 'QUYẾT ĐỊNH');
  });

  it('reads the page set-up and where the page number is', () => {
    const header = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p>';
    const sectPr = '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="851" w:bottom="1134" w:left="1588" w:right="1134" w:gutter="0"/></w:sectPr>';
    const word = readDocx(docx(p('x'), { header, sectPr }));
    const [section] = word.sections;
    assert.equal(Math.round(section.pageWidth!), 210);
    assert.equal(Math.round(section.pageHeight!), 297);
    assert.deepEqual([section.margins.top, section.margins.left].map((mm) => Math.round(mm! * 10) / 10), [15, 28]);
    assert.deepEqual(section.pageNumber, { position: 'header', align: 'center', size: 13, onFirstPage: true });
  });
});

describe('the .docx reader on equations', () => {
  it('keeps the text of an equation (OMML) in the paragraph, its runs marked as math', () => {
    const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
    const body = `<w:p><w:r><w:t xml:space="preserve">R = </w:t></w:r><m:oMath ${M}><m:rad><m:deg><m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>3</m:t></m:r></m:deg><m:e><m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>Q</m:t></m:r></m:e></m:rad></m:oMath><w:r><w:t>; m</w:t></w:r></w:p>`;
    const [paragraph] = readDocx(docx(body)).paragraphs;
    assert.equal(paragraph.text, 'R = 3Q; m');
    const math = paragraph.runs.filter((run) => run.math);
    assert.deepEqual(math.map((run) => [paragraph.text.slice(run.start, run.end), run.font.kind === 'named' && run.font.name]), [['3', 'Cambria Math'], ['Q', 'Cambria Math']]);
  });
});

describe('the .docx reader on inserted symbols', () => {
  it('keeps a symbol inserted from a symbol font as its Unicode twin, never dropping it', () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const body = `<w:p><w:r><w:t xml:space="preserve">Q </w:t></w:r>${sym('Symbol', 'F0B3')}<w:r><w:t xml:space="preserve"> 130 kg </w:t></w:r>${sym('Wingdings', 'F0FC')}${sym('Times New Roman', '2264')}</w:p>`;
    assert.equal(readDocx(docx(body)).text, 'Q ≥ 130 kg •≤');
  });
});

describe('the .docx reader on automatic spacing', () => {
  it('reads Word\'s automatic (HTML) paragraph spacing as 14 pt', () => {
    const body = '<w:p><w:pPr><w:spacing w:before="0" w:beforeAutospacing="1" w:after="0" w:afterAutospacing="1"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>';
    const [paragraph] = readDocx(docx(body)).paragraphs;
    assert.deepEqual([paragraph.spaceBefore, paragraph.spaceAfter], [14, 14]);
  });
});

describe('the .docx reader on toggle properties', () => {
  it('toggles bold across style levels (ECMA-376 17.7.3) and lets direct formatting set it', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="Bold"><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>`;
    const run = (rPr: string, text: string) => `<w:r><w:rPr>${rPr}</w:rPr><w:t>${text}</w:t></w:r>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr>${run('', 'a')}${run('<w:rStyle w:val="Strong"/>', 'b')}${run('<w:rStyle w:val="Strong"/><w:b/>', 'c')}</w:p>`;
    const [paragraph] = readDocx(docx(body, { styles })).paragraphs;
    assert.deepEqual(paragraph.runs.map((r) => r.bold), [true, false, true]);
  });
});
