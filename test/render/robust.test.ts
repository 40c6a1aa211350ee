// Whatever the draft, the renderers produce only their own markup: every real document of the shared
// corpus and random text (angle brackets, quotes, comment markers, emphasis) render without throwing,
// and the HTML holds no element, attribute or comment but the renderer's own.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as fc from 'fast-check';
import { lintModel, parse } from '../../server/src/engine';
import { renderDocxFile, renderPreview } from '../../server/src/engine/render';
import { corpusFiles, needsShared } from '../helpers';

const TAGS = new Set(['article', 'header', 'section', 'footer', 'div', 'p', 'span', 'strong', 'em']);
const ATTRIBUTES = new Set(['class', 'lang', 'data-line', 'data-rule', 'role', 'aria-hidden']);

/** Fails when the markup has a tag, attribute or comment the renderer does not write. */
function assertOwnMarkup(markup: string, where: string): void {
  assert.ok(!markup.includes('<!--'), `${where}: a comment reached the page`);
  for (const tag of markup.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(TAGS.has(tag[1]), `${where}: unexpected element <${tag[1]}>`);
    for (const attribute of tag[2].matchAll(/\s([^\s=]+)="[^"]*"/g)) {
      assert.ok(ATTRIBUTES.has(attribute[1]), `${where}: unexpected attribute ${attribute[1]}`);
    }
    // Nothing but name="value" pairs inside a tag.
    assert.match(tag[2], /^(\s[\w-]+="[^"<>]*")*$/, `${where}: malformed tag ${tag[0].slice(0, 80)}`);
  }
  // Outside the tags, no raw angle bracket is left: every text is escaped.
  assert.ok(!/[<>]/.test(markup.replace(/<\/?[a-zA-Z][^<>]*>/g, '')), `${where}: a raw angle bracket in the text`);
}

function render(text: string) {
  const model = parse(text);
  return renderPreview(model, lintModel(model, { language: 'vi' }).diagnostics);
}

describe('renderers on any text', function () {
  this.timeout(120_000);

  if (!needsShared()) it('render every real corpus document to HTML and .docx', async () => {
    const files = corpusFiles();
    assert.ok(files.length >= 40, `only ${files.length} corpus files`);
    let htmlMs = 0;
    let docxMs = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const model = parse(text);
      const findings = lintModel(model, { language: 'vi' }).diagnostics;
      let start = performance.now();
      const page = renderPreview(model, findings);
      htmlMs += performance.now() - start;
      assertOwnMarkup(page.markup, basename(file));
      assert.ok(page.markup.includes('data-line'), `${basename(file)}: an empty page`);
      start = performance.now();
      const bytes = await renderDocxFile(model, findings);
      docxMs += performance.now() - start;
      assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK', `${basename(file)}: not a zip`);
    }
    process.stdout.write(`      corpus: ${files.length} files, preview ${(htmlMs / files.length).toFixed(2)} ms/file, docx ${(docxMs / files.length).toFixed(1)} ms/file\n`);
  });

  it('render an empty draft: a page of placeholders and a valid .docx', async () => {
    const model = parse('');
    const findings = lintModel(model, { language: 'vi' }).diagnostics;
    assertOwnMarkup(renderPreview(model, findings).markup, 'empty');
    const bytes = await renderDocxFile(model, findings);
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
  });

  it('keep random text as text', () => {
    const piece = fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", '<!--', '-->', '<script>', '</p>', '**', '*', '`', '=', '\n', '\n\n', '\t', '   ',
        'Số: 01/QĐ-UBND', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KẾT LUẬN', 'Điều 1. ', 'javascript:', ' onload='),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      assertOwnMarkup(render(text).markup, JSON.stringify(text).slice(0, 120));
    }), { numRuns: 400 });
  });
});
