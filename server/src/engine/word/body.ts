// The body paragraphs of a Word file that the body-formatting rules check: paragraphs of running text the
// structure reader put in the body (not headings, not tables or text boxes, not an all-capitals line such
// as `QUYẾT ĐỊNH:`), once each, in order. Findings of one measured value are grouped: one cause, one finding.

import type { DocumentModel, Range } from '../model';
import type { Message } from '../l10n/localize';
import type { WordDocument, WordParagraph } from './model';
import { locate, paragraphRange } from './parts';

export function bodyParagraphs(model: DocumentModel, word: WordDocument): WordParagraph[] {
  const seen = new Set<number>();
  const out: WordParagraph[] = [];
  for (const block of model.body.blocks) {
    if (block.kind !== 'paragraph') continue;
    const found = locate(word, block.segment);
    if (!found || seen.has(found.paragraph.index)) continue;
    seen.add(found.paragraph.index);
    const { paragraph } = found;
    if (paragraph.where !== 'body') continue;
    const text = paragraph.text.slice(paragraph.labelLength);
    if (text.toUpperCase() === text) continue; // a centred all-capitals line, not running text
    out.push(paragraph);
  }
  return out;
}

/**
 * Reports paragraphs grouped by a measured value: the first paragraph of each value carries the finding,
 * with the count of the others.
 */
export function reportGrouped(
  word: WordDocument,
  items: readonly { paragraph: WordParagraph; key: string }[],
  message: (key: string, others: number) => Message,
  report: (range: Range, message: Message) => void,
): void {
  const groups = new Map<string, WordParagraph[]>();
  for (const { paragraph, key } of items) {
    const group = groups.get(key);
    if (group) group.push(paragraph);
    else groups.set(key, [paragraph]);
  }
  for (const [key, paragraphs] of groups) report(paragraphRange(word, paragraphs[0]), message(key, paragraphs.length - 1));
}
