// The header: the Party title or national name and motto, the issuer's lines, `*`, the number line, the
// place and date, urgency and secrecy marks, up to the type name (and the title printed beside it) or the
// V/v summary of a công văn. Cells in any order; parts a layout splits over lines are joined (splitParts.ts).

import type { Header, NumberLine, PlaceDate, Segment, SplitPhrase, TypeName } from '../model';
import { typeAtStart, typeByName } from '../catalog/documentTypes';
import { BODY_NAME_START } from '../catalog/bodyNames';
import { matchAuthority } from '../catalog/signingForms';
import { isCopyFormTitle } from '../catalog/forms';
import { alternation, GROUNDS_LEADS, MOTTO_WORDS, NATIONAL_NAMES, PARTY_TITLE } from '../catalog/conventions';
import { isUpperText, makeSegment, splitCells } from '../text/source';
import {
  isAddresseesLabel, isMark, isMotto, isNationalName, isPartyTitle, isRecipientsLabel, isRule, isStar, parseNumberLine,
  parsePlaceDate, PART_MAX_LENGTH,
} from './classify';
import { parseHeading } from './headings';
import { isAppendixTitle } from './attachments';
import { isBrokenDatePiece, joinLabelledNumber, joinSplitDate, joinSplitPhrase } from './splitParts';
import type { ReaderView } from './view';

/** How far the header may run before we give up looking for its parts (non-blank cells). */
const HEADER_CELL_LIMIT = 30;

export interface HeaderRead {
  parts: Header;
  typeName?: TypeName;
  letterSummary: Segment[];
  /** The first line after the header (the type name's line when there is one). */
  endLine: number;
  /** Unrecognised lines above the header's first part (a portal's or a copy's own lines): skipped. */
  preamble: number[];
  /** A copy form's lines above the main document's header (its issuer, `SAO Y`, its number and date). */
  copyForm: number[];
  /** The title printed after the type name on its line (`QUYẾT ĐỊNH` `CHẤP THUẬN …`): the summary's start. */
  titleRest?: Segment;
}

/** The column after the first `count` words of `raw` from `start` (white space between words of any width). */
function afterWords(raw: string, start: number, count: number): number {
  let i = start;
  for (let word = 0; word < count; word++) {
    while (i < raw.length && /\s/u.test(raw[i])) i++;
    while (i < raw.length && !/\s/u.test(raw[i])) i++;
  }
  return i;
}

/** How many lines above the header may be skipped, and how far ahead the header's first part may be. */
const PREAMBLE_LIMIT = 12;

/**
 * Whether a sure part of a header lies within the next lines: by default a title, national name, motto or
 * number line; `wanted` narrows it to the parts still missing.
 */
function headerAhead(
  view: ReaderView, from: number, visible: (i: number) => boolean,
  wanted: (cell: Segment, raw: string) => boolean,
): boolean {
  const { lines } = view;
  for (let i = from, seen = 0; i < lines.length && seen < PREAMBLE_LIMIT; i++) {
    if (!visible(i)) continue;
    seen++;
    for (const cell of view.cells(i)) {
      if ((isPartyTitle(cell) || isNationalName(cell) || isMotto(cell) || parseNumberLine(cell, lines[i].text)
        || parsePlaceDate(cell, lines[i].text)) && wanted(cell, lines[i].text)) return true;
    }
  }
  return false;
}

export const LETTER_SUMMARY = /^(V\/v|V\/V|v\/v|Về việc|Vv\b|V\.v\.?)/u;

/** The header from the top: its parts in any order and cells, up to the type name, the V/v line, Kính gửi
 *  or the first line that is not header-like. Reads page numbers as text (a lone number may be its own). */
