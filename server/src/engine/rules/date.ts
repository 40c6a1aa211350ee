// A place-and-date line (địa danh và ngày, tháng, năm) is present.

import { msg } from '../l10n/localize';
import { headerAnchor } from '../ranges';
import { headerNotChecked } from './support/unplaced';
import { defineRule } from './rule';

export default defineRule({
  id: 'date',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'A place-and-date line is present.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.4',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4',
  },
  check({ model, report }) {
    // An unreadable header (nothing of it recognised): structure-unplaced says so once (rather silent than wrong).
    if (headerNotChecked(model)) return;
    if (model.header.placeDate) return;
    // A Quốc hội act (`Luật số: …`) prints no place-and-date line: its date is in its closing passage.
    if (model.header.number?.act || model.documentType?.needsPlaceDate === false) return;
    report({ range: headerAnchor(model), message: msg('Missing the place and date line (for example {0})', 'Hà Nội, ngày 05 tháng 02 năm 2026'), part: 'place-date' });
  },
});
