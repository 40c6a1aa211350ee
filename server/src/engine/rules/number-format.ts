// The form of the number-and-symbol line in its regime: Party `Số 02-KL/BTCTW` (no colon); state
// `Số: 15/QĐ-BNV`; state công văn `Số: 05/BNV-VP` (no type code); normative `Số: 30/2020/NĐ-CP`.
// Numbers below 10 take a leading zero; no spaces inside the symbol; the type code agrees with the type
// name. A number left blank for the văn thư (`Số:      /QĐ-UBND`) is allowed.

import { msg, type Message } from '../l10n/localize';
import type { NumberLine, Regime, Segment } from '../model';
import { rangeOf, symbolRange } from '../ranges';
import { defineRule, type FixSafety, type Report } from './rule';

export default defineRule({
  id: 'number-format',
  regimes: ['dang', 'nd30', 'qppl'],
  severity: 'error',
  cheap: true,
  description: 'The number and symbol are written in the form of the regime.',
  basis: {
    dang: 'HD 36-HD/VPTW, điểm 1.3 (số 0 trước số nhỏ hơn 10: CHƯA KIỂM CHỨNG)',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3; Điều 15',
    qppl: 'Luật 64/2025/QH15 Điều 7.3; NĐ 78/2025/NĐ-CP',
  },
  check({ model, regime, report }) {
    const number = model.header.number;
    if (!number || regime === 'unknown') return;
    const raw = model.lines[number.line].text;
    // The reader's view of the line: no-break spaces and look-alikes are other rules' findings.
    const view = model.view.lines[number.line].text;
    if (number.act) {
      // `Luật số: 69/2025/QH15`: the act's own form (number, year, issuer; no type code). Spacing only.
      const wanted = `${number.act} số: ${number.number}/${number.year ? `${number.year}/` : ''}${number.issuerCode ?? ''}`;
      const typed = view.slice(number.start, number.end).normalize('NFC');
      if (number.number && number.year && !number.symbolLine && typed !== wanted && typed.replace(/\s+/g, '') === wanted.replace(/\s+/g, '')) {
        if (stampGapsOnly(typed, wanted)) {
          report(stampWarning(number, typed, wanted));
          return;
        }
        report({
          range: rangeOf(number),
          message: msg('Malformed number and symbol ({0}): write {1}', msg('no spaces inside the number and symbol'), wanted),
          fix: { title: msg('Write {0}', wanted), safety: 'safe', edits: [{ range: rangeOf(number), newText: wanted }] },
        });
      }
      return;
    }
    const expected = canonicalNumber(number, regime, raw);
    if (number.symbolLine) {
      // Number and symbol on two lines (as extracted from a PDF): only the form can be judged, not spacing.
      if (expected && expected.safety === 'guarded') {
        report({ range: acrossLines(number, number.symbolLine), message: msg('Malformed number and symbol ({0}): write {1}', expected.reason, expected.text) });
      } else if (!expected) {
        // `Số:` / `318/QĐ`: the value has no symbol of either shape, wherever it was printed.
        report({ range: symbolRange(number), message: msg('The number and symbol {0} lack the form {1}', number.text, exampleFor(regime)) });
        return;
      }
    } else if (expected) {
      // NFC and the reader's view: decomposition, no-break spaces and look-alikes are other rules' findings.
      const typed = view.slice(number.start, number.end).normalize('NFC');
      // `Số: 228 /BC-SNV`: the only gap is the one the e-office system leaves where it stamps the number
      // at signing, not the drafter's slip: one warning saying so.
      // The gaps around the number (`Số:15 /2014/QĐ-UBND`, `Số:  26/…`) are the field it was stamped into.
      // A Party number is stamped the same way, into the field before `-TYPE/ISSUER` (`Số 2449 -CV/ĐU`).
      const stamped = expected.text !== typed && number.number !== ''
        && (regime === 'dang' ? number.shape === 'dang' && partyStampGapsOnly(typed, expected.text) : stampGapsOnly(typed, expected.text));
      if (stamped) {
        report(stampWarning(number, typed, expected.text));
      } else if (expected.text !== typed) {
        // `Số: 97-QĐ/TW`: a Party number whose only slip is the colon, as legal databases print Party numbers
        // (domain.md A: a rendering artefact there): a warning, not an error.
        const colonOnly = regime === 'dang' && number.shape === 'dang' && typed.replace(/^Số\s*:\s*/u, 'Số ') === expected.text;
        // A Party number below 10 without its zero: HD 36's wording on the zero is UNVERIFIED (domain.md A5;
        // the summaries and the Party's own headers pad), so a warning, never an error.
        const unpaddedPartyOnly = regime === 'dang' && number.shape === 'dang' && /^\d$/u.test(number.number)
          && typed === expected.text.replace(`Số 0${number.number}-`, `Số ${number.number}-`);
        report({
          range: rangeOf(number),
          severity: colonOnly || unpaddedPartyOnly ? 'warning' : undefined,
          message: msg('Malformed number and symbol ({0}): write {1}', expected.reason, expected.text),
          fix: { title: msg('Write {0}', expected.text), safety: expected.safety, edits: [{ range: rangeOf(number), newText: expected.text }] },
        });
      }
    } else {
      report({ range: rangeOf(number), message: msg('The number and symbol {0} lack the form {1}', number.text, exampleFor(regime)) });
      return;
    }
    const type = model.documentType;
    const codes = type?.codes[regime];
    if (type?.isLetter) {
      if (regime !== 'dang' && number.typeCode === 'CV') {
        report({
          range: symbolRange(number),
          message: msg('A state công văn has no type code: the symbol is the issuer then the drafting unit ({0})', 'Số: 05/BNV-VP'),
        });
      }
      if (regime === 'dang' && number.typeCode && number.typeCode !== 'CV') {
        report({ range: symbolRange(number), message: msg('A Party công văn carries the type code CV ({0})', 'Số 357-CV/BTCTU') });
      }
    } else if (type && codes && codes.length > 0 && number.typeCode && !codes.includes(number.typeCode)) {
      report({
        range: symbolRange(number),
        message: msg('The type code {0} does not match the type name {1}: use {2}', number.typeCode, type.name, codes.join(' / ')),
      });
    }
    if (regime === 'qppl' && !number.year && number.shape === 'nd30') {
      report({ range: symbolRange(number), message: msg('A normative document number carries the year: {0}', 'Số: 30/2020/NĐ-CP') });
    }
  },
});