export function readHeader(view: ReaderView): HeaderRead {
  const { lines } = view;
  const visible = view.headerVisibility();
  let partyTitle: Segment | undefined;
  let nationalName: SplitPhrase | undefined;
  let motto: SplitPhrase | undefined;
  // The second pieces of split phrases already read with their first (`line:start`).
  const joinedPieces = new Set<string>();
  let star: Segment | undefined;
  let number: NumberLine | undefined;
  let placeDate: PlaceDate | undefined;
  const issuerLines: Segment[] = [];
  const marks: Segment[] = [];
  const other: Segment[] = [];
  const letterSummary: Segment[] = [];
  let typeName: TypeName | undefined;
  let titleRest: Segment | undefined;
  let cells = 0;
  let line = 0;
  let summaryOpen = false;

  const preamble: number[] = [];
  const copyForm: number[] = [];
  /** After a copy form's title: its number and date lines are the copy's too. */
  let copyOpen = false;
  const done = (endLine: number): HeaderRead => ({
    parts: { partyTitle, nationalName, motto, issuerLines, star, number, placeDate, marks, other },
    typeName, letterSummary, endLine, preamble, copyForm, titleRest,
  });
  // Nothing of the header read yet: a line that ends it may instead stand above it (class 1).
  const nothingYet = () => !partyTitle && !nationalName && !motto && !number && !placeDate && !star && !typeName
    && issuerLines.length === 0 && marks.length === 0 && letterSummary.length === 0;

  for (; line < lines.length; line++) {
    if (!visible(line)) continue;
    const raw = lines[line].text;
    const lineCells = splitCells(line, raw, view.plain); // its own copy: cells merged by a layout are split in it
    if (copyOpen) {
      // The copy's own number (`Số: 05/SY-UBND`) and place and date under its title.
      if (lineCells.every((cell) => parseNumberLine(cell, raw) || parsePlaceDate(cell, raw))) { copyForm.push(line); continue; }
      copyOpen = false;
    }
    let consumedLine = true;
    let hardStop = false;
    for (let c = 0; c < lineCells.length; c++) {
      const cell = lineCells[c];
      cells++;
      if (summaryOpen) {
        // Continuation of a wrapped V/v line: short lower-case text before Kính gửi or the body.
        if (c === 0 && isContinuation(cell.text)) { letterSummary.push(cell); continue; }
        // A wrapped V/v line whose next part starts with a name ("V/v trả lời đề nghị của" / "Sở Nội vụ …",
        // "V/v triển khai thực hiện" / "Nghị định số 180/2026/NĐ-CP", "… Công ty TNHH" / "Đại Đồng Tiến"):
        // the line before it has not ended, and it is short, as a V/v column's lines are.
        const previous = letterSummary[letterSummary.length - 1];
        if (c === 0 && previous && wrapsAtName(previous.text, cell.text) && !isMotto(cell) && !isNationalName(cell) && !isPartyTitle(cell)
          && !parsePlaceDate(cell, raw)) { letterSummary.push(cell); continue; }
        summaryOpen = false;
      }
      // Two header cells merged on one line by OCR or a flattened table: "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG
      // SẢN VIỆT NAM", "* Hà Nội, ngày …". Read them as two cells.
      const at = mergedAt(cell, raw);
      if (at !== undefined) {
        const split = cell.start + at;
        lineCells.splice(c, 1, makeSegment(line, raw, cell.start, split), makeSegment(line, raw, split, cell.end));
        c--;
        cells--;
        continue;
      }
      const starred = /^\*\s+(?=\S)/u.exec(cell.text);
      if (starred && !star) {
        star = { ...cell, end: cell.start + 1, text: '*' };
        lineCells.splice(c + 1, 0, makeSegment(line, raw, cell.start + starred[0].length, cell.end));
        continue;
      }
      const glued = /^[-_=]{3,}(?=\p{L})/u.exec(cell.text);
      if (glued) {
        // A rule glued to the text after it ("-----Hà Nội, ngày ..."): read the text alone.
        lineCells.splice(c + 1, 0, makeSegment(line, raw, cell.start + glued[0].length, cell.end));
        continue;
      }
      if (joinedPieces.has(`${line}:${cell.start}`)) continue;
      if (!partyTitle && !nationalName && isCopyFormTitle(cell.text)) {
        // A copy form printed above the main document (NĐ 30 Phụ lục I, Phần II): what was read so far is
        // the copy's (its issuer, its number), not the main header's; the main header follows.
        for (let i = copyForm.length ? copyForm[copyForm.length - 1] + 1 : 0; i <= line; i++) if (visible(i) && !preamble.includes(i)) copyForm.push(i);
        issuerLines.length = 0;
        marks.length = 0;
        other.length = 0;
        number = undefined;
        placeDate = undefined;
        star = undefined;
        copyOpen = true;
        cells = 0;
        consumedLine = true;
        break;
      }
      // An appendix's title (`PHỤ LỤC I`) ends the header: it is never the superior body.
      if (c === 0 && isAppendixTitle(cell.text)) { consumedLine = false; hardStop = true; break; }
      if (isPartyTitle(cell) && !partyTitle) { partyTitle = cell; continue; }
      if (isNationalName(cell) && !nationalName) { nationalName = cell; continue; }
      // The national name or motto broken over one column of two lines: never an issuer's line (`HỘI …`).
      const split = !nationalName || !motto ? joinSplitPhrase(lines, line, lineCells, c, visible) : undefined;
      if (split && (split.kind === 'nationalName' ? !nationalName : !motto)) {
        if (split.kind === 'nationalName') nationalName = split.phrase;
        else motto = split.phrase;
        joinedPieces.add(`${split.phrase.rest!.line}:${split.phrase.rest!.start}`);
        continue;
      }
      if (isMotto(cell) && !motto) { motto = cell; continue; }
      if (isStar(cell.text) && !star) { star = cell; continue; }
      if (isRule(cell.text)) continue;
      const asNumber = !number ? parseNumberLine(cell, raw) : undefined;
      // `ĐOÀN KIỂM TRA` / `THEO QUYẾT ĐỊNH` / `SỐ 1050/QĐ-SCT`: the number of the act that set the issuing
      // team up, in the capitals of its name, is the name's last line, not the document's number.
      if (asNumber && c === 0 && citesFoundingAct(issuerLines, cell.text)) { issuerLines.push(cell); continue; }
      if (asNumber) { number = asNumber; continue; }
      // `Số:` alone and its number and symbol on the next line (a portal's table cells).
      const labelled = !number && c === lineCells.length - 1 ? joinLabelledNumber(lines, line, cell, visible) : undefined;
      if (labelled) { number = labelled.number; line = labelled.lastLine; consumedLine = true; break; }
      if (!number && /^Số\s*:?$/u.test(cell.text)) {
        // "Số" alone, its blank number and symbol on the next line ("Số" / "- HD/BTCTU"), as a PDF of a
        // draft left for the văn thư comes out: read the two lines as one number line.
        const next = nextHeaderLine(line + 1, Math.min(lines.length, line + 3), visible);
        const symbol = next >= 0 ? makeSegment(next, lines[next].text) : undefined;
        if (symbol && /^[-/]\s*\p{Lu}/u.test(symbol.text) && symbol.text.length < 40) {
          const joined = parseNumberLine({ ...cell, text: `${cell.text} ${symbol.text.replace(/^([-/])\s*/u, '$1')}` }, raw, symbol);
          if (joined) { number = joined; line = next; consumedLine = true; break; }
        }
      }
      if (number && !number.symbol && /^[-/]\s*\p{Lu}/u.test(cell.text) && cell.text.length < 40) {
        // The symbol printed on a later line ("Số: 181" / "/BC-SNV"), as PDF extraction leaves it.
        number = parseNumberLine({ ...number, text: `${number.text.trimEnd()}${cell.text}` }, raw, cell) ?? number;
        continue;
      }
      const asDate = !placeDate ? parsePlaceDate(cell, raw) : undefined;
      if (asDate) { placeDate = asDate; continue; }
      if (!placeDate) {
        // A date line broken over lines ("Hà Nội, ngày" / "23 tháng" / "3 năm 2022", "Sơn" / "La, ngày …").
        const joined = joinSplitDate(lines, line, cell, visible);
        if (joined) { placeDate = joined.date; line = joined.lastLine; consumedLine = true; break; }
      }
      if (isMark(cell)) { marks.push(cell); continue; }
      const upper = cell.text.toUpperCase() === cell.text;
      const type = upper ? typeByName(cell.text) : undefined;
      if (type && c === 0) {
        typeName = { ...cell, type };
        return done(line);
      }
      // The type and the title on one capitals line (`BIÊN BẢN THẨM ĐỊNH HỒ SƠ`), once the number or the
      // date is read (above them, a capitals line is an issuing body's name).
      const lead = upper && c === 0 && (number || placeDate) && cell.text.length <= PART_MAX_LENGTH ? typeAtStart(cell.text) : undefined;
      if (lead) {
        const split = afterWords(raw, cell.start, lead.words);
        typeName = { ...makeSegment(line, raw, cell.start, split), type: lead.type };
        const rest = makeSegment(line, raw, split, cell.end);
        if (rest.text) titleRest = rest;
        return done(line);
      }
      if (LETTER_SUMMARY.test(cell.text) && letterSummary.length === 0) { letterSummary.push(cell); summaryOpen = true; continue; }
      if (isAddresseesLabel(cell.text) || parseHeading(cell) || matchAuthority(cell.text) || isRecipientsLabel(cell.text)) {
        consumedLine = false;
        hardStop = true;
        break;
      }
      if (isUpperText(cell.text) && cell.text.length <= 120 && !typeName) {
        issuerLines.push(cell);
        continue;
      }
      // An issuing body's line with a scrap of OCR noise after it ("VĂN PHÒNG an ,"): the capitals are the line.
      const noisy = !number && !typeName ? /^(\p{Lu}[\p{Lu}\s]*\p{Lu})\s+([\p{Ll},.;:'`]{1,3}(?:\s*[\p{Ll},.;:'`]{1,3})?)$/u.exec(cell.text) : null;
      if (noisy && noisy[1].length >= 4 && /[,.;:'`]/u.test(noisy[2])) {
        issuerLines.push(makeSegment(line, raw, cell.start, cell.start + noisy[1].length));
        continue;
      }
      // A body's name in ordinary case above the number (`Ủy ban nhân dân tỉnh …`): still the issuer.
      if (!number && !placeDate && BODY_NAME_START.test(cell.text) && cell.text.length <= 90 && !/[.;:,]$/.test(cell.text)) {
        issuerLines.push(cell);
        continue;
      }
      // A short line under the number of a Party công văn is its summary (HD 36, ô 5b), also when the number
      // is in the state's shape (`Số 215/CV-ĐU` under the star: number-format reports the shape).
      if ((number?.shape === 'dang' || (number && (star || partyTitle))) && c === 0 && letterSummary.length === 0 && cell.line <= number.line + 3
        && cell.text.length <= 160 && !/[.;:]$/.test(cell.text)) {
        letterSummary.push(cell);
        // Wrapped as a V/v line is (`về việc triển khai …` / `số 104-CTr/TU ngày …`).
        summaryOpen = true;
        continue;
      }
      consumedLine = false;
      break;
    }
    if (!consumedLine) {
      if (nothingYet() && preamble.length < PREAMBLE_LIMIT && headerAhead(view, line + 1, visible, () => true)) {
        preamble.push(line);
        cells = 0;
        continue;
      }
      // One odd line inside the header (a stamp's scrap, a line of another column) with the header's
      // missing parts right below it: recorded and read past, so one line does not lose the header.
      const odd = makeSegment(line, raw);
      // `Số:` alone with no value after it is such a line too: the number is missing, not the header's rest.
      if (!hardStop && !typeName && other.length < 2 && odd.text.length <= 120 && (!/[.;:]$/u.test(odd.text) || /^Số\s?:$/u.test(odd.text))
        && !GROUNDS_LIKE.test(odd.text)
        && headerAhead(view, line + 1, visible, (cell, raw2) => (!nationalName && isNationalName(cell)) || (!motto && isMotto(cell))
          || (!number && parseNumberLine(cell, raw2) !== undefined) || (!placeDate && parsePlaceDate(cell, raw2) !== undefined)
          || (!partyTitle && isPartyTitle(cell)))) {
        other.push(odd);
        continue;
      }
      if (!hardStop && !typeName && !placeDate && other.length < 3 && isBrokenDatePiece(lines, line, odd.text, visible)) {
        other.push(odd);
        continue;
      }
      return done(line);
    }
    if (cells > HEADER_CELL_LIMIT) return done(line + 1);
  }
  return done(line);
}

