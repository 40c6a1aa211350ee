// The closing's signature block: the signing authority (`TM.`, `KT.`, `TL.` …), the title lines, an
// optional signed mark and the signer's name, read from the view.

import type { Segment, SignatureBlock } from '../model';
import { matchAuthority } from '../catalog/signingForms';
import { isUpperText } from '../text/source';
import { isNationalName, isPartyTitle, isRecipientsLabel, isSignedMark } from './classify';
import { attachmentKind } from './attachments';
import type { ReaderView } from './view';

/** The last authority line (`KT. CHỦ TỊCH`) among the main document's last lines, if any. */
export function signatureHint(view: ReaderView, from: number, to: number): Segment | undefined {
  const { lines } = view;
  let seen = 0;
  for (let i = to; i >= from; i--) {
    if (!view.visible(i)) continue;
    seen++;
    const cells = view.cells(i);
    const authority = AUTHORITY_HINT.test(lines[i].text) ? cells.find((c) => matchAuthority(c.text)) : undefined;
    if (authority) return authority;
    // A title line among the last few lines (`CHỦ TỊCH` over a name the extraction garbled).
    const last = cells[cells.length - 1];
    if (seen <= 6 && seen >= 2 && last && view.isTitleCell(last.text) && !isPartyTitle(last) && !isNationalName(last)
      && attachmentKind(last) === undefined) return last; // `DANH SÁCH …`: an appendix's or a table's title, not a signer's
  }
  return undefined;
}

/**
 * Finds the signature block in [from, to): authority lines, title lines, an optional signed mark and the
 * name. With `preferLast`, the last block in the range wins (no Nơi nhận to anchor on).
 */
export function findSignature(
  view: ReaderView, from: number, to: number, labelLine: number, preferLast = false, listLines?: ReadonlySet<number>,
): SignatureBlock | undefined {
  const { lines } = view;
  const blocks: SignatureBlock[] = [];
  for (let i = from; i < to; i++) {
    if (!view.visible(i) || !AUTHORITY_HINT.test(lines[i].text)) continue;
    // The label's own line may hold the signature's first line beside it ("Nơi nhận:      GIÁM ĐỐC").
    if (i === labelLine && view.cells(i).length < 2) continue;
    for (const cell of view.cells(i)) {
      const authority = matchAuthority(cell.text);
      if (!authority) continue;
      const block = readSignatureFrom(view, i, cell, to, listLines);
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
      if (!view.visible(i)) continue;
      const cells = view.cells(i);
      if (i === labelLine && cells.length < 2) continue;
      const cell = cells[cells.length - 1];
      if (!cell || !view.isTitleCell(cell.text)) continue;
      const block = readSignatureFrom(view, i, cell, to, listLines);
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
export const AUTHORITY_HINT = /T\/|K\/|TM|KT|TL|TUQ|Q\.|Kt\.|Tm\.|Tl\.|Tuq\./;

export function lastLineOf(block: SignatureBlock): number {
  const all = [...block.authorities, ...block.titles, block.signedMark, block.name].filter(Boolean) as Segment[];
  return Math.max(...all.map((segment) => segment.line));
}

/** `listLines`: the Nơi nhận's lines, which PDF reading order may put between the title and the name. */
function readSignatureFrom(view: ReaderView, startLine: number, first: Segment, to: number, listLines?: ReadonlySet<number>): SignatureBlock | undefined {
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
    if (view.isTitleCell(cell.text) && titles.length < 3 && !name && (authorities.length > 0 || titles.length > 0 || cell === first)) {
      titles.push(cell);
      return 'more';
    }
    if (view.isPersonName(cell.text) && (titles.length > 0 || authorities.length > 0)) { name = cell; return 'stop'; }
    return 'skip';
  };
  if (take(first) === 'skip') return undefined;
  let skipped = 0;
  for (let i = startLine + 1; i < to && !name; i++) {
    if (!view.visible(i)) continue;
    const cells = view.cells(i);
    // In layout text the signature is the right-hand cell; in flattened tables it is the whole line.
    const cell = cells.length > 1 ? cells[cells.length - 1] : cells[0];
    if (!cell) continue;
    if (/^[-–•]\s/u.test(cell.text) || isRecipientsLabel(cell.text) || listLines?.has(i) && cells.length === 1) { skipped++; continue; }
    const result = take(cell);
    if (result === 'end') break;
    // Running text (a sentence) between the title and the name: no signature runs through it.
    if (result === 'skip' && (titles.length > 0 || authorities.length > 0) && !isUpperText(cell.text)
      && (cell.text.length > 100 || (cell.text.length > 40 && /[.:!?]$/u.test(cell.text))) && !view.isPersonName(cell.text)) break;
    if (result === 'skip' && ++skipped > 12) break;
  }
  if (authorities.length === 0 && titles.length === 0) return undefined;
  return { authorities, titles, signedMark, name };
}

export function firstSignatureLine(signature: SignatureBlock): number {
  const lineNumbers = [...signature.authorities, ...signature.titles].map((segment) => segment.line);
  return lineNumbers.length ? Math.min(...lineNumbers) : signature.name?.line ?? Number.MAX_SAFE_INTEGER;
}
