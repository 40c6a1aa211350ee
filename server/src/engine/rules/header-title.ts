// The regime's title: the Party title; the state national name and motto (catalog/conventions.ts).

import { MOTTO, NATIONAL_NAMES, PARTY_TITLE } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import { headerAnchor, rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'header-title',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'error',
  cheap: true,
  description: 'The title of the regime is present and spelled exactly.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.1; Quy định 66-QĐ/TW Điều 15 (399-QĐ/TW)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1',
  },
  check({ model, regime, report }) {
    const { partyTitle, nationalName, motto } = model.header;
    if (regime === 'unknown') {
      // A mass organisation's document (Đoàn, Mặt trận, Hội, Công đoàn) prints its own title: not asked for.
      if (!partyTitle && !nationalName && model.text.trim().length > 0 && !model.outsideRegimes) {
        report({
          range: headerAnchor(model),
          message: msg('Missing the title: {0} (Party document) or {1} (state document)', PARTY_TITLE, NATIONAL_NAMES[0]),
          severity: 'warning',
        });
      }
      return;
    }
    if (regime === 'dang') {
      if (!partyTitle) {
        report({ range: headerAnchor(model), message: msg('Missing the title {0}', PARTY_TITLE) });
      } else if (partyTitle.text !== PARTY_TITLE) {
        report({
          range: rangeOf(partyTitle),
          message: msg('The title must read exactly {0}', PARTY_TITLE),
          fix: { title: msg('Write {0}', PARTY_TITLE), safety: 'safe', edits: [{ range: rangeOf(partyTitle), newText: PARTY_TITLE }] },
        });
      }
      return;
    }
    if (!nationalName) {
      report({ range: headerAnchor(model), message: msg('Missing the national name {0}', NATIONAL_NAMES[0]) });
    } else if (!NATIONAL_NAMES.includes(nationalName.text)) {
      report({
        range: rangeOf(nationalName),
        message: msg('The national name must read exactly {0}', NATIONAL_NAMES[0]),
        fix: { title: msg('Write {0}', NATIONAL_NAMES[0]), safety: 'safe', edits: [{ range: rangeOf(nationalName), newText: NATIONAL_NAMES[0] }] },
      });
    }
    if (!motto) {
      const anchor = nationalName ? rangeOf(nationalName) : headerAnchor(model);
      report({ range: anchor, message: msg('Missing the motto {0} under the national name', MOTTO) });
    } else if (motto.text !== MOTTO) {
      report({
        range: rangeOf(motto),
        message: msg('The motto must read exactly {0}: hyphens with a space on each side, not en or em dashes', MOTTO),
        fix: { title: msg('Write {0}', MOTTO), safety: 'safe', edits: [{ range: rangeOf(motto), newText: MOTTO }] },
      });
    }
  },
});
