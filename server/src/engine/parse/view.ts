// Stage 1 of the reader: the view every later stage reads, built once per version and passed along as a
// value (no state outside it). Comments are masked (columns kept); look-alike letters and odd spaces are
// folded one unit for one (text/normalise.ts); table borders read as cell breaks (pipes.ts); `Nơi nhận:
// K/T CHÁNH VĂN PHÒNG` (two columns run together by OCR) gets a tab in place of the one space. The lines
// holding the recipients label's words and the body's end marks are noted in the same pass, once, for
// every closing search to reuse; noise lines (stamps, portal lines, page headers and numbers) are found.
// The view also remembers, for this version only, each line's cells and the title and name verdicts of the
// texts the closing search asks about from many starts (they repeat).

import type { Directive, DocumentView, NoiseKind, NoiseLine, Segment, SourceLine } from '../model';
import { isBlank, makeSegment, splitCells } from '../text/source';
import { isPlainText } from '../text/plain';
import { anyFoldable, hasFoldable, normaliseLine } from '../text/normalise';
import { linesHolding } from '../text/lines';
import { isPersonName, isTitleLine } from './classify';
import { maskComments } from './directives';
import { findNoise } from './noise';
import { readTableBorders } from './pipes';
import type { BodyFacts, LineMemo, ViewFacts } from './memo';

const RECIPIENTS_HINT = /n(?:ơ|o\u031B)i\s*nh/i;
/** The body's end mark `./.` at a line's end. */
const END_MARK = /\.\/\.[\s*]*$/;
/** What makes a line's view differ from its text when nothing in the text folds (`viewOf`'s searches). */
const LINE_MARKS = ['|', './.', 'ơi', 'ƠI', 'Ơi', '\u031B'];
const NATIONAL_MARK = ['CỘNG'];
/** `Nơi nhận: K/T …`: the label and the signature's first line run together on one line. */
const LABEL_THEN_AUTHORITY = /^(\s*Nơi nh(?:ận|ân):) (?=(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)?\s*\p{Lu}{2,})/u;

/** What the view of one comment-masked line is; a pure function of the text (memo.ts keeps it per line). */
export function viewOf(masked: string): ViewFacts {
  let view = masked;
  let folded = false;
  if (hasFoldable(masked)) {
    folded = true;
    // Form feeds (page breaks kept by layout extractions) read as spaces, so a line after a page break is
    // trimmed like any other.
    view = normaliseLine(masked.includes('\f') ? masked.replace(/\f/g, ' ') : masked);
  }
  if (view.includes('|')) view = readTableBorders(view);
  // `includes` first (a fast native search), the pattern only on the few lines that pass.
  const hint = (view.includes('ơi') || view.includes('ƠI') || view.includes('Ơi') || view.includes('\u031B')) && RECIPIENTS_HINT.test(view);
  if (hint) view = view.replace(LABEL_THEN_AUTHORITY, '$1\t');
  const endMark = view.includes('./.') && END_MARK.test(view);
  return { view, folded, hint, endMark, blank: isBlank(view) };
}

/** The reader's view of one version of a text (see `DocumentView` in model.ts). */
export class ReaderView implements DocumentView {
  readonly masked: readonly string[];
  readonly lines: readonly SourceLine[];
  readonly directives: readonly Directive[];
  readonly unclosedComment?: Segment;
  readonly hints: number[] = [];
  readonly endMarks: number[] = [];
  /** Lines holding a character the view folded, in order. */
  readonly foldedLines: number[] = [];
  /** The text is plain (text/plain.ts): already NFC, so the segments cut from it need no normalising. */
  readonly plain: boolean;
  /** Noise lines in order, and per line 0 (text), 1 (noise everywhere) or 2 (a page number: noise after the header). */
  readonly noise: NoiseLine[];
  readonly noiseKind: Uint8Array;
  /** 1 where the line holds text (a byte per line: the model keeps the view while the document is open). */
  readonly #filled: Uint8Array;
  readonly #cells: Segment[][] = [];
  readonly #titles = new Map<string, boolean>();
  readonly #names = new Map<string, boolean>();
  #memo: LineMemo | undefined;
  /** The text and its lines while the parse reads them (settle lets them go), for whole-text searches. */
  #reading: { readonly text: string; readonly source: readonly SourceLine[]; national?: Uint8Array } | undefined;

