// Text -> DocumentModel. Tolerant: any text yields a model; what is not recognised stays body text.
//
// The order of work: hide comment lines; read the header from the top (cells in any order) up to the
// type name, the V/v line, Kính gửi, or the first line that is not header-like; read the summary; find
// the closing blocks (Nơi nhận and the signature) anchored after the body, not in quoted examples;
// what lies between is the body, whose headings are recognised by their markers.

import type {
  Addressees, Attachment, Unplaced, DocumentModel, Header, Heading, NumberLine, PlaceDate, RecipientItem, Recipients, Segment,
  SignatureBlock, SourceLine, SplitPhrase, TypeName,
} from '../model';
import { typeAtStart, typeById, typeByName, typesByCode, type DocumentTypeInfo } from '../catalog/documentTypes';
import { BODY_NAME_START } from '../catalog/bodyNames';
import { matchAuthority } from '../catalog/signingForms';
import { alternation, GROUNDS_LEADS, MOTTO_WORDS, NATIONAL_NAMES, PARTY_GROUNDS_OPENERS, PARTY_TITLE } from '../catalog/conventions';
import { isBlank, isUpperText, makeSegment, splitCells, splitLines } from '../text/source';
import { isPlainText } from '../text/plain';
import {
  isAddresseesLabel, isMark, isMotto, isNationalName, isPartyTitle, isPersonName, isRecipientsLabel, isRule,
  isSignedMark, isStar, parseNumberLine, parsePlaceDate, PART_MAX_LENGTH,
} from './classify';
import { maskComments } from './directives';
import { parseHeading } from './headings';
import { detectRegime, outsideRegimes } from './regime';
import { findNoise } from './noise';
import { attachmentCandidates, readAttachments } from './attachments';
import { anyFoldable, hasFoldable, normaliseLine } from './normalise';
import { readTableBorders } from './pipes';
import { orderBody, type BodyLines } from './body';
import { readGrounds } from './grounds';
import { isBrokenDatePiece, joinLabelledNumber, joinSplitDate, joinSplitPhrase } from './splitParts';
import { LineMemo, splitReusing, type BodyFacts, type ViewFacts } from './memo';
import { currentScope, withScope, type ParseScope } from './scope';

/** How far the header may run before we give up looking for its parts (non-blank cells). */
const HEADER_CELL_LIMIT = 30;

export function parse(text: string): DocumentModel {
  return withScope(newScope(undefined), () => read(text, splitLines(text)));
}

/**
 * Parses a new version of a document, reusing what the previous version's parse learnt of each line the
 * edit left unchanged (memo.ts); gives the model (exactly what `parse` gives) and the memo for the next.
 */
export function parseIncremental(text: string, previous?: LineMemo): { model: DocumentModel; memo: LineMemo } {
  const split = previous ? splitReusing(text, previous) : { ...splitLines(text), from: undefined };
  const memo = new LineMemo(text, split.lines, previous, split.from);
  const model = withScope(newScope(memo), () => read(text, split));
  memo.settle();
  return { model, memo };
}

function newScope(memo: LineMemo | undefined): ParseScope {
  return { hints: [], endMarks: [], cells: [], titles: new Map(), names: new Map(), memo, plain: false };
}

/** What the view of one comment-masked line is (the first pass of `read`); a pure function of the text. */
function viewOf(masked: string): ViewFacts {
  let view = masked;
  let folded = false;
  if (hasFoldable(masked)) {
    folded = true;
    view = normaliseLine(masked.includes('\f') ? masked.replace(/\f/g, ' ') : masked);
  }
  // Table borders (`| a | b |`, a lone `|` line from a portal) read as cell breaks (pipes.ts).
  if (view.includes('|')) view = readTableBorders(view);
  // `includes` first (a fast native search), the pattern only on the few lines that pass.
  const hint = (view.includes('ơi') || view.includes('ƠI') || view.includes('Ơi') || view.includes('\u031B')) && RECIPIENTS_HINT.test(view);
  if (hint) view = view.replace(LABEL_THEN_AUTHORITY, '$1\t');
  const endMark = view.includes('./.') && END_MARK.test(view);
  return { view, folded, hint, endMark, blank: isBlank(view) };
}

