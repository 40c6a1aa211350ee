// Each recipient on its own `- ` line; one separator used throughout (`;` or `,`); the last line is the
// archive line ending with `.` (state `- Lưu: VT, ...`; Party `- Lưu ...`).

import { ARCHIVE_START, familyOf, RECIPIENTS, RECIPIENTS_LABEL } from '../catalog/conventions';
import { msg } from '../l10n/localize';
import type { RecipientItem, SourceLine } from '../model';
import { columns, rangeOf } from '../ranges';
import { defineRule, type Report } from './rule';
import { lastChar, lastSegment, listSeparator } from './support/recipients';

export default defineRule({
  id: 'recipients-format',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'warning',
  cheap: true,
  description: 'Recipients are - lines with one separator, ending with the archive line and a full stop.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.9 (dấu ngăn cách CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b và II.9.d',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b và II.9.d',
  },
  options: {
    partySeparator: {
      type: 'enum', values: [',', ';', 'either'], default: 'either',
      description: 'The mark that ends each Party recipient line but the last: , (HD 36 summaries), ; (an HD 05 summary, UNVERIFIED), or either (the one most lines use).',
    },
  },
  check({ model, regime, options, report }) {
    const recipients = model.recipients;
    if (!recipients) return;
    const label = recipients.label;
    if (!label.text.endsWith(':')) {
      report({
        range: rangeOf(label),
        message: msg('A colon after {0}', 'Nơi nhận'),
        fix: { title: msg('Add the colon'), safety: 'safe', edits: [{ range: columns(label.line, label.end, label.end), newText: ':' }] },
      });
    } else if (label.text !== RECIPIENTS_LABEL && /^N[ơo]i\s+nh(?:ận|ân|an)\s*:$/iu.test(label.text)) {
      // `Nơi  nhận :`: the label's words spaced apart or a space before its colon; `Nơi nhân:`: a mark lost.
      report({
        range: rangeOf(label),
        message: msg('The label is written {0}', RECIPIENTS_LABEL),
        fix: { title: msg('Write {0}', RECIPIENTS_LABEL), safety: 'safe', edits: [{ range: rangeOf(label), newText: RECIPIENTS_LABEL }] },
      });
    }
    const items = recipients.items;
    if (items.length === 0) {
      report({ range: rangeOf(label), message: msg('The recipients block lists no recipient') });
      return;
    }
    for (const item of items) {
      const dash = /^([-–•]?)(\s*)/u.exec(item.text)!;
      if (dash[1] !== '-' || dash[2] !== ' ') {
        // With no dash at all (an archive line typed `Lưu: VT, …`), the finding shows on the line's first word.
        const shown = dash[1] ? dash[0].length : /^\S*/u.exec(item.text)![0].length;
        report({
          range: columns(item.line, item.start, item.start + shown),
          message: msg('Each recipient starts with a hyphen and a space ({0})', '- '),
          fix: { title: msg('Write {0}', '- '), safety: 'safe', edits: [{ range: columns(item.line, item.start, item.start + dash[0].length), newText: '- ' }] },
        });
      }
    }
    // The separator: the one most lines use, or the option's when it names one (Party guides differ).
    const body = items.slice(0, -1);
    const wanted = regime === 'dang' && options.partySeparator !== 'either'
      ? options.partySeparator
      : regime === 'nd30' || regime === 'qppl' ? RECIPIENTS.nd30.separator : listSeparator(items) ?? ';';
    for (const item of body) {
      const end = lastChar(item);
      if (end === wanted || afterResidue(item)) continue;
      report(endFix(model.lines, item, wanted, end === ';' || end === ',' || end === '.'
        ? msg('Recipient lines end with {0}, as the others do', wanted)
        : msg('A recipient line ends with {0}', wanted)));
    }
    const last = items[items.length - 1];
    if (!ARCHIVE_START.test(last.text)) {
      report({
        range: rangeOf(last),
        message: msg('The last recipient line is the archive line ({0})', RECIPIENTS[familyOf(regime)].archiveExample),
      });
    }
    // The drafter's code may follow the archive line's full stop after a space (`- Lưu: VT, TH(2). H`):
    // NĐ 30's templates put it on the line after; on the same line it is practice, not an error. A dot
    // inside a code (`- Lưu: VT, NC.Châu`) is not that full stop: the line still lacks its own.
    const drafterAfterStop = ARCHIVE_START.test(last.text) && /\.\s+\p{Lu}[\p{L}.]{0,15}$/u.test(lastSegment(last).text);
    if (lastChar(last) !== '.' && !drafterAfterStop && !afterResidue(last)) {
      report(endFix(model.lines, last, '.', msg('The last recipient line ends with a full stop')));
    }
  },
});

/** The most characters of seal or OCR residue a line's end mark may be followed by. */
const RESIDUE_LIMIT = 12;

/**
 * Whether the line's end mark (`;` `,` `.`) is followed, after a space, only by residue: a few characters
 * with no digit and no word (`; Ì`, `; :`, `. <Ỹ\`.ưF_“`: a seal or stamp read by OCR).
 * Which mark the line really ends with is then unsure, and a fix would have to touch the residue: the rule
 * says nothing. A drafter's code (`- Lưu: VT, TH(2). H`) has letters in a row or a digit, and is not residue.
 */
function afterResidue(item: RecipientItem): boolean {
  const text = lastSegment(item).text;
  const from = Math.max(0, text.length - RESIDUE_LIMIT - 2);
  for (let i = text.length - 1; i > from; i--) {
    const ch = text[i];
    if ((ch === ';' || ch === ',' || ch === '.') && /\s/u.test(text[i + 1] ?? '')) return isResidue(text.slice(i + 1));
  }
  return false;
}

function isResidue(tail: string): boolean {
  const mark = tail.trim();
  if (!mark || tail.length > RESIDUE_LIMIT + 1) return false;
  // One lone letter (`Ì`), or a few symbols among at most two letters in a row (`<Ỹ\`.ưF_“`); never a digit,
  // a word, or a drafter's code (`TH`, `NC.Châu`).
  let run = 0;
  let symbol = false;
  for (const ch of mark) {
    if (/\p{N}/u.test(ch)) return false;
    if (/\p{L}/u.test(ch)) {
      if (++run > 2) return false;
    } else {
      run = 0;
      if (!/\s/u.test(ch)) symbol = true;
    }
  }
  // A code starts with its letters (`NC.Hà`); residue starts with a symbol, or is one lone letter.
  return (symbol && !/^\p{L}/u.test(mark)) || [...mark].length === 1;
}

/** Replace a wrong end mark, or add the missing one, right after the item's last character. */
function endFix(lines: readonly SourceLine[], item: RecipientItem, wanted: string, message: Report['message']): Report {
  const segment = lastSegment(item);
  const end = segment.end;
  const raw = lines[segment.line].text;
  const current = raw.slice(end - 1, end);
  const replace = current === ';' || current === ',' || current === '.' || current === ':';
  const range = replace ? columns(segment.line, end - 1, end) : columns(segment.line, end, end);
  return {
    range: replace ? range : rangeOf(segment),
    message,
    fix: { title: msg('End the line with {0}', wanted), safety: 'safe', edits: [{ range, newText: wanted }] },
  };
}
