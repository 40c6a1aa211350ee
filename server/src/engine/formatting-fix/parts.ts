// The fix's steps on the parts the structure reader placed: each part's size and emphasis (at the style where
// the style is the cause), its alignment, the lines standing centred on their own, the gap under a công văn's
// number, and the body paragraphs' alignment, first-line indent, gap before and line spacing (NĐ 30 II.6.e).

import { BODY_FIGURES, MM_TOLERANCE, PART_ALIGNMENT, PART_FIGURES, format, within, type FigureRange } from '../catalog/formatting';
import type { WordParagraph } from '../docx/model';
import { msg } from '../l10n/localize';
import { bodyParagraphs, followsBody, formattedParts } from '../rules/support/formatting';
import { clamp, twips, type FixContext } from './context';
import type { RunSpan } from './layout';
import { fixHeadingLines, fixLetterSummaryGap } from './headingLines';
import { fixRuleLines } from './ruleLines';
import { applyRunRequests, type RunRequest } from './runProperties';

/** Called only when the header was placed and the paragraphs match the reader's one to one. */
export function fixParts(ctx: FixContext): void {
  const { word, model, regime, layout, main, notes, change, alignName } = ctx;
  const figures = PART_FIGURES[regime];
  const runEdits = new Map<string, { paragraph: WordParagraph; span: RunSpan; size?: FigureRange; bold?: boolean; italic?: boolean; conflict: boolean; current: { size: number; bold: boolean; italic: boolean } }>();
  const mismatched = new Set<number>();
  for (const found of figures ? formattedParts(model, word) : []) {
    const figure = figures![found.part];
    if (!figure) continue;
    const spans = layout.paragraphs[found.paragraph.index];
    if (spans.length + found.paragraph.labelLength !== found.paragraph.text.length) { mismatched.add(found.paragraph.index); continue; }
    for (const run of found.runs) {
      const span = spans.runs.find((s) => s.start + found.paragraph.labelLength === run.start && s.end + found.paragraph.labelLength === run.end);
      if (!span) { mismatched.add(found.paragraph.index); continue; }
      const key = `${found.paragraph.index}:${run.start}`;
      const entry = runEdits.get(key) ?? { paragraph: found.paragraph, span, conflict: false, current: { size: run.size, bold: run.bold, italic: run.italic } };
      if (figure.size) {
        const size = entry.size ? { min: Math.max(entry.size.min, figure.size.min), max: Math.min(entry.size.max, figure.size.max) } : figure.size;
        if (size.min > size.max) entry.conflict = true;
        entry.size = size;
      }
      const lettered = /[\p{L}\p{N}]/u.test(found.paragraph.text.slice(run.start, run.end));
      if (found.part !== 'body' && lettered) {
        if (figure.bold !== undefined) { if (entry.bold !== undefined && entry.bold !== figure.bold) entry.conflict = true; entry.bold = figure.bold; }
        if (figure.italic !== undefined) { if (entry.italic !== undefined && entry.italic !== figure.italic) entry.conflict = true; entry.italic = figure.italic; }
      }
      runEdits.set(key, entry);
    }
  }
  for (const index of mismatched) notes.push(msg('Paragraph {0}: its runs could not be matched with what the reader read; its part\'s size and emphasis were left', index + 1));
  const requests: RunRequest[] = [];
  for (const entry of runEdits.values()) {
    if (entry.conflict || mismatched.has(entry.paragraph.index)) continue;
    const { paragraph, span, current } = entry;
    if (entry.size && !within(current.size, entry.size)) requests.push({ paragraph, span, property: 'size', from: current.size, to: clamp(current.size, entry.size) });
    if (entry.bold !== undefined && entry.bold !== current.bold) requests.push({ paragraph, span, property: 'bold', from: current.bold, to: entry.bold });
    if (entry.italic !== undefined && entry.italic !== current.italic) requests.push({ paragraph, span, property: 'italic', from: current.italic, to: entry.italic });
  }
  // The lines standing centred on their own (divisions, appendices) and the gap under the number of a công văn.
  requests.push(...fixHeadingLines(ctx));
  fixLetterSummaryGap(ctx);
  fixRuleLines(ctx);
  applyRunRequests(ctx, requests);

  // Each part's alignment, where the paragraph holds it alone on one line that spaces or tabs did not lay out.
  const alignments = PART_ALIGNMENT[regime];
  const wanted = new Map<WordParagraph, Set<'center' | 'left'>>();
  for (const found of alignments ? formattedParts(model, word) : []) {
    const figure = alignments![found.part];
    if (!figure) continue;
    const set = wanted.get(found.paragraph) ?? new Set();
    set.add(figure.align);
    wanted.set(found.paragraph, set);
  }
  for (const [p, aligns] of wanted) {
    const [align] = [...aligns];
    const text = p.text.slice(p.labelLength);
    if (aligns.size !== 1 || p.lineCount !== 1 || text.includes('\t') || /^\s/.test(text)) continue;
    if (align === 'center' ? p.align === 'center' : p.align === 'left' || p.align === 'justify') continue;
    main.edits.set(layout.paragraphs[p.index].element, 'pPr', 'jc', { val: align === 'center' ? 'center' : 'left' });
    change({ part: main.name, paragraph: p.index + 1, property: msg('alignment'), from: alignName(p.align), to: alignName(align) });
  }

  // Body paragraphs: justified, first-line indent, the gap before, line spacing (NĐ 30 II.6.e).
  const bodyFigures = BODY_FIGURES[regime];
  if (!bodyFigures) return;
  const body = bodyParagraphs(model, word);
  for (const p of body) {
    const element = layout.paragraphs[p.index].element;
    const paragraph = p.index + 1;
    if ((p.align === 'left' || p.align === 'right') && p.text.trim().length > 100) {
      main.edits.set(element, 'pPr', 'jc', { val: 'both' });
      change({ part: main.name, paragraph, property: msg('alignment'), from: alignName(p.align), to: alignName('justify') });
    }
    const start = p.left + p.firstLine;
    if ((p.align === 'justify' || p.align === 'left') && p.firstLine >= 0 && !within(start, bodyFigures.firstLine, MM_TOLERANCE) && !(start === 0 && p.text.startsWith('\t'))) {
      const to = clamp(start, bodyFigures.firstLine);
      const firstLine = twips(to) - twips(p.left);
      if (firstLine >= 0) {
        main.edits.set(element, 'pPr', 'ind', { firstLine: String(firstLine), hanging: null, firstLineChars: null, hangingChars: null });
        change({ part: main.name, paragraph, property: msg('first-line indent'), from: `${format(start)} mm`, to: `${format(to)} mm` });
      }
    }
    const previous = word.paragraphs[p.index - 1];
    if (previous && followsBody(previous) && p !== body[0]) {
      const gap = previous.spaceAfter + p.spaceBefore;
      if (gap < bodyFigures.spaceBetween - 0.05) {
        const before = Math.ceil((bodyFigures.spaceBetween - previous.spaceAfter) * 20);
        main.edits.set(element, 'pPr', 'spacing', { before: String(before), beforeAutospacing: null, beforeLines: null });
        change({ part: main.name, paragraph, property: msg('space before'), from: `${format(p.spaceBefore)} pt`, to: `${format(before / 20)} pt` });
      }
    }
    const { rule, value } = p.lineSpacing;
    const size = Math.max(0, ...p.runs.map((run) => run.size));
    const lines = rule === 'auto' ? value / 240 : size ? value / (size * 1.15) : 1;
    const ok = rule === 'auto' ? lines >= 0.99 && lines <= 1.51 : !size || (value >= size && lines <= 1.51);
    if (!ok) {
      const to = lines > 1.51 ? 1.5 : 1;
      main.edits.set(element, 'pPr', 'spacing', { line: String(Math.round(to * 240)), lineRule: 'auto' });
      change({ part: main.name, paragraph, property: msg('line spacing'), from: rule === 'auto' ? format(lines) : `${format(value)} pt`, to: format(to) });
    }
  }
}
