// State `KT.`, `TL.`, `TUQ.` and `Q.` go before the head's title (`KT. CHỦ TỊCH`, `KT. BỘ TRƯỞNG`), not
// before a body's name (`TM.` does that) nor before the deputy's own title (NĐ 30 Phụ lục I, II.7.a).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

const BODY = /^(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|CHÍNH PHỦ|SỞ\s|BAN\s(?!TRƯỞNG)|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ)/u;

export default defineRule({
  id: 'deputy-head-title',
  regimes: ['nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'KT., TL., TUQ. and Q. go before the head’s title.',
  basis: {
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b',
  },
  check({ model, report }) {
    for (const authority of model.signature?.authorities ?? []) {
      if (!['KT.', 'TL.', 'TUQ.', 'Q.'].includes(authority.prefix)) continue;
      const rest = authority.text.slice(authority.prefix.length).trim();
      if (rest.length === 0) {
        report({ range: rangeOf(authority), message: msg('{0} is followed by the head’s title ({1})', authority.prefix, 'KT. CHỦ TỊCH') });
      } else if (BODY.test(rest)) {
        report({ range: rangeOf(authority), message: msg('{0} goes before the head’s title, not a body’s name; a collective signs with {1}', authority.prefix, 'TM.') });
      } else if (/^PHÓ\s/u.test(rest)) {
        report({ range: rangeOf(authority), message: msg('{0} goes before the head’s title, not the deputy’s own ({1})', authority.prefix, 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH') });
      }
    }
  },
});
