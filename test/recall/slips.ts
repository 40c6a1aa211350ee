// The catalogue of drafters' slips the recall measure plants, one at a time, into a correct document.
// Each slip is tied to the clause it breaks, and finds its own site in the parsed document:
// a document without the site (no number line, no recipients…) is not counted for that slip.

import type { DocumentModel, Segment } from '../../server/src/engine';

/** A document the slips are planted into: its text split in lines (end-of-line kept) and its model. */
export interface Subject {
  readonly name: string;
  readonly text: string;
  readonly model: DocumentModel;
}

/** One planted slip: the mutated text and the line a finding must stand on (for a deleted part: anywhere). */
export interface Planted {
  readonly text: string;
  readonly line: number;
}

export interface Slip {
  /** Stable id: the row of the report. */
  readonly id: string;
  /** The part of the document it breaks (the report groups by it). */
  readonly part: string;
  /** The clause the slip breaks. */
  readonly clause: string;
  /** A deleted part: found by a finding anywhere (a presence finding is the right one). */
  readonly deleted?: boolean;
  /** Plants the slip, or undefined when the document has no site for it. `pick(n)`: a seeded index below n. */
  plant(subject: Subject, pick: (n: number) => number): Planted | undefined;
}

/** The text with line `line`'s columns [start, end) replaced. */
function splice(subject: Subject, line: number, start: number, end: number, insert: string): Planted {
  const lines = subject.model.lines;
  let text = '';
  for (const source of lines) {
    const own = source.index === line ? source.text.slice(0, start) + insert + source.text.slice(end) : source.text;
    text += own + source.eol;
  }
  return { text, line };
}

/** The part's text removed from its line (a line left blank is emptied). */
function remove(subject: Subject, segment: Segment | undefined): Planted | undefined {
  if (!segment) return undefined;
  const source = subject.model.lines[segment.line].text;
  const rest = source.slice(0, segment.start) + source.slice(segment.end);
  return rest.trim() === ''
    ? splice(subject, segment.line, 0, source.length, '')
    : splice(subject, segment.line, segment.start, segment.end, '');
}

/** A segment's text replaced by `text`, when that changes it. */
/** The place-and-date line when it stands on one line as typed (not wrapped, not joined from pieces): where a date slip is planted. */
function oneLineDate(subject: Subject) {
  const date = subject.model.header.placeDate;
  return !date || date.wrapped || date.pieces ? undefined : date;
}

function rewrite(subject: Subject, segment: Segment | undefined, text: string | undefined): Planted | undefined {
  if (!segment || text === undefined || text === segment.text) return undefined;
  return splice(subject, segment.line, segment.start, segment.end, text);
}

const sentence = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1).toLocaleLowerCase('vi');

/** The running-text lines of the body (paragraphs), where the text slips are planted. */
function paragraphs(model: DocumentModel): readonly Segment[] {
  return model.body.paragraphs;
}

/** Every match of `pattern` (global) in the body's paragraphs, with its line and column. */
function sites(model: DocumentModel, pattern: RegExp, accept: (match: RegExpExecArray) => boolean = () => true): { segment: Segment; match: RegExpExecArray }[] {
  const found: { segment: Segment; match: RegExpExecArray }[] = [];
  for (const segment of paragraphs(model)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      if (accept(match)) found.push({ segment, match });
    }
  }
  return found;
}

function chosen<T>(items: readonly T[], pick: (n: number) => number): T | undefined {
  return items.length ? items[pick(items.length)] : undefined;
}

/** A word (NFC) with its tone mark replaced or moved: done in NFD, where the tone is one combining mark. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const WORD = /(?<![\p{L}\p{M}\d])\p{Ll}+(?![\p{L}\p{M}\d])/gu;
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u;

/** The word with its tone replaced by `tone` (NFD: the tone goes after the letter's own vowel marks). */
function retone(word: string, tone: string): string {
  const letters = [...word.normalize('NFD')];
  const at = letters.findIndex((ch) => TONE.test(ch));
  if (at < 0) return word;
  letters.splice(at, 1);
  let end = at;
  while (end < letters.length && /[\u0302\u0306\u031b]/u.test(letters[end])) end++;
  letters.splice(end, 0, tone);
  return letters.join('').normalize('NFC');
}

/** `việc` → `viềc`: the sắc or nặng of a stop-final syllable turned into huyền. */
function stopToneSlip(word: string): string | undefined {
  if (!/(?:c|ch|p|t)$/u.test(word)) return undefined;
  if (!/[\u0301\u0323]/u.test(word.normalize('NFD'))) return undefined;
  return retone(word, '\u0300');
}

