// Bold and italic of each part the structure reader recognised, as the regulation sets them: NĐ 30 Phụ lục I
// Mục II (national name, motto, issuer, type name, summary, signature bold; place and date italic; Nơi nhận
// bold italic; number and recipients upright) and HD 36 Phụ lục 2 (domain.md A3, B3). The body is not
// checked: it may hold italic or bold words by design. Recipient lines with one slip are one finding.

import { msg, type Message } from '../l10n/localize';
import { checkParts } from './support/formatting';
import { subjectOf } from '../model/parts';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'word-part-emphasis',
  regimes: ['nd30', 'dang'],
  severity: 'warning',
  input: 'docx',
  description: 'Each part of a Word file is bold, italic or upright as the regulation sets it.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II',
    dang: 'HD 36-HD/VPTW, Phụ lục 2',
  },
  check(context) {
    checkParts(context, (part, figure) => {
      // Letters and digits carry the emphasis: an upright colon after an italic `Nơi nhận` is not a slip.
      const runs = part.runs.filter((run) => /[\p{L}\p{N}]/u.test(part.paragraph.text.slice(run.start, run.end)));
      if (part.part === 'body' || runs.length === 0) return [];
      const severity = figure.verified ? undefined : 'info' as const;
      const label = subjectOf(part.part);
      const range = rangeOf(part.segment);
      const slips: string[] = [];
      if (figure.bold === true && runs.some((run) => !run.bold)) slips.push('bold');
      else if (figure.bold === false && runs.some((run) => run.bold)) slips.push('not-bold');
      if (figure.italic === true && runs.some((run) => !run.italic)) slips.push('italic');
      else if (figure.italic === false && runs.some((run) => run.italic)) slips.push('upright');
      return slips.map((slip) => ({
        part: part.part, key: slip, range, severity,
        message: (others: number): Message => {
          const base = messageFor(slip, label, figure.source);
          return others > 0 ? msg('{0} (and {1} more lines)', base, others) : base;
        },
      }));
    });
  },
});

function messageFor(key: string, label: Message, source: string): Message {
  switch (key) {
    case 'bold': return msg('{0} should be bold ({1})', label, source);
    case 'not-bold': return msg('{0} should not be bold ({1})', label, source);
    case 'italic': return msg('{0} should be italic ({1})', label, source);
    default: return msg('{0} should be upright, not italic ({1})', label, source);
  }
}
