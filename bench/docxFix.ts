// The `fix` lines of `npm run bench`: `vanban fix` on Word files built here, each line a paragraph in Arial
// at 12 pt with 15 mm margins (every paragraph has a fix to make): a 1 MB .docx as offices keep them (the
// 100 KB draft, about 40 pages, with a 0.9 MB photo that the fix copies untouched), and the whole 1 MB
// draft as a .docx (about 400 pages of text). `npx tsx bench/docxFix.ts` runs this part alone.

import { resolve, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { generateDraft } from './generate';

type Engine = typeof import('../server/src/engine');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A .docx holding the text, one paragraph a line, with formatting slips in every run. */
export function buildBenchDocx(text: string, photoBytes = 0): Uint8Array {
  const paragraphs = text.split('\n').map((line) => `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${paragraphs}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'),
    ...(photoBytes > 0 ? { 'word/media/image1.jpeg': [noise(photoBytes), { level: 0 }] as [Uint8Array, { level: 0 }] } : {}),
  });
}

/** Bytes that do not compress, like a photo's. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = 0x12345678;
  for (let i = 0; i < length; i++) {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

export interface DocxFixBench {
  readonly kind: 'office' | 'draft';
  readonly textBytes: number;
  readonly fileBytes: number;
  readonly changes: number;
  readonly medianMs: number;
  readonly runs: number;
}

/** The median wall time of fixDocxFormatting on a built file, over a few runs after one warm-up. */
export function benchDocxFix(engine: Engine, kind: 'office' | 'draft', runs = 5): DocxFixBench {
  const text = kind === 'office' ? generateDraft(100_000, 100) : generateDraft(1_000_000, 1000);
  const bytes = buildBenchDocx(text, kind === 'office' ? 900_000 : 0);
  const first = engine.fixDocxFormatting(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    engine.fixDocxFormatting(bytes);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { kind, textBytes: Buffer.byteLength(text), fileBytes: bytes.length, changes: first.changes.length, medianMs: times[Math.floor(times.length / 2)], runs };
}

export function docxFixLine(result: DocxFixBench): string {
  const what = result.kind === 'office' ? 'a 1 MB .docx: the 100 KB draft and a photo' : 'the 1 MB draft as a .docx';
  return `fix on ${what} (${(result.fileBytes / 1e6).toFixed(2)} MB file, ${(result.textBytes / 1e6).toFixed(2)} MB text, ${result.changes} changes): ${result.medianMs.toFixed(0)} ms median of ${result.runs} runs (aim: under 1 s)`;
}

/** Both lines. */
export function docxFixLines(engine: Engine): string[] {
  return [docxFixLine(benchDocxFix(engine, 'office')), docxFixLine(benchDocxFix(engine, 'draft', 3))];
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(join(resolve(__dirname, '..'), 'dist', 'engine.js')) as Engine;
  process.stdout.write(`${docxFixLines(engine).join('\n')}\n`);
}
