// The document model: what the parser recognised in a draft, every part with its exact source range.
// Rules, the outline, hover, the preview and the export all read this one model.

import type { Range } from 'vscode-languageserver-types';
import type { Regime } from './catalog/conventions';
import type { DocumentTypeInfo } from './catalog/documentTypes';
import type { SigningForm } from './catalog/signingForms';

export type { Range, Regime };

/** One physical line of the source. `text` excludes the line ending. */
export interface SourceLine {
  readonly index: number;
  /** Offset of the first character of the line in the whole text (after the BOM, if any). */
  readonly offset: number;
  readonly text: string;
  /** The line ending that follows this line: '\n', '\r\n', '\r' or '' for the last line. */
  readonly eol: string;
}

/**
 * A piece of one line: a whole line, or one cell of a line that holds two cells (a two-column
 * header typed with a tab or a run of spaces). `text` is trimmed and has emphasis markers removed;
 * `start`/`end` are UTF-16 columns of that content in the raw line.
 */
export interface Segment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NumberLine extends Segment {
  /** `Số:` (state style) or `Số` (Party style). */
  readonly hasColon: boolean;
  /** The running number as typed, or '' when left blank for the văn thư. */
  readonly number: string;
  /** The year segment of a normative number (`30/2020/NĐ-CP`), if present. */
  readonly year?: string;
  /** Everything after the number: the symbol as typed (`KL/BTCTW`, `QĐ-UBND`). */
  readonly symbol: string;
  /** Column range of the part after `Số`/`Số:` (number and symbol) in the raw line. */
  readonly valueStart: number;
  /** Type code and issuer code when the symbol could be decoded in some regime's shape. */
  readonly typeCode?: string;
  readonly issuerCode?: string;
  /** Which shape the symbol has: Party `n-TYPE/ISSUER`, state `n/TYPE-ISSUER`, or neither. */
  readonly shape: 'dang' | 'nd30' | 'unknown';
  /** The line the symbol was printed on when it is not the number's own line ("Số: 181" / "/BC-SNV"). */
  readonly symbolLine?: Segment;
  /** The act named before `số` (`Luật số: 69/2025/QH15`): a Quốc hội act, normative, dated in its text. */
  readonly act?: string;
  /** The label as typed when it is not `Số` (`So:`, `SỐ:`, `Số.`): the part is there, malformed. */
  readonly label?: string;
}

export interface PlaceDate extends Segment {
  readonly place: string;
  /** Day, month and year as typed ('' when left blank). */
  readonly day: string;
  readonly month: string;
  readonly year: string;
  /** Columns of the day, month and year values in the raw line (start = end when blank). */
  readonly dayRange: readonly [number, number];
  readonly monthRange: readonly [number, number];
  readonly yearRange: readonly [number, number];
  /** True when the date was broken over several lines; the segment is then its first line only. */
  readonly wrapped?: boolean;
  /** The later lines of a date broken over lines (`02 tháng 8 năm 2023`, `năm 2018`), in order. */
  readonly pieces?: readonly Segment[];
  /** The date is written in figures (`ngày 09/02/2026`): the part is there, malformed. */
  readonly figured?: boolean;
}

/**
 * A fixed header phrase broken over the same column of two lines (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`):
 * the first line's range, the joined text, and the piece on the next line as `rest`.
 */
export interface SplitPhrase extends Segment {
  readonly rest?: Segment;
}

export interface Header {
  readonly partyTitle?: Segment;
  readonly nationalName?: SplitPhrase;
  readonly motto?: SplitPhrase;
  /** Issuing-body lines in order: superior body first, then the issuing body. */
  readonly issuerLines: readonly Segment[];
  /** The Party `*` under the issuing body. */
  readonly star?: Segment;
  readonly number?: NumberLine;
  readonly placeDate?: PlaceDate;
  /** Urgency, secrecy, circulation and draft marks. */
  readonly marks: readonly Segment[];
  /** Lines the header holds that could not be classified (kept for completeness). */
  readonly other: readonly Segment[];
}

export interface TypeName extends Segment {
  readonly type?: DocumentTypeInfo;
}

export type HeadingKind =
  | 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu'
  | 'roman' | 'decimal' | 'multilevel' | 'paren' | 'letter' | 'dash' | 'plus';

export interface Heading extends Segment {
  readonly kind: HeadingKind;
  /** The marker as typed: `Điều 3.`, `II.`, `1.2.`, `(4)`, `a)`. */
  readonly marker: string;
  /** The numbering value(s): [3] for `Điều 3`, [1, 2] for `1.2.`, letters as their alphabet index. */
  readonly values: readonly number[];
  /** The punctuation style after the marker: '.', '-', ')', ':' or ''. */
  readonly style: string;
  /** The text after the marker. */
  readonly title: string;
  /** An article heading quoted from the document a guide explains: not this document's own sequence. */
  readonly quoted?: boolean;
}

