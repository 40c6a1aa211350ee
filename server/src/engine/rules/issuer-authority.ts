// Authority by issuer, where the regulations are clear: a chi bộ issues no hướng dẫn, quy định, chỉ thị
// or thông tri (399-QĐ/TW Điều 11, as two summaries agree). A warning: "possible authority error".

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const NOT_FOR_CELL = new Set(['huong-dan', 'quy-dinh', 'chi-thi', 'thong-tri']);

export default defineRule({
  id: 'issuer-authority',
  regimes: ['dang'],
  severity: 'warning',
  cheap: true,
  description: 'The issuing body may issue this type of document (a chi bộ issues no hướng dẫn, quy định, chỉ thị, thông tri).',
  basis: { dang: 'Quy định 399-QĐ/TW Điều 11 (theo bản tóm tắt); Quy định 66-QĐ/TW Điều 7' },
  check({ model, report }) {
    const type = model.documentType;
    const issuer = model.header.issuerLines[model.header.issuerLines.length - 1];
    if (!type || !issuer || !NOT_FOR_CELL.has(type.id)) return;
    if (!/^CHI BỘ(?![\p{L}])/u.test(issuer.text)) return;
    report({
      range: model.typeName ? rangeOf(model.typeName) : rangeOf(issuer),
      message: msg('A chi bộ does not issue a {0}: possible authority error', type.name.toLowerCase()),
    });
  },
});
