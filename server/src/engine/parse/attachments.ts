// What follows the main document: appendices (`PHỤ LỤC`), attached forms (`Mẫu số 01`), tables
// (`DANH SÁCH`, `BẢNG …`), an attached document or a second letter (its own header), and a copy's own block
// (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`: NĐ 30 Phụ lục I, Phần II puts it under the copied text). The reader takes a
// line for an attachment's start only where the main document's signature stands shortly above it
// (parse.ts checks that), so a heading of the body that happens to read `DANH SÁCH …` stays the body's.

import type { Attachment, CopyLines, Segment, SourceLine } from '../model';
import { isUpperText, makeSegment } from '../text/source';
import { isCopyFormTitle } from '../catalog/forms';
import { isNationalName, isPartyTitle, PART_MAX_LENGTH } from './classify';
import type { ReaderView } from './view';

const APPENDIX = /^PH[ỤU] L[ỤU]C(?:\s|$)/u;
// Matched on trimmed text; no two neighbouring quantifiers take the same characters (linear).
const APPENDIX_LOWER = /^Phụ lục(?: (?:số ?)?[IVXLC\d]+[a-z]?)?[.:]?$/u;
const FORM = /^(?:MẪU|Mẫu)(?: số)?[ :.]{0,3}[\dIVX]/u;
/** The openings of the starts above, tested on the raw line before a segment is made. */
const GATE = /^[\s*_]*(?:PH[ỤU] L|Phụ lục|MẪU|Mẫu|DANH|BẢNG|BIỂU|SAO |TRÍCH SAO)/u;
const TABLE = /^(?:DANH SÁCH|DANH MỤC|BẢNG|BIỂU)(?:\s|$)/u;

/** An appendix's title (`PHỤ LỤC I`, `Phụ lục số 2`): cheap, for the header and the signature search. */
export function isAppendixTitle(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 80) && text.length <= PART_MAX_LENGTH && (APPENDIX.test(text) || APPENDIX_LOWER.test(text));
}

/** The kind of attachment a line opens, or undefined. `text` is the trimmed line. */
export function attachmentKind(segment: Segment): Attachment['kind'] | undefined {
  const text = segment.text;
  if (text.length === 0 || text.length > PART_MAX_LENGTH) return undefined;
  const first = text.charCodeAt(0);
  // P(hụ lục), M(ẫu), D(anh), B(ảng), C(ộng hòa), Đ(ảng), S(AO), T(RÍCH SAO): other lines are passed over at once.
  if (first !== 80 && first !== 77 && first !== 68 && first !== 66 && first !== 67 && first !== 0x110 && first !== 83 && first !== 84) return undefined;
  if (isCopyFormTitle(text)) return 'copy';
  if (APPENDIX.test(text) || APPENDIX_LOWER.test(text)) return 'appendix';
  if (FORM.test(text) && text.length <= 60) return 'form';
  if (TABLE.test(text) && isUpperText(text)) return 'table';
  if (isNationalName(segment) || isPartyTitle(segment)) return 'document';
  return undefined;
}

/**
 * Candidate starts of attachments in [from, to), in order; at most `limit` of them. `national`: 1 where a line
 * may hold `CỘNG` (ReaderView.nationalLines), so most lines skip the test.
 */
