// `vanban fix x.docx`: the formatting findings of a Word file put right in the file itself, and nothing
// else. Each fix edits only the formatting property it names (w:pgSz, w:pgMar, children of w:rPr and w:pPr,
// w:titlePg) in place in the part's XML text; every other byte of every part stays, and the zip keeps every
// unchanged entry's bytes. The result is read back before it is returned: its text must be the text read
// before (a legacy-font conversion excepted, which changes the text on purpose), and what the formatting
// rules still report is listed as left, with why.

import { lintDocx, type DocxLintResult } from '../lintDocx';
import type { Diagnostic, LintOptions } from '../lint';
import { RULES, ruleById } from '../rules/index';
import { readZip, WordError, type ZipLimits } from '../docx/zip';
import type { WordParagraph } from '../docx/model';
import { localize, msg, type Message } from '../l10n/localize';
import { A4, BODY_FIGURES, METRIC_EQUIVALENTS, MM_TOLERANCE, PAGE_FIGURES, PART_ALIGNMENT, PART_FIGURES, TIMES_NEW_ROMAN, format, within, type FigureRange } from '../catalog/formatting';
import { bodyParagraphs, formattedParts } from '../rules/support/formatting';
import { capitalsOnly, isLegacyEncoded, legacyEncodingOf, legacyToUnicode } from './legacyFont';
import { applySplices, PropertyEdits } from './propertyEdits';
import { layoutOf, type MainLayout, type ParagraphSpan, type RunSpan } from './layout';
import { attrOf, childOf, childrenOf, descendantsOf, escapeXml, scanXml, XmlScanError, type ElementSpan } from './xmlText';
import { rewriteZip } from './zipRewrite';

export interface FormattingChange {
  /** The zip entry edited (`word/document.xml`, `word/styles.xml`, `word/header1.xml`). */
  readonly part: string;
  /** 1-based paragraph of the document (as `vanban lint` numbers them), when the change is a paragraph's. */
  readonly paragraph?: number;
  readonly property: Message;
  readonly from: string;
  readonly to: string;
  /** safe: applied by default; guarded: a legacy-font conversion, applied only when asked. */
  readonly safety: 'safe' | 'guarded';
  readonly applied: boolean;
}

export interface LeftFinding {
  readonly diagnostic: Diagnostic;
  readonly reason: Message;
}

export interface DocxFixResult {
  /** The fixed file; undefined when nothing was changed. */
  readonly bytes?: Uint8Array;
  readonly changes: readonly FormattingChange[];
  /** Formatting findings of the result, each with why it was left. */
  readonly left: readonly LeftFinding[];
  /** What the fix could not do as a whole (no header read: page-level fixes only; a part not followed). */
  readonly notes: readonly Message[];
  readonly before: DocxLintResult;
  readonly after?: DocxLintResult;
}

export interface DocxFixOptions extends LintOptions {
  /** Apply the guarded class too: runs in .VnTime/VNI fonts converted to Unicode with the font. */
  readonly legacyFonts?: boolean;
  readonly limits?: ZipLimits;
}

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const ALLOWED_FONTS = new Set([TIMES_NEW_ROMAN, ...METRIC_EQUIVALENTS].map((name) => name.toLowerCase()));
/** Fonts of symbols and bullets: their characters are glyph codes, not text; never changed. */
const SYMBOL_FONTS = /^(symbol|wingdings.*|webdings|marlett|mt extra|zapfdingbats|cambria math)$/i;
const FONT_SLOTS = ['ascii', 'hAnsi', 'eastAsia', 'cs'] as const;
const THEME_SLOTS = ['asciiTheme', 'hAnsiTheme', 'eastAsiaTheme', 'cstheme'] as const;
const ALIGN_NAMES: Record<string, Message> = { left: msg('left'), right: msg('right'), center: msg('centre'), justify: msg('both sides'), distribute: msg('both sides') };
const MARGIN_NAMES = { top: msg('top margin'), bottom: msg('bottom margin'), left: msg('left margin'), right: msg('right margin') };
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

interface Part {
  readonly name: string;
  readonly text: string;
  readonly root: ElementSpan;
  readonly edits: PropertyEdits;
}

