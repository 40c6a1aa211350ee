// The grounds (căn cứ) at the head of the body. State: one ground per line, each ending `;`, the last
// `.` (NĐ 30 Phụ lục I, II.6.a; a normative document's last ground may end `;` before its enacting
// sentence, NĐ 78/2025 Mẫu). Party: each ground a `- ` line ending `;`, the last `,` before the enacting
// sentence (the openings of 66-QĐ/TW and 399-QĐ/TW).

import { alternation, PARTY_GROUNDS_OPENERS, STATE_GROUNDS_OPENERS } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import type { Segment } from '../model';
import { columns, rangeOf } from '../ranges';
import { defineRule, type RuleContext } from './rule';
import { bodySegments, isAllCaps } from './support/text';

const STATE_START = new RegExp(`^(${alternation(STATE_GROUNDS_OPENERS)})(?![\\p{L}])`, 'u');
const PARTY_START = new RegExp(`^[-–]\\s*(${alternation(PARTY_GROUNDS_OPENERS)})(?![\\p{L}])`, 'u');
/** How far into the body the grounds may start (after an authority line, say). */
const SEARCH = 6;
/** How far past a `;` another ground may start and still belong to the same block. */
const LOOKAHEAD = 6;

interface Ground {
  readonly first: Segment;
  readonly last: Segment;
  /** A sentence (not a capitals line) follows the grounds. */
  readonly enactingFollows?: boolean;
}

export default defineRule({
  id: 'grounds-format',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The grounds end with ; and the last with . (state) or , (Party); Party grounds are - lines.',
  basis: {
    dang: 'Quy định 66-QĐ/TW, 399-QĐ/TW (phần căn cứ); HD 36-HD/VPTW',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a',
    qppl: 'NĐ 78/2025/NĐ-CP (mẫu văn bản); NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.a',
  },
  check(context) {
    const grounds = readGrounds(bodySegments(context.model, context.shared));
    if (grounds.length === 0) return;
    if (context.regime === 'dang') checkParty(context, grounds);
    else checkState(context, grounds);
  },
});

function readGrounds(segments: readonly Segment[]): Ground[] {
  const start = segments.slice(0, SEARCH).findIndex((s) => isStart(s.text));
  if (start < 0) return [];
  const grounds: Ground[] = [];
  let current: { first: Segment; last: Segment } | undefined;
  for (let i = start; i < segments.length; i++) {
    const segment = segments[i];
    if (isStart(segment.text)) {
      if (current) grounds.push(current);
      current = { first: segment, last: segment };
      continue;
    }
    if (/^\d{1,3}$/.test(segment.text)) continue; // a page number left by the PDF extraction
    if (!current || isEnacting(segment.text)) break;
    // A wrapped ground goes on until its end mark (a comma may end a wrapped line); a ground that lists
    // several documents has `;` inside it, so a ground start a few lines on keeps the block going.
    const open = !/[;.:]$/u.test(current.last.text);
    const window = segments.slice(i, i + LOOKAHEAD);
    const nextStart = window.findIndex((next) => isStart(next.text));
    const nextEnd = window.findIndex((next) => isEnacting(next.text));
    const more = nextStart > 0 && (nextEnd < 0 || nextStart < nextEnd);
    if (open || more) { current.last = segment; continue; }
    break;
  }
  if (current) grounds.push(current);
  const after = grounds.length ? segments.find((segment) => segment.line > grounds[grounds.length - 1].last.line) : undefined;
  if (after && grounds.length) {
    grounds[grounds.length - 1] = { ...grounds[grounds.length - 1], enactingFollows: !isAllCaps(after.text) && /^\p{Lu}/u.test(after.text) && !/^(Điều|Chương|Phần|Mục)\s/u.test(after.text) };
  }
  return grounds;
}

function isStart(text: string): boolean {
  return STATE_START.test(text) || PARTY_START.test(text);
}

/** The enacting line or a heading: where the grounds certainly end. */
function isEnacting(text: string): boolean {
  return isAllCaps(text) && text.split(/\s+/).length >= 2 || /^(Điều|Chương|Phần|Mục)\s+\S+/u.test(text) || /^[IVX]+[.-]\s/u.test(text);
}

function endOf(ground: Ground): string {
  return ground.last.text.slice(-1);
}

function reportEnd({ report }: RuleContext, ground: Ground, wanted: string, message: ReturnType<typeof msg>): void {
  const { last } = ground;
  const end = endOf(ground);
  const replace = /[;.,:]/.test(end);
  const range = replace ? columns(last.line, last.end - 1, last.end) : columns(last.line, last.end, last.end);
  report({
    range: replace ? range : rangeOf(last),
    message,
    fix: { title: msg('End the line with {0}', wanted), safety: 'guarded', edits: [{ range, newText: wanted }] },
  });
}

function checkState(context: RuleContext, grounds: readonly Ground[]): void {
  const normative = context.regime === 'qppl';
  grounds.forEach((ground, index) => {
    const end = endOf(ground);
    const isLast = index === grounds.length - 1;
    if (!isLast) {
      if (end !== ';') reportEnd(context, ground, ';', msg('Each ground ends with {0}', ';'));
      return;
    }
    if (end === ':' || grounds.length < 2) return; // an enacting sentence that begins with "Căn cứ"
    // A `;` before an enacting sentence in running text (`UBND tỉnh ban hành Kế hoạch …`) is the
    // normative documents' form (NĐ 78/2025), used for plans too: accepted.
    if (end === '.' || end === ';' && (normative || ground.enactingFollows)) return;
    reportEnd(context, ground, '.', msg('The last ground ends with {0}', '.'));
  });
}

function checkParty(context: RuleContext, grounds: readonly Ground[]): void {
  const dashed = grounds.filter((ground) => PARTY_START.test(ground.first.text)).length;
  grounds.forEach((ground, index) => {
    if (!PARTY_START.test(ground.first.text) && dashed > 0) {
      context.report({ range: rangeOf(ground.first), message: msg('A Party ground is a line starting with {0}', '- ') });
    }
    const end = endOf(ground);
    const isLast = index === grounds.length - 1;
    if (!isLast && end !== ';') reportEnd(context, ground, ';', msg('Each ground ends with {0}', ';'));
    if (isLast && grounds.length >= 2 && end !== ',' && end !== ':') {
      reportEnd(context, ground, ',', msg('The last Party ground ends with {0} before the enacting sentence', ','));
    }
  });
}
