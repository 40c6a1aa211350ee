// A cấp ủy is a collective: its deputy secretary signs `T/M <cấp ủy>` / `PHÓ BÍ THƯ`, never
// `K/T BÍ THƯ` (HD 36 điểm 1.7, two third-party sources agree).

import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'party-deputy-form',
  regimes: ['dang'],
  severity: 'warning',
  cheap: true,
  description: 'A cấp ủy deputy signs T/M … / PHÓ BÍ THƯ, not K/T BÍ THƯ.',
  basis: { dang: 'HD 36-HD/VPTW, điểm 1.7 (theo bản tóm tắt)' },
  check({ model, report }) {
    for (const authority of model.signature?.authorities ?? []) {
      if (authority.prefix !== 'K/T' && authority.prefix !== 'KT.') continue;
      if (!/^(K\/T|KT\.)\s*BÍ THƯ(?![\p{L}])/u.test(authority.text)) continue;
      report({
        range: rangeOf(authority),
        message: msg('A cấp ủy signs collectively: the deputy secretary signs {0}, not {1}', 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ', 'K/T BÍ THƯ'),
      });
    }
  },
});
