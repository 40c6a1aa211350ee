// The closing's Nơi nhận: the document's own label (after the body's end mark, with a list under it) and
// its items, each with the lines it wraps over.

import type { RecipientItem, Recipients, Segment } from '../model';
import { ARCHIVE_START } from '../catalog/conventions';
import { matchAuthority } from '../catalog/signingForms';
import { isUpperText } from '../text/source';
import { isRecipientsLabel, isSignedMark } from './classify';
import type { ReaderView } from './view';

/**
 * The document's own Nơi nhận label: the first label after the body's end mark (`./.`) when there is
 * one; otherwise the first label followed by recipient lines. Labels quoted in the body's text (as a
 * formatting guide does) are passed over because they have no `- ` list after them.
 */
export function findRecipientsLabel(view: ReaderView, from: number, to: number): Segment | undefined {
  const marks = view;
  const visible = view.visibility();
  let endMark = -1;
  for (const i of marks.endMarks) {
    if (i >= from && i < to && visible(i)) { endMark = i; break; }
  }
  const candidates: Segment[] = [];
  // Only the lines noted with "Nơi nh" (either normalisation form) are looked at.
  for (const i of marks.hints) {
    if (i < Math.max(from, endMark) || i >= to || !visible(i)) continue;
    const cell = view.cells(i).find((c) => isRecipientsLabel(c.text));
    if (cell) candidates.push(cell);
  }
  return candidates.find((label) => hasListAfter(view, label.line)) ?? (endMark >= 0 ? candidates[0] : undefined);
}

function hasListAfter(view: ReaderView, labelLine: number): boolean {
  const { lines } = view;
  const visible = view.visibility();
  for (let i = labelLine + 1, seen = 0; i < lines.length && seen < 4; i++) {
    if (!visible(i)) continue;
    seen++;
    if (/^[\s*]*[-–•]\s*\S/u.test(lines[i].text)) return true;
  }
  return false;
}

export function readRecipients(view: ReaderView, label: Segment, to: number): Recipients {
  const { lines } = view;
  const visible = view.visibility();
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
    const cells = view.cells(i);
    const cell = cells[0];
    if (!cell) continue;
    if (/^[-–•]\s*\S/u.test(cell.text) || /^[-–•]$/u.test(cell.text)) {
      items.push({ head: cell, continuation: [], balance: 0, counted: 0 });
      continue;
    }
    if (cells.length === 1 && isDashlessArchive(cell.text, items)) {
      items.push({ head: cell, continuation: [], balance: 0, counted: 0 });
      continue;
    }
    const open = items[items.length - 1];
    const openText = open ? (open.continuation[open.continuation.length - 1] ?? open.head).text : '';
    // An item wrapped after a comma, or the archive line's codes wrapped (`- Lưu: VT, KGVX,` / `TH.`): the
    // item goes on, even in capitals, unless the line is a signing authority, a signed mark or a name.
    if (open && cells.length === 1 && (openText.endsWith(',') || ARCHIVE_START.test(open.head.text) && !/[.;]$/u.test(openText))
      && ARCHIVE_CODES.test(cell.text) && !matchAuthority(cell.text) && !isSignedMark(cell.text) && signatureSince !== items.length) {
      open.continuation.push(cell);
      continue;
    }
    if (isSignatureLike(cell.text)) { signatureSince = items.length; continue; } // signature lines interleaved by a flattened table
    const last = items[items.length - 1];
    // The item's last line, and whether a bracket it opened is still open (kept per item: linear).
    const lastText = last ? (last.continuation[last.continuation.length - 1] ?? last.head).text : '';
    const openBracket = last ? bracketBalance(last) > 0 : false;
    // A line wrapped at the printed width (text from a PDF): the item before it has no end mark yet.
    // Not after a signature line under the same item: "- Lưu" / "BÍ THƯ" / "Lê Văn C" ends with the signer's
    // name, which a safe fix would otherwise end with a full stop.
    // Nor a line whose only cell stands in the right column ("\t\tLê Văn C" under a two-column closing).
    const rightColumn = /^(?:[ \u00a0]*\t|[ \u00a0]{3,})/u.test(lines[i].text);
    const unfinished = !/[,;.:]$/u.test(lastText) && !view.isPersonName(cell.text) && !isUpperText(cell.text) && signatureSince !== items.length && !rightColumn;
    if (last && (openBracket || unfinished || /^[\p{Ll}\d(]/u.test(cell.text) && !view.isPersonName(cell.text)) && cell.text.length <= 160
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
    if (last && following >= 0 && cell.text.length <= 160 && !view.isPersonName(cell.text) && !isSignatureLike(cell.text)) {
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

/**
 * The archive line typed without its dash (`Lưu: VT, VP.`, `Lưu.`, Party `Lưu Văn phòng.`, `Lưu VP.`) after
 * items that call for one more (the last ends with `;` or `,`). Not a signer named Lưu (`Lưu Văn Hòa`, which PDF order can
 * put under the list): a name has no colon, no office code (`VP`) and no word in lower case before a full stop.
 */
function isDashlessArchive(text: string, items: readonly OpenItem[]): boolean {
  const last = items[items.length - 1];
  if (!last || !/^Lưu\b/u.test(text)) return false;
  const lastText = (last.continuation[last.continuation.length - 1] ?? last.head).text;
  if (!/[;,]$/u.test(lastText)) return false;
  return /^Lưu\s*(?::|\.$)/u.test(text) || /^Lưu\s+\p{Lu}{2}/u.test(text) || (/\s\p{Ll}/u.test(text) && /\.$/u.test(text));
}

/** A line of archive codes (`TH.`, `NC, KT.`, `VX3`): short unaccented capitals, maybe with figures (a
 *  signer's title, `PHÓ CHỦ TỊCH`, always carries a mark). */
const ARCHIVE_CODES = /^[A-ZĐ\d]{1,8}(?:[,;]? [A-ZĐ\d]{1,8}){0,5}[.,;]?$/u;

export function isSignatureLike(text: string): boolean {
  return matchAuthority(text) !== undefined || (isUpperText(text) && text.length <= 80) || isSignedMark(text);
}

export function lastRecipientLine(recipients: Recipients): number {
  const item = recipients.items[recipients.items.length - 1];
  if (!item) return recipients.label.line;
  return item.continuation.length ? item.continuation[item.continuation.length - 1].line : item.line;
}
