// The body: its lines read as headings (by their markers) or paragraphs, then merged once in document
// order into one list of blocks (heading, item, paragraph), so no consumer merges and sorts them again.

import type { Body, BodyBlock, Heading, Segment } from '../model';
import { parseHeading } from './headings';
import type { BodyFacts } from './memo';
import type { ReaderView } from './view';

/** What the body reader found: headings and paragraphs, each list in line order. */
export interface BodyLines {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly headings: readonly Heading[];
  readonly paragraphs: readonly Segment[];
}

/** The body with its blocks in document order (one pass over the two lists, which are each in order). */
export function orderBody(read: BodyLines): Body {
  const { headings, paragraphs } = read;
  const blocks: BodyBlock[] = new Array(headings.length + paragraphs.length);
  let h = 0;
  let p = 0;
  for (let b = 0; b < blocks.length; b++) {
    const heading = headings[h];
    const paragraph = paragraphs[p];
    if (heading && (!paragraph || heading.line < paragraph.line || heading.line === paragraph.line && heading.start <= paragraph.start)) {
      blocks[b] = { kind: heading.kind === 'dash' || heading.kind === 'plus' ? 'item' : 'heading', segment: heading };
      h++;
    } else {
      blocks[b] = { kind: 'paragraph', segment: paragraph };
      p++;
    }
  }
  return { firstLine: read.firstLine, lastLine: read.lastLine, blocks, headings, paragraphs };
}

/** How many lines a quotation may run before an unclosed quote mark is taken for a slip. */
const QUOTE_LIMIT = 80;

/** A line ending with a citation noun and no mark: the number on the next line is that noun's. */
const CITATION_NOUN_END = /(?:^|\s)(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|số)$/u;

function closesQuote(text: string): boolean {
  return text.includes('”') || /"[.,;:)]*$/u.test(text);
}

/** The memo's heading of a body line, read once per text and placed at line `i`. */
function headingAt(facts: BodyFacts, i: number): Heading | undefined {
  if (facts.heading === undefined) facts.heading = parseHeading({ line: 0, start: facts.start, end: facts.end, text: facts.text }) ?? null;
  if (!facts.heading) return undefined;
  if (facts.placed?.line !== i) facts.placed = { ...facts.heading, line: i };
  return facts.placed;
}

/** The memo's segment of a body line, placed at line `i`. */
function segmentAt(facts: BodyFacts, i: number): Segment {
  if (facts.segment?.line !== i) facts.segment = { line: i, start: facts.start, end: facts.end, text: facts.text };
  return facts.segment;
}

/** The body's lines in [from, to]: headings by their markers, the rest paragraphs, quotations kept whole. */
export function readBody(view: ReaderView, from: number, to: number): BodyLines {
  const { lines } = view;
  const visible = view.visibility();
  const headings: Heading[] = [];
  const paragraphs: Segment[] = [];
  const first = view.nextVisible(from, lines.length);
  if (first < 0 || to < first) return { firstLine: from, lastLine: from - 1, headings, paragraphs };
  // A quotation of another text (an amended clause, an article quoted point by point) opens with a quote
  // mark at the start of a line and closes at a closing mark: its numbered lines belong to the quoted
  // text, not to this document's structure, so they stay paragraphs.
  let quoteOpenedAt = -1;
  let previousText: string | undefined;
  for (let i = first; i <= to; i++) {
    if (!visible(i)) continue;
    // A line seen by the previous version's parse gets its segment and marker from the memo (memo.ts).
    const facts = view.bodyFacts(i);
    const segment = facts ? segmentAt(facts, i) : view.segment(i);
    if (!segment.text) continue;
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt > QUOTE_LIMIT) quoteOpenedAt = -1; // never closed: give up
    const quoted = quoteOpenedAt >= 0;
    // `^[“"]` by code: a pattern literal here would be a new object for every line of the body.
    const first = segment.text.charCodeAt(0);
    const opens = !quoted && (first === 0x201c || first === 34) && !closesQuote(segment.text.slice(1));
    if (opens) quoteOpenedAt = i;
    else if (quoted && closesQuote(segment.text)) quoteOpenedAt = -1;
    let heading = quoted || opens ? undefined : facts ? headingAt(facts, i) : parseHeading(segment);
    // "(3)" at the start of a line after "… (1) …; (2) …" continues that inline enumeration: not an item.
    if (heading?.kind === 'paren' && previousText !== undefined && previousText.indexOf(` (${heading.values[0] - 1}) `) > 0) heading = undefined;
    // "… theo quy định tại Khoản" / "3 - Điều 61 Luật …": a citation wrapped after its noun, not item 3.
    if (heading?.kind === 'decimal' && heading.style === '-' && previousText !== undefined && CITATION_NOUN_END.test(previousText.slice(-12))) heading = undefined;
    previousText = segment.text;
    if (heading) headings.push(heading);
    else paragraphs.push(segment);
  }
  markQuotedArticles(headings);
  return { firstLine: first, lastLine: to, headings, paragraphs };
}

/**
 * A guide that explains another document article by article heads its own sections `I.`, `1.` and quotes
 * the articles it explains (`Điều 2. …`, `Điều 7. …`): their numbers are the other document's, not this
 * one's sequence. Told by the first article: it is not Điều 1 and the document's own sections came before.
 */
function markQuotedArticles(headings: Heading[]): void {
  const first = headings.findIndex((heading) => heading.kind === 'dieu');
  if (first <= 0 || headings[first].values[0] <= 1) return;
  if (!headings.slice(0, first).some((heading) => heading.kind === 'roman' || heading.kind === 'decimal')) return;
  for (let k = first; k < headings.length; k++) if (headings[k].kind === 'dieu') headings[k] = { ...headings[k], quoted: true };
}
