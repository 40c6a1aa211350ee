// The .docx reader resolves namespaces itself (saxes's namespace mode cost a third of the parse): a part
// written with other prefixes, or with WordprocessingML as the default namespace, reads as the usual `w:`
// part (its attributes still prefixed: an unprefixed attribute is in no namespace); a namespace declared on an inner element holds inside it only; an undeclared prefix is a broken
// part, said by name.

import * as assert from 'node:assert/strict';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx, WordError } from '../../server/src/engine';
import { docx, p, W } from './parts';

/** The package with its document.xml replaced. */
function withDocument(xml: string): Uint8Array {
  const entries = unzipSync(docx(p('x')));
  entries['word/document.xml'] = strToU8(xml);
  return zipSync(entries);
}

/** The body with elements under one prefix and attributes under another (unprefixed attributes are in no namespace). */
const BODY = (w: string, a = w) => `<${w}body><${w}p><${w}pPr><${w}jc ${a}val="center"/></${w}pPr><${w}r><${w}rPr><${w}b/><${w}sz ${a}val="28"/></${w}rPr><${w}t xml:space="preserve">CỘNG HÒA </${w}t></${w}r><${w}r><${w}t>XÃ HỘI</${w}t></${w}r></${w}p></${w}body>`;

describe('the .docx reader on namespaces', () => {
  const usual = readDocx(withDocument(`<?xml version="1.0"?><w:document xmlns:w="${W}">${BODY('w:')}</w:document>`));

  it('reads a part with another prefix, or with WordprocessingML as the default namespace, as the usual one', () => {
    assert.equal(usual.text, 'CỘNG HÒA XÃ HỘI');
    assert.equal(usual.paragraphs[0].align, 'center');
    assert.deepEqual(usual.paragraphs[0].runs.map((r) => r.bold), [true, false]);
    for (const xml of [
      `<ns0:document xmlns:ns0="${W}">${BODY('ns0:')}</ns0:document>`,
      `<document xmlns="${W}" xmlns:v="${W}">${BODY('', 'v:')}</document>`,
      // Declared on the body, not the root: in force inside it.
      `<w:document xmlns:w="${W}"><w:body xmlns:x="${W}">${BODY('x:').slice('<x:body>'.length, -'</x:body>'.length)}</w:body></w:document>`,
    ]) {
      const read = readDocx(withDocument(xml));
      assert.equal(read.text, usual.text, xml.slice(0, 40));
      assert.deepEqual(read.paragraphs.map((q) => [q.align, q.runs.map((r) => [r.bold, r.size, r.start, r.end])]), usual.paragraphs.map((q) => [q.align, q.runs.map((r) => [r.bold, r.size, r.start, r.end])]));
    }
  });

  it('a prefix declared on an element does not hold after it; an undeclared prefix is a broken part, named', () => {
    const outside = `<w:document xmlns:w="${W}"><w:body><w:p xmlns:y="${W}"><y:r><y:t>a</y:t></y:r></w:p><w:p><y:r><y:t>b</y:t></y:r></w:p></w:body></w:document>`;
    assert.throws(() => readDocx(withDocument(outside)), (error: Error) => error instanceof WordError && error.kind === 'corrupt' && /word\/document\.xml/.test(error.message) && /unbound namespace prefix: "y"/.test(error.message));
  });
});
