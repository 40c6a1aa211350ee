// A signature block with a title and a name is present.

import { msg } from '../l10n/localize';
import { closingAnchor, rangeOf } from '../ranges';
import { defineRule } from './rule';
import { printedAlone } from './support/unplaced';

/** The central collective bodies whose T/M is signed without a title line. */
const CENTRAL_COLLECTIVE = /^T\/M\s*(?:BỘ CHÍNH TRỊ|BAN BÍ THƯ|BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?)$/u;

export default defineRule({
  id: 'signature',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'A signature block with a title and a name is present.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.7',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7',
  },
  check({ model, report }) {
    const signature = model.signature;
    if (!signature) {
      // The reader saw a signature-like line it could not assemble: structure-unplaced says so, once.
      if (model.unplaced?.some((part) => part.part === 'closing') || printedAlone(model)) return;
      report({ range: closingAnchor(model), message: msg('Missing the signature block: the signing authority or title, then the signer’s name'), part: 'signature' });
      return;
    }
    const first = signature.authorities[0] ?? signature.titles[0];
    // `Q. GIÁM ĐỐC`: the acting head's form stands before the head's own title, on the same line.
    const titleInAuthority = signature.authorities.some((authority) => authority.prefix === 'Q.');
    // `T/M BỘ CHÍNH TRỊ` / `T/M BAN BÍ THƯ` then the name: the standing member signs for the collective
    // leadership with no title line (the Party's central practice), so no title is missing there.
    const collective = signature.authorities.some((authority) => authority.prefix === 'T/M' && CENTRAL_COLLECTIVE.test(authority.text));
    const noTitle = signature.titles.length === 0 && first !== undefined && !titleInAuthority && !collective;
    if (noTitle && !signature.name) {
      // One block, one finding: both missing under the authority line is one gap in the block.
      report({ range: rangeOf(first), message: msg('The signature block lacks the signer’s title (chức vụ) and full name under {0}', first.text), part: 'signer-title' });
      return;
    }
    if (noTitle) {
      report({ range: rangeOf(first), message: msg('The signature block lacks the signer’s title (chức vụ) under {0}', first.text), part: 'signer-title' });
    }
    if (!signature.name && first) {
      report({ range: rangeOf(first), message: msg('The signature block lacks the signer’s full name'), part: 'signer-name' });
    }
  },
});
