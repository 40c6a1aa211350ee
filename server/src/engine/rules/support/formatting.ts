// What the formatting rules (input 'docx') share: where the structure reader's parts sit in the Word file
// (each recognised segment of the extracted text back to its paragraph and the runs that draw it), the body
// paragraphs, and one way to report: one cause, one finding. A part is checked only when the reader
// recognised it (rather silent than wrong). The formatting fix reads the same parts.

import type { DocumentModel, HeadingKind, Range, Segment } from '../../model';
import type { RuleContext } from '../rule';
import type { Message } from '../../l10n/localize';
import { MORE_THAN_ONE_PAGE, PART_FIGURES, type PartFigure } from '../../catalog/formatting';
import { PARTS, partsOf, type PartId } from '../../model/parts';
import type { WordDocument, WordParagraph, WordRun } from '../../docx/model';

export interface FormattedPart {
  readonly part: PartId;
  readonly segment: Segment;
  readonly paragraph: WordParagraph;
  /** The runs that draw the segment's visible characters (whitespace-only runs and equations left out). */
  readonly runs: readonly WordRun[];
}

/** Every recognised part that has a name in messages, with its paragraph and runs, in text order. */
export function formattedParts(model: DocumentModel, word: WordDocument): FormattedPart[] {
  const out: FormattedPart[] = [];
  // The grounds are body lines too (for the size). Their emphasis is the grounds' own only where the type's
  // template opens with grounds of issuance; elsewhere offices set a `Căn cứ …` paragraph as body text.
  const grounds = Boolean(model.documentType?.enacts);
  for (const part of partsOf(model)) {
    // A part the messages can name is a part the formatting rules check (not the `*`, a mark, a rule line).
    if (!PARTS[part.id].subject || (part.id === 'grounds' && !grounds)) continue;
    for (const segment of part.segments) {
      const found = locate(word, segment);
      if (found) out.push({ part: part.id, segment, ...found });
    }
  }
  return out;
}

/** The paragraph of a text line, and the runs under a segment of it. */
export function locate(word: WordDocument, segment: Segment): { paragraph: WordParagraph; runs: WordRun[] } | undefined {
  const index = word.paragraphOfLine[segment.line];
  const paragraph = index === undefined ? undefined : word.paragraphs[index];
  if (!paragraph) return undefined;
  // Offset of the segment's line inside the paragraph's text (a paragraph spans lines at its breaks).
  let offset = 0;
  for (let line = paragraph.line; line < segment.line; line++) {
    const next = paragraph.text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const start = offset + segment.start;
  const end = offset + segment.end;
  // Equations are objects with their own sizing (the equation editor's): the part's text is the rest.
  const runs = paragraph.runs.filter((run) => !run.math && run.start < end && run.end > start && paragraph.text.slice(Math.max(run.start, start), Math.min(run.end, end)).trim() !== '');
  return { paragraph, runs };
}

/** The range of a paragraph's first line in the extracted text (for findings about the paragraph as a whole). */
export function paragraphRange(word: WordDocument, paragraph: WordParagraph): Range {
  const first = paragraph.text.split('\n', 1)[0];
  return { start: { line: paragraph.line, character: 0 }, end: { line: paragraph.line, character: first.length } };
}

/** Sorted distinct values, for a message: `12, 14`. */
export function distinct(values: Iterable<number | string>): string {
  return [...new Set(values)].sort().join(', ');
}

/** Parts whose lines repeat: one measured slip over several of their lines is one cause. */
const REPEATED = new Set<PartId>(['body', 'grounds', 'recipient', 'addressee', 'summary', 'letter-summary']);

export interface PartFinding {
  readonly part: PartId;
  /** What was measured: findings of a repeated part with the same key are grouped. */
  readonly key: string;
  readonly range: Range;
  readonly severity?: 'info';
  readonly message: (others: number) => Message;
}

/**
 * A formatting rule's walk over the recognised parts: each part that has a figure in the regime is given to
 * `findingsOf` with it, and the findings are reported once per cause. Nothing without the Word file.
 */
export function checkParts(
  context: Pick<RuleContext, 'model' | 'word' | 'regime' | 'report'>,
  findingsOf: (part: FormattedPart, figure: PartFigure) => PartFinding[],
): void {
  const figures = PART_FIGURES[context.regime];
  if (!context.word || !figures) return;
  const findings = formattedParts(context.model, context.word).flatMap((part) => {
    const figure = figures[part.part];
    return figure ? findingsOf(part, figure) : [];
  });
  reportOncePerCause(findings.map((finding) => ({ ...finding, cause: REPEATED.has(finding.part) ? `${finding.part}\u0000${finding.key}` : undefined })), context.report);
}

export interface GroupedFinding {
  /** Findings with the same cause are one finding; none: the finding stands alone. */
  readonly cause?: string;
  readonly range: Range;
  readonly severity?: 'info';
  readonly message: (others: number) => Message;
}

/** Reports each finding, those of one cause once (at the first, with the count of the others), in order. */
export function reportOncePerCause(findings: readonly GroupedFinding[], report: (r: { range: Range; message: Message; severity?: 'info' }) => void): void {
  const groups = new Map<string, GroupedFinding[]>();
  const order: GroupedFinding[][] = [];
  for (const finding of findings) {
    const key = finding.cause === undefined ? `#${order.length}` : `=${finding.cause}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      const fresh = [finding];
      groups.set(key, fresh);
      order.push(fresh);
    }
  }
  for (const group of order) report({ range: group[0].range, severity: group[0].severity, message: group[0].message(group.length - 1) });
}

/**
 * Headings that are body text (NĐ 30 Phụ lục I, Mục II.6.đ): an article's line (`Điều 1.`, indented 1 or
 * 1.27 cm as the body), a khoản (`1.`) and a điểm (`a)`). Phần, Chương and Mục stand centred on their own
 * lines (checked by word-division-headings), and `I.`, `1.2.`, `(1)` headings are laid out as the drafter chose.
 */
const BODY_HEADINGS = new Set<HeadingKind>(['dieu', 'decimal', 'letter']);

/**
 * The body paragraphs the body-formatting rules check: paragraphs of running text the structure reader put
 * in the body, and the Điều, khoản and điểm paragraphs (not other headings, not tables or text boxes, not an
 * all-capitals line such as `QUYẾT ĐỊNH:`), once each, in order.
 */
export function bodyParagraphs(model: DocumentModel, word: WordDocument): WordParagraph[] {
  const seen = new Set<number>();
  const out: WordParagraph[] = [];
  for (const block of model.body.blocks) {
    if (block.kind === 'item' || (block.kind === 'heading' && (!BODY_HEADINGS.has(block.segment.kind) || block.segment.quoted))) continue;
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
 * The paragraph above is the body's running text: a centred line (`QUYẾT ĐỊNH:`, a chapter) keeps its own
 * gap, and an empty paragraph is a blank line, more than any gap.
 */
export function followsBody(previous: WordParagraph): boolean {
  return previous.where === 'body' && previous.align !== 'center' && previous.text.trim() !== '';
}

/** No section numbers its pages, and the text runs over one page for certain (MORE_THAN_ONE_PAGE). */
export function lacksPageNumber(word: WordDocument): boolean {
  return word.sections.length > 0 && word.sections.every((section) => !section.pageNumber) && word.text.length > MORE_THAN_ONE_PAGE;
}
