// Text -> DocumentModel. Tolerant: any text yields a model; what is not recognised stays body text.
//
// The order of work: hide comment lines; read the header from the top (cells in any order) up to the
// type name, the V/v line, Kính gửi, or the first line that is not header-like; read the summary; find
// the closing blocks (Nơi nhận and the signature) anchored after the body, not in quoted examples;
// what lies between is the body, whose headings are recognised by their markers.

import type {
  Addressees, Body, DocumentModel, Header, Heading, NumberLine, PlaceDate, RecipientItem, Recipients, Segment,
  SignatureBlock, SourceLine, TypeName,
} from '../model';
import { typeById, typeByName, type DocumentTypeInfo } from '../catalog/documentTypes';
import { BODY_NAME_START } from '../catalog/bodyNames';
import { matchAuthority } from '../catalog/signingForms';
import { isBlank, isUpperText, makeSegment, splitCells, splitLines } from '../text/source';
import {
  isAddresseesLabel, isMark, isMotto, isNationalName, isPartyTitle, isPersonName, isRecipientsLabel, isRule,
  isSignedMark, isStar, parseNumberLine, parsePlaceDate, PART_MAX_LENGTH,
} from './classify';
import { maskComments } from './directives';
import { parseHeading } from './headings';
import { detectRegime } from './regime';

/** How far the header may run before we give up looking for its parts (non-blank cells). */
const HEADER_CELL_LIMIT = 30;

export function parse(text: string): DocumentModel {
  const { lines: sourceLines, hasBom } = splitLines(text);
  const { directives, masked } = maskComments(sourceLines);
  // The parser reads the masked lines (comments blanked, columns kept); the model keeps the source lines.
  // Form feeds (page breaks kept by layout extractions) read as spaces, so a line after a page break is
  // trimmed like any other; the length, and so every column, stays the same.
  // "Nơi nhận: K/T CHÁNH VĂN PHÒNG" (two columns run together by OCR): a tab in place of the one space
  // makes them two cells, as the layout meant.
  const seen = masked.map((text) => {
    let out = text.includes('\f') ? text.replace(/\f/g, ' ') : text;
    if (RECIPIENTS_HINT.test(out)) out = out.replace(LABEL_THEN_AUTHORITY, '$1\t');
    return out;
  });
  const lines: SourceLine[] = sourceLines.map((line, i) => (seen[i] === line.text ? line : { ...line, text: seen[i] }));
  // Which lines hold text, decided once: every pass over the document asks this many times per line.
  const filled = lines.map((line) => !isBlank(line.text));
  const visible = (i: number) => filled[i] === true;

  const header = readHeader(lines, visible);
  let cursor = header.endLine;

  // Type name and summary.
  let typeName: TypeName | undefined = header.typeName;
  const summary: Segment[] = [...header.letterSummary];
  let summaryRule: Segment | undefined;
  if (typeName) {
    cursor = typeName.line + 1;
    const read = readSummary(lines, cursor, visible);
    summary.push(...read.summary);
    summaryRule = read.rule;
    cursor = read.next;
  }

  // Kính gửi right after the header (công văn, tờ trình).
  let addressees: Addressees | undefined;
  const firstBody = nextVisible(cursor, lines.length, visible);
  if (firstBody >= 0) {
    const segment = makeSegment(firstBody, lines[firstBody].text);
    if (isAddresseesLabel(segment.text)) {
      const read = readAddressees(lines, firstBody, visible);
      addressees = read.addressees;
      cursor = read.next;
    }
  }

  const closing = readClosing(lines, cursor, visible);
  const bodyEnd = closing.firstLine >= 0 ? closing.firstLine - 1 : lastVisible(lines, visible);
  const body = readBody(lines, cursor, bodyEnd, visible);

  const documentType = typeName?.type ?? inferType(header.parts.number, summary);
  const regime = detectRegime({
    header: header.parts, signature: closing.signature, documentType, summary, typeName,
  });

  return {
    text, hasBom, lines: sourceLines, regime, header: header.parts, typeName, summary, summaryRule, addressees, body,
    recipients: closing.recipients, signature: closing.signature, directives, documentType,
  };
}

