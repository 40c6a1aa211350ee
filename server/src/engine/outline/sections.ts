// The body's hierarchy: each heading with the lines it spans and its children. Outline and folding
// both read it, so they always agree.

import type { DocumentModel, Heading, HeadingKind } from '../model';

/** Depth of each heading kind, outermost first; `1.2.` goes one deeper per level of its number. */
const DEPTH: Record<HeadingKind, number> = {
  'phan': 0, 'chuong': 1, 'muc': 2, 'tieu-muc': 3, 'dieu': 4, 'roman': 5, 'decimal': 6, 'multilevel': 6,
  'paren': 20, 'letter': 21, 'dash': 30, 'plus': 31,
};

export interface Section {
  readonly heading: Heading;
  /** Last line the section spans (inclusive), trailing blank lines left out. */
  readonly endLine: number;
  readonly children: Section[];
}

function depthOf(heading: Heading): number {
  return heading.kind === 'multilevel' ? DEPTH.multilevel + heading.values.length - 1 : DEPTH[heading.kind];
}

/** The body's sections as a tree; bullet items (`-`, `+`) are list items, not sections. */
export function sections(model: DocumentModel): Section[] {
  const headings = model.body.blocks.flatMap((block) => (block.kind === 'heading' ? [block.segment] : []));
  const roots: Section[] = [];
  const stack: { depth: number; section: Section & { endLine: number } }[] = [];
  const lastBodyLine = lastContent(model, model.body.lastLine);
  const close = (until: number) => {
    // Sections still open end before `until` (the next heading that is not their descendant).
    return lastContent(model, until - 1);
  };
  for (const heading of headings) {
    const depth = depthOf(heading);
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) {
      stack.pop()!.section.endLine = close(heading.line);
    }
    const section = { heading, endLine: heading.line, children: [] as Section[] };
    (stack.length > 0 ? stack[stack.length - 1].section.children : roots).push(section);
    stack.push({ depth, section });
  }
  for (const open of stack) open.section.endLine = Math.max(open.section.heading.line, lastBodyLine);
  return roots;
}

/** The last non-blank line at or before `line`. */
function lastContent(model: DocumentModel, line: number): number {
  let i = Math.min(line, model.lines.length - 1);
  while (i > 0 && model.lines[i].text.trim() === '') i--;
  return i;
}
