// Template text left in a document: the placeholders of the project's own skeletons and snippets
// (catalog/placeholders.ts, from which scripts/snippets.ts writes them: `TÊN CƠ QUAN CHỦ QUẢN`, `Địa danh`,
// `Nội dung./.`) and the usual blanks (`TÊN CƠ QUAN`, `[…]`, a lone `…` where a value belongs: `V/v …`,
// `- …;`; `Nguyễn Văn A` as the signer, not in a guide's quoted example). An unfilled skeleton lints clean on every other rule, so without this it could
// be exported or pass CI as it is. The blanks an issued document keeps on purpose are left alone: the
// number and the day the e-office system stamps at signing (`Số:   /QĐ-UBND`, `ngày   tháng 3 năm 2026`,
// or dotted), i.e. the whole number line and place and date line but for the placeholder place.
// An error for `vanban lint`, CI and export; while typing (LintOptions.whileTyping, set by the editor's
// server) a hint: a skeleton being filled in is not yet wrong.

import { BLANK, PLACEHOLDER_PHRASES, SAMPLE_SIGNER, SKELETON_PLACEHOLDERS } from '../catalog/placeholders';
import { msg } from '../l10n/localize';
import { columns } from '../ranges';
import type { DocumentModel } from '../model';
import { defineRule } from './rule';
import type { SharedKey } from './support/shared';
import { linesHolding, textIsNfc } from './support/text';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
/** A phrase as a whole word (no letter either side). */
const wholeWords = (phrases: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const PHRASES = wholeWords(PLACEHOLDER_PHRASES);
const SIGNER = wholeWords([SAMPLE_SIGNER]);
/** The placeholder place opening a line as a place and date does (`Địa danh, ngày …`). */
const PLACE = new RegExp(`^\\s*(${escape(SKELETON_PLACEHOLDERS.place)})(?=\\s*,)`, 'u');
/** The skeleton's body left as it is: the line `Nội dung./.` (or `Nội dung.`) alone. */
const CONTENT = new RegExp(`^\\s*(${escape(SKELETON_PLACEHOLDERS.content)}\\.(?:\\/\\.)?)\\s*$`, 'u');
/** A bracketed blank: `[…]`, `[...]`, `<…>`. */
const BRACKETED = /\[\s*(?:…|\.{3,})\s*\]|<\s*(?:…|\.{3,})\s*>/gu;
/**
 * A lone blank ending a line where a value belongs (`Về …`, `V/v …`, `- …;`, `Kính gửi: …`, `Điều 1. …`):
 * the skeletons' ellipsis standing apart (after a space, a colon or the line's start) with at most an end
 * mark after it. An ellipsis closing a list (`các sở, ngành…`) is glued to its word and is not a blank; a
 * run of dots (`nhiệm kỳ ...`, `ngày ... tháng ...`) is the blank of the sample forms a guide prints, and
 * is left alone.
 */
const LONE = new RegExp(`(?:^|(?<=[\\s:(]))${BLANK}(?=\\s*(?:(?:\\.\\/\\.|[;.,:)])\\s*)?$)`, 'u');

/** Every pattern above holds one of these: a plain text's other lines need no test. */
const NEEDLES = [...PLACEHOLDER_PHRASES, SAMPLE_SIGNER, SKELETON_PLACEHOLDERS.place, SKELETON_PLACEHOLDERS.content, BLANK, '...'];
const CANDIDATE_LINES: SharedKey<Uint8Array> = { name: 'placeholder-left lines' };

/**
 * The line of the document's own signer: the signature's name, or, where the reader took none (the sample
 * name is too short to read as one), the first line of text under the signature's last line.
 */
function signerLine(model: DocumentModel, lines: readonly string[]): number | undefined {
  const signature = model.signature;
  if (!signature) return undefined;
  if (signature.name) return signature.name.line;
  const parts = [...signature.authorities, ...signature.titles, ...(signature.signedMark ? [signature.signedMark] : [])];
  if (parts.length === 0) return undefined;
  const last = Math.max(...parts.map((part) => part.line));
  for (let line = last + 1; line < lines.length; line++) if (/\S/u.test(lines[line])) return line;
  return undefined;
}

export default defineRule({
  id: 'placeholder-left',
  regimes: ['dang', 'nd30', 'qppl', 'unknown'],
  severity: 'error',
  severityWhileTyping: 'hint',
  cheap: true,
  description: 'No template text or blank left in the document.',
  basis: {
    dang: 'HD 36-HD/VPTW, Mục II.1 (thành phần thể thức bắt buộc)',
    nd30: 'NĐ 30/2020/NĐ-CP, Điều 8 (thành phần thể thức chính); Phụ lục III (mẫu văn bản)',
    qppl: 'NĐ 30/2020/NĐ-CP, Điều 8',
    unknown: 'NĐ 30/2020/NĐ-CP, Điều 8; HD 36-HD/VPTW, Mục II.1',
  },
  check({ model, shared, report }) {
    const lines = model.view.masked;
    // A text in NFC (the needles' form) is searched natively for the needles; only the lines holding one
    // are read. A decomposed text is read line by line in NFC.
    const candidates = textIsNfc(model, shared) ? linesHolding(model, shared, CANDIDATE_LINES, NEEDLES) : undefined;
    // The number and the day left blank for the e-office stamp are what an issued document keeps.
    const stamped = new Set<number>();
    for (const part of [model.header.number, model.header.number?.symbolLine, model.header.placeDate, ...(model.header.placeDate?.pieces ?? [])]) {
      if (part) stamped.add(part.line);
    }
    const noise = new Set((model.noise ?? []).map((line) => line.line));
    const signer = signerLine(model, lines);
    lines.forEach((raw, line) => {
      if ((candidates && !candidates[line]) || noise.has(line) || !/\S/u.test(raw)) return;
      // The patterns are written in NFC; a decomposed line is read in NFC and reported whole (its columns
      // would drift; unicode-nfc reports the line too).
      const text = raw.normalize('NFC');
      const whole = text !== raw;
      const left = (start: number, end: number, typed: string) => report({
        range: whole ? columns(line, 0, raw.length) : columns(line, start, end),
        message: msg('Template text left in the document: {0} stands where the document’s own value belongs', typed),
      });
      for (const match of text.matchAll(PHRASES)) left(match.index!, match.index! + match[0].length, match[0]);
      if (line === signer) for (const match of text.matchAll(SIGNER)) left(match.index!, match.index! + match[0].length, match[0]);
      const place = PLACE.exec(text);
      if (place) left(place.index + place[0].length - place[1].length, place.index + place[0].length, place[1]);
      const content = CONTENT.exec(text);
      if (content) {
        const at = text.indexOf(content[1]);
        left(at, at + content[1].length, content[1]);
      }
      if (stamped.has(line)) return;
      for (const match of text.matchAll(BRACKETED)) left(match.index!, match.index! + match[0].length, match[0]);
      const lone = LONE.exec(text);
      if (lone) left(lone.index, lone.index + lone[0].length, lone[0]);
    });
  },
});
