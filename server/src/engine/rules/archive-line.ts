// The archive line closing Nơi nhận: state `- Lưu: VT, <unit>.` (colon, the văn thư VT first); Party
// `- Lưu <unit>.` with no colon and no VT (NĐ 30 Phụ lục I, II.9.b; HD 36 điểm 1.9, as summarised).

import { ARCHIVE_START, RECIPIENTS } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'archive-line',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The archive line is - Lưu: VT, <unit>. (state) or - Lưu <unit>. (Party).',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.9 (as summarised)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b',
  },
  check({ model, regime, report }) {
    const items = model.recipients?.items ?? [];
    const archive = [...items].reverse().find((item) => ARCHIVE_START.test(item.text));
    if (!archive) return; // recipients-format reports a missing archive line
    const match = /^((?:[-–•]\s*)?Lưu)(\s*(?::\s*)?)(\S.*|)$/su.exec(archive.text)!;
    const colon = match[2].includes(':');
    const rest = match[3];
    const hasVt = /^VT\b/u.test(rest);
    if (regime === 'dang') {
      if (colon) {
        const at = archive.start + match[1].length;
        const range = columns(archive.line, at, at + match[2].length);
        report({
          range,
          message: msg('A Party archive line has no colon: {0}', '- Lưu Văn phòng.'),
          fix: { title: msg('Write {0}', '- Lưu …'), safety: 'safe', edits: [{ range, newText: ' ' }] },
        });
      }
      if (/(^|[\s,])VT([\s,.]|$)/u.test(rest)) {
        report({ range: rangeOf(archive), message: msg('A Party archive line names the office that keeps it, not {0}', 'VT') });
      }
      return;
    }
    if (!colon) {
      const at = archive.start + match[1].length;
      const range = columns(archive.line, at, at + match[2].length);
      report({
        range,
        message: msg('The archive line has a colon after {0}: {1}', 'Lưu', RECIPIENTS.nd30.archiveExample),
        fix: { title: msg('Write {0}', '- Lưu: …'), safety: 'safe', edits: [{ range, newText: ': ' }] },
      });
    }
    if (!hasVt) {
      report({ range: rangeOf(archive), message: msg('The archive line names the văn thư first: {0}', RECIPIENTS.nd30.archiveExample) });
    }
  },
});
