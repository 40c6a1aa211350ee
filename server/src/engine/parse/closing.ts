// The closing and where the main document ends: the Nơi nhận and the signature anchored after the body
// (recipients.ts, signature.ts), and what follows the main signature (attachments.ts). Read from a cursor
// (the first line after the header, summary and Kính gửi) to the end of the view.

import type { Attachment, Recipients, SignatureBlock, Segment } from '../model';
import { matchAuthority } from '../catalog/signingForms';
import { isUpperText, makeSegment } from '../text/source';
import { attachmentCandidates, readAttachments } from './attachments';
import { findRecipientsLabel, lastRecipientLine, readRecipients } from './recipients';
import { AUTHORITY_HINT, findSignature, firstSignatureLine, lastLineOf } from './signature';
import type { ReaderView } from './view';

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
export function readClosingAndAttachments(view: ReaderView, from: number): { closing: ClosingRead; attachments: Attachment[] } {
  const { lines } = view;
  const visible = view.visibility();
  const whole = readClosing(view, from, lines.length);
  const wholeEnd = closingLastLine(whole);
  // The few starts before the whole text's closing worth a look, then every start after it: the body
  // between is not scanned past the first few.
  const national = view.nationalLines();
  const early = attachmentCandidates(lines, from, wholeEnd >= 0 ? wholeEnd + 1 : lines.length, visible, ATTACHMENT_CHECKS, national);
  const candidates = wholeEnd >= 0 ? [...early, ...attachmentCandidates(lines, wholeEnd + 1, lines.length, visible, 4096, national)] : early;
  if (candidates.length === 0) return { closing: whole, attachments: [] as Attachment[] };
  const wholeFound = wholeEnd >= 0 && (whole.signature?.name !== undefined || whole.recipients !== undefined);
  const firstAfter = wholeFound ? candidates.findIndex((start) => start.line > wholeEnd) : -1;
  for (let k = 0, tries = 0; k < candidates.length && tries < ATTACHMENT_TRIES; k++) {
    const start = candidates[k];
    // Already after the whole text's closing, or past the few starts worth a look before it: the whole
    // text's closing is the document's, the rest attached.
    if (firstAfter >= 0 && (k >= firstAfter || k >= ATTACHMENT_CHECKS)) {
      return { closing: whole, attachments: readAttachments(candidates.slice(firstAfter).map(widen(view, wholeEnd)), lines.length - 1) };
    }
    if (k >= ATTACHMENT_CHECKS) break;
    // Before it: the main document may end here only if a signature stands right above (checked
    // cheaply first; a closing is read only then).
    if (!signatureAbove(view, start.line, from)) continue;
    tries++;
    const before = readClosing(view, from, start.line);
    const end = closingLastLine(before);
    // A copy's block follows whatever the copied text ends with: its signature need not have kept its name.
    const signed = before.signature !== undefined && (before.signature.name !== undefined || start.kind === 'copy');
    if (!signed || end < 0 || start.line - end > ATTACHMENT_GAP) continue;
    // A second header quoted in a guide's body is no attachment when the whole text's Nơi nhận comes later.
    if (whole.recipients && whole.recipients.label.line > start.line && start.kind === 'document' && !isPlaceholderList(whole.recipients)) continue;
    return { closing: before, attachments: readAttachments(candidates.slice(k).map(widen(view, end)), lines.length - 1) };
  }
  if (firstAfter >= 0) {
    return { closing: whole, attachments: readAttachments(candidates.slice(firstAfter).map(widen(view, wholeEnd)), lines.length - 1) };
  }
  return { closing: whole, attachments: [] as Attachment[] };
}

/** Whether a signing authority or a title line followed by a name stands within the gap above `line`. */
function signatureAbove(view: ReaderView, line: number, from: number): boolean {
  const { lines } = view;
  for (let i = line - 1; i >= from && line - i <= ATTACHMENT_GAP; i--) {
    if (!view.visible(i)) continue;
    const cells = view.cells(i);
    const last = cells[cells.length - 1];
    if (!last) continue;
    if (view.isPersonName(last.text) || (AUTHORITY_HINT.test(lines[i].text) && cells.some((cell) => matchAuthority(cell.text)))) return true;
  }
  return false;
}

/** A rule drawn with characters across the page (`_____`, `-----`): what the copy's block opens under. */
const RULE_LINE = /^\s*[_\-–—=]{5,}\s*$/u;

/**
 * A second document's start moves up over the issuer lines printed above its national name; a copy's, over
 * the copying body's name above its form line and the rule drawn above that.
 */
function widen(view: ReaderView, floor: number) {
  const { lines } = view;
  return (start: { line: number; kind: Attachment['kind']; title: Segment }) => {
    if (start.kind !== 'document' && start.kind !== 'copy') return start;
    let first = start.line;
    let i = start.line - 1;
    for (let taken = 0, blanks = 0; i > floor && taken < 3 && blanks < 3; i--) {
      if (!view.visible(i)) { blanks++; continue; }
      if (!isUpperText(lines[i].text.trim()) || RULE_LINE.test(lines[i].text)) break;
      first = i;
      taken++;
    }
    if (start.kind === 'copy') {
      while (i > floor && !view.visible(i)) i--;
      if (i > floor && RULE_LINE.test(lines[i].text)) first = i;
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


export interface ClosingRead {
  recipients?: Recipients;
  signature?: SignatureBlock;
  /** First line of the closing blocks, -1 when there are none. */
  firstLine: number;
}

/** Lines of the signature window on either side of the recipients block. */
const SIGNATURE_BEFORE = 14;
const SIGNATURE_AFTER = 30;

function readClosing(view: ReaderView, from: number, to: number): ClosingRead {
  const labelHit = findRecipientsLabel(view, from, to);
  if (labelHit) {
    const recipients = readRecipients(view, labelHit, to);
    const last = lastRecipientLine(recipients);
    const windowStart = Math.max(from, labelHit.line - SIGNATURE_BEFORE);
    // The list's lines (a wrapped item's too) lie between the title and the name when PDF reading order
    // puts the right column's name after the left column's list.
    const listLines = new Set([labelHit.line, ...recipients.items.flatMap((item) => [item.line, ...item.continuation.map((line) => line.line)])]);
    const signature = findSignature(view, windowStart, Math.min(to, last + SIGNATURE_AFTER), labelHit.line, false, listLines);
    const firstLine = Math.min(labelHit.line, signature ? firstSignatureLine(signature) : labelHit.line);
    return { recipients, signature, firstLine };
  }
  // No Nơi nhận: the signature is the last signature-like block in the document.
  const signature = findSignature(view, from, to, -1, true);
  return { signature, firstLine: signature ? firstSignatureLine(signature) : -1 };
}