/** The right-hand parts a flattened two-column header runs into its left-hand ones. */
const MERGED_TITLE = new RegExp(`^(.*\\S)\\s+(${alternation([PARTY_TITLE, ...NATIONAL_NAMES])})$`, 'u');
const MERGED_MOTTO = new RegExp(`^(.*\\S)\\s+(${MOTTO_WORDS.join('\\s?[-–—]\\s?')})$`, 'u');
/** A line opening like the grounds (`Căn cứ`, `Theo …`): body text, not an odd header line. */
const GROUNDS_LIKE = new RegExp(`^(?:${alternation(GROUNDS_LEADS)})\\s`, 'u');
/** Where a place-and-date may start inside a number line: a capitalised place, then `, ngày`. */
const DATE_INSIDE = /\s(?=\p{Lu}[^,\d]{0,40},?\s?ngày\s)/u;

/**
 * Where one header line holds two cells run together by a flattened layout ("ỦY BAN NHÂN DÂN CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH X Độc lập - Tự do - Hạnh phúc", "Số: 08/QĐ-UBND Hòa Bình, ngày …"):
 * the column in the cell's text where the second starts, or undefined.
 */
function mergedAt(cell: Segment, raw: string): number | undefined {
  const text = cell.text;
  if (text.length > PART_MAX_LENGTH) return undefined;
  const title = MERGED_TITLE.exec(text) ?? MERGED_MOTTO.exec(text);
  if (title && isUpperText(title[1]) && !isPartyTitle(cell) && !isNationalName(cell)) return title[1].length;
  if (text.startsWith('Số')) {
    const inside = DATE_INSIDE.exec(text);
    if (inside && inside.index > 3) {
      const left = { ...cell, end: cell.start + inside.index, text: text.slice(0, inside.index) };
      const right = { ...cell, start: cell.start + inside.index + 1, text: text.slice(inside.index + 1) };
      if (parseNumberLine(left, raw) && parsePlaceDate(right, raw)) return inside.index;
    }
  }
  return undefined;
}

