// The body in document order: the headings and the running-text lines the body reader found, merged once
// into one list of blocks (heading, item, paragraph), so no consumer merges and sorts them again.

import type { Body, BodyBlock, Heading, Segment } from '../model';

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
