// Generated hostile .docx packages, each of a chosen size n: what made the reader quadratic,
// blow up a label, fill the memory or overflow the stack. Small when zipped, as an attacker would send them.

import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const ROOT_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;

function pack(body: string, extra: { rels?: string; parts?: Record<string, string> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(`<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${extra.rels ?? ''}</Relationships>`),
  };
  for (const [name, xml] of Object.entries(extra.parts ?? {})) files[name] = strToU8(xml);
  return zipSync(files, { level: 9 });
}

/** n sections, each naming the same header of n paragraphs (quadratic when each section read the header again). */
export function sectionsTimesHeader(n: number): Uint8Array {
  const sect = `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr></w:pPr></w:p>`;
  return pack(sect.repeat(n), {
    rels: `<Relationship Id="rH" Type="${R}/header" Target="header1.xml"/>`,
    parts: { 'word/header1.xml': `<w:hdr xmlns:w="${W}">${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(n)}</w:hdr>` },
  });
}

/** n numbered paragraphs of a list that starts at 2,000,000,000 in letters. */
export function hugeLetterStart(n: number): Uint8Array {
  const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return pack('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Điều</w:t></w:r></w:p>'.repeat(n), {
    rels: `<Relationship Id="rN" Type="${R}/numbering" Target="numbering.xml"/>`,
    parts: { 'word/numbering.xml': numbering },
  });
}

/** n empty paragraphs. */
export function emptyParagraphs(n: number): Uint8Array {
  return pack('<w:p/>'.repeat(n));
}

/** One paragraph of n runs holding a PAGE field. */
export function runsWithPageField(n: number): Uint8Array {
  return pack(`<w:p><w:r><w:instrText>PAGE</w:instrText></w:r>${'<w:r><w:t>a</w:t></w:r>'.repeat(n)}</w:p>`);
}

/** n paragraphs of ordinary text (the baseline). */
export function plainParagraphs(n: number): Uint8Array {
  return pack('<w:p><w:r><w:t>Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện.</w:t></w:r></w:p>'.repeat(n));
}

/** A document part holding bytes that are not UTF-8. */
export function invalidUtf8Part(): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': new Uint8Array([...strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Ph`), 0xf2, 0x6e, ...strToU8('g</w:t></w:r></w:p></w:body></w:document>')]),
  };
  return zipSync(files);
}

/** A password-protected package: an OLE compound file whose directory (here past the first 4 MB) lists EncryptionInfo. */
export function encryptedPackage(size = 5 * 1024 * 1024): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]), size - 4096);
  bytes.set([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]), size - 3968);
  return bytes;
}



/** About n bytes of incompressible text in paragraphs of a hundred words (a file near 10 MB that is mostly text). */
export function noisyText(n: number): Uint8Array {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const syllables = ['xã', 'hội', 'chủ', 'nghĩa', 'việt', 'nam', 'độc', 'lập', 'tự', 'do', 'hạnh', 'phúc', 'ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'quyết', 'định'];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < n) {
    const words: string[] = [];
    for (let i = 0; i < 100; i++) words.push(syllables[next() % syllables.length] + String.fromCharCode(97 + (next() % 26)));
    const text = words.join(' ');
    size += text.length + 40;
    paragraphs.push(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
  }
  return pack(paragraphs.join(''));
}
export const SHAPES = { sectionsTimesHeader, hugeLetterStart, emptyParagraphs, runsWithPageField, plainParagraphs, noisyText } as const;
