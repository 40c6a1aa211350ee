// Where the lines that stand centred on their own sit in a Word file: a Phần, Chương, Mục or Tiểu mục line
// and its title under it, an appendix's `Phụ lục` line, its title and its `(Kèm theo …)` reference; and the
// number line and V/v summary of a công văn, for the 6 pt between them. Read only where the structure reader
// recognised the part (rather silent than wrong). The formatting rules and the fix read the same lines.

import type { DocumentModel, HeadingKind, Segment } from '../../model';
import type { WordDocument, WordParagraph, WordRun } from '../../docx/model';
import type { HeadingLine } from '../../catalog/formatting';
import { locate } from './formatting';

export interface HeadingParagraph {
  readonly line: HeadingLine;
  readonly paragraph: WordParagraph;
  /** The runs that draw its letters and digits (blank runs, punctuation-only runs and equations left out). */
  readonly runs: readonly WordRun[];
  /** The first line of the paragraph in the extracted text, for the finding's range. */
  readonly segment: Segment;
}

const DIVISIONS = new Set<HeadingKind>(['phan', 'chuong', 'muc', 'tieu-muc']);
/** `Phụ lục`, `PHỤ LỤC II`, `Phụ lục số 2`: the label alone (a title on the same line is not this layout). */
const APPENDIX_LABEL = /^(?:PHỤ LỤC|Phụ lục)(?: (?:số ?)?[IVXLC\d]{1,6}[a-z]?)?[.:]?$/u;
const REFERENCE = /^\((?:Kèm|KÈM) theo/u;

function lettered(paragraph: WordParagraph, runs: readonly WordRun[]): WordRun[] {
  return runs.filter((run) => !run.math && /[\p{L}\p{N}]/u.test(paragraph.text.slice(run.start, run.end)));
}

function firstLine(paragraph: WordParagraph): Segment {
  const text = paragraph.text.split('\n', 1)[0];
  return { line: paragraph.line, start: 0, end: text.length, text };
}

function capitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text.toUpperCase() === text;
}

/** Every division line with its title, and every appendix's label, title and reference line, in order. */
export function headingParagraphs(model: DocumentModel, word: WordDocument): HeadingParagraph[] {
  const out: HeadingParagraph[] = [];
  const seen = new Set<number>();
  const add = (line: HeadingLine, paragraph: WordParagraph, runs: readonly WordRun[]) => {
    if (seen.has(paragraph.index)) return;
    seen.add(paragraph.index);
    out.push({ line, paragraph, runs: lettered(paragraph, runs), segment: firstLine(paragraph) });
  };
  const blocks = model.body.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'heading' || !DIVISIONS.has(block.segment.kind) || block.segment.quoted) continue;
    // The label on its own line: a title typed after it on the same line is not the regulation's layout.
    if (block.segment.title.trim() !== '') continue;
    const label = locate(word, block.segment);
    if (!label || label.paragraph.lineCount !== 1) continue;
    add('division-label', label.paragraph, label.runs);
    // Its title: the capitals lines right under it (a long title may take two).
    for (let k = i + 1; k < blocks.length && k <= i + 2; k++) {
      const next = blocks[k];
      if (next.kind !== 'paragraph' || !capitals(next.segment.text)) break;
      const title = locate(word, next.segment);
      if (!title || title.paragraph.index === label.paragraph.index) break;
      add('division-title', title.paragraph, title.runs);
    }
  }
  for (const attachment of model.attachments ?? []) {
    if (attachment.kind !== 'appendix') continue;
    const label = locate(word, attachment.title);
    if (!label || !APPENDIX_LABEL.test(label.paragraph.text.trim()) || label.paragraph.lineCount !== 1) continue;
    add('appendix-label', label.paragraph, label.runs);
    // Under it: the title in capitals, then the reference in brackets (which may wrap to a second paragraph).
    let inReference = false;
    for (let index = label.paragraph.index + 1; index < word.paragraphs.length && index <= label.paragraph.index + 6; index++) {
      const paragraph = word.paragraphs[index];
      const text = paragraph.text.trim();
      if (text === '' && !inReference) continue;
      if (inReference || REFERENCE.test(text)) {
        if (text === '') break;
        add('appendix-reference', paragraph, paragraph.runs);
        if (text.endsWith(')') || inReference) break;
        inReference = true;
      } else if (capitals(text) && paragraph.where === label.paragraph.where) add('appendix-title', paragraph, paragraph.runs);
      else break;
    }
  }
  return out;
}

export interface LetterSummaryGap {
  readonly number: WordParagraph;
  readonly summary: WordParagraph;
  /** Points between the number line and the V/v line: the number's space after plus the summary's before. */
  readonly gap: number;
}

/**
 * The number line and the V/v summary of a công văn (no type name), when they are two paragraphs one under
 * the other: next to each other, or in the same column of the header's table (the place and date's cell
 * read between them). An empty paragraph between them leaves more than 6 pt: not measured.
 */
export function letterSummaryGap(model: DocumentModel, word: WordDocument): LetterSummaryGap | undefined {
  const numberLine = model.header.number;
  const first = model.summary[0];
  if (model.typeName || !numberLine || !first || !/^V\/v\b/u.test(first.text)) return undefined;
  const number = locate(word, numberLine)?.paragraph;
  const summary = locate(word, first)?.paragraph;
  if (!number || !summary || summary.index <= number.index || summary.line !== first.line) return undefined;
  if (number.line + number.lineCount - 1 !== numberLine.line) return undefined;
  const between = word.paragraphs.slice(number.index + 1, summary.index);
  const adjacent = between.length === 0
    || (number.where === 'table' && summary.where === 'table' && between.every((p) => p.where === 'table' && p.text.trim() !== ''));
  if (!adjacent || between.length > 3) return undefined;
  return { number, summary, gap: number.spaceAfter + summary.spaceBefore };
}
