// A Party summary is followed by a line of five hyphens `-----` (HD 36 as summarised by two third-party
// sources and the HD 05 summaries; the wording is UNVERIFIED, so the rule reports at information level).
// A state document draws a solid rule there instead, which plain text cannot show, so it is not checked.

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'summary-rule',
  regimes: ['dang'],
  severity: 'info',
  cheap: true,
  description: 'A Party summary is followed by -----.',
  basis: { dang: 'HD 36-HD/VPTW, điểm 1.5 (theo bản tóm tắt; nguyên văn CHƯA KIỂM CHỨNG)' },
  check({ model, report }) {
    const { typeName, summary, summaryRule } = model;
    if (!typeName || summary.length === 0) return;
    const last = summary[summary.length - 1];
    if (!summaryRule) {
      const eol = model.lines[last.line].eol || '\n';
      report({
        range: rangeOf(last),
        message: msg('A line of five hyphens ({0}) follows the summary of a Party document', '-----'),
        part: 'summary-rule',
        fix: {
          title: msg('Insert {0}', '-----'),
          safety: 'guarded',
          edits: [{ range: { start: { line: last.line, character: model.lines[last.line].text.length }, end: { line: last.line, character: model.lines[last.line].text.length } }, newText: `${eol}-----` }],
        },
      });
      return;
    }
    if (summaryRule.text.replace(/\s/g, '') !== '-----') {
      report({
        range: rangeOf(summaryRule),
        message: msg('The line under the summary is five hyphens ({0})', '-----'),
        fix: { title: msg('Write {0}', '-----'), safety: 'safe', edits: [{ range: rangeOf(summaryRule), newText: '-----' }] },
      });
    }
  },
});
