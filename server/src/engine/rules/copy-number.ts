// A copy's own block gives its number with the code of its form: `Số: 05/SY-UBND` for a copy (SAO Y),
// SL for SAO LỤC, TrS for TRÍCH SAO (NĐ 30 Phụ lục I, Phần II). The block stands under the copied text, or,
// as e-office copies print it, above the copied header; the reader reads both (`model.copies`).

import { copyCodeOf } from '../catalog/forms';
import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';

/** `Số: 05/SY-UBND`: where the code after the number's slash starts and ends (it runs to `-`, a space or the end). */
const CODE = /^Số[\s:]*[^\s/:]*\/([^\s\-–/]*)/u;

export default defineRule({
  id: 'copy-number',
  regimes: ['nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'A copy gives its number with the code of its form: SY (sao y), SL (sao lục), TrS (trích sao).',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
    unknown: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II (số, ký hiệu bản sao); Phụ lục III (SY, SL, TrS)',
  },
  check({ model, report }) {
    for (const { form, number } of model.copies ?? []) {
      const code = copyCodeOf(form.text);
      if (!code) continue;
      if (!number) {
        report({ range: rangeOf(form), message: msg('A copy gives its number under its form: Số: …/{0}-…', code) });
        continue;
      }
      const typed = CODE.exec(number.text);
      if (!typed) {
        report({ range: rangeOf(number), message: msg('A copy’s number carries the code of its form after the slash: Số: …/{0}-…', code) });
        continue;
      }
      if (typed[1] === code) continue;
      const start = number.start + typed[0].length - typed[1].length;
      const range = columns(number.line, start, start + typed[1].length);
      report({
        range,
        message: msg('{0} is a copy of the form {1}: its code is {2}, not {3}', number.text, form.text, code, typed[1] || '…'),
        fix: { title: msg('Write {0}', code), safety: 'guarded', edits: [{ range, newText: code }] },
      });
    }
  },
});
