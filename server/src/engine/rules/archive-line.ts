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
    dang: 'HD 36-HD/VPTW, điểm 1.9 (theo bản tóm tắt)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d',
  },
  check({ model, regime, report }) {
    const items = model.recipients?.items ?? [];
    const archive = [...items].reverse().find((item) => ARCHIVE_START.test(item.text));
    if (!archive) return; // recipients-format reports a missing archive line
    const match = /^((?:[-–•]\s*)?Lưu)(\s*(?::\s*)?)(\S.*|)$/su.exec(archive.text)!;
    const colon = match[2].includes(':');
    const rest = match[3];
    const hasVt = /^VT\b/u.test(rest);
    const at = archive.start + match[1].length;
    const colonRange = columns(archive.line, at, at + match[2].length);
    // The other regime's archive line (`- Lưu: VT.` in a Party document, `- Lưu VP.` in a state one) is one
    // slip: one finding naming both of its marks, its fix the colon's.
    if (regime === 'dang') {
      const vt = /(^|[\s,])VT([\s,.]|$)/u.test(rest);
      const removeColon = { title: msg('Write {0}', '- Lưu …'), safety: 'safe' as const, edits: [{ range: colonRange, newText: ' ' }] };
      if (colon && vt) {
        report({ range: rangeOf(archive), message: msg('A Party archive line has no colon and names the office that keeps it, not {0}: {1}', 'VT', '- Lưu Văn phòng.'), fix: removeColon });
      } else if (colon) {
        report({ range: colonRange, message: msg('A Party archive line has no colon: {0}', '- Lưu Văn phòng.'), fix: removeColon });
      } else if (vt) {
        report({ range: rangeOf(archive), message: msg('A Party archive line names the office that keeps it, not {0}', 'VT') });
      }
      return;
    }
    const addColon = { title: msg('Write {0}', '- Lưu: …'), safety: 'safe' as const, edits: [{ range: colonRange, newText: ': ' }] };
    if (!colon && !hasVt) {
      report({ range: rangeOf(archive), message: msg('The archive line has a colon after {0} and names the văn thư first: {1}', 'Lưu', RECIPIENTS.nd30.archiveExample), fix: addColon });
    } else if (!colon) {
      report({ range: colonRange, message: msg('The archive line has a colon after {0}: {1}', 'Lưu', RECIPIENTS.nd30.archiveExample), fix: addColon });
    } else if (!hasVt) {
      report({ range: rangeOf(archive), message: msg('The archive line names the văn thư first: {0}', RECIPIENTS.nd30.archiveExample) });
    }
  },
});
