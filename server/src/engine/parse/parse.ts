// Text -> DocumentModel. Tolerant: any text yields a model; what is not recognised stays body text.
//
// The reader works in stages, each a function of the view (view.ts) and a cursor that says where the
// stage before it stopped: the view masks comments, folds look-alikes and finds noise; the header is read
// from the top (header.ts), then the summary and Kính gửi (summary.ts); the closing (Nơi nhận and the
// signature) and what is attached after it are anchored after the body, not in quoted examples
// (closing.ts); what lies between is the body (body.ts), whose head may be the grounds (grounds.ts).

import type { Addressees, Attachment, CopyLines, DocumentModel, Header, NumberLine, Segment, SourceLine, TypeName, Unplaced } from '../model';
import { typeById, typesByCode, type DocumentTypeInfo } from '../catalog/documentTypes';
import { splitLines } from '../text/source';
import { isAppendixTitle, readCopyLines, withReferences } from './attachments';
import { isAddresseesLabel } from './classify';
import { detectRegime, outsideRegimes } from './regime';
import { orderBody, readBody } from './body';
import { readGrounds } from './grounds';
import { LETTER_SUMMARY, readHeader, unreadableHeader } from './header';
import { readAddressees, readSummary } from './summary';
import { readClosingAndAttachments } from './closing';
import { signatureHint } from './signature';
import { LineMemo, splitReusing } from './memo';
import { ReaderView } from './view';

export function parse(text: string): DocumentModel {
  const { lines, hasBom } = splitLines(text);
  return read(text, lines, hasBom, new ReaderView(text, lines, undefined));
}

/**
 * Parses a new version of a document, reusing what the previous version's parse learnt of each line the
 * edit left unchanged (memo.ts); gives the model (exactly what `parse` gives) and the memo for the next.
 */
export function parseIncremental(text: string, previous?: LineMemo): { model: DocumentModel; memo: LineMemo } {
  const split = previous ? splitReusing(text, previous) : { ...splitLines(text), from: undefined, stretch: undefined };
  const memo = new LineMemo(text, split.lines, previous, split.from, split.stretch);
  const model = read(text, split.lines, split.hasBom, new ReaderView(text, split.lines, memo));
  memo.settle();
  return { model, memo };
}

function read(text: string, sourceLines: SourceLine[], hasBom: boolean, view: ReaderView): DocumentModel {
  const { lines, noise } = view;
  const header = readHeader(view);
  // A copy's block above the header: its lines read before they are hidden as noise.
  const copyAbove = header.copyForm.length === 0 ? undefined
    : readCopyLines(view, header.copyForm[0], header.copyForm[header.copyForm.length - 1], (i) => header.copyForm.includes(i));
  for (const line of header.preamble) view.hide(line, 'preamble');
  for (const line of header.copyForm) view.hide(line, 'copy-form');
  if (header.preamble.length || header.copyForm.length) noise.sort((a, b) => a.line - b.line);
  let cursor = header.endLine;

  // Type name and summary.
  const typeName: TypeName | undefined = header.typeName;
  const summary: Segment[] = [...header.letterSummary];
  let summaryRule: Segment | undefined;
  if (typeName) {
    if (header.titleRest) summary.push(header.titleRest);
    const read = readSummary(view, typeName.line + 1, header.titleRest !== undefined);
    summary.push(...read.summary);
    summaryRule = read.rule;
    cursor = read.next;
  }

  let addressees: Addressees | undefined;
  const firstBody = view.nextVisible(cursor);
  if (firstBody >= 0 && isAddresseesLabel(view.segment(firstBody).text)) {
    const read = readAddressees(view, firstBody);
    addressees = read.addressees;
    cursor = read.next;
  }

  const alone = typeName ? undefined : appendixAlone(header.parts, view);
  // An appendix printed alone has no closing of its own to look for.
  const { closing, attachments: found } = alone
    ? { closing: { firstLine: -1 }, attachments: [alone] }
    : readClosingAndAttachments(view, cursor);
  const attachments = withReferences(view, found);
  const visible = view.visibility();
  const copies: CopyLines[] = [];
  if (copyAbove) copies.push(copyAbove);
  for (const attachment of attachments) {
    const copy = attachment.kind === 'copy' ? readCopyLines(view, attachment.firstLine, attachment.lastLine, visible) : undefined;
    if (copy) copies.push(copy);
  }
  const mainLast = attachments.length ? attachments[0].firstLine - 1 : lines.length - 1;
  const bodyEnd = closing.firstLine >= 0 ? closing.firstLine - 1 : view.lastVisible(mainLast);
  const body = orderBody(readBody(view, cursor, bodyEnd));
  const grounds = readGrounds(body.blocks);

  const unplaced: Unplaced[] = [];
  if (!closing.signature) {
    // Something signature-like stands at the main document's end but did not assemble into a block:
    // say so once rather than report the signature (and what hangs on it) missing.
    const hint = signatureHint(view, Math.max(cursor, mainLast - 40), mainLast);
    if (hint) unplaced.push({ part: 'closing', segment: hint });
  }

  // Nothing of the header was recognised, yet capitals lines stand at the top (an OCR'd or flattened header:
  // `ĐÁNG CỘNG SẢN`, `KÉT LUẬN`): the header is there but unreadable. Say so once rather than report its
  // title, issuer, number, date and type name missing (five findings of one cause).
  const headerHint = typeName || alone ? undefined : unreadableHeader(header.parts, view, bodyEnd);
  if (headerHint) unplaced.push({ part: 'header', segment: headerHint });

  const documentType = typeName?.type ?? inferType(header.parts.number, summary);
  const regime = detectRegime({ header: header.parts, signature: closing.signature, documentType, summary, typeName });
  view.settle();

  return {
    text, hasBom, lines: sourceLines, regime, header: header.parts, typeName, summary, summaryRule, addressees, body, grounds,
    recipients: closing.recipients, signature: closing.signature, directives: view.directives, documentType, noise, attachments, copies,
    outsideRegimes: outsideRegimes(header.parts), unplaced, foldedLines: view.foldedLines, plainText: view.plain, view,
  };
}

/**
 * An appendix printed on its own (`PHỤ LỤC I`, its title, `(Kèm theo …)`): the text opens with its label
 * and the header reader found no part above it. It is read as the appendix it is, not as a header.
 */
function appendixAlone(parts: Header, view: ReaderView): Attachment | undefined {
  if (parts.partyTitle || parts.nationalName || parts.motto || parts.number || parts.placeDate) return undefined;
  const first = view.nextVisible(0);
  if (first < 0 || !isAppendixTitle(view.segment(first).text)) return undefined;
  return { kind: 'appendix', title: view.segment(first), firstLine: first, lastLine: view.lines.length - 1, alone: true };
}

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
