// Run by memo-retention.test.ts in a child under --expose-gc. Reads inputs of about 1 MB one after another,
// each with a long name of its own that a module memo keeps (`lint`: a token for the word rules' memo; `xml`:
// an element and a namespace for the .docx reader's qualified names), lets each input go, and prints the
// heap after a full collection before and after, as JSON.

import { lint } from '../../server/src/engine';
import { parseXml } from '../../server/src/engine/docx/xml';

declare const gc: () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const [mode, count] = [process.argv[2], Number(process.argv[3])];
// A paragraph of plain syllables, repeated to about a million characters (two-byte: the letters are Vietnamese).
const PARAGRAPH = 'Cơ quan, đơn vị thực hiện nhiệm vụ được giao theo quy định của pháp luật và báo cáo kết quả.\n';
const body = PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length));
const RUN = `<w:p><w:r><w:t>${PARAGRAPH.trim()}</w:t></w:r></w:p>`;
const runs = RUN.repeat(Math.ceil(600_000 / RUN.length));
const read = (i: number) => {
  if (mode === 'lint') {
    lint(`${body}“khởi-động-${i}-lần-thứ”\n`);
    return;
  }
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:x${i}="urn:vanban:test:${i}">`
    + `<w:body>${runs}<x${i}:extensionElementNumber${i} x${i}:attributeWithALongName${i}="1"/></w:body></w:document>`;
  parseXml(new TextEncoder().encode(xml), 'word/document.xml');
};
read(0);
const before = heap();
for (let i = 1; i <= count; i++) read(i);
console.log(JSON.stringify({ before, after: heap() }));