export function attachmentCandidates(
  lines: readonly SourceLine[], from: number, to: number, visible: (i: number) => boolean, limit: number, national: Uint8Array,
): { line: number; kind: Attachment['kind']; title: Segment }[] {
  const found: { line: number; kind: Attachment['kind']; title: Segment }[] = [];
  for (let i = from; i < to && found.length < limit; i++) {
    if (!visible(i)) continue;
    const raw = lines[i].text;
    // Most lines open with none of the starts' letters: passed over before any segment is made.
    let at = 0;
    while (at < raw.length && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
    const first = raw.charCodeAt(at);
    const nationalInside = national[i] === 1 && raw.length <= PART_MAX_LENGTH && raw.includes('CỘNG');
    if (!nationalInside && (first !== 80 && first !== 77 && first !== 68 && first !== 66 && first !== 83 && first !== 84 && first !== 42 && first !== 95 || !GATE.test(raw))) continue;
    // The national name of a second header may share its line with the issuer (two cells): look at the
    // line's right half too, cheaply (a line without `CỘNG` or `ĐẢNG` cannot hold it).
    const segment = makeSegment(i, raw);
    let kind = attachmentKind(segment);
    if (!kind && nationalInside) {
      const at = raw.search(/CỘNG H|ĐẢNG CỘNG/u);
      const right = makeSegment(i, raw, at);
      if (isNationalName(right) || isPartyTitle(right)) kind = 'document';
    }
    if (kind) found.push({ line: i, kind, title: segment });
  }
  return found;
}

/** The attachments from the first one's start to the end of the text, split at each later start. */
export function readAttachments(
  starts: readonly { line: number; kind: Attachment['kind']; title: Segment }[], lastLine: number,
): Attachment[] {
  const attachments: Attachment[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    // A second header's lines (issuer, national name, motto) belong to one attachment: merge starts that
    // follow within a few lines of a `document` start.
    const previous = attachments[attachments.length - 1];
    if (previous && start.line - previous.firstLine <= 3) continue;
    // Forms, tables and sample headers inside an appendix are the appendix's: only the next appendix
    // (or the next document, after a document) starts a new attachment, and a copy's block, which
    // follows everything it copies.
    if (previous && start.kind !== 'appendix' && start.kind !== 'copy' && !(start.kind === 'document' && attachments[0].kind === 'document')) continue;
    attachments.push({ kind: start.kind, title: start.title, firstLine: start.line, lastLine });
    if (previous) attachments[attachments.length - 2] = { ...previous, lastLine: start.line - 1 };
  }
  return attachments;
}

/** How many filled lines under an appendix's label its reference may stand (the title can wrap). */
const REFERENCE_SPAN = 6;
/** `(Kèm theo Quyết định số …`, `(Ban hành kèm theo Thông tư số …`, and the same without its bracket. */
const REFERENCE = /^\(?\s*(?:ban hành\s+)?kèm theo\s/iu;

/** How many filled lines under a copy's form line its number may stand. */
const COPY_NUMBER_SPAN = 3;
/** `Số: 05/SY-UBND`, `Số 05/SL-VP`: a number line (the copy rule reads its code). */
const NUMBER_LINE = /^Số[\s:]/u;

/** Each appendix with the reference line found under its label (NĐ 30 Phụ lục I, III.1). */
export function withReferences(view: ReaderView, attachments: readonly Attachment[]): Attachment[] {
  return attachments.map((attachment) => {
    if (attachment.kind !== 'appendix') return attachment;
    const visible = view.visibility();
    for (let i = attachment.firstLine + 1, seen = 0; i <= attachment.lastLine && seen < REFERENCE_SPAN; i++) {
      if (!visible(i)) continue;
      seen++;
      const segment = view.segment(i);
      if (REFERENCE.test(segment.text)) return { ...attachment, reference: segment };
    }
    return attachment;
  });
}

/**
 * A copy's own lines among the lines [from, to] that `include` takes (a copy's block above the header, before
 * the header's reader hides it, or one attached under the text): its form line, and the number line within a
 * few filled lines under it (Phần II).
 */
export function readCopyLines(view: ReaderView, from: number, to: number, include: (i: number) => boolean): CopyLines | undefined {
  let form: Segment | undefined;
  for (let i = from, seen = 0; i <= to; i++) {
    if (!include(i)) continue;
    const segment = view.segment(i);
    if (!form) {
      if (isCopyFormTitle(segment.text)) form = segment;
      continue;
    }
    if (++seen > COPY_NUMBER_SPAN) break;
    if (NUMBER_LINE.test(segment.text)) return { form, number: segment };
  }
  return form ? { form } : undefined;
}
