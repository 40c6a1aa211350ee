// Hand-made .docx packages for the reader's tests: the XML parts as written, zipped with fflate. Each test
// states the OOXML it reads, so the cascade, numbering and hostile cases are tested on exact input.

import { zipSync, strToU8 } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A package around a body (the inside of w:body) and optional styles, numbering, theme, headers. */
export function docx(body: string, parts: {
  styles?: string; numbering?: string; theme?: string; header?: string; sectPr?: string;
  /** More relationships of the main part, and more entries of the package (comments, media, custom XML). */
  rels?: string; files?: Record<string, Uint8Array>;
} = {}): Uint8Array {
  const rels = [
    parts.styles ? `<Relationship Id="rS" Type="${R}/styles" Target="styles.xml"/>` : '',
    parts.numbering ? `<Relationship Id="rN" Type="${R}/numbering" Target="numbering.xml"/>` : '',
    parts.theme ? `<Relationship Id="rT" Type="${R}/theme" Target="theme/theme1.xml"/>` : '',
    parts.header ? `<Relationship Id="rH" Type="${R}/header" Target="header1.xml"/>` : '',
    parts.rels ?? '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}${parts.sectPr ?? ''}</w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.theme) files['word/theme/theme1.xml'] = strToU8(parts.theme);
  Object.assign(files, parts.files ?? {});
  if (parts.header) files['word/header1.xml'] = strToU8(`<w:hdr xmlns:w="${W}">${parts.header}</w:hdr>`);
  return zipSync(files);
}

/** A paragraph of plain runs. */
export const p = (...runs: string[]) => `<w:p>${runs.map((text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`).join('')}</w:p>`;
