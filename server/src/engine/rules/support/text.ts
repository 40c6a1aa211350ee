// Shared helpers for the text rules: which segments hold running text, and where a piece of a segment's
// text sits in the raw line.

import type { DocumentModel, Segment } from '../../model';
import { linesHoldingAfterEdit, linesHolding as linesHoldingIn } from '../../text/lines';
import { LintShared, type SharedKey } from './shared';

/**
 * The segments that hold running text (summary, Kính gửi, body, recipients), with comments already
 * masked. Only segments whose text maps one-to-one onto the raw line are returned (a decomposed line is
 * normalised in the model, so its columns would drift; the unicode-nfc rule reports those lines).
 */
export function textSegments(model: DocumentModel, shared: LintShared = new LintShared()): readonly Segment[] {
  return shared.get(TEXT_SEGMENTS, () => computeTextSegments(model, shared));
}

const TEXT_SEGMENTS: SharedKey<readonly Segment[]> = { name: 'text segments' };

function computeTextSegments(model: DocumentModel, shared: LintShared): Segment[] {
  const masked = model.view.masked;
  // One list, each segment checked as it is added (the body alone is a segment per line of the document).
  const all: Segment[] = [];
  const add = (segment: Segment) => { if (readAsIs(masked[segment.line], segment)) all.push(segment); };
  for (const segment of model.summary) add(segment);
  if (model.addressees) {
    add(model.addressees.label);
    for (const item of model.addressees.items) { add(item); for (const more of item.continuation) add(more); }
  }
  const body = bodySegments(model, shared);
  for (let i = 0; i < body.length; i++) add(body[i]);
  for (const item of model.recipients?.items ?? []) { add(item); for (const more of item.continuation) add(more); }
  return inOrder(all);
}

/**
 * Whether the segment's text is what the comment-masked line holds at its place (not normalised, not
 * masked): compared where it stands, without cutting a string per segment.
 */
function readAsIs(masked: string | undefined, segment: Segment): boolean {
  const { start, end, text } = segment;
  if (masked === undefined || text.length !== end - start || end > masked.length) return false;
  // A whole line (most body segments) is mostly the line's very string: equal at once.
  if (start === 0 && end === masked.length) return text === masked;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== masked.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Where a text segment's characters stand in the document's text, or -1 when they are not its very
 * characters (a line with a comment masked). A loop over a segment's text reads each character through the
 * slice's parent string; reading the document's text in place is about twice as fast per character.
 */
export function offsetInText(model: DocumentModel, segment: Segment): number {
  const line = model.lines[segment.line];
  return line !== undefined && model.view.masked[segment.line] === line.text ? line.offset + segment.start : -1;
}

const byPosition = (a: Segment, b: Segment) => a.line - b.line || a.start - b.start;

/** The segments sorted by position (stable), without sorting when they already are (the usual case). */
function inOrder<T extends Segment>(segments: T[]): T[] {
  for (let i = 1; i < segments.length; i++) if (byPosition(segments[i - 1], segments[i]) > 0) return segments.sort(byPosition);
  return segments;
}

/**
 * Which lines may hold one of `needles` (no line break in them), by native searches of the whole text: a
 * rule whose patterns all contain one of its needles needs to look only at those lines' segments. The
 * masked lines only blank comments, so a needle in a segment is a needle in the source line.
 */
export function linesHolding(model: DocumentModel, shared: LintShared, key: SharedKey<Uint8Array>, needles: readonly string[] | RegExp): Uint8Array {
  return shared.get(key, () => {
    // While the document is edited, the unchanged lines keep the previous version's flags.
    const before = shared.previousRun(key);
    return before ? linesHoldingAfterEdit(model.text, model.lines, needles, before.value, before.lineBefore) : linesHoldingIn(model.text, model.lines, needles);
  });
}

/**
 * Which lines may hold a match of `pattern` (global, never across a line break) in a text segment, by one
 * search of the whole text, or undefined when the text has a comment (masking one can make a match the raw
 * text does not hold: a space where `<!-- … -->` stood). A text segment is a piece of its raw line
 * (textSegments), so a match in a segment is a match in its line, provided the pattern looks around a match
 * no further than a line does (a look-behind at the segment's start sees nothing, in the line it may see more:
 * the lines are a superset).
 */
function linesMatching(model: DocumentModel, shared: LintShared, key: SharedKey<Uint8Array>, pattern: RegExp): Uint8Array | undefined {
  if (model.text.includes('<!--')) return undefined;
  return linesHolding(model, shared, key, pattern);
}

/**
 * Which text segments are worth a rule's patterns: first the lines one search of the whole text for `pattern`
 * finds (linesMatching; every line when the text has a comment), then `test` of the segment's own text,
 * remembered per text while the document is edited (LintShared.perText).
 */
export function segmentsWorth(
  model: DocumentModel, shared: LintShared, linesKey: SharedKey<Uint8Array>, pattern: RegExp, textKey: SharedKey<boolean>, test: (text: string) => boolean,
): (segment: Segment) => boolean {
  const lines = linesMatching(model, shared, linesKey, pattern);
  return (segment) => (lines === undefined || lines[segment.line] === 1) && shared.perText(textKey, segment.line, segment.text, test);
}

/**
 * Whether the whole text is in NFC (line breaks never compose, so then every line is): a plain text is
 * without asking (text/plain.ts); any other is normalised once per version, for every rule that asks.
 * A rule that searches for NFC needles in the raw text may do so only then.
 */
export function textIsNfc(model: DocumentModel, shared: LintShared): boolean {
  return model.plainText === true || shared.get(NFC_TEXT, () => model.text.normalize('NFC') === model.text);
}

const NFC_TEXT: SharedKey<boolean> = { name: 'text is NFC' };

/** Body lines in document order (headings, items and paragraphs together, as the model's blocks). */
export function bodySegments(model: DocumentModel, shared: LintShared = new LintShared()): readonly Segment[] {
  return shared.get(BODY_SEGMENTS, () => model.body.blocks.map((block) => block.segment));
}

const BODY_SEGMENTS: SharedKey<readonly Segment[]> = { name: 'body segments' };

/** True when the segment's text is all capitals (a heading, an abbreviation line). */
export function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A letter (\p{L}), with the Latin letters Vietnamese is written in decided without a pattern. */
const LETTER = /\p{L}/u;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // À–ɏ but × and ÷, and Latin Extended Additional (ạ, ế, ữ…): letters, every one of them.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  // A letter beyond the BMP is two units: the pattern reads it from its first.
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Two letters in a row (`\p{L}\p{L}`): the line holds a word. Prose has one in its first units. */
export function holdsWord(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second unit of a pair is not a character of its own (a lone one is, and no letter).
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    const letter = isLetterAt(text, i);
    if (letter && previous) return true;
    previous = letter;
  }
  return false;
}
