// The grounds (căn cứ) at the head of the body, recognised once: `Căn cứ Luật …;` lines (state), `- Căn cứ
// …;` lines (Party), `Theo đề nghị …`, `Xét đề nghị …`, `Xét …`, `- Thực hiện …`, each possibly wrapped over
// several lines, up to the enacting line (`QUYẾT ĐỊNH:`, `Ban Bí thư quy định …`) or the first article.
// The openers are the catalogue's (catalog/conventions.ts).

import { alternation, PARTY_GROUNDS_OPENERS, STATE_GROUNDS_OPENERS } from '../catalog/conventions';
import type { BodyBlock, Grounds, Segment } from '../model';

// Not `\b` (ASCII-only): no letter may follow the opener (`Xét` is not `Xétnghiệm`; `Căn cứ vào` is fine).
const STATE_START = new RegExp(`^(${alternation(STATE_GROUNDS_OPENERS)})(?![\\p{L}])`, 'u');
const PARTY_START = new RegExp(`^[-–]\\s*(${alternation(PARTY_GROUNDS_OPENERS)})(?![\\p{L}])`, 'u');
/** How far into the body the grounds may start (after the enacting authority's line, say). */
const SEARCH = 6;
/** How far past a `;` another ground may start and still belong to the same block. */
const LOOKAHEAD = 6;
/** A line longer than this is running text, never tested as a ground's start (the patterns stay cheap). */
const LINE_LIMIT = 4000;

/** The opener a line starts with, and whether it is a `- ` line; undefined for any other line. */
function openerOf(text: string): { opener: string; dashed: boolean } | undefined {
  if (text.length > LINE_LIMIT) return undefined;
  const state = STATE_START.exec(text);
  if (state) return { opener: state[1], dashed: false };
  const party = PARTY_START.exec(text);
  return party ? { opener: party[1], dashed: true } : undefined;
}

const isStart = (text: string) => openerOf(text) !== undefined;

/** All capitals (the enacting line `QUYẾT ĐỊNH:`, an authority line, a chapter's title). */
function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The enacting line or a heading: where the grounds certainly end. */
function isEnacting(text: string): boolean {
  return isAllCaps(text) && text.split(/\s+/).length >= 2 || /^(Điều|Chương|Phần|Mục)\s+\S+/u.test(text) || /^[IVX]+[.-]\s/u.test(text);
}

/** A line opening a quotation that it does not close: the lines after it, to the closing mark, are quoted. */
function opensQuote(text: string): boolean {
  return /^[“"]/u.test(text) && !text.slice(1).includes('”') && !/"[.,;:)]*$/u.test(text.slice(1));
}

function closesQuote(text: string): boolean {
  return text.includes('”') || /"[.,;:)]*$/u.test(text);
}

/** Where the grounds start: within the first lines of the body, before its first numbered heading, outside
 *  a quotation (a `Căn cứ` line of a quoted text is the quoted text's). -1 when the body opens without them. */
function startOf(blocks: readonly BodyBlock[]): number {
  let quoted = false;
  for (let i = 0; i < Math.min(SEARCH, blocks.length); i++) {
    const { kind, segment } = blocks[i];
    const text = segment.text;
    if (quoted) {
      if (closesQuote(text)) quoted = false;
      continue;
    }
    if (kind === 'heading') return -1; // the body proper has begun: grounds come before it
    if (isStart(text)) return i;
    if (opensQuote(text)) quoted = true;
  }
  return -1;
}

/** The grounds the body opens with, or undefined when it opens without them. */
export function readGrounds(blocks: readonly BodyBlock[]): Grounds | undefined {
  const start = startOf(blocks);
  if (start < 0) return undefined;
  let current: { opener: string; dashed: boolean; lines: Segment[] } | undefined;
  const items: { opener: string; dashed: boolean; lines: Segment[] }[] = [];
  let last = start;
  for (let i = start; i < blocks.length; i++) {
    const segment = blocks[i].segment;
    const opener = openerOf(segment.text);
    if (opener) {
      if (current) items.push(current);
      current = { ...opener, lines: [segment] };
      last = i;
      continue;
    }
    if (/^\d{1,3}$/.test(segment.text)) continue; // a page number left by the PDF extraction
    if (!current || isEnacting(segment.text)) break;
    // A wrapped ground goes on until its end mark (a comma may end a wrapped line); a ground that lists
    // several documents has `;` inside it, so a ground start a few lines on keeps the block going.
    const open = !/[;.:]$/u.test(current.lines[current.lines.length - 1].text);
    let more = false;
    for (let j = i + 1; j < Math.min(i + LOOKAHEAD, blocks.length); j++) {
      const text = blocks[j].segment.text;
      if (isEnacting(text)) break;
      if (isStart(text)) { more = true; break; }
    }
    if (open || more) { current.lines.push(segment); last = i; continue; }
    break;
  }
  if (current) items.push(current);
  // The last ground ends `,` and the enacting sentence follows in running text (`- Xét đề nghị …,` / `Bộ
  // Chính trị quy định như sau:`): the sentence is not a wrapped line of the ground, though a comma may end
  // one.
  let enacting: Segment | undefined;
  const final = items[items.length - 1];
  if (final && final.lines.length >= 2) {
    const line = final.lines[final.lines.length - 1];
    if (line.text.endsWith(':') && /^\p{Lu}/u.test(line.text) && !isAllCaps(line.text) && final.lines[final.lines.length - 2].text.endsWith(',')) {
      enacting = final.lines.pop();
      last--;
      while (blocks[last].segment !== final.lines[final.lines.length - 1]) last--; // past a skipped page number
    }
  }
  // One opener sentence that runs to its colon is an enacting sentence that begins with its ground (`Căn cứ
  // quy định …, Bộ Nội vụ có ý kiến như sau:`), not a grounds part.
  if (items.length === 1 && !enacting && final.lines[final.lines.length - 1].text.endsWith(':')) return undefined;
  // The block after the grounds' last line: a sentence (not capitals, not a heading) is the enacting one.
  const after = blocks[last + 1]?.segment;
  const enactingFollows = after !== undefined && !isAllCaps(after.text) && /^\p{Lu}/u.test(after.text) && !/^(Điều|Chương|Phần|Mục)\s/u.test(after.text);
  return enacting ? { items, enactingFollows, enacting } : { items, enactingFollows };
}