  constructor(text: string, source: readonly SourceLine[], memo: LineMemo | undefined) {
    this.#memo = memo;
    this.#reading = { text, source };
    const { directives, masked, unclosed } = maskComments(source, text);
    this.directives = directives;
    if (unclosed) this.unclosedComment = unclosed;
    this.masked = masked;
    this.plain = memo ? memo.plainText(isPlainText) : isPlainText(text);
    // One search over the whole text first: most documents hold nothing to fold, and skip the per-line test.
    const foldable = !memo && !this.plain && anyFoldable(text);
    // The few lines that hold a table border, an end mark or the recipients label's words, found by native
    // searches of the whole text rather than six searches of every line.
    const marked = memo || foldable ? undefined : linesHolding(text, source, LINE_MARKS);
    const lines: SourceLine[] = new Array(source.length);
    // Which lines hold text, decided once: every pass over the document asks this many times per line.
    const filled = new Uint8Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const line = source[i];
      const maskedText = masked[i];
      // Without a look-alike anywhere, a line's view differs from its text only by table borders, the
      // Nơi nhận split or an end mark: three native searches decide that before any per-line work.
      const facts = memo ? memo.view(i, maskedText, viewOf) : marked && !marked[i] ? undefined : viewOf(maskedText);
      const view = facts ? facts.view : maskedText;
      if (facts) {
        if (facts.folded) this.foldedLines.push(i);
        if (facts.hint) this.hints.push(i);
        if (facts.endMark) this.endMarks.push(i);
      }
      lines[i] = view === line.text ? line : { ...line, text: view };
      filled[i] = (facts ? !facts.blank : !isBlank(view)) ? 1 : 0;
    }
    this.lines = lines;
    this.#filled = filled;
    const { noise, kind } = findNoise(lines, filled);
    this.noise = noise;
    this.noiseKind = kind;
  }

  filled(i: number): boolean {
    return this.#filled[i] === 1;
  }

  /** Text of the document, page numbers included (the header reads past them: a lone number may be its own). */
  headerVisible(i: number): boolean {
    return this.#filled[i] === 1 && this.noiseKind[i] !== 1;
  }

  /** Text of the document, all noise skipped. */
  visible(i: number): boolean {
    return this.#filled[i] === 1 && this.noiseKind[i] === 0;
  }

  /** `visible` as a function of the line alone, for the readers' loops (no method call per line). */
  visibility(): (i: number) => boolean {
    const filled = this.#filled;
    const kind = this.noiseKind;
    return (i) => filled[i] === 1 && kind[i] === 0;
  }

  headerVisibility(): (i: number) => boolean {
    const filled = this.#filled;
    const kind = this.noiseKind;
    return (i) => filled[i] === 1 && kind[i] !== 1;
  }

  /** A line above the header that is not the main document's (a portal's line, a copy form's): noise from now on. */
  hide(line: number, kind: NoiseKind): void {
    this.noise.push({ ...this.segment(line), kind });
    this.#filled[line] = 0;
  }

  cells(i: number): Segment[] {
    return this.#cells[i] ??= splitCells(i, this.lines[i].text, this.plain);
  }

  /** The segment of line `i` (or of its columns `[start, end)`). */
  segment(i: number, start?: number, end?: number): Segment {
    const raw = this.lines[i].text;
    return makeSegment(i, raw, start ?? 0, end ?? raw.length, this.plain);
  }

  /** Whether a cell's text is a title line, remembered per text for this version (titles repeat). */
  isTitleCell(text: string): boolean {
    let title = this.#titles.get(text);
    if (title === undefined) {
      title = isTitleLine(text);
      this.#titles.set(text, title);
    }
    return title;
  }

  /** Whether a text is a person's name, remembered per text (the closing search asks from many starts). */
  isPersonName(text: string): boolean {
    let name = this.#names.get(text);
    if (name === undefined) {
      name = isPersonName(text);
      this.#names.set(text, name);
    }
    return name;
  }

  /** A body line's segment facts: from the previous version's parse when the line is unchanged (memo.ts). */
  bodyFacts(i: number): BodyFacts | undefined {
    return this.#memo?.body(i, this.lines[i].text, this.plain ? plainBodyFacts : bodyFacts);
  }

  /** The readers are done: what only they ask (title and name verdicts, the memo) is let go with the parse. */
  settle(): void {
    this.#titles.clear();
    this.#names.clear();
    this.#memo = undefined;
    this.#reading = undefined;
  }

  /**
   * 1 where a line of the view may hold `CỘNG` (a second header's national name or Party title, looked for
   * after the body): one search of the text, and every line the view folded (a look-alike may have become one
   * of its letters). Callers test the line itself; this only spares testing every line of a long body.
   */
  nationalLines(): Uint8Array {
    const reading = this.#reading;
    if (!reading) return new Uint8Array(this.lines.length).fill(1);
    if (!reading.national) {
      const flags = linesHolding(reading.text, reading.source, NATIONAL_MARK);
      for (const i of this.foldedLines) flags[i] = 1;
      reading.national = flags;
    }
    return reading.national;
  }

  nextVisible(from: number, limit = this.lines.length): number {
    for (let i = Math.max(0, from); i < limit; i++) if (this.visible(i)) return i;
    return -1;
  }

  lastVisible(from = this.lines.length - 1): number {
    for (let i = from; i >= 0; i--) if (this.visible(i)) return i;
    return -1;
  }
}

function bodyFacts(view: string): BodyFacts {
  const { start, end, text } = makeSegment(0, view);
  return { start, end, text };
}

function plainBodyFacts(view: string): BodyFacts {
  const { start, end, text } = makeSegment(0, view, 0, view.length, true);
  return { start, end, text };
}