function nextVisible(from: number, limit: number, visible: (i: number) => boolean): number {
  for (let i = Math.max(0, from); i < limit; i++) if (visible(i)) return i;
  return -1;
}

function lastVisible(lines: readonly SourceLine[], visible: (i: number) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (visible(i)) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------------
// Header

interface HeaderRead {
  parts: Header;
  typeName?: TypeName;
  letterSummary: Segment[];
  /** The first line after the header (the type name's line when there is one). */
  endLine: number;
}

const LETTER_SUMMARY = /^(V\/v|V\/V|v\/v|Về việc|Vv\b|V\.v\.?)/u;

function readHeader(lines: readonly SourceLine[], visible: (i: number) => boolean): HeaderRead {
  let partyTitle: Segment | undefined;
  let nationalName: Segment | undefined;
  let motto: Segment | undefined;
  let star: Segment | undefined;
  let number: NumberLine | undefined;
  let placeDate: PlaceDate | undefined;
  const issuerLines: Segment[] = [];
  const marks: Segment[] = [];
  const other: Segment[] = [];
  const letterSummary: Segment[] = [];
  let typeName: TypeName | undefined;
  let cells = 0;
  let line = 0;
  let summaryOpen = false;

  const done = (endLine: number): HeaderRead => ({
    parts: { partyTitle, nationalName, motto, issuerLines, star, number, placeDate, marks, other },
    typeName, letterSummary, endLine,
  });

  for (; line < lines.length; line++) {
    if (!visible(line)) continue;
    const raw = lines[line].text;
    const lineCells = splitCells(line, raw);
    let consumedLine = true;
    for (let c = 0; c < lineCells.length; c++) {
      const cell = lineCells[c];
      cells++;
      if (summaryOpen) {
        // Continuation of a wrapped V/v line: short lower-case text before Kính gửi or the body.
        if (c === 0 && isContinuation(cell.text)) { letterSummary.push(cell); continue; }
        // A wrapped V/v line whose next part starts with a name ("V/v trả lời đề nghị của" / "Sở Nội vụ …").
        const previous = letterSummary[letterSummary.length - 1];
        if (c === 0 && previous && /(của|cho|về|với|và|tại|đối với)$/u.test(previous.text) && /^\p{Lu}\p{Ll}/u.test(cell.text)
          && cell.text.length <= 80 && !isMotto(cell) && !parsePlaceDate(cell, raw)) { letterSummary.push(cell); continue; }
        summaryOpen = false;
      }
      // Two header cells merged on one line by OCR or a flattened table: "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG
      // SẢN VIỆT NAM", "* Hà Nội, ngày …". Read them as two cells.
      const merged = /^(.*\S)\s+(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[ÒO]À? XÃ HỘI CHỦ NGHĨA VIỆT NAM)$/u.exec(cell.text);
      if (merged && isUpperText(merged[1]) && !isPartyTitle(cell) && !isNationalName(cell)) {
        const split = cell.start + merged[1].length;
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
      if (isPartyTitle(cell) && !partyTitle) { partyTitle = cell; continue; }
      if (isNationalName(cell) && !nationalName) { nationalName = cell; continue; }
      if (isMotto(cell) && !motto) { motto = cell; continue; }
      if (isStar(cell.text) && !star) { star = cell; continue; }
      if (isRule(cell.text)) continue;
      const asNumber = !number ? parseNumberLine(cell, raw) : undefined;
      if (asNumber) { number = asNumber; continue; }
      if (!number && /^Số\s*:?$/u.test(cell.text)) {
        // "Số" alone, its blank number and symbol on the next line ("Số" / "- HD/BTCTU"), as a PDF of a
        // draft left for the văn thư comes out: read the two lines as one number line.
        const next = nextVisible(line + 1, Math.min(lines.length, line + 3), visible);
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
      if (!placeDate && cell.text.length <= PART_MAX_LENGTH && /^\p{Lu}[^,]*(?:,\s*|\s)ngày(?:\s*\d{1,2})?$/u.test(cell.text.trimEnd())) {
        // A date line broken over lines ("Hà Nội, ngày" / "23 tháng" / "3 năm 2022").
        const joined = joinDate(lines, line, cell, visible);
        if (joined) { placeDate = joined.date; line = joined.lastLine; consumedLine = true; break; }
      }
      if (isMark(cell)) { marks.push(cell); continue; }
      const upper = cell.text.toUpperCase() === cell.text;
      const type = upper ? typeByName(cell.text) : undefined;
      if (type && c === 0) {
        typeName = { ...cell, type };
        return done(line);
      }
      if (LETTER_SUMMARY.test(cell.text) && letterSummary.length === 0) { letterSummary.push(cell); summaryOpen = true; continue; }
      if (isAddresseesLabel(cell.text) || parseHeading(cell) || matchAuthority(cell.text) || isRecipientsLabel(cell.text)) {
        consumedLine = false;
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
      // A short line under the number of a Party công văn is its summary (HD 36, ô 5b).
      if (number?.shape === 'dang' && c === 0 && letterSummary.length === 0 && cell.line <= number.line + 3
        && cell.text.length <= 160 && !/[.;:]$/.test(cell.text)) {
        letterSummary.push(cell);
        continue;
      }
      consumedLine = false;
      break;
    }
    if (!consumedLine) return done(line);
    if (cells > HEADER_CELL_LIMIT) return done(line + 1);
  }
  return done(line);
}

/** Joins a date line broken over up to three lines; the date keeps the first line's range. */
function joinDate(lines: readonly SourceLine[], first: number, cell: Segment, visible: (i: number) => boolean) {
  let text = cell.text;
  for (let i = first + 1, taken = 0; i < lines.length && taken < 3; i++) {
    if (!visible(i)) continue;
    taken++;
    const next = makeSegment(i, lines[i].text);
    if (!/^(\d{1,2}\s*)?(tháng|năm)\b|^\d{1,2}\s+tháng/u.test(next.text)) return undefined;
    text = `${text} ${next.text}`;
    const date = parsePlaceDate({ ...cell, text }, lines[first].text, true);
    if (date) return { date, lastLine: i };
  }
  return undefined;
}

function isContinuation(text: string): boolean {
  return /^[\p{Ll}\d(]/u.test(text) && text.length <= 120 && !isAddresseesLabel(text);
}

// ---------------------------------------------------------------------------------------------------
// Summary

function readSummary(lines: readonly SourceLine[], from: number, visible: (i: number) => boolean) {
  const summary: Segment[] = [];
  let rule: Segment | undefined;
  let i = from;
  // Skip blank lines between the type name and the summary (as the seed has).
  while (i < lines.length && !visible(i) && i - from < 3) i++;
  for (; i < lines.length && summary.length < 8; i++) {
    if (!visible(i)) break;
    const segment = makeSegment(i, lines[i].text);
    if (isRule(segment.text)) break;
    if (summary.length > 0 && (isUpperText(segment.text) && !isUpperText(summary[summary.length - 1].text))) break;
    // "Thực hiện …" opens the body, unless the rule under the summary follows it (then it is the summary).
    const ruleNext = /^-{3,}/u.test(lines[i + 1]?.text.trim() ?? '');
    if (/^(Căn cứ|Thực hiện|Theo đề nghị|Xét)\b/u.test(segment.text) && !(summary.length === 0 && ruleNext && /^Thực hiện/u.test(segment.text))
      || parseHeading(segment) || isAddresseesLabel(segment.text)) break;
    if (summary.length === 0 && matchAuthority(segment.text)) break;
    // A sentence (ends with a full stop or a colon, or runs long) is the body, not a summary.
    // A first line that opens like a summary (`Về …`) and ends with a stray full stop is still the summary
    // (summary-format reports the stop).
    const summaryLike = summary.length === 0 && /^(Về|về)\s/u.test(segment.text) && /[^.]\.$/u.test(segment.text) && segment.text.length <= 200;
    if (!summaryLike && /[.:;]$/.test(segment.text) && !/\.\.\.$|…$/.test(segment.text) || segment.text.length > 300) break;
    summary.push(segment);
  }
  // The `-----` rule under the summary (after at most one blank line).
  let j = i;
  while (j < lines.length && !visible(j) && j - i < 2) j++;
  if (j < lines.length && visible(j)) {
    const segment = makeSegment(j, lines[j].text);
    if (isRule(segment.text)) { rule = segment; i = j + 1; }
    else if (/^-{3,}\S/.test(segment.text)) {
      // A rule glued to the next line ("-----Căn cứ..."): take the dashes as the rule.
      const dashes = /^-+/.exec(segment.text)![0];
      rule = { line: j, start: segment.start, end: segment.start + dashes.length, text: dashes };
    }
  }
  return { summary, rule, next: i };
}

// ---------------------------------------------------------------------------------------------------
// Kính gửi

function readAddressees(lines: readonly SourceLine[], labelLine: number, visible: (i: number) => boolean) {
  const label = makeSegment(labelLine, lines[labelLine].text);
  const items: Segment[] = [];
  let i = labelLine + 1;
  for (; i < lines.length; i++) {
    if (!visible(i)) break;
    const segment = makeSegment(i, lines[i].text);
    if (/^[-–+•]\s*\S/u.test(segment.text) && segment.text.length <= 200) { items.push(segment); continue; }
    break;
  }
  const addressees: Addressees = { label, items };
  return { addressees, next: i };
}

// ---------------------------------------------------------------------------------------------------
// Closing: Nơi nhận and the signature

interface ClosingRead {
  recipients?: Recipients;
  signature?: SignatureBlock;
  /** First line of the closing blocks, -1 when there are none. */
  firstLine: number;
}

/** Lines of the signature window on either side of the recipients block. */
const SIGNATURE_BEFORE = 14;
const SIGNATURE_AFTER = 30;

function readClosing(lines: readonly SourceLine[], from: number, visible: (i: number) => boolean): ClosingRead {
  const labelHit = findRecipientsLabel(lines, from, visible);
  if (labelHit) {
    const recipients = readRecipients(lines, labelHit, visible);
    const last = lastRecipientLine(recipients);
    const windowStart = Math.max(from, labelHit.line - SIGNATURE_BEFORE);
    const signature = findSignature(lines, windowStart, Math.min(lines.length, last + SIGNATURE_AFTER), visible, labelHit.line);
    const firstLine = Math.min(labelHit.line, signature ? firstSignatureLine(signature) : labelHit.line);
    return { recipients, signature, firstLine };
  }
  // No Nơi nhận: the signature is the last signature-like block in the document.
  const signature = findSignature(lines, from, lines.length, visible, -1, true);
  return { signature, firstLine: signature ? firstSignatureLine(signature) : -1 };
}

function firstSignatureLine(signature: SignatureBlock): number {
  const lineNumbers = [...signature.authorities, ...signature.titles].map((segment) => segment.line);
  return lineNumbers.length ? Math.min(...lineNumbers) : signature.name?.line ?? Number.MAX_SAFE_INTEGER;
}

function lastRecipientLine(recipients: Recipients): number {
  const item = recipients.items[recipients.items.length - 1];
  if (!item) return recipients.label.line;
  return item.continuation.length ? item.continuation[item.continuation.length - 1].line : item.line;
}

/**
 * The document's own Nơi nhận label: the first label after the body's end mark (`./.`) when there is
 * one; otherwise the first label followed by recipient lines. Labels quoted in the body's text (as a
 * formatting guide does) are passed over because they have no `- ` list after them.
 */
function findRecipientsLabel(lines: readonly SourceLine[], from: number, visible: (i: number) => boolean): Segment | undefined {
  let endMark = -1;
  for (let i = from; i < lines.length; i++) {
    if (visible(i) && /\.\/\.[\s*]*$/.test(lines[i].text)) { endMark = i; break; }
  }
  const candidates: Segment[] = [];
  for (let i = Math.max(from, endMark); i < lines.length; i++) {
    // Cheap gate before splitting the line: "Nơi nh" in either normalisation form.
    if (!visible(i) || !RECIPIENTS_HINT.test(lines[i].text)) continue;
    const cell = cellsOf(lines, i).find((c) => isRecipientsLabel(c.text));
    if (cell) candidates.push(cell);
  }
  return candidates.find((label) => hasListAfter(lines, label.line, visible)) ?? (endMark >= 0 ? candidates[0] : undefined);
}

const RECIPIENTS_HINT = /n(?:ơ|o\u031B)i\s*nh/i;
/** `Nơi nhận: K/T …`: the label and the signature's first line run together on one line. */
const LABEL_THEN_AUTHORITY = /^(\s*Nơi nhận:) (?=(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)?\s*\p{Lu}{2,})/u;

function hasListAfter(lines: readonly SourceLine[], labelLine: number, visible: (i: number) => boolean): boolean {
  for (let i = labelLine + 1, seen = 0; i < lines.length && seen < 4; i++) {
    if (!visible(i)) continue;
    seen++;
    if (/^[\s*]*[-–•]\s*\S/u.test(lines[i].text)) return true;
  }
  return false;
}

function readRecipients(lines: readonly SourceLine[], label: Segment, visible: (i: number) => boolean): Recipients {
  const items: OpenItem[] = [];
  // Recipients on the label's own line after the label cell (layout text): skip; the list follows.
  let blanks = 0;
  /** The item count when a signature-like line was last passed over (-1: none). */
  let signatureSince = -1;
  for (let i = label.line + 1; i < lines.length; i++) {
    if (!visible(i)) {
      if (++blanks > 1 && items.length > 0) break;
      continue;
    }
    blanks = 0;
    const cells = cellsOf(lines, i);
    const cell = cells[0];
    if (!cell) continue;
    if (/^[-–•]\s*\S/u.test(cell.text) || /^[-–•]$/u.test(cell.text)) {
      items.push({ head: cell, continuation: [], balance: 0, counted: 0 });
      continue;
    }
    if (isSignatureLike(cell.text)) { signatureSince = items.length; continue; } // signature lines interleaved by a flattened table
    const last = items[items.length - 1];
    // The item's last line, and whether a bracket it opened is still open (kept per item: linear).
    const lastText = last ? (last.continuation[last.continuation.length - 1] ?? last.head).text : '';
    const openBracket = last ? bracketBalance(last) > 0 : false;
    // A line wrapped at the printed width (text from a PDF): the item before it has no end mark yet.
    // Not after a signature line under the same item: "- Lưu" / "BÍ THƯ" / "Lê Văn C" ends with the signer's
    // name, which a safe fix would otherwise end with a full stop (issue 12).
    // Nor a line whose only cell stands in the right column ("\t\tLê Văn C" under a two-column closing).
    const rightColumn = /^(?:[ \u00a0]*\t|[ \u00a0]{3,})/u.test(lines[i].text);
    const unfinished = !/[,;.:]$/u.test(lastText) && !isPersonName(cell.text) && !isUpperText(cell.text) && signatureSince !== items.length && !rightColumn;
    if (last && (openBracket || unfinished || /^[\p{Ll}\d(]/u.test(cell.text) && !isPersonName(cell.text)) && cell.text.length <= 160
      && !/[.]$/.test(last.continuation.length ? last.continuation[last.continuation.length - 1].text : last.head.text)) {
      last.continuation.push(cell);
      continue;
    }
    if (items.length === 0 && /^\d{1,3}$/.test(cell.text)) continue; // a page number inside the block
    // A sub-line of the item above it, with more items after it ("- VPCP: BTCN …;" / "Trợ lý, Thư ký …;" / "- Lưu …").
    let following = -1;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 3 && following < 0; j++) {
      if (!visible(j)) continue;
      seen++;
      if (/^\s*[-–•]\s*\S/u.test(lines[j].text)) following = j;
    }
    if (last && following >= 0 && cell.text.length <= 160 && !isPersonName(cell.text) && !isSignatureLike(cell.text)) {
      last.continuation.push(cell);
      continue;
    }
    break;
  }
  const recipientItems: RecipientItem[] = items.map(({ head, continuation }) => ({ ...head, continuation }));
  return { label, items: recipientItems };
}

interface OpenItem {
  head: Segment;
  continuation: Segment[];
  /** Brackets opened minus closed over the lines counted so far, and how many lines that is. */
  balance: number;
  counted: number;
}

/** Whether the item's brackets are still open; each line is counted once, so the list stays linear. */
function bracketBalance(item: OpenItem): number {
  while (item.counted < 1 + item.continuation.length) {
    const text = item.counted === 0 ? item.head.text : item.continuation[item.counted - 1].text;
    item.balance += (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
    item.counted++;
  }
  return item.balance;
}

function isSignatureLike(text: string): boolean {
  return matchAuthority(text) !== undefined || (isUpperText(text) && text.length <= 80) || isSignedMark(text);
}

/** Each line's cells, split once: the closing search looks at the same lines from many starts. */
const cellCache = new WeakMap<readonly SourceLine[], Segment[][]>();
function cellsOf(lines: readonly SourceLine[], i: number): Segment[] {
  let cache = cellCache.get(lines);
  if (!cache) {
    cache = [];
    cellCache.set(lines, cache);
  }
  return cache[i] ??= splitCells(i, lines[i].text);
}

/** Whether a cell's text is a title line, remembered per text (titles repeat). */
const titleCache = new Map<string, boolean>();
function isTitleCell(text: string): boolean {
  let title = titleCache.get(text);
  if (title === undefined) {
    title = isTitleLine(text);
    if (titleCache.size > 10_000) titleCache.clear();
    titleCache.set(text, title);
  }
  return title;
}

/**
 * Finds the signature block in [from, to): authority lines, title lines, an optional signed mark and the
 * name. With `preferLast`, the last block in the range wins (no Nơi nhận to anchor on).
 */
function findSignature(
  lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean, labelLine: number,
  preferLast = false,
): SignatureBlock | undefined {
  const blocks: SignatureBlock[] = [];
  for (let i = from; i < to; i++) {
    if (!visible(i) || !AUTHORITY_HINT.test(lines[i].text)) continue;
    // The label's own line may hold the signature's first line beside it ("Nơi nhận:      GIÁM ĐỐC").
    if (i === labelLine && cellsOf(lines, i).length < 2) continue;
    for (const cell of cellsOf(lines, i)) {
      const authority = matchAuthority(cell.text);
      if (!authority) continue;
      const block = readSignatureFrom(lines, i, cell, to, visible);
      if (block) {
        blocks.push(block);
        i = lastLineOf(block);
        break;
      }
    }
  }
  if (blocks.length === 0) {
    // The head signs directly: an upper-case title line followed by a name.
    for (let i = from; i < to; i++) {
      if (!visible(i)) continue;
      const cells = cellsOf(lines, i);
      if (i === labelLine && cells.length < 2) continue;
      const cell = cells[cells.length - 1];
      if (!cell || !isTitleCell(cell.text)) continue;
      const block = readSignatureFrom(lines, i, cell, to, visible);
      if (block?.name) {
        blocks.push(block);
        i = lastLineOf(block);
      }
    }
  }
  const named = blocks.filter((block) => block.name);
  const pool = named.length ? named : blocks;
  if (pool.length === 0) return undefined;
  return preferLast ? pool[pool.length - 1] : pool[0];
}

/** Every authority prefix contains one of these; lines without them need no splitting. */
const AUTHORITY_HINT = /T\/|K\/|TM|KT|TL|TUQ|Q\./;

function lastLineOf(block: SignatureBlock): number {
  const all = [...block.authorities, ...block.titles, block.signedMark, block.name].filter(Boolean) as Segment[];
  return Math.max(...all.map((segment) => segment.line));
}

function isTitleLine(text: string): boolean {
  return isUpperText(text) && text.length >= 3 && text.length <= 80 && !/[:;]$/.test(text) && !isMark({ line: 0, start: 0, end: 0, text })
    && !typeByName(text) && !/^(\p{Lu}\.|[IVXLC]+[.-])\s/u.test(text);
}

function readSignatureFrom(
  lines: readonly SourceLine[], startLine: number, first: Segment, to: number, visible: (i: number) => boolean,
): SignatureBlock | undefined {
  const authorities: SignatureBlock['authorities'][number][] = [];
  const titles: Segment[] = [];
  let signedMark: Segment | undefined;
  let name: Segment | undefined;
  const take = (cell: Segment): 'more' | 'stop' | 'skip' => {
    const authority = matchAuthority(cell.text);
    if (authority && titles.length === 0 && authorities.length < 3) {
      authorities.push({ ...cell, form: authority.form, prefix: authority.prefix });
      return 'more';
    }
    if (isSignedMark(cell.text)) { signedMark = cell; return 'more'; }
    if (isTitleCell(cell.text) && titles.length < 3 && !name && (authorities.length > 0 || titles.length > 0 || cell === first)) {
      titles.push(cell);
      return 'more';
    }
    if (isPersonName(cell.text) && (titles.length > 0 || authorities.length > 0)) { name = cell; return 'stop'; }
    return 'skip';
  };
  if (take(first) === 'skip') return undefined;
  let skipped = 0;
  for (let i = startLine + 1; i < to && !name; i++) {
    if (!visible(i)) continue;
    const cells = cellsOf(lines, i);
    // In layout text the signature is the right-hand cell; in flattened tables it is the whole line.
    const cell = cells.length > 1 ? cells[cells.length - 1] : cells[0];
    if (!cell) continue;
    if (/^[-–•]\s/u.test(cell.text) || isRecipientsLabel(cell.text)) { skipped++; continue; }
    const result = take(cell);
    if (result === 'skip' && ++skipped > 12) break;
  }
  if (authorities.length === 0 && titles.length === 0) return undefined;
  return { authorities, titles, signedMark, name };
}

// ---------------------------------------------------------------------------------------------------
// Body

/** How many lines a quotation may run before an unclosed quote mark is taken for a slip. */
const QUOTE_LIMIT = 80;

function closesQuote(text: string): boolean {
  return text.includes('”') || /"[.,;:)]*$/u.test(text);
}

function readBody(lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean): Body {
  const headings: Heading[] = [];
  const paragraphs: Segment[] = [];
  const first = nextVisible(from, lines.length, visible);
  if (first < 0 || to < first) return { firstLine: from, lastLine: from - 1, headings, paragraphs };
  // A quotation of another text (an amended clause, an article quoted point by point) opens with a quote
  // mark at the start of a line and closes at a closing mark: its numbered lines belong to the quoted
  // text, not to this document's structure, so they stay paragraphs.
  let quoteOpenedAt = -1;
  let previousText: string | undefined;
  for (let i = first; i <= to; i++) {
    if (!visible(i)) continue;
    const segment = makeSegment(i, lines[i].text);
    if (!segment.text) continue;
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt > QUOTE_LIMIT) quoteOpenedAt = -1; // never closed: give up
    const quoted = quoteOpenedAt >= 0;
    const opens = !quoted && /^[“"]/u.test(segment.text) && !closesQuote(segment.text.slice(1));
    if (opens) quoteOpenedAt = i;
    else if (quoted && closesQuote(segment.text)) quoteOpenedAt = -1;
    let heading = quoted || opens ? undefined : parseHeading(segment);
    // "(3)" at the start of a line after "… (1) …; (2) …" continues that inline enumeration: not an item.
    if (heading?.kind === 'paren' && previousText !== undefined && previousText.indexOf(` (${heading.values[0] - 1}) `) > 0) heading = undefined;
    previousText = segment.text;
    if (heading) headings.push(heading);
    else paragraphs.push(segment);
  }
  return { firstLine: first, lastLine: to, headings, paragraphs };
}

// ---------------------------------------------------------------------------------------------------

/** A document without a type name is a công văn when it has a V/v summary or a công văn symbol. */
function inferType(number: NumberLine | undefined, summary: readonly Segment[]): DocumentTypeInfo | undefined {
  if (summary.length > 0 || number?.typeCode === 'CV') return typeById('cong-van');
  return undefined;
}
