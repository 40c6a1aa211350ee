// When the document has a `Kính gửi:` part, its Nơi nhận list starts with `- Như trên;` (NĐ 30 Phụ lục I,
// II.9.b; Party: `- Như trên,` or `;`, HD 36 as summarised, UNVERIFIED separator).

import { ADDRESSEE_LABEL, AS_ABOVE, familyOf, RECIPIENTS } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import { rangeOf } from '../ranges';
import type { RecipientItem, Regime } from '../model';
import { defineRule } from './rule';
import { listSeparator } from './support/recipients';

/** `- Như trên`, also with the words spaced apart (`- Như  trên;`: a double space is another rule's). */
const AS_ABOVE_LINE = new RegExp(`^[-–•]\\s*${AS_ABOVE.split(' ').join('\\s+')}(?!\\p{L})`, 'iu');

export default defineRule({
  id: 'recipients-as-above',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: `With Kính gửi, the Nơi nhận list starts with - ${AS_ABOVE};`,
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.9 (theo bản tóm tắt)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b',
  },
  check({ model, regime, report }) {
    const { addressees, recipients } = model;
    if (!addressees || !recipients || recipients.items.length === 0) return;
    const first = recipients.items[0];
    if (AS_ABOVE_LINE.test(first.text)) return;
    const elsewhere = recipients.items.find((item) => AS_ABOVE_LINE.test(item.text));
    report({
      range: rangeOf(elsewhere ?? first),
      message: elsewhere
        ? msg('{0} is the first line of the recipients list', `- ${AS_ABOVE}`)
        : msg('With {0} the recipients list starts with {1}', ADDRESSEE_LABEL, `- ${AS_ABOVE}${separatorFor(regime, recipients.items)}`),
    });
  },
});

/**
 * The separator `- Như trên` takes: in a Party list, the one the list's own lines use (the UNVERIFIED
 * summaries of HD 36 and HD 05 differ, and recipients-format accepts either); otherwise the regime's.
 */
function separatorFor(regime: Regime, items: readonly RecipientItem[]): string {
  return (regime === 'dang' ? listSeparator(items) : undefined) ?? RECIPIENTS[familyOf(regime)].separator;
}
