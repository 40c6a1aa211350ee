// No academic title, degree or rank before the signer's name (NĐ 30 Phụ lục I, II.7.c; HD 36 as
// summarised). NĐ 30 allows ranks where the sector head so rules (armed forces, education, health,
// science), so the finding is a warning, not an error.

import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import { defineRule } from './rule';
import { NAME_PREFIX } from '../catalog/namePrefixes';

export default defineRule({
  id: 'signer-title',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'No academic title, degree or rank before the signer’s name.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.7 (theo bản tóm tắt)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.c',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.c',
  },
  check({ model, report }) {
    const name = model.signature?.name;
    if (!name) return;
    const prefix = NAME_PREFIX.exec(name.text);
    if (!prefix) return;
    const range = columns(name.line, name.start, name.start + prefix[0].length);
    const rank = !prefix[0].includes('.');
    report({
      range,
      // Ranks are allowed where the sector head so rules (armed forces): information only.
      severity: rank ? 'info' : undefined,
      message: msg('No academic title, degree or rank before the signer’s name ({0})', prefix[0].trim()),
      fix: { title: msg('Remove {0}', prefix[0].trim()), safety: 'guarded', edits: [{ range, newText: '' }] },
    });
  },
});