/**
 * Whether a V/v summary wrapped before a name: after a connective (`của`, `về` …) any short name line;
 * otherwise a line of the V/v column's width (a name, `UBND tỉnh …`, `Nghị định số …`) under a line that
 * did not end, never a capitals line (an issuer, a type name) or the body's opening.
 */
function wrapsAtName(previous: string, text: string): boolean {
  if (!/^\p{Lu}/u.test(text) || /[.;:!?]$/u.test(previous) || isUpperText(text) || GROUNDS_LIKE.test(text) || isAddresseesLabel(text)) return false;
  if (/(của|cho|về|với|và|tại|đối với)$/u.test(previous)) return /^\p{Lu}\p{Ll}/u.test(text) && text.length <= 80;
  return text.length <= 50 && previous.length <= 60 && !/[.;:]$/u.test(text);
}

/** Whether `text` (`SỐ 1050/QĐ-SCT`) ends an issuer's name that cites the act setting the issuer up. */
function citesFoundingAct(issuerLines: readonly Segment[], text: string): boolean {
  const previous = issuerLines[issuerLines.length - 1];
  return previous !== undefined && /^SỐ\s/u.test(text) && /(^|\s)(THEO|TẠI)\s+(QUYẾT ĐỊNH|CÔNG VĂN|NGHỊ QUYẾT|KẾ HOẠCH)$/u.test(previous.text);
}

