// .docx bytes -> WordDocument: the text as a draft (one paragraph a line, tables cell by cell in layout
// order, text boxes once, tracked deletions dropped, numbering labels restored) and each paragraph's
// resolved formatting, the sections' page set-up and where the page numbers are. Pure: no file system.
// The paragraph walk is paragraphs.ts, a section's page set-up sections.ts, a part's relationships relationships.ts.

import { msg } from '../l10n/localize';
import type { WordDocument } from './model';
import { readNumbering } from './numbering';
import { ParagraphReader, type ReadCounts } from './paragraphs';
import { relationships } from './relationships';
import { readSection } from './sections';
import { readStyles, readTheme } from './styles';
import { child, newBudget, parseXml, type XmlElement } from './xml';
import { readZip, WordError, type ZipLimits } from './zip';

export { WordError } from './zip';
export { MAX_PARAGRAPHS, MAX_RUNS } from './paragraphs';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** Reads a .docx. Throws a WordError (with a localisable message) when the bytes are not a readable .docx. */
export function readDocx(bytes: Uint8Array, limits?: ZipLimits): WordDocument {
  // Only the XML parts that can hold text or formatting are inflated; images, embedded objects and
  // settings are never touched.
  const parts = readZip(bytes, wantedPart, limits);
  // Each part is parsed once, all of them within one element budget.
  const budget = newBudget();
  const parsed = new Map<string, XmlElement | undefined>();
  const xml = (name: string | undefined) => {
    if (name === undefined) return undefined;
    if (!parsed.has(name)) {
      const data = parts.get(name);
      parsed.set(name, data ? parseXml(data, name, budget) : undefined);
    }
    return parsed.get(name);
  };
  const counts: ReadCounts = { paragraphs: 0, runs: 0 };
  if (!parts.has('[Content_Types].xml')) throw new WordError('not-docx', msg('The zip is not an Office document (no [Content_Types].xml)'));
  const rootRels = relationships(xml('_rels/.rels'), '');
  const mainName = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const main = xml(mainName);
  if (!main || child(main, 'w:body') === undefined) throw new WordError('not-docx', msg('The file is not a Word document (no word/document.xml); an .xlsx or .pptx, or a renamed zip?'));
  const base = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const rels = relationships(xml(`${base}_rels/${mainName.slice(base.length)}.rels`), base);
  const byType = (type: string) => [...rels.values()].find((rel) => rel.type === REL_TYPE + type)?.target;
  const styles = readStyles(xml(byType('styles') ?? `${base}styles.xml`));
  const theme = readTheme(xml(byType('theme')));
  const numbering = readNumbering(xml(byType('numbering')));
  const reader = new ParagraphReader(styles, numbering, theme, counts);
  reader.readBlock(child(main, 'w:body')!, 'body');

  // A header or footer part is read once, however many sections refer to it (sections x header
  // paragraphs was quadratic, a 2.8 KB file took 50 s).
  const headerReaders = new Map<string, ParagraphReader | undefined>();
  const partReader = (target: string | undefined) => {
    if (target === undefined) return undefined;
    if (headerReaders.has(target)) return headerReaders.get(target);
    const root = xml(target);
    let headerReader: ParagraphReader | undefined;
    if (root) {
      headerReader = new ParagraphReader(styles, readNumbering(undefined), theme, counts);
      headerReader.readBlock(root, 'body');
    }
    headerReaders.set(target, headerReader);
    return headerReader;
  };
  const sections = reader.sections.map((found, i) => readSection(found.sectPr, found.first, rels, partReader, i === 0 ? undefined : reader.sections[i - 1].sectPr));
  const paragraphOfLine: number[] = [];
  for (const paragraph of reader.paragraphs) for (let i = 0; i < paragraph.lineCount; i++) paragraphOfLine.push(paragraph.index);
  return {
    text: reader.paragraphs.map((p) => p.text).join('\n'),
    paragraphs: reader.paragraphs,
    sections,
    paragraphOfLine,
    theme,
  };
}

/** Parts that carry settings, fonts' metadata or alternate content only. */
const UNUSED_PARTS = new Set(['settings.xml', 'webSettings.xml', 'fontTable.xml', 'stylesWithEffects.xml', 'people.xml', 'commentsExtended.xml', 'commentsIds.xml', 'commentsExtensible.xml']);

function wantedPart(name: string): boolean {
  if (name === '[Content_Types].xml' || name.endsWith('.rels')) return true;
  if (!name.endsWith('.xml') || name.startsWith('docProps/') || name.startsWith('customXml/') || name.includes('/glossary/')) return false;
  return !UNUSED_PARTS.has(name.slice(name.lastIndexOf('/') + 1));
}

