// Punctuation sits against the word before it and is followed by a space: `nhiệm vụ, giải pháp`, not
// `nhiệm vụ , giải pháp` nor `nhiệm vụ,giải pháp` (Vietnamese typography as NĐ 30 Phụ lục I applies it).
// Numbers (`1,5`, `8:30`), symbols (`V/v`, `./.`), addresses and e-mails are left alone. Safe fix.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { segmentsWorth } from './support/text';

/** A cheap first look: a space before a mark, or a mark glued to a letter. */
// Written to start at the mark (the space before it is looked behind), so the search skips from mark to
// mark rather than stopping at every space: the same texts as ` [,;:.]|[,;:.]\p{L}`.
const CANDIDATE = /[,;:.](?:(?<= [,;:.])|\p{L})/u;
/** A space before `, ; :` or a single `.`, after a letter, a digit (`năm 2024 , gồm`) or a closing bracket. */
const BEFORE = /(?<=[\p{L}\d)”"]) +(?=[,;:](?:\s|$|\p{L})|\.(?:\s|$)(?<!\.\.))/gu;
/** `, ; :` glued to the next word, between lower-case words; `.` glued to a capitalised word. */
const AFTER = /(?<=\p{Ll}{2})([,;:](?=\p{L})|\.(?=\p{Lu}\p{Ll}))/gu;

/** The same, searched once over the whole text for the lines that may hold a candidate (it never spans a line). */
const CANDIDATE_IN_TEXT = new RegExp(CANDIDATE.source, 'gu');
const CANDIDATE_LINES: SharedKey<Uint8Array> = { name: 'punctuation-spacing lines' };
/** Whether the text is worth the patterns: depends on the text alone (remembered while the document is edited). */
const CANDIDATES: SharedKey<boolean> = { name: 'punctuation-spacing candidates' };
const isCandidate = (text: string) => CANDIDATE.test(text) && !/https?:|www\.|@/u.test(text);

export default defineRule({
  id: 'punctuation-spacing',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'info',
  cheap: true,
  description: 'No space before , . ; : and one space after them.',
  basis: {
    dang: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    nd30: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
    qppl: 'Quy ước gõ và trình bày chữ tiếng Việt (không có điều khoản riêng)',
  },
  visit: ({ model, shared, report }) => {
    // One search of the whole text first: a segment on a line without a candidate is passed over at once.
    const worth = segmentsWorth(model, shared, CANDIDATE_LINES, CANDIDATE_IN_TEXT, CANDIDATES, isCandidate);
    return {
      segment(segment) {
        if (!worth(segment)) return;
        for (const match of segment.text.matchAll(BEFORE)) {
          if (segment.text.slice(match.index! + match[0].length).startsWith('./.')) continue;
          const at = segment.start + match.index!;
          const mark = segment.text[match.index! + match[0].length];
          // `hồ sơ ,giấy tờ`: the space stands on the wrong side of the mark; move it.
          const glued = /\p{L}/u.test(segment.text[match.index! + match[0].length + 1] ?? '');
          const range = columns(segment.line, at, at + match[0].length + (glued ? 1 : 0));
          report({
            range,
            message: glued ? msg('No space before {0} and one after it', mark) : msg('No space before {0}', mark),
            fix: glued
              ? { title: msg('Write {0}', `${mark} `), safety: 'safe', edits: [{ range, newText: `${mark} ` }] }
              : { title: msg('Remove the space'), safety: 'safe', edits: [{ range, newText: '' }] },
          });
        }
        for (const match of segment.text.matchAll(AFTER)) {
          const at = segment.start + match.index! + 1;
          const range = columns(segment.line, at, at);
          report({
            range: columns(segment.line, at - 1, at),
            message: msg('A space after {0}', match[0]),
            fix: { title: msg('Add a space'), safety: 'safe', edits: [{ range, newText: ' ' }] },
          });
        }
      },
    };
  },
});