/**
 * One block of the body, in document order; each is one source line, so every range stays exact (whether
 * two lines are one paragraph is the printed page's judgement, not the reader's: drafts put a paragraph
 * on each line, with or without blank lines, and PDF extractions break sentences anywhere).
 * - `heading`: a marker of the regulation's hierarchy (`Phần`, `Chương`, `Mục`, `Điều`, `I.`, `1.`,
 *   `1.2.`, `(1)`, `a)`): numbered, it takes part in the numbering, the outline and folding.
 * - `item`: a `-` or `+` list item: no number and no level of the hierarchy (the outline and the
 *   numbering pass it over). It is read as a Heading (kind `dash`/`plus`) for its marker and title.
 * - `paragraph`: a line of running text (an enacting line, a chapter's title, a wrapped sentence).
 */
export type BodyBlock =
  | { readonly kind: 'heading' | 'item'; readonly segment: Heading }
  | { readonly kind: 'paragraph'; readonly segment: Segment };

export interface Body {
  /** First and last line of the body (inclusive); last < first when the body is empty. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The body's content in document order: every non-empty body line exactly once. */
  readonly blocks: readonly BodyBlock[];
  /** The heading and item blocks, in order (a view of `blocks`). */
  readonly headings: readonly Heading[];
  /** The paragraph blocks' lines, in order (a view of `blocks`). */
  readonly paragraphs: readonly Segment[];
}

/**
 * One ground (căn cứ) at the head of the body: `Căn cứ Luật …;`, `- Theo đề nghị của …,`. A ground wrapped
 * over several lines keeps each line's segment.
 */
export interface Ground {
  /** The opener as the catalogue writes it (`Căn cứ`, `Theo đề nghị`, `Xét đề nghị`, `Xét`, `Thực hiện`). */
  readonly opener: string;
  /** Written as a `- ` line (the Party form; state drafts sometimes use it too). */
  readonly dashed: boolean;
  /** Its lines in order: the opener's line first, then its wrapped lines. */
  readonly lines: readonly Segment[];
}

/** The grounds part: the grounds in order, between the summary (or the enacting authority) and the enacting line. */
export interface Grounds {
  readonly items: readonly Ground[];
  /** A sentence follows the grounds (not a capitals line such as `QUYẾT ĐỊNH:`, nor a heading): the
   *  enacting sentence in running text (`Ban Thường vụ quy định như sau:`, `UBND tỉnh ban hành Kế hoạch …`). */
  readonly enactingFollows: boolean;
  /** The enacting sentence when the last ground runs into it as one sentence (`- Xét đề nghị …,` then
   *  `Bộ Chính trị quy định như sau:`): the comma ending the ground is that sentence's. */
  readonly enacting?: Segment;
}

export interface RecipientItem extends Segment {
  /** Continuation lines of a wrapped item, after the first. */
  readonly continuation: readonly Segment[];
}

export interface Recipients {
  /** `Nơi nhận:` */
  readonly label: Segment;
  readonly items: readonly RecipientItem[];
}

export interface Addressees {
  /** `Kính gửi:` or `Kính trình:`, with an addressee on the same line if any. */
  readonly label: Segment;
  readonly items: readonly AddresseeItem[];
}

export interface AddresseeItem extends Segment {
  /** The lines a long addressee wraps onto, without a dash of their own. */
  readonly continuation: readonly Segment[];
}

export interface SignatureBlock {
  /** Authority lines (`K/T TRƯỞNG BAN`, `TM. ỦY BAN NHÂN DÂN`...), outermost first. */
  readonly authorities: readonly (Segment & { readonly form: SigningForm | undefined; readonly prefix: string })[];
  /** Title lines (`PHÓ TRƯỞNG BAN THƯỜNG TRỰC`). */
  readonly titles: readonly Segment[];
  /** `(đã ký)`, `(Ký, đóng dấu)`... */
  readonly signedMark?: Segment;
  readonly name?: Segment;
}

export interface Directive {
  readonly line: number;
  readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'profile';
  /** Rule ids named (empty: all rules), or the profile name. */
  readonly values: readonly string[];
}

/** What a skipped line is: an e-signature stamp, a portal's line, a running page header, a page number,
 *  or an unrecognised line before the header. */
/** `copy-form`: a copy form (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) printed above the main document's header. */
export type NoiseKind = 'stamp' | 'portal' | 'running-header' | 'page-number' | 'preamble' | 'copy-form';

