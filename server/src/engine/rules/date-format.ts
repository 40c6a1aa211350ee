// `<Địa danh>, ngày DD tháng M năm YYYY`: days below 10 and months 1 and 2 take a leading zero, months
// 3 to 12 take none, and the date is a real calendar date. A blank day or month left for signing is allowed.

import { msg, type Message } from '../l10n/localize';
import type { PlaceDate } from '../model';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';

export default defineRule({
  id: 'date-format',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'error',
  cheap: true,
  description: 'The place and date are written <Place>, ngày DD tháng M năm YYYY with the leading-zero rule.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.4 (nguyên văn CHƯA KIỂM CHỨNG; ví dụ khớp NĐ 30)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b và II.4.c',
    qppl: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b và II.4.c',
  },
  options: {
    partyPaddedMonth: {
      type: 'enum', values: ['lenient', 'strict', 'accept'], default: 'lenient',
      description: 'A Party date with months 3 to 12 padded (tháng 05), a legacy practice: lenient (a warning), strict (as any malformed date) or accept (not reported).',
    },
  },
  check({ model, regime, options, report }) {
    const date = model.header.placeDate;
    if (!date) return;
    const { day, month, year } = date;
    const d = Number(day);
    const m = Number(month);
    if (day && (d < 1 || d > 31) || month && (m < 1 || m > 12) || day && month && d > daysInMonth(m, Number(year))) {
      report({
        range: columns(date.line, date.dayRange[0], date.yearRange[1]),
        message: msg('{0} is not a date on the calendar', `${day || '…'}/${month || '…'}/${year}`),
      });
      return;
    }
    if (date.wrapped) return; // broken over lines (as extracted from a PDF): spacing cannot be judged
    const expected = canonicalDate(date);
    // Compared in NFC: decomposed text is the unicode rule's business, not a date format error.
    // Read through no-break spaces and look-alikes (the reader's view): those are lookalike-character's.
    const typed = model.view.lines[date.line].text.slice(date.start, date.end).normalize('NFC');
    if (expected.text === typed) return;
    // Party documents of old padded every month (`tháng 05`): legacy practice, reported leniently.
    const onlyPaddedMonth = expected.reason.text === PADDED_MONTH.text;
    if (onlyPaddedMonth && regime === 'dang' && options.partyPaddedMonth === 'accept') return;
    // Extra spaces around the day and month values only (`ngày    30   tháng 9`): the blank fields the
    // e-office system stamps the date into at signing, as the number's; the issued text is right.
    if (stampGapsOnly(typed, expected.text)) {
      report({
        range: rangeOf(date),
        severity: 'warning',
        message: msg('Spaces around the day or month ({0}): the e-office system leaves them where it stamps the date at signing; the issued text reads {1}', typed, expected.text),
        fix: { title: msg('Write {0}', expected.text), safety: 'safe', edits: [{ range: rangeOf(date), newText: expected.text }] },
      });
      return;
    }
    report({
      range: rangeOf(date),
      message: msg('Malformed place and date ({0}): write {1}', expected.reason, expected.text),
      severity: onlyPaddedMonth && regime === 'dang' && options.partyPaddedMonth === 'lenient' ? 'warning' : undefined,
      fix: { title: msg('Write {0}', expected.text), safety: 'safe', edits: [{ range: rangeOf(date), newText: expected.text }] },
    });
  },
});

const PADDED_MONTH = msg('months 3 to 12 take no leading zero');

/** Whether `typed` differs from `wanted` only in runs of spaces right after `ngày` and `tháng` and before
 *  `tháng` and `năm` (the day and month fields). One anchored pass each: linear. */
function stampGapsOnly(typed: string, wanted: string): boolean {
  if (typed === wanted) return false;
  return typed.replace(/ngày[ \t]+(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm/u, 'ngày $1 tháng $2 năm') === wanted;
}

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year || 2000, month, 0)).getUTCDate();
}

/** The regulated spelling of a day value: two digits. */
export function padDay(value: string): string {
  return String(Number(value)).padStart(2, '0');
}

/** The regulated spelling of a month value: a leading zero for 1 and 2 only. */
export function padMonth(value: string): string {
  const m = Number(value);
  return m <= 2 ? String(m).padStart(2, '0') : String(m);
}

function canonicalDate(date: PlaceDate): { text: string; reason: Message } {
  const day = padDay(date.day);
  const month = padMonth(date.month);
  const text = `${date.place}, ngày ${date.day ? day : blankOf(date, 'day')} tháng ${date.month ? month : blankOf(date, 'month')} năm ${date.year}`;
  let reason: Message;
  if (date.figured) reason = msg('the words ngày, tháng and năm between the figures');
  else if (date.day && day !== date.day) reason = msg('days below 10 take a leading zero');
  else if (date.month && month !== date.month && Number(date.month) <= 2) reason = msg('months 1 and 2 take a leading zero');
  else if (date.month && month !== date.month) reason = PADDED_MONTH;
  // The comma is judged alone: `Lào Cai,  ngày` has its comma, and its slip is the double space.
  else if (!/^[^,]+,/u.test(date.text)) reason = msg('a comma after the place name');
  else reason = msg('one space between the words');
  return { text, reason };
}

/** A blank field keeps the run of spaces the drafter left (at least one). */
function blankOf(date: PlaceDate, field: 'day' | 'month'): string {
  const match = field === 'day' ? /ngày(\s*)tháng/u.exec(date.text) : /tháng(\s*)năm/u.exec(date.text);
  const run = match?.[1] ?? ' ';
  return run.length >= 3 ? run.slice(1, -1) : '    ';
}