/** Fixes a .docx's formatting. Throws WordError when the bytes are not a readable .docx (nothing to write). */
export function fixDocxFormatting(bytes: Uint8Array, options: DocxFixOptions = {}): DocxFixResult {
  // Only the formatting rules: the fix reads their findings, and the text rules would cost most of the time.
  const formattingOnly: LintOptions = { ...options, rules: { ...Object.fromEntries(RULES.filter((rule) => rule.input !== 'docx').map((rule) => [rule.id, 'off' as const])), ...pick(options.rules, (id) => ruleById(id)?.input === 'docx') } };
  const before = lintDocx(bytes, formattingOnly, options.limits);
  const { word, regime } = before;
  const model = before.model;
  const raw = readZip(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'), options.limits);
  const notes: Message[] = [];
  const changes: FormattingChange[] = [];
  // Values that are words (on, off, centred) in the message language; measures stay as they are.
  const say = (message: Message) => localize(options.language ?? 'vi', message);
  const onOff = (value: boolean) => say(value ? msg('on') : msg('off'));
  const alignName = (align: string) => say(ALIGN_NAMES[align] ?? msg('left'));
  const parts = new Map<string, Part | undefined>();
  const part = (name: string | undefined): Part | undefined => {
    if (name === undefined) return undefined;
    if (!parts.has(name)) {
      const data = raw.get(name);
      let found: Part | undefined;
      if (data) {
        const text = new TextDecoder('utf-8').decode(data);
        try {
          found = { name, text, root: scanXml(text), edits: new PropertyEdits() };
        } catch (error) {
          if (!(error instanceof XmlScanError)) throw error;
          notes.push(msg('The part {0} was left as it is: {1}', name, error.message));
        }
      }
      parts.set(name, found);
    }
    return parts.get(name);
  };

  const rootRels = relationships(part('_rels/.rels'), '');
  const mainName = rootRels.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const main = part(mainName);
  const body = childOf(main?.root, 'w:body');
  if (!main || !body) throw new WordError('not-docx', msg('The file is not a Word document (no word/document.xml); an .xlsx or .pptx, or a renamed zip?'));
  const base = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const rels = relationships(part(`${base}_rels/${mainName.slice(base.length)}.rels`), base);
  const target = (id: string | undefined) => rels.find((rel) => rel.id === id)?.target;
  const byType = (type: string) => rels.filter((rel) => rel.type === REL + type).map((rel) => rel.target);
  const styles = part(byType('styles')[0]);

  const layout = layoutOf(body);
  const mapped = layout.paragraphs.length === word.paragraphs.length;
  if (!mapped) notes.push(msg('The paragraphs of the file could not be matched one to one with what the reader read: only the page set-up and the fonts were fixed'));
  const change = (c: Omit<FormattingChange, 'safety' | 'applied'> & { safety?: 'safe' | 'guarded' }) => {
    const safety = c.safety ?? 'safe';
    changes.push({ ...c, safety, applied: safety === 'safe' || options.legacyFonts === true });
  };

  // The legacy-font runs first: the safe font fix must leave their fonts alone, or their text turns to garbage.
  const legacy = legacyFonts(styles);
  const contentParts = [mainName, ...byType('header'), ...byType('footer'), ...byType('footnotes'), ...byType('endnotes'), ...byType('comments')];
  for (const name of contentParts) {
    const edited = part(name);
    if (!edited) continue;
    for (const r of descendantsOf(edited.root, 'w:r')) {
      const font = legacy.runFont(r, paragraphOfRun(r));
      const encoding = font === undefined ? undefined : legacyEncodingOf(font);
      if (!font || !encoding) continue;
      const texts = childrenOf(r, 'w:t');
      const from = texts.map((t) => t.text).join('');
      if (from.trim() === '') continue;
      const paragraphIndex = name === mainName && mapped ? paragraphNumber(layout, r) : undefined;
      if (!isLegacyEncoded(from)) {
        // Unicode (or plain ASCII) text labelled with the old font: the font alone changes, safely.
        edited.edits.set(r, 'rPr', 'rFonts', fontAttributes(childOf(childOf(r, 'w:rPr'), 'w:rFonts'), true));
        change({ part: name, paragraph: paragraphIndex, property: msg('font'), from: font, to: TIMES_NEW_ROMAN });
        continue;
      }
      let to = legacyToUnicode(from, encoding);
      if (capitalsOnly(font)) to = to.toUpperCase();
      change({ part: name, paragraph: paragraphIndex, property: msg('legacy font and its text'), from: `${font}: ${from}`, to: `${TIMES_NEW_ROMAN}: ${to}`, safety: 'guarded' });
      if (!options.legacyFonts) continue;
      for (const t of texts) {
        let converted = legacyToUnicode(t.text, encoding);
        if (capitalsOnly(font)) converted = converted.toUpperCase();
        edited.edits.replace(t.openEnd, t.closeStart, escapeXml(converted));
      }
      edited.edits.set(r, 'rPr', 'rFonts', fontAttributes(childOf(childOf(r, 'w:rPr'), 'w:rFonts'), true));
    }
  }

  // Fonts: every font declaration (document defaults, styles, numbering, runs, paragraph marks) that names
  // another font or a theme slot, in every part that holds text.
  for (const name of [...new Set([...contentParts, ...(styles ? [styles.name] : []), ...byType('numbering')])]) {
    const edited = part(name);
    if (!edited) continue;
    for (const rFonts of descendantsOf(edited.root, 'w:rFonts')) {
      if (insideHistoryOrMath(rFonts)) continue;
      const names = FONT_SLOTS.map((slot) => attrOf(rFonts, `w:${slot}`)).filter((n): n is string => n !== undefined);
      if (names.some((n) => SYMBOL_FONTS.test(n.trim()) || legacyEncodingOf(n) !== undefined)) continue;
      // What Latin and Vietnamese letters are drawn in (w:ascii, w:hAnsi, or their theme slots) decides; the
      // east-Asian and complex-script slots are put right with them.
      const wrong = (['ascii', 'hAnsi'] as const).flatMap((slot) => {
        const theme = attrOf(rFonts, `w:${slot}Theme`);
        if (theme !== undefined) {
          const resolved = theme.startsWith('major') ? word.theme?.major : word.theme?.minor;
          return resolved && ALLOWED_FONTS.has(family(resolved)) ? [] : [resolved ? `${resolved} (${theme})` : `(${theme})`];
        }
        const name = attrOf(rFonts, `w:${slot}`);
        return name === undefined || ALLOWED_FONTS.has(family(name)) ? [] : [name];
      });
      if (wrong.length === 0) continue;
      const attributes = fontAttributes(rFonts, false);
      const rPr = rFonts.parent!;
      const owner = rPr.parent!;
      edited.edits.set(owner, 'rPr', 'rFonts', attributes);
      change({ part: name, paragraph: name === mainName && mapped ? paragraphNumber(layout, owner) : undefined, property: owner.name === 'w:style' ? msg('font of style {0}', attrOf(owner, 'w:styleId') ?? '?') : msg('font'), from: [...new Set(wrong)].join(', '), to: TIMES_NEW_ROMAN });
    }
  }
  // No font anywhere in the cascade: the document defaults name Times New Roman.
  if (styles && word.paragraphs.some((p) => p.runs.some((run) => run.font.kind === 'unset'))) {
    const defaults = childOf(childOf(styles.root, 'w:docDefaults'), 'w:rPrDefault');
    if (defaults && !childOf(childOf(defaults, 'w:rPr'), 'w:rFonts')) {
      styles.edits.set(defaults, 'rPr', 'rFonts', { ascii: TIMES_NEW_ROMAN, hAnsi: TIMES_NEW_ROMAN, eastAsia: TIMES_NEW_ROMAN, cs: TIMES_NEW_ROMAN });
      change({ part: styles.name, property: msg('default font'), from: '—', to: TIMES_NEW_ROMAN });
    }
  }

  // Page set-up of each section: paper, margins, page numbers.
  const page = PAGE_FIGURES[regime];
  if (layout.sections.length === word.sections.length) {
    word.sections.forEach((section, i) => {
      const sectPr = layout.sections[i];
      const first = section.firstParagraph + 1;
      const size = childOf(sectPr, 'w:pgSz');
      if (size && section.pageWidth !== undefined && section.pageHeight !== undefined) {
        const short = Math.min(section.pageWidth, section.pageHeight);
        const long = Math.max(section.pageWidth, section.pageHeight);
        if (Math.abs(short - A4.width) > A4.tolerance || Math.abs(long - A4.height) > A4.tolerance) {
          const [w, h] = section.landscape ? [16838, 11906] : [11906, 16838];
          main.edits.set(sectPr, 'sectPr', 'pgSz', { w: String(w), h: String(h) });
          change({ part: main.name, paragraph: first, property: msg('paper'), from: `${format(section.pageWidth)} × ${format(section.pageHeight)} mm`, to: section.landscape ? '297 × 210 mm' : '210 × 297 mm' });
        }
      }
      const margin = childOf(sectPr, 'w:pgMar');
      if (page && margin) {
        const gutter = Math.abs(Number.parseInt(attrOf(margin, 'w:gutter') ?? '0', 10) || 0);
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const stated = Number.parseInt(attrOf(margin, `w:${side}`) ?? '', 10);
          if (!Number.isFinite(stated)) continue;
          const value = Math.abs(stated) / TWIPS_PER_MM + (side === 'left' ? gutter / TWIPS_PER_MM : 0);
          const allowed = page.margins[side];
          if (within(value, allowed, MM_TOLERANCE)) continue;
          const target = clamp(value, allowed);
          const written = Math.max(0, twips(target) - (side === 'left' ? gutter : 0));
          // A negative top or bottom margin (text may not push it) keeps its sign.
          main.edits.set(sectPr, 'sectPr', 'pgMar', { [side]: String(stated < 0 ? -written : written) });
          change({ part: main.name, paragraph: first, property: MARGIN_NAMES[side], from: `${format((stated < 0 ? -1 : 1) * Math.abs(stated) / TWIPS_PER_MM)} mm`, to: `${format((stated < 0 ? -1 : 1) * target)} mm` });
        }
      }
      const number = section.pageNumber;
      if (page && number) {
        if (number.onFirstPage) {
          const titlePg = childOf(sectPr, 'w:titlePg');
          if (!titlePg || ['0', 'false', 'off'].includes(attrOf(titlePg, 'w:val') ?? '')) {
            main.edits.set(sectPr, 'sectPr', 'titlePg', { val: null });
            change({ part: main.name, paragraph: first, property: msg('page number on page 1'), from: say(msg('shown')), to: say(msg('a different first page, without a number')) });
          }
        }
        const references = [sectPr, ...(i > 0 ? [layout.sections[i - 1]] : [])].flatMap((s) => childrenOf(s, `w:${number.position}Reference`));
        const reference = references.find((ref) => (attrOf(ref, 'w:type') ?? 'default') === 'default');
        const holder = part(target(attrOf(reference, 'r:id')));
        for (const p of holder ? pageNumberParagraphs(holder.root) : []) {
          if (number.position === 'header' && number.align !== 'center') {
            holder!.edits.set(p, 'pPr', 'jc', { val: 'center' });
            change({ part: holder!.name, property: msg('page number alignment'), from: alignName(number.align), to: alignName('center') });
          }
          if (!within(number.size, page.pageNumberSize)) {
            const to = clamp(number.size, page.pageNumberSize);
            for (const r of descendantsOf(p, 'w:r')) holder!.edits.set(r, 'rPr', 'sz', { val: String(Math.round(to * 2)) });
            change({ part: holder!.name, property: msg('page number size'), from: `${format(number.size)} pt`, to: `${format(to)} pt` });
          }
        }
      }
    });
  } else notes.push(msg('The sections of the file could not be matched with what the reader read: the page set-up was left as it is'));

  // The parts the structure reader recognised: only when it placed the header, and the paragraphs match.
  const headerPlaced = model.header.nationalName !== undefined || model.header.issuerLines.length > 0 || model.header.partyTitle !== undefined;
  if (!headerPlaced) notes.push(msg('The header of the document could not be read: only the page-level fixes (paper, margins, fonts) were made'));
  if (headerPlaced && mapped) fixParts();

  function fixParts(): void {
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
    for (const entry of runEdits.values()) {
      if (entry.conflict || mismatched.has(entry.paragraph.index)) continue;
      const paragraph = entry.paragraph.index + 1;
      const r = entry.span.element;
      if (entry.size && !within(entry.current.size, entry.size)) {
        const to = clamp(entry.current.size, entry.size);
        main!.edits.set(r, 'rPr', 'sz', { val: String(Math.round(to * 2)) });
        change({ part: main!.name, paragraph, property: msg('size'), from: `${format(entry.current.size)} pt`, to: `${format(to)} pt` });
      }
      if (entry.bold !== undefined && entry.bold !== entry.current.bold) {
        main!.edits.set(r, 'rPr', 'b', { val: entry.bold ? null : '0' });
        change({ part: main!.name, paragraph, property: msg('bold'), from: onOff(entry.current.bold), to: onOff(entry.bold) });
      }
      if (entry.italic !== undefined && entry.italic !== entry.current.italic) {
        main!.edits.set(r, 'rPr', 'i', { val: entry.italic ? null : '0' });
        change({ part: main!.name, paragraph, property: msg('italic'), from: onOff(entry.current.italic), to: onOff(entry.italic) });
      }
    }

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
      main!.edits.set(layout.paragraphs[p.index].element, 'pPr', 'jc', { val: align === 'center' ? 'center' : 'left' });
      change({ part: main!.name, paragraph: p.index + 1, property: msg('alignment'), from: alignName(p.align), to: alignName(align) });
    }

    // Body paragraphs: justified, first-line indent, the gap before, line spacing (NĐ 30 II.6.e).
    const bodyFigures = BODY_FIGURES[regime];
    if (!bodyFigures) return;
    const body = bodyParagraphs(model, word);
    for (const p of body) {
      const element = layout.paragraphs[p.index].element;
      const paragraph = p.index + 1;
      if ((p.align === 'left' || p.align === 'right') && p.text.trim().length > 100) {
        main!.edits.set(element, 'pPr', 'jc', { val: 'both' });
        change({ part: main!.name, paragraph, property: msg('alignment'), from: alignName(p.align), to: alignName('justify') });
      }
      const start = p.left + p.firstLine;
      if ((p.align === 'justify' || p.align === 'left') && p.firstLine >= 0 && !within(start, bodyFigures.firstLine, MM_TOLERANCE) && !(start === 0 && p.text.startsWith('\t'))) {
        const to = clamp(start, bodyFigures.firstLine);
        const firstLine = twips(to) - twips(p.left);
        if (firstLine >= 0) {
          main!.edits.set(element, 'pPr', 'ind', { firstLine: String(firstLine), hanging: null, firstLineChars: null, hangingChars: null });
          change({ part: main!.name, paragraph, property: msg('first-line indent'), from: `${format(start)} mm`, to: `${format(to)} mm` });
        }
      }
      const previous = word.paragraphs[p.index - 1];
      if (previous && previous.where === 'body' && p !== body[0]) {
        const gap = previous.spaceAfter + p.spaceBefore;
        if (gap < bodyFigures.spaceBetween - 0.05) {
          const before = Math.ceil((bodyFigures.spaceBetween - previous.spaceAfter) * 20);
          main!.edits.set(element, 'pPr', 'spacing', { before: String(before), beforeAutospacing: null, beforeLines: null });
          change({ part: main!.name, paragraph, property: msg('space before'), from: `${format(p.spaceBefore)} pt`, to: `${format(before / 20)} pt` });
        }
      }
      const { rule, value } = p.lineSpacing;
      const size = Math.max(0, ...p.runs.map((run) => run.size));
      const lines = rule === 'auto' ? value / 240 : size ? value / (size * 1.15) : 1;
      const ok = rule === 'auto' ? lines >= 0.99 && lines <= 1.51 : !size || (value >= size && lines <= 1.51);
      if (!ok) {
        const to = lines > 1.51 ? 1.5 : 1;
        main!.edits.set(element, 'pPr', 'spacing', { line: String(Math.round(to * 240)), lineRule: 'auto' });
        change({ part: main!.name, paragraph, property: msg('line spacing'), from: rule === 'auto' ? format(lines) : `${format(value)} pt`, to: format(to) });
      }
    }
  }

  // Write the edited parts; every other entry keeps its bytes.
  const changed = new Map<string, Uint8Array>();
  for (const edited of parts.values()) {
    if (!edited || edited.edits.size === 0) continue;
    changed.set(edited.name, new TextEncoder().encode(applySplices(edited.text, edited.edits.splices(edited.text))));
  }
  if (changed.size === 0) return { changes, left: leftOf(before.diagnostics, changes), notes, before };
  const fixed = rewriteZip(bytes, changed);
  const after = lintDocx(fixed, formattingOnly, options.limits);
  // The text must read as before: a fix that changed it is a bug, and nothing is returned to write.
  const converted = changes.some((c) => c.safety === 'guarded' && c.applied);
  if (!converted && after.word.text !== word.text) throw new Error('the fixed file does not read as the original: nothing written');
  if (converted && after.word.paragraphs.length !== word.paragraphs.length) throw new Error('the fixed file has another number of paragraphs: nothing written');
  return { bytes: fixed, changes, left: leftOf(after.diagnostics, changes), notes, before, after };
}

