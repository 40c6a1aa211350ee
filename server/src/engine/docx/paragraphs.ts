// Block and inline content of a .docx part -> WordParagraphs: the walk in reading order (tables cell by cell,
// text boxes once, tracked deletions dropped), each paragraph's and run's formatting resolved through styles.

import { msg } from '../l10n/localize';
import type { Alignment, RunFont, WordParagraph, WordRun } from './model';
import type { Numbering } from './numbering';
import { overlay, readParaProps, readRunProps, type FontSlot, type ParaProps, type RunProps } from './properties';
import type { StyleSheet } from './styles';
import { attr, child, children, elements, textOf, val, type XmlElement } from './xml';
import { WordError } from './zip';

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (twips: number) => twips / TWIPS_PER_MM;

/** Most paragraphs and runs one file may give (a 300-page document has about 10,000 paragraphs and fewer runs than 100,000): beyond, "too large". */
export const MAX_PARAGRAPHS = 50_000;
export const MAX_RUNS = 100_000;

/** What a whole file has given so far, against MAX_PARAGRAPHS and MAX_RUNS. */
export interface ReadCounts {
  paragraphs: number;
  runs: number;
}

function tooLarge(what: 'paragraphs' | 'runs', limit: number): never {
  throw new WordError('too-large', what === 'paragraphs'
    ? msg('The file is too large: more than {0} paragraphs', limit)
    : msg('The file is too large: more than {0} runs of text', limit));
}

interface Collected {
  text: string;
  runs: WordRun[];
  hasShape: boolean;
  hasPageField: boolean;
  /** Size of the run that holds the PAGE field's instruction (its result takes the same look). */
  pageFieldSize?: number;
  textboxes: XmlElement[];
}

/** Walks block content (body, cells, text boxes, header parts) into paragraphs, in reading order. */
export class ParagraphReader {
  readonly paragraphs: WordParagraph[] = [];
  readonly sections: { sectPr: XmlElement; first: number }[] = [];
  /** Paragraphs of header/footer parts that hold a PAGE field. */
  readonly pageFields: { align: Alignment; size: number }[] = [];
  private line = 0;
  /** The run properties of the current paragraph's table style and paragraph style (for toggles). */
  private styleLevels: RunProps[] = [];
  /** The table styles of the tables we are in, innermost last. */
  private readonly tableStyles: { para: ParaProps; run: RunProps }[] = [];
  private sectionStart = 0;

  constructor(
    private readonly styles: StyleSheet, private readonly numbering: Numbering, private readonly theme: { major?: string; minor?: string } | undefined,
    private readonly counts: ReadCounts,
  ) {}

  readBlock(container: XmlElement, where: WordParagraph['where']): void {
    for (const element of elements(container)) {
      switch (element.name) {
        case 'w:p': this.readParagraph(element, where); break;
        case 'w:tbl': this.readTable(element); break;
        case 'w:sectPr':
          this.sections.push({ sectPr: element, first: this.sectionStart });
          this.sectionStart = this.paragraphs.length;
          break;
        case 'w:sdt': { const content = child(element, 'w:sdtContent'); if (content) this.readBlock(content, where); break; }
        case 'w:customXml': case 'w:ins': case 'w:moveTo': case 'w:smartTag': this.readBlock(element, where); break;
        case 'mc:AlternateContent': { const chosen = choose(element); if (chosen) this.readBlock(chosen, where); break; }
        default: break; // w:del, w:moveFrom (tracked removals), bookmarks, proofing marks: no text
      }
    }
  }

  /** Row by row, each cell left to right, its paragraphs in order: the order the draft reader expects. */
  private readTable(table: XmlElement): void {
    this.tableStyles.push(this.styles.tableStyle(val(child(table, 'w:tblPr'), 'w:tblStyle')));
    try {
      this.readRows(table);
    } finally {
      this.tableStyles.pop();
    }
  }

  private readRows(table: XmlElement): void {
    for (const row of children(table, 'w:tr')) {
      for (const cell of children(row, 'w:tc')) {
        const merge = child(child(cell, 'w:tcPr'), 'w:vMerge');
        if (merge && (attr(merge, 'w:val') ?? 'continue') === 'continue' && textOf(cell).trim() === '') continue; // the lower part of a merged cell
        this.readBlock(cell, 'table');
      }
    }
  }

