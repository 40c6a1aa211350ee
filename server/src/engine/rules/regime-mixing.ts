// One document, one regime: the Party title with `Số` (no colon), `*`, `T/M`, `K/T`, `T/L` and `- Lưu …`;
// the state national name and motto with `Số:`, `TM.`, `KT.`, `TL.` and `- Lưu: VT`. A form of the other
// regime in the header or the closing blocks is reported once per document (domain.md, common errors 3):
// here the other regime's title (both titles on one document); each other form by its own part's rule.

import { familyOf, NATIONAL_NAME, PARTY_TITLE, RECIPIENTS } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import type { Segment } from '../model';
import { rangeOf } from '../ranges';
import { defineRule } from './rule';

interface Evidence {
  readonly segment: Pick<Segment, 'line' | 'start' | 'end'>;
  readonly form: string;
  /** A form another rule reports on its own line when it is the other regime's (number-format the number,
   *  issuer-separator the `*`, signature-authority the signing form, archive-line the archive line): never
   *  the foreign evidence here (one cause, one finding), only the own. */
  readonly ownRule?: true;
}

export default defineRule({
  id: 'regime-mixing',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The header and closing forms belong to one regime.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.1–1.9',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I',
  },
  check({ model, regime, report }) {
    const { header, signature, recipients } = model;
    const party: Evidence[] = [];
    const state: Evidence[] = [];
    if (header.partyTitle) party.push({ segment: header.partyTitle, form: PARTY_TITLE });
    if (header.nationalName) state.push({ segment: header.nationalName, form: NATIONAL_NAME });
    if (header.star) party.push({ segment: header.star, form: '*', ownRule: true });
    const number = header.number;
    if (number?.hasColon) state.push({ segment: { line: number.line, start: number.start, end: number.start + 3 }, form: 'Số:', ownRule: true });
    else if (number?.shape === 'dang') party.push({ segment: number, form: 'Số n-TYPE/ISSUER', ownRule: true });
    for (const authority of signature?.authorities ?? []) {
      if (authority.form?.regime === 'dang') party.push({ segment: authority, form: authority.prefix, ownRule: true });
      if (authority.form?.regime === 'nd30' && authority.prefix !== 'Q.') state.push({ segment: authority, form: authority.prefix, ownRule: true });
    }
    const archive = recipients?.items.find((item) => /^(?:[-–•]\s*)?Lưu\s*:\s*VT\b/u.test(item.text));
    if (archive) state.push({ segment: archive, form: RECIPIENTS.nd30.archiveMark, ownRule: true });
    const foreign = (familyOf(regime) === 'dang' ? state : party).filter((evidence) => !evidence.ownRule);
    const own = familyOf(regime) === 'dang' ? party : state;
    if (own.length === 0 || foreign.length === 0) return;
    // One finding for the document, on the first foreign title: the other forms are reported where they
    // stand by the rules of their parts (number-format, signature-authority, archive-line...).
    report({
      range: rangeOf(foreign[0].segment),
      message: msg('This document mixes the regimes: {0} belong to the other regime, while {1} make it {2}',
        foreign.map((evidence) => evidence.form).join(', '), own.map((evidence) => evidence.form).join(', '),
        regime === 'dang' ? msg('a Party document') : msg('a state document')),
    });
  },
});