const toneOf = (letter: string): string | undefined => [...letter.normalize('NFD')].find((ch) => TONE.test(ch));
const toneless = (letter: string): string => [...letter.normalize('NFD')].filter((ch) => !TONE.test(ch)).join('').normalize('NFC');

/** `soát` → `sóat`: with a final consonant, the tone of oa, oă, oe, uy moved back to the first vowel. */
function wrongVowelSlip(word: string): string | undefined {
  if (/^(?:qu|gi)/u.test(word)) return undefined;
  const letters = [...word.normalize('NFC')];
  for (let i = 0; i + 2 < letters.length; i++) {
    const tone = toneOf(letters[i + 1]);
    const second = toneless(letters[i + 1]);
    const pair = letters[i] + second;
    if (!tone || !['oa', 'oă', 'oe', 'uy'].includes(pair)) continue;
    if (!/^(?:c|ch|m|n|ng|nh|p|t)$/u.test(letters.slice(i + 2).join(''))) return undefined;
    return [...letters.slice(0, i), `${letters[i]}${tone}`.normalize('NFC'), second, ...letters.slice(i + 2)].join('');
  }
  return undefined;
}

export const SLIPS: readonly Slip[] = [
  // The number and symbol (NĐ 30 Phụ lục I mục II.3; HD 36 mục 1.3).
  {
    id: 'number-colon', part: 'number', clause: 'NĐ 30 Phụ lục I II.3 (Số:); HD 36 1.3 (Số, no colon)',
    plant({ model, ...rest }) {
      const number = model.header.number;
      if (!number || number.symbolLine) return undefined;
      const colon = number.text.indexOf(':');
      if (number.hasColon && colon > 0 && colon < number.valueStart - number.start) {
        return splice({ model, ...rest }, number.line, number.start + colon, number.start + colon + 1, '');
      }
      if (!number.hasColon && model.regime === 'dang' && number.text.startsWith('Số ')) {
        return splice({ model, ...rest }, number.line, number.start + 2, number.start + 2, ':');
      }
      return undefined;
    },
  },
  {
    id: 'number-spacing', part: 'number', clause: 'NĐ 30 Phụ lục I II.3 (no space inside the symbol)',
    plant(subject) {
      const number = subject.model.header.number;
      if (!number || number.symbolLine) return undefined;
      const slash = number.text.indexOf('/', number.valueStart - number.start);
      if (slash < 0 || number.text[slash + 1] === ' ') return undefined;
      return splice(subject, number.line, number.start + slash + 1, number.start + slash + 1, ' ');
    },
  },
  {
    id: 'number-dash', part: 'number', clause: 'NĐ 30 Phụ lục I II.3; HD 36 1.3 (a hyphen joins the codes)',
    plant(subject) {
      const number = subject.model.header.number;
      if (!number || number.symbolLine) return undefined;
      const dash = number.text.indexOf('-', number.valueStart - number.start);
      if (dash < 0) return undefined;
      return splice(subject, number.line, number.start + dash, number.start + dash + 1, '–');
    },
  },
  {
    id: 'number-shape', part: 'number', clause: 'NĐ 30 Phụ lục I II.3 (số/TYPE-ISSUER); HD 36 1.3 (số-TYPE/ISSUER)',
    plant(subject) {
      const number = subject.model.header.number;
      if (!number || number.symbolLine || !number.typeCode || !number.issuerCode || number.year) return undefined;
      const value = `${number.number}/${number.typeCode}-${number.issuerCode}`;
      const party = `${number.number}-${number.typeCode}/${number.issuerCode}`;
      const at = number.text.indexOf(number.shape === 'dang' ? party : value);
      if (number.shape === 'unknown' || at < 0) return undefined;
      const other = number.shape === 'dang' ? value : party;
      return splice(subject, number.line, number.start + at, number.start + at + other.length, other);
    },
  },
  {
    id: 'number-deleted', part: 'number', clause: 'NĐ 30 Điều 8.1.c; HD 36 1.3', deleted: true,
    plant(subject) {
      const number = subject.model.header.number;
      return number?.symbolLine ? undefined : remove(subject, number);
    },
  },
  // The place and date (NĐ 30 Phụ lục I II.4; HD 36 1.4).
  {
    id: 'date-comma', part: 'place and date', clause: 'NĐ 30 Phụ lục I II.4; HD 36 1.4 (a comma after the place)',
    plant(subject) {
      const date = oneLineDate(subject);
      if (!date) return undefined;
      const comma = date.text.indexOf(', ngày');
      return comma < 0 ? undefined : splice(subject, date.line, date.start + comma, date.start + comma + 1, '');
    },
  },
  {
    id: 'date-zeros', part: 'place and date', clause: 'NĐ 30 Phụ lục I II.4 (a zero before a day below 10 and months 1, 2)',
    plant(subject) {
      const date = oneLineDate(subject);
      if (!date) return undefined;
      const day = Number(date.day);
      const month = Number(date.month);
      if (day < 10 && date.day.length === 2) return splice(subject, date.line, date.dayRange[0], date.dayRange[1], String(day));
      if (month <= 2 && date.month.length === 2) return splice(subject, date.line, date.monthRange[0], date.monthRange[1], String(month));
      if (month >= 3 && month <= 9 && date.month.length === 1) return splice(subject, date.line, date.monthRange[0], date.monthRange[1], `0${month}`);
      return undefined;
    },
  },
  {
    id: 'date-numeric', part: 'place and date', clause: 'NĐ 30 Phụ lục I II.4; HD 36 1.4 (ngày … tháng … năm …)',
    plant(subject) {
      const date = oneLineDate(subject);
      if (!date) return undefined;
      const source = subject.model.lines[date.line].text;
      const start = source.lastIndexOf('ngày', date.dayRange[0]);
      if (start < date.start) return undefined;
      return splice(subject, date.line, start, date.yearRange[1], `ngày ${date.day}/${date.month}/${date.year}`);
    },
  },
  {
    id: 'date-deleted', part: 'place and date', clause: 'NĐ 30 Điều 8.1.d; HD 36 1.4', deleted: true,
    plant(subject) {
      const date = oneLineDate(subject);
      return date && remove(subject, date);
    },
  },
  // The national name and motto (NĐ 30 Phụ lục I II.1).
  {
    id: 'national-name-case', part: 'national name and motto', clause: 'NĐ 30 Phụ lục I II.1 (in capitals)',
    plant(subject) {
      const name = subject.model.header.nationalName;
      return name?.rest ? undefined : rewrite(subject, name, name && sentence(name.text).replace(/việt nam/u, 'Việt Nam'));
    },
  },
  {
    id: 'national-name-deleted', part: 'national name and motto', clause: 'NĐ 30 Điều 8.1.a', deleted: true,
    plant(subject) {
      const name = subject.model.header.nationalName;
      return name?.rest ? undefined : remove(subject, name);
    },
  },
  {
    id: 'motto-case', part: 'national name and motto', clause: 'NĐ 30 Phụ lục I II.1 (each word of the motto capitalised)',
    plant(subject) {
      const motto = subject.model.header.motto;
      return motto?.rest ? undefined : rewrite(subject, motto, motto && sentence(motto.text));
    },
  },
  {
    id: 'motto-dashes', part: 'national name and motto', clause: 'NĐ 30 Phụ lục I II.1 (hyphens with a space each side)',
    plant(subject) {
      const motto = subject.model.header.motto;
      return motto?.rest || !motto?.text.includes(' - ') ? undefined : rewrite(subject, motto, motto.text.replaceAll(' - ', '-'));
    },
  },
  {
    id: 'motto-deleted', part: 'national name and motto', clause: 'NĐ 30 Điều 8.1.a', deleted: true,
    plant(subject) {
      const motto = subject.model.header.motto;
      return motto?.rest ? undefined : remove(subject, motto);
    },
  },
  // The Party title and the star (HD 36 1.1, 1.2).
  {
    id: 'party-title-case', part: 'Party title', clause: 'HD 36 1.1 (ĐẢNG CỘNG SẢN VIỆT NAM in capitals)',
    plant(subject) {
      const title = subject.model.header.partyTitle;
      return rewrite(subject, title, title && 'Đảng Cộng sản Việt Nam');
    },
  },
  {
    id: 'party-star-deleted', part: 'Party title', clause: 'HD 36 1.2 (the star under the issuer)', deleted: true,
    plant(subject) {
      return remove(subject, subject.model.header.star);
    },
  },
  // The type name and summary (NĐ 30 Phụ lục I II.5; HD 36 1.5).
  {
    id: 'type-name-deleted', part: 'type name', clause: 'NĐ 30 Điều 8.1.đ; HD 36 1.5', deleted: true,
    plant(subject) {
      return remove(subject, subject.model.typeName);
    },
  },
  {
    id: 'vv-in-named-summary', part: 'type name', clause: 'NĐ 30 Phụ lục I II.5.b (V/v only in a công văn\'s summary)',
    plant(subject) {
      const { model } = subject;
      const summary = model.summary[0];
      if (!summary || !model.documentType || /công văn/iu.test(model.documentType.name)) return undefined;
      const about = /^Về việc\s+/u.exec(summary.text) ?? /^Về\s+/u.exec(summary.text);
      return splice(subject, summary.line, summary.start, summary.start + (about?.[0].length ?? 0), 'V/v ');
    },
  },
  // Recipients (NĐ 30 Phụ lục I II.9; HD 36 1.9).
  {
    id: 'recipients-label-deleted', part: 'recipients', clause: 'NĐ 30 Phụ lục I II.9.d (Nơi nhận:)', deleted: true,
    plant(subject) {
      return remove(subject, subject.model.recipients?.label);
    },
  },
  {
    id: 'recipients-middle-end', part: 'recipients', clause: 'NĐ 30 Phụ lục I II.9.d (each item ends with ;)',
    plant(subject, pick) {
      const items = subject.model.recipients?.items ?? [];
      const middle = items.slice(0, -1).filter((item) => item.continuation.length === 0 && /[;,]$/u.test(item.text) && !/^-?\s*Lưu/u.test(item.text));
      const item = chosen(middle, pick);
      return item && splice(subject, item.line, item.end - 1, item.end, '');
    },
  },
  {
    id: 'recipients-last-end', part: 'recipients', clause: 'NĐ 30 Phụ lục I II.9.d (the last item ends with .)',
    plant(subject) {
      const items = subject.model.recipients?.items ?? [];
      const last = items[items.length - 1];
      if (!last || last.continuation.length || !last.text.endsWith('.')) return undefined;
      return splice(subject, last.line, last.end - 1, last.end, ';');
    },
  },
  {
    id: 'recipients-archive-colon', part: 'recipients', clause: 'NĐ 30 Phụ lục I II.9.d (Lưu: VT, …)',
    plant(subject) {
      const items = subject.model.recipients?.items ?? [];
      const archive = items.find((item) => /^-\s*Lưu:/u.test(item.text));
      if (!archive) return undefined;
      const colon = archive.text.indexOf(':');
      return splice(subject, archive.line, archive.start + colon, archive.start + colon + 1, '');
    },
  },
  {
    id: 'recipients-archive-dash', part: 'recipients', clause: 'NĐ 30 Phụ lục I II.9.d; HD 36 1.9 (each line, the archive line too, starts with -)',
    plant(subject) {
      const items = subject.model.recipients?.items ?? [];
      const archive = items[items.length - 1];
      const dash = archive && items.length > 1 && archive.continuation.length === 0 ? /^-\s*(?=Lưu\b)/u.exec(archive.text) : null;
      return dash ? splice(subject, archive.line, archive.start, archive.start + dash[0].length, '') : undefined;
    },
  },
  // Appendices (NĐ 30 Phụ lục I, III.1).
  {
    id: 'appendix-reference-deleted', part: 'appendix', clause: 'NĐ 30 Phụ lục I III.1.c ((Kèm theo … số … ngày …) under the title)', deleted: true,
    plant(subject, pick) {
      const appendices = (subject.model.attachments ?? []).filter((attachment) => attachment.reference);
      return remove(subject, chosen(appendices, pick)?.reference);
    },
  },
  // The signature (NĐ 30 Điều 13, Phụ lục I II.7; HD 36 1.8).
  {
    id: 'signing-form-other-regime', part: 'signature', clause: 'NĐ 30 Phụ lục I II.7.b (TM., KT.); HD 36 1.8 (T/M, K/T)',
    plant(subject, pick) {
      const forms = (subject.model.signature?.authorities ?? []).filter((authority) => authority.form?.counterpart && authority.text.startsWith(authority.form.prefix));
      const authority = chosen(forms, pick);
      return authority && splice(subject, authority.line, authority.start, authority.start + authority.form!.prefix.length, authority.form?.counterpart ?? '');
    },
  },
  {
    id: 'signer-name-deleted', part: 'signature', clause: 'NĐ 30 Phụ lục I II.7.d; HD 36 1.8', deleted: true,
    plant(subject) {
      return remove(subject, subject.model.signature?.name);
    },
  },
  // The body's numbering (NĐ 30 Phụ lục I II.6.đ; HD 36 2).
  {
    id: 'section-skipped', part: 'body', clause: 'NĐ 30 Phụ lục I II.6.đ (numbered in sequence)',
    plant(subject, pick) {
      const headings = subject.model.body.headings;
      const pairs = headings.filter((heading, i) => {
        const before = headings[i - 1];
        return before && before.kind === heading.kind && heading.values.length === 1 && before.values.length === 1 &&
          heading.values[0] === before.values[0] + 1 && /^\D*\d+/u.test(heading.marker);
      });
      const heading = chosen(pairs, pick);
      if (!heading) return undefined;
      const digits = /\d+/u.exec(heading.marker)!;
      const at = heading.start + digits.index;
      return splice(subject, heading.line, at, at + digits[0].length, String(heading.values[0] + 1));
    },
  },
  // Spelling in running text (QĐ 1989/QĐ-BGDĐT; orthography.md).
  {
    id: 'tone-on-stop-final', part: 'spelling', clause: 'QĐ 1989/QĐ-BGDĐT (a syllable ending in p, t, c, ch takes sắc or nặng)',
    plant(subject, pick) {
      const found = chosen(sites(subject.model, WORD, (match) => stopToneSlip(match[0]) !== undefined), pick);
      return found && splice(subject, found.segment.line, found.segment.start + found.match.index, found.segment.start + found.match.index + found.match[0].length, stopToneSlip(found.match[0])!);
    },
  },
  {
    id: 'tone-on-wrong-vowel', part: 'spelling', clause: 'QĐ 1989/QĐ-BGDĐT (oa, oe, uy + final: the tone on the second vowel)',
    plant(subject, pick) {
      const found = chosen(sites(subject.model, WORD, (match) => wrongVowelSlip(match[0]) !== undefined), pick);
      return found && splice(subject, found.segment.line, found.segment.start + found.match.index, found.segment.start + found.match.index + found.match[0].length, wrongVowelSlip(found.match[0])!);
    },
  },
  {
    id: 'run-together', part: 'spelling', clause: 'QĐ 1989/QĐ-BGDĐT (one syllable, one word-space)',
    plant(subject, pick) {
      const pair = /(?<![\p{L}\p{M}\d])(\p{Ll}+) (\p{Ll}+)(?![\p{L}\p{M}\d])/gu;
      const found = chosen(sites(subject.model, pair, (match) => VIETNAMESE.test(match[1]) && VIETNAMESE.test(match[2]) && TONE.test(`${match[1]}${match[2]}`.normalize('NFD'))), pick);
      if (!found) return undefined;
      const at = found.segment.start + found.match.index + found.match[1].length;
      return splice(subject, found.segment.line, at, at + 1, '');
    },
  },
  // Punctuation and encoding.
  {
    id: 'word-typed-twice', part: 'spelling', clause: 'no clause: a typing slip (a function word typed twice: của của)',
    plant(subject, pick) {
      const found = chosen(sites(subject.model, /(?<=\s)(?:của|trong|các|được|với) (?=\p{Ll})/gu), pick);
      return found && splice(subject, found.segment.line, found.segment.start + found.match.index, found.segment.start + found.match.index, found.match[0]);
    },
  },
  {
    id: 'space-before-punctuation', part: 'punctuation and encoding', clause: 'QĐ 1989/QĐ-BGDĐT; TCVN 6909 (no space before , ; . :)',
    plant(subject, pick) {
      const found = chosen(sites(subject.model, /\p{Ll}[,;] \p{Ll}/gu), pick);
      return found && splice(subject, found.segment.line, found.segment.start + found.match.index + 1, found.segment.start + found.match.index + 1, ' ');
    },
  },
  {
    id: 'space-before-punctuation-after-digit', part: 'punctuation and encoding', clause: 'QĐ 1989/QĐ-BGDĐT (no space before , ; after a number)',
    plant(subject, pick) {
      const found = chosen(sites(subject.model, /\d[,;] \p{L}/gu), pick);
      return found && splice(subject, found.segment.line, found.segment.start + found.match.index + 1, found.segment.start + found.match.index + 1, ' ');
    },
  },
  {
    id: 'decomposed-line', part: 'punctuation and encoding', clause: 'TCVN 6909:2001 (Unicode precomposed, NFC)',
    plant(subject, pick) {
      const lines = paragraphs(subject.model).filter((segment) => segment.text.normalize('NFD') !== segment.text);
      const segment = chosen(lines, pick);
      return segment && splice(subject, segment.line, segment.start, segment.end, segment.text.normalize('NFD'));
    },
  },
];