function pick<T>(record: Readonly<Record<string, T>> | undefined, keep: (key: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([key]) => keep(key)));
}

function clamp(value: number, range: FigureRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}

function family(name: string): string {
  const words = name.trim().toLowerCase().split(/\s+/);
  while (words.length > 1 && ['bold', 'italic', 'oblique', 'regular'].includes(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The attributes that put a w:rFonts right: wrong names and theme slots replaced by Times New Roman. */
function fontAttributes(rFonts: ElementSpan | undefined, all: boolean): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  FONT_SLOTS.forEach((slot, i) => {
    const name = attrOf(rFonts, `w:${slot}`);
    const theme = attrOf(rFonts, `w:${THEME_SLOTS[i]}`);
    if (theme !== undefined) out[THEME_SLOTS[i]] = null;
    if (all || theme !== undefined || (name !== undefined && !ALLOWED_FONTS.has(family(name)))) out[slot] = TIMES_NEW_ROMAN;
  });
  return out;
}

/** Tracked former formatting (w:rPrChange, w:pPrChange) is history, and equations keep their font. */
function insideHistoryOrMath(element: ElementSpan): boolean {
  for (let at = element.parent; at; at = at.parent) {
    if (at.name === 'w:rPrChange' || at.name === 'w:pPrChange' || at.name === 'm:r' || at.name === 'm:oMath' || at.name === 'w:sectPrChange') return true;
  }
  return false;
}

function paragraphOfRun(r: ElementSpan): ElementSpan | undefined {
  for (let at = r.parent; at; at = at.parent) if (at.name === 'w:p') return at;
  return undefined;
}

const numbers = new WeakMap<MainLayout, Map<ElementSpan, number>>();

function paragraphNumber(layout: MainLayout, element: ElementSpan): number | undefined {
  const p = element.name === 'w:p' ? element : paragraphOfRun(element);
  if (!p) return undefined;
  let index = numbers.get(layout);
  if (!index) {
    index = new Map(layout.paragraphs.map((s: ParagraphSpan, i) => [s.element, i + 1]));
    numbers.set(layout, index);
  }
  return index.get(p);
}

/** The paragraphs of a header or footer part that hold a PAGE field. */
function pageNumberParagraphs(root: ElementSpan): ElementSpan[] {
  return descendantsOf(root, 'w:p').filter((p) => descendantsOf(p, 'w:instrText').some((t) => isPage(t.text))
    || descendantsOf(p, 'w:fldSimple').some((f) => isPage(attrOf(f, 'w:instr'))));
}

function isPage(instruction: string | undefined): boolean {
  return (instruction ?? '').trim().split(/\s+/, 1)[0]?.toUpperCase() === 'PAGE';
}

interface Relationship { readonly id: string; readonly type: string; readonly target: string }

function relationships(rels: Part | undefined, base: string): Relationship[] {
  return childrenOf(rels?.root, 'Relationship').concat(childrenOf(rels?.root, 'pr:Relationship')).flatMap((rel) => {
    const id = attrOf(rel, 'Id');
    const target = attrOf(rel, 'Target');
    if (id === undefined || target === undefined || attrOf(rel, 'TargetMode') === 'External') return [];
    const path: string[] = [];
    for (const piece of (target.startsWith('/') ? target.slice(1) : base + target).split('/')) {
      if (piece === '..') path.pop();
      else if (piece !== '.' && piece !== '') path.push(piece);
    }
    return [{ id, type: attrOf(rel, 'Type') ?? '', target: path.join('/') }];
  });
}

/** The font a run is drawn in, by its own w:rFonts, else its paragraph's style chain, else the defaults. */
function legacyFonts(styles: Part | undefined) {
  const byId = new Map<string, ElementSpan>();
  for (const style of childrenOf(styles?.root, 'w:style')) {
    const id = attrOf(style, 'w:styleId');
    if (id !== undefined) byId.set(id, style);
  }
  const named = (rPr: ElementSpan | undefined) => {
    const rFonts = childOf(rPr, 'w:rFonts');
    return attrOf(rFonts, 'w:hAnsi') ?? attrOf(rFonts, 'w:ascii');
  };
  const ofStyle = (id: string | undefined): string | undefined => {
    for (let at = id, depth = 0; at !== undefined && depth < 32; depth++) {
      const style = byId.get(at);
      if (!style) return undefined;
      const font = named(childOf(style, 'w:rPr'));
      if (font) return font;
      at = attrOf(childOf(style, 'w:basedOn'), 'w:val');
    }
    return undefined;
  };
  const defaultStyle = childrenOf(styles?.root, 'w:style').find((s) => attrOf(s, 'w:type') === 'paragraph' && ['1', 'true'].includes(attrOf(s, 'w:default') ?? ''));
  const defaults = named(childOf(childOf(childOf(styles?.root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  return {
    runFont(r: ElementSpan, p: ElementSpan | undefined): string | undefined {
      if (insideHistoryOrMath(r)) return undefined;
      const rPr = childOf(r, 'w:rPr');
      const pStyle = attrOf(childOf(childOf(p, 'w:pPr'), 'w:pStyle'), 'w:val') ?? attrOf(defaultStyle, 'w:styleId');
      return named(rPr) ?? ofStyle(attrOf(childOf(rPr, 'w:rStyle'), 'w:val')) ?? ofStyle(pStyle) ?? defaults;
    },
  };
}

/** Why a formatting finding of the result was left. */
function leftOf(diagnostics: readonly Diagnostic[], changes: readonly FormattingChange[]): LeftFinding[] {
  const guardedLeft = changes.some((c) => c.safety === 'guarded' && !c.applied);
  return diagnostics.filter((d) => d.rule.startsWith('word-')).map((diagnostic) => ({ diagnostic, reason: reasonFor(diagnostic, guardedLeft) }));
}

function reasonFor(diagnostic: Diagnostic, guardedLeft: boolean): Message {
  switch (diagnostic.rule) {
    case 'word-part-alignment': return msg('a part laid out with spaces, tabs or line breaks is not realigned: take the spaces out and align it in Word');
    case 'word-rule-lines': return msg('a drawn rule is not added or moved automatically: draw it in Word');
    case 'word-page-size': return msg('a landscape section may hold a table that cannot be split: left for you to decide');
    case 'word-page-number': return msg('moving the page number between the footer and the header, or out of a first-page header, is left to you');
    case 'word-font':
      return guardedLeft ? msg('text in a legacy Vietnamese font (TCVN3/VNI) is converted only on request (--legacy-fonts)') : msg('a symbol, equation or undefined theme font is not changed');
    default: return msg('the reader is not sure of this part, or its paragraph could not be matched: left as it is');
  }
}
