// The summary (trích yếu) under a type name is a title, not a sentence: no full stop at its end; a state
// summary starts with a capital (`Về công tác ...`, NĐ 30 ô 5a); a Party summary may start in lower case
// (`về quy hoạch cán bộ`, HD 36 Phụ lục 2), so that is not checked there. Only a công văn's summary takes
// `V/v` (NĐ 30 ô 5b): under a type name the summary says `Về việc …` in full (ô 5a).

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

/** `V/v` and the ways it is mistyped, at the start of a named document's summary. */
const LETTER_OPENER = /^(?:V\/v|V\/V|v\/v|v\/V|V\.v\.?|Vv)(?=\s)\s*/u;

export default defineRule({
  id: 'summary-format',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The summary under the type name ends without a full stop; a state summary starts with a capital.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.5; Phụ lục 2 (ô 5a)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5.b',
  },
  check({ model, regime, report }) {
    const { summary } = model;
    // A công văn's V/v summary is a title too: no full stop at its end (its start is letter-summary's).
    const letter = !model.typeName && model.documentType?.isLetter === true;
    if ((!model.typeName && !letter) || summary.length === 0) return;
    const last = summary[summary.length - 1];
    if (/[^.]\.$/u.test(last.text)) {
      const range = columns(last.line, last.end - 1, last.end);
      report({
        range,
        message: msg('The summary is a title: no full stop at its end'),
        fix: { title: msg('Remove the full stop'), safety: 'safe', edits: [{ range, newText: '' }] },
      });
    }
    if (letter) return;
    const first = summary[0];
    const opener = LETTER_OPENER.exec(first.text);
    if (opener) {
      // The abbreviation written out: what `V/v` stands for.
      const range = columns(first.line, first.start, first.start + opener[0].length);
      report({
        range,
        message: msg('Only a công văn’s summary starts with V/v: under the type name {0}, write {1}', model.typeName?.text ?? '', 'Về việc …'),
        fix: { title: msg('Write {0}', 'Về việc'), safety: 'safe', edits: [{ range, newText: 'Về việc ' }] },
      });
      return;
    }
    // A công điện or giấy mời summary reads on from the type name (`CÔNG ĐIỆN mời dự Hội nghị …`).
    const readsOn = model.documentType?.id === 'cong-dien' || model.documentType?.id === 'giay-moi';
    if (regime !== 'dang' && !readsOn && /^\p{Ll}/u.test(first.text)) {
      const range = columns(first.line, first.start, first.start + 1);
      const upper = first.text[0].toUpperCase();
      report({
        range,
        message: msg('The summary of a state document starts with a capital ({0})', 'Về công tác …'),
        fix: { title: msg('Write {0}', upper), safety: 'safe', edits: [{ range, newText: upper }] },
      });
    }
  },
});
