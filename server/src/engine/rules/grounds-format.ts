// The grounds (căn cứ) at the head of the body. State: one ground per line, each ending `;`, the last
// `.` (NĐ 30 Phụ lục I, II.6.a; a normative document's last ground may end `;` before its enacting
// sentence, NĐ 78/2025 Mẫu). Party: each ground a `- ` line ending `;`, the last `,` before the enacting
// sentence (the openings of 66-QĐ/TW and 399-QĐ/TW).

import { msg } from '../l10n/localize';
import type { Ground, Grounds, Segment } from '../model';
import { columns, rangeOf } from '../ranges';
import { defineRule, type RuleContext } from './rule';

export default defineRule({
  id: 'grounds-format',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'warning',
  cheap: true,
  description: 'The grounds end with ; and the last with . (state) or , (Party); Party grounds are - lines.',
  basis: {
    dang: 'Phần căn cứ của Quy định 66-QĐ/TW và 399-QĐ/TW',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a',
    qppl: 'NĐ 78/2025/NĐ-CP (mẫu văn bản; số điều CHƯA KIỂM CHỨNG); NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a',
  },
  check(context) {
    // The grounds part as the reader recognised it (parse/grounds.ts).
    const grounds = context.model.grounds;
    if (!grounds || grounds.items.length === 0) return;
    if (context.regime === 'dang') checkParty(context, grounds.items);
    else checkState(context, grounds);
  },
});

/** A ground's last line: where its end mark stands. */
function lastLine(ground: Ground): Segment {
  return ground.lines[ground.lines.length - 1];
}

function endOf(ground: Ground): string {
  return lastLine(ground).text.slice(-1);
}

function reportEnd({ report }: RuleContext, ground: Ground, wanted: string, message: ReturnType<typeof msg>): void {
  const last = lastLine(ground);
  const end = endOf(ground);
  const replace = /[;.,:]/.test(end);
  const range = replace ? columns(last.line, last.end - 1, last.end) : columns(last.line, last.end, last.end);
  report({
    range: replace ? range : rangeOf(last),
    message,
    fix: { title: msg('End the line with {0}', wanted), safety: 'guarded', edits: [{ range, newText: wanted }] },
  });
}

function checkState(context: RuleContext, { items: grounds, enactingFollows, enacting }: Grounds): void {
  const normative = context.regime === 'qppl';
  grounds.forEach((ground, index) => {
    const end = endOf(ground);
    const isLast = index === grounds.length - 1;
    if (!isLast) {
      if (end !== ';') reportEnd(context, ground, ';', msg('Each ground must end with {0}', ';'));
      return;
    }
    if (end === ':' || grounds.length < 2) return; // an enacting sentence that begins with "Căn cứ"
    // The grounds and the enacting sentence written as one sentence: its comma.
    if (end === ',' && enacting) return;
    // A `;` before an enacting sentence in running text (`UBND tỉnh ban hành Kế hoạch …`) is the
    // normative documents' form (NĐ 78/2025), used for plans too: accepted.
    if (end === '.' || end === ';' && (normative || enactingFollows)) return;
    reportEnd(context, ground, '.', msg('The last ground must end with {0}', '.'));
  });
}

function checkParty(context: RuleContext, grounds: readonly Ground[]): void {
  const dashed = grounds.filter((ground) => ground.dashed).length;
  grounds.forEach((ground, index) => {
    if (!ground.dashed && dashed > 0) {
      context.report({ range: rangeOf(ground.lines[0]), message: msg('A Party ground is a line starting with {0}', '- ') });
    }
    const end = endOf(ground);
    const isLast = index === grounds.length - 1;
    if (!isLast && end !== ';') reportEnd(context, ground, ';', msg('Each ground must end with {0}', ';'));
    if (isLast && grounds.length >= 2 && end !== ',' && end !== ':') {
      reportEnd(context, ground, ',', msg('The last Party ground must end with {0} before the enacting sentence', ','));
    }
  });
}