  private readParagraph(p: XmlElement, where: WordParagraph['where']): void {
    if (++this.counts.paragraphs > MAX_PARAGRAPHS) tooLarge('paragraphs', MAX_PARAGRAPHS);
    const pPr = child(p, 'w:pPr');
    const direct = readParaProps(pPr);
    const style = this.styles.paragraphStyle(direct.pStyle);
    const table = this.tableStyles[this.tableStyles.length - 1] ?? { para: {}, run: {} };
    const styled = overlay(overlay(this.styles.defaultPara, table.para), style.para);
    const numId = direct.numId ?? styled.numId;
    const ilvl = direct.ilvl ?? styled.ilvl ?? 0;
    const numbered = numId !== undefined && numId !== '0' ? this.numbering.next(numId, ilvl) : undefined;
    const para = overlay(overlay(styled, numbered?.level.para ?? {}), direct);
    const baseRun = overlay(overlay(this.styles.defaultRun, table.run), style.run);
    this.styleLevels = [table.run, style.run];

    const collected: Collected = { text: '', runs: [], hasShape: false, hasPageField: false, textboxes: [] };
    this.readInline(p, baseRun, collected);
    let label = '';
    // A space after the label, never a tab: a tab splits a line into two cells for the draft reader.
    if (numbered && numbered.label) label = collected.text.length ? `${numbered.label} ` : numbered.label;
    const text = label + collected.text;
    const lineCount = text.split('\n').length;
    const paragraph: WordParagraph = {
      index: this.paragraphs.length,
      text,
      labelLength: label.length,
      line: this.line,
      lineCount,
      where,
      align: para.align ?? 'left',
      firstLine: mm(para.firstLine ?? 0),
      left: mm(para.left ?? 0),
      spaceBefore: (para.before ?? 0) / 20,
      spaceAfter: (para.after ?? 0) / 20,
      lineSpacing: para.line ?? { rule: 'auto', value: 240 },
      bottomBorder: para.bottomBorder ?? false,
      topBorder: para.topBorder ?? false,
      hasShape: collected.hasShape,
      runs: collected.runs.map((run) => ({ ...run, start: run.start + label.length, end: run.end + label.length })),
    };
    this.paragraphs.push(paragraph);
    this.line += lineCount;
    if (collected.hasPageField) {
      // A loop, not Math.max(...sizes): a paragraph of 300,000 runs overflowed the stack.
      let largest: number | undefined;
      for (const run of collected.runs) if (largest === undefined || run.size > largest) largest = run.size;
      this.pageFields.push({ align: paragraph.align, size: collected.pageFieldSize ?? largest ?? this.resolveRun(baseRun).size });
    }
    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr) {
      this.sections.push({ sectPr, first: this.sectionStart });
      this.sectionStart = this.paragraphs.length;
    }
    // Text boxes anchored in this paragraph: read once, after it.
    for (const box of collected.textboxes) this.readBlock(box, 'textbox');
  }

  private readInline(container: XmlElement, base: RunProps, out: Collected): void {
    for (const element of elements(container)) {
      switch (element.name) {
        case 'w:r': this.readRun(element, base, out); break;
        case 'w:fldSimple': {
          if (isPageField(attr(element, 'w:instr'))) out.hasPageField = true;
          this.readInline(element, base, out);
          break;
        }
        case 'w:hyperlink': case 'w:ins': case 'w:moveTo': case 'w:smartTag': case 'w:customXml': case 'w:bdo': case 'w:dir':
          this.readInline(element, base, out);
          break;
        case 'w:sdt': { const content = child(element, 'w:sdtContent'); if (content) this.readInline(content, base, out); break; }
        case 'mc:AlternateContent': { const chosen = choose(element); if (chosen) this.readInline(chosen, base, out); break; }
        case 'm:oMath': case 'm:oMathPara': this.readMath(element, base, out); break;
        default: break; // w:del, w:moveFrom, w:pPr, bookmarks, comments ranges
      }
    }
  }

  private readRun(r: XmlElement, base: RunProps, out: Collected): void {
    const direct = readRunProps(child(r, 'w:rPr'));
    const characterStyle = this.styles.characterStyle(direct.rStyle);
    const merged = overlay(overlay(base, characterStyle), direct);
    const props: RunProps = {
      ...merged,
      bold: this.toggle('bold', characterStyle, direct), italic: this.toggle('italic', characterStyle, direct), caps: this.toggle('caps', characterStyle, direct),
    };
    const resolved = this.resolveRun(props);
    const start = out.text.length;
    let text = '';
    for (const element of elements(r)) {
      switch (element.name) {
        case 'w:t': text += textOf(element); break;
        case 'w:tab': case 'w:ptab': text += '\t'; break;
        case 'w:br': {
          const type = attr(element, 'w:type');
          text += type === 'page' || type === 'column' ? '' : '\n';
          break;
        }
        case 'w:cr': text += '\n'; break;
        case 'w:noBreakHyphen': text += '-'; break;
        case 'w:instrText':
          if (isPageField(textOf(element))) {
            out.hasPageField = true;
            out.pageFieldSize ??= resolved.size;
          }
          break;
        case 'w:drawing': case 'w:pict': case 'w:object':
          out.hasShape = true;
          collectTextboxes(element, out.textboxes);
          break;
        case 'mc:AlternateContent': {
          out.hasShape = true;
          const chosen = choose(element);
          if (chosen) collectTextboxes(chosen, out.textboxes);
          break;
        }
        case 'w:sym': text += symbol(attr(element, 'w:char'), attr(element, 'w:font')); break;
        default: break; // w:delText (a tracked deletion), w:fldChar, w:softHyphen, w:lastRenderedPageBreak
      }
    }
    if (resolved.caps) text = text.toUpperCase(); // what the page shows; the case rules read the shown text
    out.text += text;
    if (text.length) {
      if (++this.counts.runs > MAX_RUNS) tooLarge('runs', MAX_RUNS);
      out.runs.push({ ...resolved, start, end: start + text.length });
    }
  }

  /**
   * A toggle property (bold, italic, caps) as ECMA-376 17.7.3 resolves it: direct formatting sets it; else
   * each style level that states it (table, paragraph, character style) toggles it, so a bold character
   * style in a bold paragraph style reads upright; else the document default.
   */
  private toggle(key: 'bold' | 'italic' | 'caps', characterStyle: RunProps, direct: RunProps): boolean | undefined {
    if (direct[key] !== undefined) return direct[key];
    const stated = [...this.styleLevels, characterStyle].map((level) => level[key]).filter((value) => value !== undefined);
    if (stated.length === 0) return this.styles.defaultRun[key];
    return stated.filter(Boolean).length % 2 === 1;
  }

  /** An equation (OMML): its text runs in order, so nothing of it is lost from the text (`3Q` for a cube root of Q). */
  private readMath(element: XmlElement, base: RunProps, out: Collected): void {
    for (const node of elements(element)) {
      if (node.name === 'm:r') {
        const props = overlay(base, readRunProps(child(node, 'w:rPr')));
        const text = children(node, 'm:t').map(textOf).join('');
        const start = out.text.length;
        out.text += text;
        if (text.length) {
          if (++this.counts.runs > MAX_RUNS) tooLarge('runs', MAX_RUNS);
          out.runs.push({ ...this.resolveRun(props), math: true, start, end: start + text.length });
        }
      } else if (node.name !== 'w:del' && node.name !== 'm:ctrlPr') this.readMath(node, base, out);
    }
  }

  resolveRun(props: RunProps): Omit<WordRun, 'start' | 'end'> {
    return {
      font: this.font(props.hAnsi ?? props.ascii, props),
      size: props.size ?? 10,
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      underline: props.underline ?? false,
      caps: props.caps ?? false,
    };
  }

  /** The hAnsi font: Vietnamese letters (Latin Extended Additional) are drawn in it. */
  private font(slot: FontSlot | undefined, props: RunProps): RunFont {
    const chosen = slot ?? props.ascii;
    if (!chosen) return { kind: 'unset' };
    if (chosen.theme) {
      const major = chosen.theme.startsWith('major');
      const name = major ? this.theme?.major : this.theme?.minor;
      return name ? { kind: 'named', name, from: 'theme' } : { kind: 'theme-unresolved', slot: chosen.theme };
    }
    return chosen.name ? { kind: 'named', name: chosen.name, from: 'style' } : { kind: 'unset' };
  }
}