function isContinuation(text: string): boolean {
  return /^[\p{Ll}\d(]/u.test(text) && text.length <= 120 && !isAddresseesLabel(text);
}

function nextHeaderLine(from: number, limit: number, visible: (i: number) => boolean): number {
  for (let i = Math.max(0, from); i < limit; i++) if (visible(i)) return i;
  return -1;
}

/** How many text lines from the top are looked at for an unreadable header, and how many capitals lines
 *  among them make one: a draft that simply has no header starts with running text. */
const UNREADABLE_HEADER_SPAN = 10;
const UNREADABLE_HEADER_CAPITALS = 2;

/** The first capitals line of a header the reader recognised nothing of, if the top holds enough of them. */
export function unreadableHeader(parts: Header, view: ReaderView, last: number): Segment | undefined {
  const { lines } = view;
  const visible = view.visibility();
  // The sure anchors; issuer lines are only capitals, and an unreadable header's capitals read as them.
  if (parts.partyTitle || parts.nationalName || parts.motto || parts.number || parts.placeDate) return undefined;
  let first: Segment | undefined;
  let capitals = 0;
  for (let i = 0, seen = 0; i <= last && i < lines.length && seen < UNREADABLE_HEADER_SPAN; i++) {
    if (!visible(i)) continue;
    seen++;
    const segment = makeSegment(i, lines[i].text);
    // A capitals line of a few words, as header cells are; a long capitals line is a heading of the body.
    if (segment.text.length < 4 || segment.text.length > 120 || !isUpperText(segment.text) || !/\p{L}{2}/u.test(segment.text)) continue;
    if (parseHeading(segment) || matchAuthority(segment.text)) continue; // `I. MỤC ĐÍCH`, `T/M …`: the body's or the closing's
    capitals++;
    first ??= segment;
  }
  return capitals >= UNREADABLE_HEADER_CAPITALS ? first : undefined;
}
