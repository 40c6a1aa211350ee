// What the formatting rules (input 'docx') share: where the structure reader's parts sit in the Word file
// (each recognised segment of the extracted text back to its paragraph and the runs that draw it), the body
// paragraphs, and one way to report: one cause, one finding. A part is checked only when the reader
// recognised it (rather silent than wrong). The formatting fix reads the same parts.

import type { DocumentModel, Range, Segment } from '../../model';
import type { RuleContext } from '../rule';
import type { Message } from '../../l10n/localize';
import { PART_FIGURES, type PartFigure, type PartName } from '../../catalog/formatting';
import type { WordDocument, WordParagraph, WordRun } from '../../docx/model';

export interface FormattedPart {
  readonly part: PartName;
  readonly segment: Segment;
  readonly paragraph: WordParagraph;
  /** The runs that draw the segment's visible characters (whitespace-only runs and equations left out). */
  readonly runs: readonly WordRun[];
}

/** Every recognised part with its paragraph and runs, in text order. */
export function formattedParts(model: DocumentModel, word: WordDocument): FormattedPart[] {
  const out: FormattedPart[] = [];
  const add = (part: PartName, segment: Segment | undefined) => {
    if (!segment) return;
    const found = locate(word, segment);
    if (found) out.push({ part, segment, ...found });
  };
  const { header, signature, recipients } = model;
  add('party-title', header.partyTitle);
  add('national-name', header.nationalName);
  add('motto', header.motto);
  // Of several issuer lines the last is the issuing body for certain; the earlier ones are its superior
  // body or the first half of a long name, so they are checked only for what both share (size).
  header.issuerLines.forEach((line, i) => add(i === header.issuerLines.length - 1 ? 'issuer' : 'superior-body', line));
  add('number', header.number);
  add('place-date', header.placeDate);
  add('type-name', model.typeName);
  const letter = !model.typeName;
  for (const line of model.summary) add(letter ? 'letter-summary' : 'summary', line);
  if (model.addressees) {
    add('addressee', model.addressees.label);
    for (const item of model.addressees.items) for (const piece of [item, ...item.continuation]) add('addressee', piece);
  }
  // The grounds are body lines too (for the size). Their emphasis is the grounds' own only where the type's
  // template opens with grounds of issuance; elsewhere offices set a `Căn cứ …` paragraph as body text.
  const grounds = model.documentType?.enacts ? model.grounds?.items ?? [] : [];
  for (const ground of grounds) for (const line of ground.lines) add('grounds', line);
  for (const paragraph of model.body.paragraphs) add('body', paragraph);
  if (recipients) {
    add('recipients-label', recipients.label);
    for (const item of recipients.items) {
      add('recipient', item);
      for (const line of item.continuation) add('recipient', line);
    }
  }
  if (signature) {
    for (const authority of signature.authorities) add('signing-authority', authority);
    for (const title of signature.titles) add('signer-title', title);
    add('signer-name', signature.name);
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
const REPEATED = new Set<PartName>(['body', 'grounds', 'recipient', 'addressee', 'summary', 'letter-summary']);

export interface PartFinding {
  readonly part: PartName;
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
 * The body paragraphs the body-formatting rules check: paragraphs of running text the structure reader put
 * in the body (not headings, not tables or text boxes, not an all-capitals line such as `QUYẾT ĐỊNH:`),
 * once each, in order.
 */
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
