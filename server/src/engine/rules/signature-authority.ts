// The signing form belongs to the regime: Party `T/M`, `K/T`, `T/L`; state `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`.

import { familyOf } from '../catalog/conventions';
import { SIGNING_FORMS } from '../catalog/signingForms';
import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'signature-authority',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'The signing form belongs to the regime.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.7',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b',
  },
  check({ model, regime, report }) {
    const family = familyOf(regime);
    const allowed = SIGNING_FORMS.filter((form) => form.regime === family || (family === 'dang' && form.prefix === 'Q.'));
    for (const authority of model.signature?.authorities ?? []) {
      const range = columns(authority.line, authority.start, authority.start + authority.prefix.length);
      if (authority.form && allowed.includes(authority.form) && authority.form.prefix === authority.prefix) continue;
      const list = allowed.map((form) => form.prefix).join(', ');
      if (authority.prefix === 'T/U') {
        // No regime is known to use T/U, but that it exists nowhere is UNVERIFIED (domain.md A10): a warning.
        report({ range, severity: 'warning', message: msg('T/U is not a signing form; a delegated signature is {0}', family === 'dang' ? 'T/L' : 'TUQ.') });
        continue;
      }
      const form = authority.form;
      const replacement = form && form.regime === family ? form.prefix : form?.counterpart;
      report({
        range,
        message: form && form.regime !== family
          ? msg('{0} is a signing form of the other regime: here the forms are {1}', authority.prefix, list)
          : msg('Write the signing form as {0}', replacement ?? list),
        fix: replacement ? { title: msg('Write {0}', replacement), safety: 'guarded', edits: [{ range, newText: replacement }] } : undefined,
      });
    }
  },
});