/** The Symbol font's code points (as Word stores them, F0xx) that have a Unicode twin. */
const SYMBOL_FONT: Record<number, string> = {
  0x2d: '−', 0xa3: '≤', 0xb3: '≥', 0xb4: '×', 0xb1: '±', 0xb8: '÷', 0xb9: '≠', 0xbb: '≈', 0xae: '→', 0xac: '←', 0xb7: '•', 0xb0: '°', 0xd6: '√',
};

/**
 * A w:sym (a character inserted from a symbol font): its Unicode twin when the Symbol font's one is known,
 * the code point itself when it is ordinary Unicode, and for other symbol fonts' glyphs (Wingdings) a
 * bullet — never dropped, so the text keeps a mark where the page has one.
 */
function symbol(code: string | undefined, font: string | undefined): string {
  const value = Number.parseInt(code ?? '', 16);
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return '';
  const low = value >= 0xf000 && value <= 0xf0ff ? value - 0xf000 : value;
  if ((font ?? '').toLowerCase() === 'symbol' && SYMBOL_FONT[low]) return SYMBOL_FONT[low];
  if (value >= 0xf000 && value <= 0xf0ff) return low >= 0x20 && low < 0x7f && (font ?? '').toLowerCase() === 'symbol' ? String.fromCharCode(low) : '•';
  return String.fromCodePoint(value);
}

/** mc:AlternateContent: the first Choice (the modern form), else the Fallback; never both. */
function choose(element: XmlElement): XmlElement | undefined {
  return child(element, 'mc:Choice') ?? child(element, 'mc:Fallback');
}

/** The outermost w:txbxContent elements under a drawing, a VML shape or a chosen alternative. */
function collectTextboxes(element: XmlElement, out: XmlElement[]): void {
  for (const node of elements(element)) {
    if (node.name === 'w:txbxContent') out.push(node);
    else if (node.name === 'mc:AlternateContent') { const chosen = choose(node); if (chosen) collectTextboxes(chosen, out); }
    else collectTextboxes(node, out);
  }
}

/** `PAGE`, `PAGE \* Arabic`: the field's first word (not NUMPAGES or PAGEREF). */
function isPageField(instruction: string | undefined): boolean {
  return (instruction ?? '').trim().split(/\s+/, 1)[0]?.toUpperCase() === 'PAGE';
}
