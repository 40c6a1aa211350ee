// An HTML comment opened and never closed hides every line after it: the reader, every rule, the preview
// and the export would read a blank where the drafter sees text. Hidden text is never silent: the opening
// is reported, and the page shows the hidden text, marked (render/layout.ts). The fix closes the comment
// on its own line, a guess at what was meant, so it is offered only as an explicit quick fix.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'comment-unclosed',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'A comment opened with <!-- is closed with -->; an unclosed one hides the rest of the draft.',
  basis: {
    dang: 'Quy ước của định dạng dự thảo vanban: <!-- … --> là ghi chú, không phải chữ của văn bản',
    nd30: 'Quy ước của định dạng dự thảo vanban: <!-- … --> là ghi chú, không phải chữ của văn bản',
    qppl: 'Quy ước của định dạng dự thảo vanban: <!-- … --> là ghi chú, không phải chữ của văn bản',
  },
  check({ model, report }) {
    const opening = model.view.unclosedComment;
    if (!opening) return;
    // The lines after it that hold text (a trailing blank line hides nothing).
    let hidden = 0;
    for (let i = opening.line + 1; i < model.lines.length; i++) if (model.lines[i].text.trim() !== '') hidden++;
    const line = model.lines[opening.line];
    report({
      range: columns(opening.line, opening.start, opening.end),
      message: hidden > 0
        ? msg('This <!-- is never closed: it hides the rest of its line and the {0} lines after it from every check', hidden)
        : msg('This <!-- is never closed: it hides the rest of its line from every check'),
      fix: {
        title: msg('Close the comment at the end of this line'),
        safety: 'guarded',
        edits: [{ range: columns(opening.line, line.text.length, line.text.length), newText: ' -->' }],
      },
    });
  },
});
