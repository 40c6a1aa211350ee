// A type name and a summary (trích yếu) are present where the type needs them. A công văn has no type
// name: its summary is the V/v line (state) or a short line under the number (Party).

import { familyOf, LETTER_SUMMARY_OPENER } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import { headerAnchor, rangeOf } from '../ranges';
import { headerNotChecked } from './support/unplaced';
import { defineRule } from './rule';

export default defineRule({
  id: 'type-name',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'A type name and a summary are present where the type needs them.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.5',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5',
  },
  check({ model, regime, report }) {
    // An unreadable header (nothing of it recognised): structure-unplaced says so once (rather silent than wrong).
    if (headerNotChecked(model)) return;
    const { typeName, summary } = model;
    if (typeName) {
      if (summary.length === 0 && typeName.type?.needsSummary !== false) {
        report({ range: rangeOf(typeName), message: msg('Missing the summary (trích yếu) under the type name {0}', typeName.text), part: 'summary' });
      }
      return;
    }
    if (model.documentType?.isLetter) {
      if (summary.length === 0) {
        report({ range: rangeOf(model.header.number!), message: msg('Missing the summary of the công văn under the number ({0})', `${LETTER_SUMMARY_OPENER[familyOf(regime)]} …`), part: 'summary' });
      }
      return;
    }
    // The number's type code names the type (`Số 05-HD/VPTW`), but no such name was read (an OCR'd
    // `HƯỚNG DÂN`): say which name is missing.
    const number = model.header.number;
    if (model.documentType && number?.typeCode && model.documentType.codes[familyOf(number.shape)]?.includes(number.typeCode)) {
      report({ range: rangeOf(number), message: msg('Missing the type name {0}, which the code {1} of the number names', model.documentType.name, number.typeCode), part: 'type-name' });
      return;
    }
    const anchor = model.header.placeDate ?? model.header.number;
    report({
      range: anchor ? rangeOf(anchor) : headerAnchor(model),
      message: msg('Missing the type name and summary (for example {0}); a công văn has instead its summary {1}', 'QUYẾT ĐỊNH', `${LETTER_SUMMARY_OPENER[familyOf(regime)]} …`),
      part: 'type-name',
    });
  },
});