/** A line the reader skipped as not the document's own text (kept so every consumer skips the same). */
export interface NoiseLine extends Segment {
  readonly kind: NoiseKind;
}

/** What follows the main document's signature: an appendix, a form, a table, another document. */
export interface Attachment {
  /** `copy`: a copy's own block (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) under the copied text (NĐ 30 Phụ lục I, Phần II). */
  readonly kind: 'appendix' | 'form' | 'table' | 'document' | 'copy';
  /** Its first line (the `PHỤ LỤC …` line, the form's title, the second header's first line, the copying body's name). */
  readonly title: Segment;
  readonly firstLine: number;
  /** Inclusive. */
  readonly lastLine: number;
  /** Printed on its own: the text opens with it, and no main document stands above it (an appendix sent
   *  alone). The main document's parts are then not asked for. */
  readonly alone?: boolean;
  /** An appendix's reference line under its title (`(Kèm theo Quyết định số … ngày … của …)`), when found. */
  readonly reference?: Segment;
}

/** A copy's own lines (NĐ 30 Phụ lục I, Phần II): its form (`SAO Y`) and the number line under it, when found. */
export interface CopyLines {
  readonly form: Segment;
  readonly number?: Segment;
}

/** A part the reader could not place with confidence: no structural finding is asserted about it. */
export interface Unplaced {
  /** The closing (a signature-like end that did not assemble), or the header (capitals lines at the top of
   *  which no part was recognised: an OCR'd or flattened header). */
  readonly part: 'closing' | 'header';
  /** Where the reader lost it (for the one information finding). */
  readonly segment: Segment;
}

/**
 * The text as the reader read it (parse/view.ts), for everyone after it to read rather than derive again:
 * comments masked, look-alikes folded, table borders read, each line's cells. Every line keeps its
 * length, so a column of the view is a column of the source.
 */
export interface DocumentView {
  /** Each source line's text with HTML comments blanked by spaces. */
  readonly masked: readonly string[];
  /** Each line as the recognisers read it: masked, look-alikes and odd spaces folded one unit for one,
   *  table borders read as cell breaks, `Nơi nhận:` split from a signature run into it. */
  readonly lines: readonly SourceLine[];
  /** An opening `<!--` never closed, which hides the rest of the text from the reader (not from the page). */
  readonly unclosedComment?: Segment;
  /** Lines holding the recipients label's words, and lines ending in the body's end mark `./.`, in order. */
  readonly hints: readonly number[];
  readonly endMarks: readonly number[];
  /** Whether line `i` holds text (not blank, not a preamble line read past above the header). */
  filled(i: number): boolean;
  /** Line `i`'s cells (two columns split at a tab or three or more spaces), split once per version. */
  cells(i: number): readonly Segment[];
}

export interface DocumentModel {
  readonly text: string;
  readonly hasBom: boolean;
  readonly lines: readonly SourceLine[];
  readonly regime: Regime;
  readonly header: Header;
  readonly typeName?: TypeName;
  /** The trích yếu: after the type name, or the `V/v` line(s) of a state công văn. */
  readonly summary: readonly Segment[];
  /** The `-----` line under a Party summary. */
  readonly summaryRule?: Segment;
  readonly addressees?: Addressees;
  readonly body: Body;
  /** The grounds at the head of the body, when the body opens with them (their lines are body blocks too). */
  readonly grounds?: Grounds;
  readonly recipients?: Recipients;
  readonly signature?: SignatureBlock;
  readonly directives: readonly Directive[];
  /** The document type: from the type name, else inferred (công văn by its V/v or symbol). */
  readonly documentType?: DocumentTypeInfo;
  /** Lines skipped as noise (stamps, portal lines, page headers and numbers), in order. */
  readonly noise?: readonly NoiseLine[];
  /** What follows the main document's signature; the main document's parts never come from these. */
  readonly attachments?: readonly Attachment[];
  /** The copies' own lines: a copy's block printed above the header, then those attached under the text. */
  readonly copies?: readonly CopyLines[];
  /** Parts the reader could not place; structural rules stay silent about them. */
  readonly unplaced?: readonly Unplaced[];
  /** Lines holding a character the reader's view folded (look-alike, odd space, form feed), in order. */
  readonly foldedLines?: readonly number[];
  /** The reader found the text plain (text/plain.ts): no control character, nothing folded, already NFC. */
  readonly plainText?: boolean;
  /** Why the regime is `unknown` although the document has a header: an issuer outside both regimes. */
  readonly outsideRegimes?: Segment;
  /** The text as the reader read it: rules and render read the masked lines, the view and the cells here. */
  readonly view: DocumentView;
}