function read(text: string, { lines: sourceLines, hasBom }: { lines: SourceLine[]; hasBom: boolean }): DocumentModel {
  const scope = currentScope();
  const { directives, masked } = maskComments(sourceLines, text);
  // The parser reads the masked lines (comments blanked, columns kept); the model keeps the source lines.
  // Form feeds (page breaks kept by layout extractions) read as spaces, so a line after a page break is
  // trimmed like any other; the length, and so every column, stays the same.
  // "Nơi nhận: K/T CHÁNH VĂN PHÒNG" (two columns run together by OCR): a tab in place of the one space
  // makes them two cells, as the layout meant.
  // Look-alike letters and odd spaces are folded in this view (normalise.ts), one unit for one.
  // Lines with a look-alike are folded; the recipients label's lines and the body's end marks are noted
  // in the same pass, once, for every closing search to reuse.
  const { hints, endMarks } = scope;
  const foldedLines: number[] = [];
  // One search over the whole text first: most documents hold nothing to fold, and skip the per-line test.
  const memo = scope.memo;
  // A plain text (text/plain.ts: one scan) holds nothing to fold and is NFC: its segments are not normalised.
  scope.plain = isPlainText(text);
  const foldable = !memo && !scope.plain && anyFoldable(text);
  // The few lines that hold a table border, an end mark or the recipients label's words, found by native
  // searches of the whole text rather than six searches of every line.
  const marked = memo || foldable ? undefined : linesHolding(text, sourceLines, LINE_MARKS);
  const lines: SourceLine[] = new Array(sourceLines.length);
  // Which lines hold text, decided once: every pass over the document asks this many times per line.
  const filled: boolean[] = new Array(sourceLines.length);
  for (let i = 0; i < sourceLines.length; i++) {
    const line = sourceLines[i];
    const text = masked[i];
    // Without a look-alike anywhere, a line's view differs from its text only by table borders, the
    // Nơi nhận split or an end mark: three native searches decide that before any per-line work.
    const facts = memo ? memo.view(i, text, viewOf)
      : marked && !marked[i] ? undefined : viewOf(text);
    const view = facts ? facts.view : text;
    if (facts) {
      if (facts.folded) foldedLines.push(i);
      if (facts.hint) hints.push(i);
      if (facts.endMark) endMarks.push(i);
    }
    lines[i] = view === line.text ? line : { ...line, text: view };
    filled[i] = facts ? !facts.blank : !isBlank(view);
  }
  // Noise (stamps, portal lines, running headers) is skipped everywhere; page numbers after the header.
  const { noise, kind: noiseAt } = findNoise(lines, filled);
  const headerVisible = (i: number) => filled[i] === true && noiseAt[i] !== 1;
  const visible = (i: number) => filled[i] === true && noiseAt[i] === 0;

  const header = readHeader(lines, headerVisible);
  for (const line of header.preamble) {
    noise.push({ ...makeSegment(line, lines[line].text), kind: 'preamble' });
    filled[line] = false;
  }
  if (header.preamble.length) noise.sort((a, b) => a.line - b.line);
  let cursor = header.endLine;

  // Type name and summary.
  let typeName: TypeName | undefined = header.typeName;
  const summary: Segment[] = [...header.letterSummary];
  let summaryRule: Segment | undefined;
  if (typeName) {
    cursor = typeName.line + 1;
    if (header.titleRest) summary.push(header.titleRest);
    const read = readSummary(lines, cursor, visible, header.titleRest !== undefined);
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

  const { closing, attachments } = readClosingAndAttachments(lines, cursor, visible);
  const mainLast = attachments.length ? attachments[0].firstLine - 1 : lines.length - 1;
  const bodyEnd = closing.firstLine >= 0 ? closing.firstLine - 1 : lastVisible(lines, visible, mainLast);
  const body = orderBody(readBody(lines, cursor, bodyEnd, visible));
  const grounds = readGrounds(body.blocks);

  const unplaced: Unplaced[] = [];
  if (!closing.signature) {
    // Something signature-like stands at the main document's end but did not assemble into a block:
    // say so once rather than report the signature (and what hangs on it) missing.
    const hint = signatureHint(lines, Math.max(cursor, mainLast - 40), mainLast, visible);
    if (hint) unplaced.push({ part: 'closing', segment: hint });
  }

  // Nothing of the header was recognised, yet capitals lines stand at the top (an OCR'd or flattened header:
  // `ĐÁNG CỘNG SẢN`, `KÉT LUẬN`): the header is there but unreadable. Say so once rather than report its
  // title, issuer, number, date and type name missing (five findings of one cause).
  const headerHint = typeName ? undefined : unreadableHeader(header.parts, lines, visible, bodyEnd);
  if (headerHint) unplaced.push({ part: 'header', segment: headerHint });

  const documentType = typeName?.type ?? inferType(header.parts.number, summary);
  const regime = detectRegime({
    header: header.parts, signature: closing.signature, documentType, summary, typeName,
  });

  return {
    text, hasBom, lines: sourceLines, regime, header: header.parts, typeName, summary, summaryRule, addressees, body, grounds,
    recipients: closing.recipients, signature: closing.signature, directives, documentType, noise, attachments,
    outsideRegimes: outsideRegimes(header.parts), unplaced, foldedLines, plainText: scope.plain,
  };
}

/** How many text lines from the top are looked at for an unreadable header, and how many capitals lines
 *  among them make one: a draft that simply has no header starts with running text. */
const UNREADABLE_HEADER_SPAN = 10;
const UNREADABLE_HEADER_CAPITALS = 2;

/** The first capitals line of a header the reader recognised nothing of, if the top holds enough of them. */
function unreadableHeader(parts: Header, lines: readonly SourceLine[], visible: (i: number) => boolean, last: number): Segment | undefined {
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

function nextVisible(from: number, limit: number, visible: (i: number) => boolean): number {
  for (let i = Math.max(0, from); i < limit; i++) if (visible(i)) return i;
  return -1;
}

function lastVisible(lines: readonly SourceLine[], visible: (i: number) => boolean, from = lines.length - 1): number {
  for (let i = from; i >= 0; i--) if (visible(i)) return i;
  return -1;
}

/** The last authority line (`KT. CHỦ TỊCH`) among the main document's last lines, if any. */
function signatureHint(lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean): Segment | undefined {
  let seen = 0;
  for (let i = to; i >= from; i--) {
    if (!visible(i)) continue;
    seen++;
    const cells = cellsOf(lines, i);
    const authority = AUTHORITY_HINT.test(lines[i].text) ? cells.find((c) => matchAuthority(c.text)) : undefined;
    if (authority) return authority;
    // A title line among the last few lines (`CHỦ TỊCH` over a name the extraction garbled).
    const last = cells[cells.length - 1];
    if (seen <= 6 && seen >= 2 && last && isTitleCell(last.text) && !isPartyTitle(last) && !isNationalName(last)) return last;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Attachments: where the main document ends

/** How many candidate starts are tried as the main document's end (each try reads a closing). */
const ATTACHMENT_TRIES = 4;
/** How many starts before the whole text's closing are looked at as the main document's possible end. */
const ATTACHMENT_CHECKS = 12;
/** How far below the main closing an attachment may start (lines, blank ones included). */
const ATTACHMENT_GAP = 40;

/**
 * The main document's closing and what follows it. The closing of the whole text is read as before; an
 * attachment start (PHỤ LỤC, Mẫu, DANH SÁCH, a second header) ends the main document where the document's
 * own signature, with a name, stands shortly above it. A Nơi nhận found only inside an attachment (a
 * form's blank `- Lưu:....`) is then not the document's.
 */
function readClosingAndAttachments(lines: readonly SourceLine[], from: number, visible: (i: number) => boolean) {
  const whole = readClosing(lines, from, lines.length, visible);
  const wholeEnd = closingLastLine(whole);
  // The few starts before the whole text's closing worth a look, then every start after it: the body
  // between is not scanned past the first few.
  const early = attachmentCandidates(lines, from, wholeEnd >= 0 ? wholeEnd + 1 : lines.length, visible, ATTACHMENT_CHECKS);
  const candidates = wholeEnd >= 0 ? [...early, ...attachmentCandidates(lines, wholeEnd + 1, lines.length, visible, 4096)] : early;
  if (candidates.length === 0) return { closing: whole, attachments: [] as Attachment[] };
  const wholeFound = wholeEnd >= 0 && (whole.signature?.name !== undefined || whole.recipients !== undefined);
  const firstAfter = wholeFound ? candidates.findIndex((start) => start.line > wholeEnd) : -1;
  for (let k = 0, tries = 0; k < candidates.length && tries < ATTACHMENT_TRIES; k++) {
    const start = candidates[k];
    // Already after the whole text's closing, or past the few starts worth a look before it: the whole
    // text's closing is the document's, the rest attached.
    if (firstAfter >= 0 && (k >= firstAfter || k >= ATTACHMENT_CHECKS)) {
      return { closing: whole, attachments: readAttachments(candidates.slice(firstAfter).map(widen(lines, visible, wholeEnd)), lines.length - 1) };
    }
    if (k >= ATTACHMENT_CHECKS) break;
    // Before it: the main document may end here only if a signature stands right above (checked
    // cheaply first; a closing is read only then).
    if (!signatureAbove(lines, start.line, from, visible)) continue;
    tries++;
    const before = readClosing(lines, from, start.line, visible);
    const end = closingLastLine(before);
    if (!before.signature?.name || end < 0 || start.line - end > ATTACHMENT_GAP) continue;
    // A second header quoted in a guide's body is no attachment when the whole text's Nơi nhận comes later.
    if (whole.recipients && whole.recipients.label.line > start.line && start.kind === 'document' && !isPlaceholderList(whole.recipients)) continue;
    return { closing: before, attachments: readAttachments(candidates.slice(k).map(widen(lines, visible, end)), lines.length - 1) };
  }
  if (firstAfter >= 0) {
    return { closing: whole, attachments: readAttachments(candidates.slice(firstAfter).map(widen(lines, visible, wholeEnd)), lines.length - 1) };
  }
  return { closing: whole, attachments: [] as Attachment[] };
}

/** Whether a signing authority or a title line followed by a name stands within the gap above `line`. */
function signatureAbove(lines: readonly SourceLine[], line: number, from: number, visible: (i: number) => boolean): boolean {
  for (let i = line - 1; i >= from && line - i <= ATTACHMENT_GAP; i--) {
    if (!visible(i)) continue;
    const cells = cellsOf(lines, i);
    const last = cells[cells.length - 1];
    if (!last) continue;
    if (isPersonName(last.text) || (AUTHORITY_HINT.test(lines[i].text) && cells.some((cell) => matchAuthority(cell.text)))) return true;
  }
  return false;
}

/** A second document's start moves up over the issuer lines printed above its national name. */
function widen(lines: readonly SourceLine[], visible: (i: number) => boolean, floor: number) {
  return (start: { line: number; kind: Attachment['kind']; title: Segment }) => {
    if (start.kind !== 'document') return start;
    let first = start.line;
    for (let i = start.line - 1, taken = 0, blanks = 0; i > floor && taken < 3 && blanks < 3; i--) {
      if (!visible(i)) { blanks++; continue; }
      if (!isUpperText(lines[i].text.trim())) break;
      first = i;
      taken++;
    }
    return first === start.line ? start : { ...start, line: first, title: makeSegment(first, lines[first].text) };
  };
}

/** A form's blank recipients (`- Lưu:....`, `- ……`): placeholders, not a real list. */
function isPlaceholderList(recipients: Recipients): boolean {
  return recipients.items.length > 0 && recipients.items.every((item) => endsWithEllipsis(item.text));
}

/** Ends in `...` or `…`, then spaces and one optional `;.,` (by hand: an unanchored `\.{3,}` pattern retries at every dot). */
function endsWithEllipsis(text: string): boolean {
  const ellipsis = (t: string) => { const trimmed = t.trimEnd(); return trimmed.endsWith('...') || trimmed.endsWith('…'); };
  const last = text.charAt(text.length - 1);
  return ellipsis(text) || (last !== '' && ';.,'.includes(last) && ellipsis(text.slice(0, -1)));
}

function closingLastLine(closing: ClosingRead): number {
  let last = -1;
  if (closing.signature) last = lastLineOf(closing.signature);
  if (closing.recipients) last = Math.max(last, lastRecipientLine(closing.recipients));
  return last;
}

// ---------------------------------------------------------------------------------------------------
// Header

interface HeaderRead {
  parts: Header;
  typeName?: TypeName;
  letterSummary: Segment[];
  /** The first line after the header (the type name's line when there is one). */
  endLine: number;
  /** Unrecognised lines above the header's first part (a portal's or a copy's own lines): skipped. */
  preamble: number[];
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
  lines: readonly SourceLine[], from: number, visible: (i: number) => boolean,
  wanted: (cell: Segment, raw: string) => boolean,
): boolean {
  for (let i = from, seen = 0; i < lines.length && seen < PREAMBLE_LIMIT; i++) {
    if (!visible(i)) continue;
    seen++;
    for (const cell of cellsOf(lines, i)) {
      if ((isPartyTitle(cell) || isNationalName(cell) || isMotto(cell) || parseNumberLine(cell, lines[i].text)
        || parsePlaceDate(cell, lines[i].text)) && wanted(cell, lines[i].text)) return true;
    }
  }
  return false;
}

const LETTER_SUMMARY = /^(V\/v|V\/V|v\/v|Về việc|Vv\b|V\.v\.?)/u;

function readHeader(lines: readonly SourceLine[], visible: (i: number) => boolean): HeaderRead {
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
  const done = (endLine: number): HeaderRead => ({
    parts: { partyTitle, nationalName, motto, issuerLines, star, number, placeDate, marks, other },
    typeName, letterSummary, endLine, preamble, titleRest,
  });
  // Nothing of the header read yet: a line that ends it may instead stand above it (class 1).
  const nothingYet = () => !partyTitle && !nationalName && !motto && !number && !placeDate && !star && !typeName
    && issuerLines.length === 0 && marks.length === 0 && letterSummary.length === 0;

  for (; line < lines.length; line++) {
    if (!visible(line)) continue;
    const raw = lines[line].text;
    const lineCells = splitCells(line, raw);
    let consumedLine = true;
    let hardStop = false;
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
      if (asNumber) { number = asNumber; continue; }
      // `Số:` alone and its number and symbol on the next line (a portal's table cells).
      const labelled = !number && c === lineCells.length - 1 ? joinLabelledNumber(lines, line, cell, visible) : undefined;
      if (labelled) { number = labelled.number; line = labelled.lastLine; consumedLine = true; break; }
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
      // A short line under the number of a Party công văn is its summary (HD 36, ô 5b).
      if (number?.shape === 'dang' && c === 0 && letterSummary.length === 0 && cell.line <= number.line + 3
        && cell.text.length <= 160 && !/[.;:]$/.test(cell.text)) {
        letterSummary.push(cell);
        continue;
      }
      consumedLine = false;
      break;
    }
    if (!consumedLine) {
      if (nothingYet() && preamble.length < PREAMBLE_LIMIT && headerAhead(lines, line + 1, visible, () => true)) {
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
        && headerAhead(lines, line + 1, visible, (cell, raw2) => (!nationalName && isNationalName(cell)) || (!motto && isMotto(cell))
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
/** A line opening with a grounds opener: the body begins, the summary has ended. */
// Not `\b`: it knows only ASCII letters, so it never matched after `Căn cứ` or `Theo đề nghị`.
const GROUNDS_OPENER = new RegExp(`^(?:${alternation(PARTY_GROUNDS_OPENERS)})(?![\\p{L}\\d])`, 'u');
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

function isContinuation(text: string): boolean {
  return /^[\p{Ll}\d(]/u.test(text) && text.length <= 120 && !isAddresseesLabel(text);
}

// ---------------------------------------------------------------------------------------------------
// Summary

function readSummary(lines: readonly SourceLine[], from: number, visible: (i: number) => boolean, begun = false) {
  const summary: Segment[] = [];
  let rule: Segment | undefined;
  let i = from;
  // Skip blank lines between the type name and the summary (as the seed has); not after a title begun
  // on the type name's line, which a blank line ends.
  while (!begun && i < lines.length && !visible(i) && i - from < 3) i++;
  for (; i < lines.length && summary.length < 8; i++) {
    if (!visible(i)) break;
    const segment = makeSegment(i, lines[i].text);
    if (isRule(segment.text)) break;
    if (summary.length > 0 && (isUpperText(segment.text) && !isUpperText(summary[summary.length - 1].text))) break;
    // "Thực hiện …" opens the body, unless the rule under the summary follows it (then it is the summary).
    const ruleNext = /^-{3,}/u.test(lines[i + 1]?.text.trim() ?? '');
    if (GROUNDS_OPENER.test(segment.text) && !(summary.length === 0 && ruleNext && /^Thực hiện/u.test(segment.text))
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

function readClosing(lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean): ClosingRead {
  const labelHit = findRecipientsLabel(lines, from, to, visible);
  if (labelHit) {
    const recipients = readRecipients(lines, labelHit, to, visible);
    const last = lastRecipientLine(recipients);
    const windowStart = Math.max(from, labelHit.line - SIGNATURE_BEFORE);
    const signature = findSignature(lines, windowStart, Math.min(to, last + SIGNATURE_AFTER), visible, labelHit.line);
    const firstLine = Math.min(labelHit.line, signature ? firstSignatureLine(signature) : labelHit.line);
    return { recipients, signature, firstLine };
  }
  // No Nơi nhận: the signature is the last signature-like block in the document.
  const signature = findSignature(lines, from, to, visible, -1, true);
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
function findRecipientsLabel(lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean): Segment | undefined {
  const marks = currentScope();
  let endMark = -1;
  for (const i of marks.endMarks) {
    if (i >= from && i < to && visible(i)) { endMark = i; break; }
  }
  const candidates: Segment[] = [];
  // Only the lines noted with "Nơi nh" (either normalisation form) are looked at.
  for (const i of marks.hints) {
    if (i < Math.max(from, endMark) || i >= to || !visible(i)) continue;
    const cell = cellsOf(lines, i).find((c) => isRecipientsLabel(c.text));
    if (cell) candidates.push(cell);
  }
  return candidates.find((label) => hasListAfter(lines, label.line, visible)) ?? (endMark >= 0 ? candidates[0] : undefined);
}

const RECIPIENTS_HINT = /n(?:ơ|o\u031B)i\s*nh/i;
/** The body's end mark `./.` at a line's end. */
const END_MARK = /\.\/\.[\s*]*$/;
/** What makes a line's view differ from its text when nothing in the text folds (`viewOf`'s searches). */
const LINE_MARKS = ['|', './.', 'ơi', 'ƠI', 'Ơi', '\u031B'];

/**
 * Which lines hold one of `needles` (none holds a line break), by native searches of the whole text: a
 * line holds a needle exactly when an occurrence starts inside it. Comments masked later only blank text.
 */
function linesHolding(text: string, lines: readonly SourceLine[], needles: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  for (const needle of needles) {
    let line = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      // Occurrences come in order: walk the lines forward (galloping would not pay for a few hits).
      let low = line;
      let high = lines.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lines[mid].offset <= at) low = mid;
        else high = mid - 1;
      }
      line = low;
      flags[line] = 1;
    }
  }
  return flags;
}
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

function readRecipients(lines: readonly SourceLine[], label: Segment, to: number, visible: (i: number) => boolean): Recipients {
  const items: OpenItem[] = [];
  // Recipients on the label's own line after the label cell (layout text): skip; the list follows.
  let blanks = 0;
  /** The item count when a signature-like line was last passed over (-1: none). */
  let signatureSince = -1;
  for (let i = label.line + 1; i < to; i++) {
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
    for (let j = i + 1, seen = 0; j < to && seen < 3 && following < 0; j++) {
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

/** Each line's cells, split once per parse: the closing search looks at the same lines from many starts. */
function cellsOf(lines: readonly SourceLine[], i: number): Segment[] {
  return currentScope().cells[i] ??= splitCells(i, lines[i].text);
}

/** Whether a cell's text is a title line, remembered per text within the parse (titles repeat). */
function isTitleCell(text: string): boolean {
  const titles = currentScope().titles;
  let title = titles.get(text);
  if (title === undefined) {
    title = isTitleLine(text);
    titles.set(text, title);
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

/** The Party title or the national name (a cheap length and first-letter test before the full ones). */
function isRegimeTitle(cell: Segment): boolean {
  const length = cell.text.length;
  if (length < 20 || length > 60) return false;
  const first = cell.text[0];
  return (first === 'Đ' || first === 'C' || first === 'đ' || first === 'c') && (isPartyTitle(cell) || isNationalName(cell));
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
  const take = (cell: Segment): 'more' | 'stop' | 'skip' | 'end' => {
    // Another block's authority after this one's titles, or a header's title: this block ended above.
    if (cell !== first && (titles.length > 0 || name) && matchAuthority(cell.text)) return 'end';
    if (cell !== first && isRegimeTitle(cell)) return 'end';
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
    if (result === 'end') break;
    // Running text (a sentence) between the title and the name: no signature runs through it.
    if (result === 'skip' && (titles.length > 0 || authorities.length > 0) && !isUpperText(cell.text)
      && (cell.text.length > 100 || (cell.text.length > 40 && /[.:!?]$/u.test(cell.text))) && !isPersonName(cell.text)) break;
    if (result === 'skip' && ++skipped > 12) break;
  }
  if (authorities.length === 0 && titles.length === 0) return undefined;
  return { authorities, titles, signedMark, name };
}

// ---------------------------------------------------------------------------------------------------
// Body

/** How many lines a quotation may run before an unclosed quote mark is taken for a slip. */
const QUOTE_LIMIT = 80;

/** A line ending with a citation noun and no mark: the number on the next line is that noun's. */
const CITATION_NOUN_END = /(?:^|\s)(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|số)$/u;

function closesQuote(text: string): boolean {
  return text.includes('”') || /"[.,;:)]*$/u.test(text);
}

function bodyFactsOf(view: string): BodyFacts {
  const { start, end, text } = makeSegment(0, view);
  return { start, end, text };
}

/** The memo's heading of a body line, read once per text and placed at line `i`. */
function headingAt(facts: BodyFacts, i: number): Heading | undefined {
  if (facts.heading === undefined) facts.heading = parseHeading({ line: 0, start: facts.start, end: facts.end, text: facts.text }) ?? null;
  return facts.heading ? { ...facts.heading, line: i } : undefined;
}

function readBody(lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean): BodyLines {
  const headings: Heading[] = [];
  const paragraphs: Segment[] = [];
  const first = nextVisible(from, lines.length, visible);
  if (first < 0 || to < first) return { firstLine: from, lastLine: from - 1, headings, paragraphs };
  // A quotation of another text (an amended clause, an article quoted point by point) opens with a quote
  // mark at the start of a line and closes at a closing mark: its numbered lines belong to the quoted
  // text, not to this document's structure, so they stay paragraphs.
  let quoteOpenedAt = -1;
  let previousText: string | undefined;
  const memo = currentScope().memo;
  for (let i = first; i <= to; i++) {
    if (!visible(i)) continue;
    // A line seen by the previous version's parse gets its segment and marker from the memo (memo.ts).
    const facts = memo?.body(i, lines[i].text, bodyFactsOf);
    const segment = facts ? { line: i, start: facts.start, end: facts.end, text: facts.text } : makeSegment(i, lines[i].text);
    if (!segment.text) continue;
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt > QUOTE_LIMIT) quoteOpenedAt = -1; // never closed: give up
    const quoted = quoteOpenedAt >= 0;
    const opens = !quoted && /^[“"]/u.test(segment.text) && !closesQuote(segment.text.slice(1));
    if (opens) quoteOpenedAt = i;
    else if (quoted && closesQuote(segment.text)) quoteOpenedAt = -1;
    let heading = quoted || opens ? undefined : facts ? headingAt(facts, i) : parseHeading(segment);
    // "(3)" at the start of a line after "… (1) …; (2) …" continues that inline enumeration: not an item.
    if (heading?.kind === 'paren' && previousText !== undefined && previousText.indexOf(` (${heading.values[0] - 1}) `) > 0) heading = undefined;
    // "… theo quy định tại Khoản" / "3 - Điều 61 Luật …": a citation wrapped after its noun, not item 3.
    if (heading?.kind === 'decimal' && heading.style === '-' && previousText !== undefined && CITATION_NOUN_END.test(previousText.slice(-12))) heading = undefined;
    previousText = segment.text;
    if (heading) headings.push(heading);
    else paragraphs.push(segment);
  }
  return { firstLine: first, lastLine: to, headings, paragraphs };
}

// ---------------------------------------------------------------------------------------------------

/** A document without a type name is a công văn when it has a V/v summary or a công văn symbol. */
function inferType(number: NumberLine | undefined, summary: readonly Segment[]): DocumentTypeInfo | undefined {
  // A type code other than CV names the type when its name could not be read (an OCR'd `HƯỚNG DÂN` under
  // `Số 05-HD/VPTW`), unless a V/v line makes it a state công văn.
  const family = number?.shape;
  if (number?.typeCode && number.typeCode !== 'CV' && (family === 'dang' || family === 'nd30')
    && !summary.some((segment) => LETTER_SUMMARY.test(segment.text))) {
    const named = typesByCode(family, number.typeCode.replace(/\s+/g, '')).filter((type) => !type.isLetter);
    if (named.length === 1) return named[0];
  }
  if (summary.length > 0 || number?.typeCode === 'CV') return typeById('cong-van');
  return undefined;
}