function exampleFor(regime: Regime): string {
  return regime === 'dang' ? 'Số 02-KL/BTCTW' : regime === 'qppl' ? 'Số: 30/2020/NĐ-CP' : 'Số: 15/QĐ-BNV';
}

/** From the number's label to the end of its value's line. */
function acrossLines(number: NumberLine, value: Segment) {
  return { start: { line: number.line, character: number.start }, end: { line: value.line, character: value.end } };
}

interface Expected {
  readonly text: string;
  readonly reason: Message;
  readonly safety: FixSafety;
}

/** The number line as it should be written in `regime`, with the first reason it differs. */
export function canonicalNumber(number: NumberLine, regime: Regime, raw: string): Expected | undefined {
  if (!number.typeCode || !number.issuerCode) return undefined;
  const party = regime === 'dang';
  const compact = (code: string) => code.replace(/\s+/g, '').replace(/[–—]/g, '-');
  const typeCode = compact(number.typeCode);
  const issuerCode = compact(number.issuerCode);
  const padded = /^\d$/.test(number.number) ? `0${number.number}` : number.number;
  let prefix = party ? 'Số ' : 'Số: ';
  let numberPart = padded;
  if (number.number === '') {
    // A blank number keeps the blank the drafter left for the văn thư.
    const before = raw.slice(number.start, number.valueStart);
    const blankRun = before.slice(before.trimEnd().length);
    prefix = party ? 'Số' : 'Số:';
    numberPart = blankRun.length >= 2 ? blankRun : '      ';
  }
  const text = party
    ? `${prefix}${numberPart}-${typeCode}/${issuerCode}`
    : `${prefix}${numberPart}/${number.year ? `${number.year}/` : ''}${typeCode}-${issuerCode}`;

  let reason: Message;
  let safety: FixSafety = 'safe';
  if (party && number.shape === 'nd30') {
    reason = msg('a Party number is written number-TYPE/ISSUER');
    safety = 'guarded';
  } else if (!party && number.shape === 'dang') {
    reason = msg('a state number is written number/TYPE-ISSUER');
    safety = 'guarded';
  } else if (number.label !== undefined) {
    reason = msg('the label is written {0}', prefix.trim());
  } else if (party && number.hasColon) {
    reason = msg('no colon after Số in a Party document');
  } else if (!party && !number.hasColon) {
    reason = msg('a colon after Số');
  } else if (padded !== number.number) {
    reason = msg('numbers below 10 take a leading zero');
  } else if (/[–—]/.test(number.symbol)) {
    reason = msg('a hyphen, not an en or em dash');
  } else {
    reason = msg('no spaces inside the number and symbol');
  }
  return { text, reason, safety };
}

/**
 * Whether `typed` differs from `wanted` only in the white space around the number itself (after the
 * label's colon, before the first `/`): the blank field the e-office system stamps the number into.
 * Anchored at the start, one pass: linear.
 */
function stampGapsOnly(typed: string, wanted: string): boolean {
  return typed.replace(/^([^\s:]{0,12}(?: số)?:)[ \t]*(\d+(?:\.\d+)?)[ \t]*\//u, '$1 $2/') === wanted;
}

/** The Party form of the same: white space only around the number, between `Số` and the `-` of the symbol. */
function partyStampGapsOnly(typed: string, wanted: string): boolean {
  return typed.replace(/^Số[ \t]+(\d+)[ \t]*-/u, 'Số $1-') === wanted;
}

function stampWarning(number: NumberLine, typed: string, wanted: string): Report {
  // Only the gap before the symbol's `/` is the usual stamp; a gap after the label's colon is named as such.
  const beforeSlashOnly = typed.replace(/^([^\s:]{0,12}(?: số)?: ?\d+(?:\.\d+)?)[ \t]*\//u, '$1/') === wanted
    || typed.replace(/^(Số \d+)[ \t]*-/u, '$1-') === wanted;
  return {
    range: rangeOf(number),
    severity: 'warning',
    message: beforeSlashOnly
      ? msg('A space between the number and the symbol ({0}): the e-office system leaves it where it stamps the number at signing; the issued text reads {1}', typed, wanted)
      : msg('Spaces around the number ({0}): the e-office system leaves them where it stamps the number at signing; the issued text reads {1}', typed, wanted),
    fix: { title: msg('Write {0}', wanted), safety: 'safe', edits: [{ range: rangeOf(number), newText: wanted }] },
  };
}
